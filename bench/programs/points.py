"""Many small records: half a million immutable points and as many vectors.

Points are a typing.NamedTuple of two ints made from a pseudo-random
sequence, then summed and bounded; every tenth becomes an ordered dataclass
Cell, and the cells are sorted.  Vectors are a frozen slotted dataclass of
two floats, combined through methods that return new vectors.  `limit` is
the number of points."""
from dataclasses import dataclass
from typing import NamedTuple


class Point(NamedTuple):
    x: int
    y: int


@dataclass(frozen=True, slots=True, order=True)
class Cell:
    row: int
    col: int


@dataclass(frozen=True, slots=True)
class Vec:
    x: float
    y: float

    def add(self, other: "Vec") -> "Vec":
        return Vec(self.x + other.x, self.y + other.y)

    def scaled(self, k: float) -> "Vec":
        return Vec(self.x * k, self.y * k)

    def dot(self, other: "Vec") -> float:
        return self.x * other.x + self.y * other.y


def main():
    limit = 500000
    seed = 7
    points = []
    for _ in range(limit):
        seed = (seed * 1103515245 + 12345) % 2147483648
        points.append(Point(seed // 1000 % 1000, seed % 1000))
    sx = 0
    sy = 0
    left = 1000
    top = 0
    for p in points:
        sx += p.x
        sy += p.y
        left = min(left, p.x)
        top = max(top, p.y)
    print(len(points), sx, sy, left, top, points[limit - 1])

    cells = [Cell(points[i].x // 10, points[i].y) for i in range(0, limit, 10)]
    ordered = sorted(cells)
    print(len(ordered), ordered[0], ordered[len(ordered) // 2], ordered[len(ordered) - 1])

    vectors = [Vec(p.x * 0.5, p.y * 0.25) for p in points]
    total = Vec(0.0, 0.0)
    dots = 0.0
    previous = vectors[0]
    for v in vectors:
        total = total.add(v)
        dots += v.dot(previous)
        previous = v
    last = points[limit - 1]
    print(total, dots, total.scaled(1.0 / limit), vectors[limit - 1] == Vec(last.x * 0.5, last.y * 0.25))


if __name__ == "__main__":
    main()
