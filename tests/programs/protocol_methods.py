"""__bool__ and __len__ as truth (if, while, not, comprehension filters,
bool()), __setitem__ for item assignment, __call__ for objects used as
functions; and a variable compared with itself."""


class Stack:
    def __init__(self):
        self.items: list[int] = []

    def push(self, x: int) -> None:
        self.items.append(x)

    def __len__(self) -> int:
        return len(self.items)

    def __setitem__(self, i: int, x: int) -> None:
        self.items[i] = x * 10

    def __getitem__(self, i: int) -> int:
        return self.items[i]


class Gate:
    def __init__(self, open_: bool):
        self.open_ = open_

    def __bool__(self) -> bool:
        return self.open_


class Scale:
    def __init__(self, k: float):
        self.k = k

    def __call__(self, x: float) -> float:
        return x * self.k


class Plain:
    def __init__(self):
        self.n = 1


class Door:
    def __init__(self):
        self.gate = Gate(False)

    def knock(self) -> str:
        if self.gate:
            return "in"
        self.gate = Gate(True)
        return "wait"


def main():
    s = Stack()
    print("empty" if not s else "full", bool(s), len(s))
    s.push(3)
    s.push(4)
    s[0] = 10
    if s:
        print("has", len(s), s[0], s[1], bool(s))
    while s:
        s.items.pop()
    print(len(s), not s)
    gates = [Gate(True), Gate(False), Gate(True)]
    print([1 if g else 0 for g in gates], sum(1 for g in gates if g), any(bool(g) for g in gates))
    g = gates[1]
    while not g:
        g = gates[2]
    print(g.open_ and bool(g))
    double = Scale(2.0)
    print(double(4.5), double(double(1.0)), [double(x) for x in [0.5, 1.5]])
    p = Plain()
    n = 3
    x = float("nan")
    print(p.n, p is p, p is not p, n == n, n != n, x == x, x != x)
    d = Door()
    print(d.knock(), d.knock(), not d.gate)


if __name__ == "__main__":
    main()
