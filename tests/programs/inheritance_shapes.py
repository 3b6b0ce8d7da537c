"""Inheritance: fields of the base are a prefix, overridden methods
dispatch on the object's class, super() calls the base's method."""
import math


class Shape:
    def __init__(self, name: str):
        self.name = name
        self.moves = 0

    def area(self) -> float:
        return 0.0

    def describe(self) -> str:
        return self.name + " with area " + str(round_2(self.area()))

    def move(self) -> None:
        self.moves += 1


class Circle(Shape):
    def __init__(self, r: float):
        super().__init__("circle")
        self.r = r

    def area(self) -> float:
        return math.pi * self.r * self.r


class Rect(Shape):
    def __init__(self, w: float, h: float):
        super().__init__("rect")
        self.w = w
        self.h = h

    def area(self) -> float:
        return self.w * self.h

    def describe(self) -> str:
        return "[" + super().describe() + "]"


class Square(Rect):
    def __init__(self, side: float):
        super().__init__(side, side)
        self.name = "square"


class Blob(Shape):
    pass


def round_2(x: float) -> float:
    return math.floor(x * 100.0 + 0.5) / 100.0


def total_area(shapes: list[Shape]) -> float:
    total = 0.0
    for s in shapes:
        total += s.area()
    return total


def main():
    shapes = [Circle(1.0), Rect(2.0, 3.0), Square(2.0), Blob("blob")]
    for s in shapes:
        print(s.describe())
        s.move()
    shapes[0].move()
    print(total_area(shapes))
    print([s.moves for s in shapes])
    print([isinstance(s, Rect) for s in shapes], [isinstance(s, Shape) for s in shapes])
    sq = Square(3.0)
    print(sq.w, sq.h, sq.name, sq.area(), isinstance(sq, Rect), isinstance(sq, Circle))
    biggest = shapes[0]
    for s in shapes:
        if s.area() > biggest.area():
            biggest = s
    print(biggest.name, biggest is shapes[1], biggest == shapes[1])


if __name__ == "__main__":
    main()
