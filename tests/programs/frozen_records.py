"""Records: namedtuple, typing.NamedTuple, dataclasses (frozen, order), reprs, nesting."""
from collections import namedtuple
from dataclasses import dataclass
from typing import NamedTuple

Point = namedtuple('Point', ['x', 'y'])
Size = namedtuple('Size', 'w h')
Span = namedtuple('Span', 'lo, hi')


class Pixel(NamedTuple):
    x: int
    y: int
    color: str = "black"
    alpha: float = 1.0


@dataclass
class Account:
    owner: str
    balance: float = 0.0
    active: bool = True
    visits: int = 0


@dataclass(frozen=True)
class Key:
    name: str
    version: int


@dataclass(order=True)
class Version:
    major: int
    minor: int
    patch: int = 0


@dataclass(frozen=True)
class Box:
    origin: Key
    size: int


class Segment(NamedTuple):
    start: Pixel
    end: Pixel


def main():
    p = Point(1, 2)
    s = Size(30, 40)
    sp = Span(-5, 5)
    print(p, s, sp, p.x + p.y, s.w * s.h, sp[0], sp[-1], len(sp))
    print(p == Point(1, 2), p != Point(2, 1), s == Size(30, 40))
    a, b = p
    w, h = s
    print(a, b, w, h)
    px = Pixel(3, 4)
    py = Pixel(5, 6, "red")
    pz = Pixel(7, 8, alpha=0.5)
    print(px, py, pz)
    print(px.color, py.alpha, pz[3], px == Pixel(3, 4, "black", 1.0), hash(px) == hash(Pixel(3, 4)))
    acct = Account("ann")
    acct.balance += 10.5
    acct.visits += 1
    print(acct, Account("ben", 2.0, False), Account("cy", visits=3))
    print(acct == Account("ann", 10.5, True, 1), acct == Account("ann"))
    k1 = Key("alpha", 1)
    k2 = Key("alpha", 1)
    k3 = Key("beta", 2)
    print(k1, k1 == k2, k1 == k3, hash(k1) == hash(k2), k1 != k3)
    keys = [k3, k1]
    print(keys, k2 in keys, Key("gamma", 0) in keys)
    v1 = Version(1, 2, 3)
    v2 = Version(1, 10)
    v3 = Version(0, 99, 99)
    print(v1 < v2, v2 < v1, v3 < v1, v1 <= Version(1, 2, 3), v1 > v3, v2 >= v1)
    print(sorted([v1, v2, v3]))
    print(sorted([v1, v2, v3], reverse=True))
    bx = Box(Key("origin", 0), 10)
    print(bx, bx.origin.name, bx == Box(Key("origin", 0), 10), hash(bx) == hash(Box(Key("origin", 0), 10)))
    seg = Segment(Pixel(0, 0), Pixel(1, 1, "blue"))
    print(seg, seg.end.color, seg[0].x)
    pts = [Point(i, i * i) for i in range(3)]
    print(pts, [q.y for q in pts])
    accts = [Account("a"), Account("b", 1.5)]
    accts[0].visits = 7
    print(accts)
    print(tuple([Size(1, 2), Size(3, 4)]))
    print([Pixel(1, 2, "it's")], [Key('say "hi"', 1)])


if __name__ == "__main__":
    main()
