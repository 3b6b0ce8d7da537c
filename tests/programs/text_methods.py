"""__repr__ and __str__: print, str(), repr(), f-strings, containers of
objects (which use repr), records that define their own, and a hierarchy
whose subclasses override them."""
from dataclasses import dataclass


class Money:
    def __init__(self, cents: int):
        self.cents = cents

    def __repr__(self) -> str:
        return f"Money({self.cents})"

    def __str__(self) -> str:
        return f"${self.cents // 100}.{self.cents % 100:02d}"


class Tag:
    __slots__ = ("name",)

    def __init__(self, name: str):
        self.name = name

    def __repr__(self) -> str:
        return "#" + self.name


@dataclass
class Item:
    name: str
    price: Money
    tags: list[Tag]

    def __str__(self) -> str:
        return f"{self.name} at {self.price}"


class Shape:
    def __init__(self, name: str):
        self.name = name

    def area(self) -> float:
        return 0.0

    def __repr__(self) -> str:
        return f"Shape({self.name!r})"


class Square(Shape):
    def __init__(self, side: float):
        super().__init__("square")
        self.side = side

    def area(self) -> float:
        return self.side * self.side

    def __repr__(self) -> str:
        return f"Square({self.side})"


class Circle(Shape):
    def __init__(self, r: float):
        super().__init__("circle")
        self.r = r


def main():
    m = Money(1234)
    print(m, repr(m), str(m), f"{m} / {m!r}")
    print([m, Money(5)], (m,), {"total": m})
    tags = [Tag("new"), Tag("sale")]
    print(tags, tags[0], f"[{tags[1]}]")
    item = Item("lamp", Money(1999), tags)
    print(item)
    print(repr(item))
    print([item])
    shapes = [Shape("blob"), Square(2.0), Circle(1.5)]
    for s in shapes:
        print(s, s.area())
    print(shapes)
    text = str(Money(7)) + " and " + repr(Tag("x"))
    print(text, len(text))


if __name__ == "__main__":
    main()
