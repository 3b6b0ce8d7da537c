"""Value types: classes whose objects never change after __init__ and whose
identity is never observed are stored inline (lists of structs, embedded
fields), and must behave exactly as the objects CPython shares."""
from dataclasses import dataclass
from typing import NamedTuple


@dataclass(frozen=True)
class Vec:
    x: float
    y: float

    def norm2(self) -> float:
        return self.x * self.x + self.y * self.y

    def plus(self, other: "Vec") -> "Vec":
        return Vec(self.x + other.x, self.y + other.y)


@dataclass(frozen=True, order=True)
class Span:
    start: int
    stop: int


class Cell(NamedTuple):
    row: int
    col: int
    label: str


class Segment:
    """Plain class, fields only set in __init__: a value type too."""

    def __init__(self, a: Vec, b: Vec, name: str):
        self.a = a
        self.b = b
        self.name = name
        if a.x > b.x:
            self.name = name + "<"

    def length2(self) -> float:
        d = Vec(self.b.x - self.a.x, self.b.y - self.a.y)
        return d.norm2()

    def __repr__(self) -> str:
        return f"Segment({self.name}, {self.a}, {self.b})"


class Counter:
    """Not a value type: a field changes after __init__."""

    def __init__(self):
        self.n = 0

    def bump(self) -> None:
        self.n += 1


def walk(points: list[Vec]) -> Vec:
    total = Vec(0.0, 0.0)
    for p in points:
        total = total.plus(p)
    return total


def main():
    points = [Vec(i * 0.5, i - 2.0) for i in range(6)]
    points.append(Vec(9.0, 9.0))
    points.insert(0, Vec(-1.0, 1.0))
    print(points[0], points[-1], len(points))
    print(walk(points), sum(p.norm2() for p in points))
    first = points[1]
    points[1] = Vec(100.0, 100.0)
    print(first, points[1], first == Vec(0.0, -2.0), Vec(0.5, -1.0) in points)
    print(points.index(Vec(9.0, 9.0)), points.count(Vec(9.0, 9.0)))
    points.pop()
    points.reverse()
    print(points[:3])
    spans = [Span(3, 9), Span(1, 4), Span(3, 5), Span(0, 10)]
    spans.sort()
    print(spans, max(spans), min(spans, key=lambda s: s.stop - s.start))
    print(sorted(spans, reverse=True)[0] > Span(2, 100))
    grid = {}
    for r in range(2):
        for k in range(3):
            grid[Cell(r, k, "r%dc%d" % (r, k))] = r * 10 + k
    print(grid[Cell(1, 2, "r1c2")], Cell(0, 0, "r0c0") in grid, len(grid))
    seen = set()
    for cell in grid:
        seen.add(cell.label[:2])
    print(sorted(seen))
    row, col, label = Cell(4, 5, "x")
    print(row + col, label, Cell(1, 1, "q"))
    segs = [Segment(points[i], points[i + 1], "s" + str(i)) for i in range(3)]
    print(segs)
    print([round(s.length2(), 3) for s in segs])
    by_name = {s.name: s for s in segs}
    print(by_name["s1<"].a, by_name.get("s9", segs[0]).name)
    c = Counter()
    counters = [c, c]
    counters[0].bump()
    print(counters[1].n, counters[0] is counters[1])
    for p, s in zip(points, spans):
        print(p.x + s.start, end=" ")
    print()
    copies = tuple(points[:2])
    print(copies, copies == tuple(points[:2]))


if __name__ == "__main__":
    main()
