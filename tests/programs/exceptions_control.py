"""Exceptions and control flow: keyword arguments to an exception class, a
generator that catches inside, a finally block left by return (in a while
loop) and by break, a bare raise after a nested handler, a with block
closed by an exception, StopIteration from next(), a comprehension that
raises."""

from typing import Optional


class Node:
    def __init__(self, value: int):
        self.value = value
        self.next: Optional["Node"] = None


class Parser:
    def __init__(self, text: str):
        self.text = text
        self.pos = 0
        self.errors = 0

    def numbers(self) -> list[int]:
        out: list[int] = []
        for word in self.text.split():
            self.pos += 1
            try:
                out.append(int(word))
            except ValueError:
                self.errors += 1
        return out


class Limit(Exception):
    def __init__(self, what: str, limit: int = 10, strict: bool = False):
        super().__init__(what, limit)
        self.strict = strict


def safe_values(items: list[str]):
    for s in items:
        try:
            v = int(s)
        except ValueError:
            v = -1
        yield v


def clamp(n: int, hi: int) -> int:
    try:
        if n > hi:
            n = hi
            raise Limit("clamped", hi)
    except Limit as e:
        print("limit:", e, e.strict)
        n = n - 1
    return n


def find(head: Optional[Node], target: int) -> Optional[Node]:
    node = head
    while node is not None:
        try:
            if node.value == target:
                return node
        finally:
            print("visited", node.value)
        node = node.next
    return None


def first_even(xs: list[int]) -> int:
    for x in xs:
        try:
            if x % 2 == 0:
                break
        finally:
            print("checked", x)
    else_value = -1
    for x in xs:
        if x % 2 == 0:
            return x
    return else_value


def handler_nesting() -> str:
    try:
        raise KeyError("outer")
    except KeyError:
        try:
            raise ValueError("inner")
        except ValueError as e:
            print("inner handled", e)
        try:
            raise
        except KeyError as again:
            return f"re-raised {again!r}"


def write_then_fail(path: str) -> None:
    with open(path, "w") as f:
        f.write("line one\n")
        raise RuntimeError("interrupted")


def main():
    p = Parser("1 2 x 4 y")
    print(p.numbers(), p.pos, p.errors)
    print(list(safe_values(["3", "z", "5"])))
    print(clamp(5, 10), clamp(50, 10))
    try:
        raise Limit("hard", strict=True)
    except Limit as e:
        print(repr(e), e.strict)
    a = Node(1)
    a.next = Node(2)
    a.next.next = Node(3)
    hit = find(a, 2)
    print(hit.value if hit is not None else -1)
    print(find(a, 9) is None)
    print(first_even([1, 3, 4, 5]))
    print(handler_nesting())
    try:
        write_then_fail("w.txt")
    except RuntimeError as e:
        print("failed:", e)
    with open("w.txt") as f:
        print(repr(f.read()))
    it = iter([1, 2])
    try:
        while True:
            print("next", next(it))
    except StopIteration:
        print("exhausted")
    squares: list[int] = []
    try:
        squares = [10 // (3 - i) for i in range(5)]
    except ZeroDivisionError as e:
        print("comprehension:", e, squares)


if __name__ == "__main__":
    main()
