# isinstance() narrows a variable to the subclass inside the if (and elif)
# body, so the subclass's fields and methods can be used there.


class Shape:
    def __init__(self, name: str) -> None:
        self.name = name

    def area(self) -> float:
        return 0.0


class Circle(Shape):
    def __init__(self, r: float) -> None:
        super().__init__("circle")
        self.r = r

    def area(self) -> float:
        return 3.0 * self.r * self.r


class Rect(Shape):
    def __init__(self, w: float, h: float) -> None:
        super().__init__("rect")
        self.w = w
        self.h = h

    def area(self) -> float:
        return self.w * self.h


class Square(Rect):
    def __init__(self, side: float) -> None:
        super().__init__(side, side)
        self.name = "square"


def describe(shape: Shape) -> str:
    if isinstance(shape, Circle):
        return f"circle of radius {shape.r}"
    elif isinstance(shape, Square):
        return f"square of side {shape.w}, area {shape.area()}"
    elif isinstance(shape, Rect):
        return f"rect {shape.w} x {shape.h}"
    return "some shape"


def widest(shapes: list[Shape]) -> float:
    best = 0.0
    for s in shapes:
        if isinstance(s, Rect) and s.w > best:
            best = s.w
        if isinstance(s, Circle):
            best = max(best, 2 * s.r)
    return best


shapes = [Circle(1.5), Rect(2.0, 3.0), Square(4.0), Shape("blob"), Circle(0.5)]
for shape in shapes:
    print(shape.name, describe(shape), shape.area())
print("widest:", widest(shapes))
total = 0.0
for shape in shapes:
    if isinstance(shape, Rect):
        total += shape.h
        shape.h += 1.0
print(total, [s.area() for s in shapes])
print([s.r for s in shapes if isinstance(s, Circle)], sum(s.w * 2 for s in shapes if isinstance(s, Rect) and s.h > 3.5))
