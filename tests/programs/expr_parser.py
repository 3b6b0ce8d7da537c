class Token:
    def __init__(self, kind: str, text: str, pos: int) -> None:
        self.kind = kind
        self.text = text
        self.pos = pos

    def __repr__(self) -> str:
        return f"Token({self.kind!r}, {self.text!r})"


class ParseError(Exception):
    pass


def tokenize(source: str) -> list[Token]:
    tokens: list[Token] = []
    i = 0
    while i < len(source):
        c = source[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            start = i
            while i < len(source) and source[i].isdigit():
                i += 1
            tokens.append(Token("num", source[start:i], start))
        elif c.isalpha():
            start = i
            while i < len(source) and (source[i].isalnum() or source[i] == "_"):
                i += 1
            tokens.append(Token("name", source[start:i], start))
        elif c in "+-*/()=":
            tokens.append(Token("op", c, i))
            i += 1
        else:
            raise ParseError(f"unexpected {c!r} at {i}")
    tokens.append(Token("end", "", len(source)))
    return tokens


class Node:
    def evaluate(self, env: dict[str, int]) -> int:
        raise NotImplementedError

    def show(self) -> str:
        raise NotImplementedError


class Num(Node):
    def __init__(self, value: int) -> None:
        self.value = value

    def evaluate(self, env: dict[str, int]) -> int:
        return self.value

    def show(self) -> str:
        return str(self.value)


class Var(Node):
    def __init__(self, name: str) -> None:
        self.name = name

    def evaluate(self, env: dict[str, int]) -> int:
        if self.name not in env:
            raise ParseError(f"unknown variable {self.name}")
        return env[self.name]

    def show(self) -> str:
        return self.name


class BinOp(Node):
    def __init__(self, op: str, left: Node, right: Node) -> None:
        self.op = op
        self.left = left
        self.right = right

    def evaluate(self, env: dict[str, int]) -> int:
        a = self.left.evaluate(env)
        b = self.right.evaluate(env)
        if self.op == "+":
            return a + b
        if self.op == "-":
            return a - b
        if self.op == "*":
            return a * b
        if b == 0:
            raise ParseError("division by zero")
        return a // b

    def show(self) -> str:
        return f"({self.left.show()} {self.op} {self.right.show()})"


class Parser:
    def __init__(self, tokens: list[Token]) -> None:
        self.tokens = tokens
        self.at = 0

    def peek(self) -> Token:
        return self.tokens[self.at]

    def take(self) -> Token:
        token = self.tokens[self.at]
        self.at += 1
        return token

    def expect(self, text: str) -> None:
        token = self.take()
        if token.text != text:
            raise ParseError(f"expected {text!r} at {token.pos}, got {token!r}")

    def expression(self) -> Node:
        node = self.term()
        while self.peek().text in ("+", "-"):
            op = self.take().text
            node = BinOp(op, node, self.term())
        return node

    def term(self) -> Node:
        node = self.atom()
        while self.peek().text in ("*", "/"):
            op = self.take().text
            node = BinOp(op, node, self.atom())
        return node

    def atom(self) -> Node:
        token = self.take()
        if token.kind == "num":
            return Num(int(token.text))
        if token.kind == "name":
            return Var(token.text)
        if token.text == "(":
            node = self.expression()
            self.expect(")")
            return node
        raise ParseError(f"unexpected {token!r}")


def run(lines: list[str]) -> None:
    env: dict[str, int] = {}
    for line in lines:
        try:
            tokens = tokenize(line)
            if len(tokens) > 2 and tokens[1].text == "=":
                parser = Parser(tokens[2:])
                tree = parser.expression()
                env[tokens[0].text] = tree.evaluate(env)
                print(f"{tokens[0].text} = {tree.show()} = {env[tokens[0].text]}")
            else:
                tree = Parser(tokens).expression()
                print(f"{tree.show()} -> {tree.evaluate(env)}")
        except ParseError as error:
            print("error:", error)


run(["x = 2 + 3 * 4", "y = (x - 4) / 3", "x * y - 1", "z + 1", "7 / (y - 3)", "3 $ 4", "(1 + 2", "total = x*y*x"])
