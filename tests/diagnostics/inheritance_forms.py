"""Inheritance slotc does not translate yet: records in a hierarchy,
properties in a hierarchy, a base defined after its subclass."""
from dataclasses import dataclass


@dataclass
class Point:
    x: float
    y: float


class Point3(Point):
    def norm(self) -> float:
        return self.x


class Base:
    def __init__(self, n: int):
        self.n = n

    @property
    def double(self) -> int:
        return self.n * 2


class Child(Base):
    pass


class Early(Late):
    pass


class Late:
    pass


def main():
    print(Child(1).n, Point3(1.0, 2.0).norm())


if __name__ == "__main__":
    main()
