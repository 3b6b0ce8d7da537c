"""hash() of ints, floats and bools is deterministic in CPython: match it."""
from dataclasses import dataclass
from typing import NamedTuple


class P(NamedTuple):
    a: int
    b: int


@dataclass(frozen=True)
class F:
    x: float
    n: int


def main():
    print(hash(0), hash(1), hash(-1), hash(-2), hash(123456789), hash(-123456789))
    print(hash(2 ** 61 - 2), hash(2 ** 61 - 1), hash(2 ** 61), hash(2 ** 62), hash(-(2 ** 61)))
    print(hash(9223372036854775807), hash(-9223372036854775807 - 1))
    print(hash(True), hash(False), hash(1.0), hash(0.0), hash(-0.0), hash(-1.0))
    print(hash(1.5), hash(-1.5), hash(0.1), hash(1e300), hash(1e-300), hash(2.0 ** 61))
    print(hash(1.0) == hash(1), hash(2.5) == hash(2.5), hash(1e16) == hash(10 ** 16))
    print(hash(P(1, 2)), hash(P(-1, -2)), hash(P(0, 0)), hash(P(1, 2)) == hash(P(1, 2)))
    print(hash(F(1.5, 2)), hash(F(-0.0, -1)), hash(F(0.0, -1)) == hash(F(-0.0, -1)))
    print(F(0.0, 1) == F(-0.0, 1), P(1, 2) == P(1, 2), P(1, 2) != P(2, 1))


if __name__ == "__main__":
    main()
