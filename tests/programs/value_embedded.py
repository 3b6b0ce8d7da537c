"""Value types embedded in other values, kept in module globals, yielded by
generators, held in dicts, tuples and in fields of a class that is not a
value type, picked by random.choice, unpacked and compared."""
import random
from dataclasses import dataclass
from typing import Iterator, NamedTuple


class P(NamedTuple):
    x: int
    y: int


@dataclass(frozen=True)
class Seg:
    a: P
    b: P

    def length(self) -> int:
        return abs(self.b.x - self.a.x) + abs(self.b.y - self.a.y)


ORIGIN = P(0, 0)


def walk(n: int) -> Iterator[P]:
    for i in range(n):
        yield P(i, i * i)


class Holder:
    def __init__(self, where: P):
        self.where = where
        self.trail = [where]

    def move(self, to: P) -> None:
        self.trail.append(to)
        self.where = to


def main():
    random.seed(4)
    pts = list(walk(5))
    print(pts, max(pts, key=lambda p: p.y), sorted(pts, key=lambda p: -p.x)[0])
    segs = [Seg(ORIGIN, p) for p in pts]
    print(segs[2], [s.length() for s in segs], segs[3].b.y)
    by = {p.x: p for p in pts}
    print(by[3], by.get(9, ORIGIN), random.choice(pts), tuple(pts[:2]))
    h = Holder(ORIGIN)
    h.move(P(2, 3))
    h.move(pts[4])
    print(h.where, h.trail, len(h.trail))
    total = 0
    for p in walk(4):
        total += p.x + p.y
    print(total, sum(p.y for p in walk(6)), [p for p in walk(3) if p.x > 0])
    a, b = P(7, 8)
    print(a * b, P(1, 2) == P(1, 2), P(1, 2) < P(1, 3), hash(P(1, 2)) == hash(P(1, 2)))


if __name__ == "__main__":
    main()
