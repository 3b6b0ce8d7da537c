"""Namedtuples order as tuples; min, max and sorted over ordered records."""
from collections import namedtuple
from dataclasses import dataclass
from typing import NamedTuple


class Point(NamedTuple):
    x: int
    y: int


Pair = namedtuple("Pair", ["name", "score"])


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int
    label: str


@dataclass(order=True)
class Release:
    version: Version
    downloads: int


def main():
    pts = [Point(3, 1), Point(1, 2), Point(1, -5), Point(2, 2)]
    print(sorted(pts))
    print(min(pts), max(pts), Point(1, 2) < Point(1, 3), Point(2, 0) >= Point(1, 9))
    pairs = [Pair("b", 2.5), Pair("a", 2.5), Pair("c", 1.0)]
    print(sorted(pairs, reverse=True), max(pairs))
    vs = [Version(1, 2, "rc"), Version(1, 2, "beta"), Version(0, 9, "final")]
    print(sorted(vs)[0], max(vs).label)
    rs = [Release(Version(2, 0, "a"), 10), Release(Version(1, 0, "z"), 99)]
    print(min(rs).downloads, sorted(rs)[1].version.major)


if __name__ == "__main__":
    main()
