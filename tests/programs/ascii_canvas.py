# Shapes drawn on an ASCII canvas: a class hierarchy with overridden
# contains(), a canvas of rows, z-order by a sort key, and a legend.
import math


class Shape:
    symbol = "?"

    def __init__(self, x: int, y: int, z: int) -> None:
        self.x = x
        self.y = y
        self.z = z

    def contains(self, px: int, py: int) -> bool:
        return False

    def area(self) -> float:
        return 0.0

    def label(self) -> str:
        return f"{type(self).__name__}@({self.x},{self.y})"


class Box(Shape):
    symbol = "#"

    def __init__(self, x: int, y: int, z: int, w: int, h: int) -> None:
        super().__init__(x, y, z)
        self.w = w
        self.h = h

    def contains(self, px: int, py: int) -> bool:
        return self.x <= px < self.x + self.w and self.y <= py < self.y + self.h

    def area(self) -> float:
        return float(self.w * self.h)


class Disc(Shape):
    symbol = "o"

    def __init__(self, x: int, y: int, z: int, r: int) -> None:
        super().__init__(x, y, z)
        self.r = r

    def contains(self, px: int, py: int) -> bool:
        return (px - self.x) ** 2 + (py - self.y) ** 2 <= self.r * self.r

    def area(self) -> float:
        return math.pi * self.r * self.r


class Line(Shape):
    symbol = "-"

    def __init__(self, x: int, y: int, z: int, length: int) -> None:
        super().__init__(x, y, z)
        self.length = length

    def contains(self, px: int, py: int) -> bool:
        return py == self.y and self.x <= px < self.x + self.length


def render(shapes: list[Shape], width: int, height: int) -> list[str]:
    ordered = sorted(shapes, key=lambda s: s.z)
    rows: list[str] = []
    for py in range(height):
        row = ["."] * width
        for px in range(width):
            for shape in ordered:
                if shape.contains(px, py):
                    row[px] = shape.symbol
        rows.append("".join(row))
    return rows


shapes: list[Shape] = [Box(2, 1, 1, 8, 4), Disc(14, 4, 2, 3), Line(0, 6, 3, 20), Box(12, 0, 0, 6, 3)]
for row in render(shapes, 22, 8):
    print(row)
for s in sorted(shapes, key=lambda s: -s.area()):
    print(f"{s.label():<16} {s.symbol} area {s.area():7.2f}")
covered = sum(1 for py in range(8) for px in range(22) if any(s.contains(px, py) for s in shapes))
print("covered cells:", covered, "of", 22 * 8)
