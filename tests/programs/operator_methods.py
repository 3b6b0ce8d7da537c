"""Operator methods: arithmetic (and reflected), unary minus, comparisons
(and reflected), len, in, indexing; sorted, min, max, in, index and count
on lists of objects that define __lt__ and __eq__."""


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x: float, y: float):
        self.x = x
        self.y = y

    def __add__(self, other: "Vec") -> "Vec":
        return Vec(self.x + other.x, self.y + other.y)

    def __sub__(self, other: "Vec") -> "Vec":
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k: float) -> "Vec":
        return Vec(self.x * k, self.y * k)

    def __rmul__(self, k: float) -> "Vec":
        return Vec(self.x * k, self.y * k)

    def __neg__(self) -> "Vec":
        return Vec(-self.x, -self.y)

    def __eq__(self, other: "Vec") -> bool:
        return self.x == other.x and self.y == other.y

    def __repr__(self) -> str:
        return f"Vec({self.x}, {self.y})"


class Version:
    def __init__(self, major: int, minor: int):
        self.major = major
        self.minor = minor

    def __lt__(self, other: "Version") -> bool:
        if self.major != other.major:
            return self.major < other.major
        return self.minor < other.minor

    def __le__(self, other: "Version") -> bool:
        return not other < self

    def __repr__(self) -> str:
        return f"v{self.major}.{self.minor}"


class Deck:
    def __init__(self, cards: list[str]):
        self.cards = cards

    def __len__(self) -> int:
        return len(self.cards)

    def __getitem__(self, i: int) -> str:
        return self.cards[i]

    def __contains__(self, card: str) -> bool:
        return card in self.cards


class Release:
    def __init__(self, name: str, major: int, minor: int):
        self.name = name
        self.major = major
        self.minor = minor

    def __lt__(self, other: "Release") -> bool:
        if self.major != other.major:
            return self.major < other.major
        return self.minor < other.minor

    def __eq__(self, other: "Release") -> bool:
        return self.major == other.major and self.minor == other.minor

    def __repr__(self) -> str:
        return f"{self.name}-{self.major}.{self.minor}"


def releases():
    rs = [Release("b", 2, 1), Release("a", 1, 0), Release("c", 2, 0), Release("d", 1, 0)]
    print(sorted(rs), min(rs), max(rs))
    print(Release("x", 2, 0) in rs, Release("y", 3, 0) in rs, rs.index(Release("z", 2, 0)),
          rs.count(Release("w", 1, 0)))
    rs.sort(reverse=True)
    print(rs, sorted(rs, key=lambda r: r.name))
    newest = rs[0]
    for r in rs:
        if newest < r:
            newest = r
    print(newest, newest == Release("q", 2, 1), newest != rs[1])


def main():
    a = Vec(1.0, 2.0)
    b = Vec(0.5, -1.0)
    print(a + b, a - b, a * 3.0, 2.0 * b, -a)
    print(a == Vec(1.0, 2.0), a != b, a == b, a != Vec(1.0, 2.0))
    total = Vec(0.0, 0.0)
    for v in [a, b, a]:
        total = total + v
    print(total)
    old = Version(1, 9)
    new = Version(2, 0)
    print(old < new, old > new, old <= new, new >= old, new <= new)
    d = Deck(["ace", "king", "queen"])
    print(len(d), d[0], d[2], "king" in d, "joker" in d, "joker" not in d)
    n = 0
    for i in range(len(d)):
        if d[i] != "king":
            n += 1
    print(n)
    releases()


if __name__ == "__main__":
    main()
