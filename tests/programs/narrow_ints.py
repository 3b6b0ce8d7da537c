"""Narrowed ints: fields stored in 8, 16 or 32 bits (typing.Annotated), the
values in range; the arithmetic on them is Python's (64-bit) arithmetic."""
from dataclasses import dataclass
from typing import Annotated, NamedTuple


class Pixel:
    __slots__ = ("r", "g", "b", "alpha", "count")

    def __init__(self, r: Annotated[int, "uint8"], g: Annotated[int, "uint8"], b: Annotated[int, "uint8"],
                 alpha: Annotated[float, "opacity"]):
        self.r = r
        self.g = g
        self.b = b
        self.alpha = alpha
        self.count = 0

    def brighten(self, amount: int) -> None:
        self.r = min(255, self.r + amount)
        self.g = min(255, self.g + amount)
        self.b = min(255, self.b + amount)
        self.count += 1

    def luminance(self) -> float:
        return 0.2126 * self.r + 0.7152 * self.g + 0.0722 * self.b


@dataclass
class Reading:
    sensor: Annotated[int, "uint16"]
    celsius: Annotated[int, "int8"]
    millis: Annotated[int, "int32"]


class Cell(NamedTuple):
    row: Annotated[int, "int16"]
    col: Annotated[int, "int16"]


def main():
    p = Pixel(250, 128, 3, 0.5)
    p.brighten(10)
    p.brighten(200)
    print(p.r, p.g, p.b, p.count, round(p.luminance(), 3))
    readings = [Reading(i * 1000, -40 + i * 20, i * 100000) for i in range(5)]
    for r in readings:
        r.celsius -= 5
        print(r.sensor, r.celsius, r.millis, r.sensor * r.millis)
    print(readings[2])
    cells = []
    for row in range(-2, 2):
        cells.extend([Cell(row, col) for col in range(30000, 32767, 1000)])
    print(len(cells), cells[0], max(cells), sum(c.row * c.col for c in cells))
    total = 0
    for c in cells:
        total += c.col * c.col
    print(total)


if __name__ == "__main__":
    main()
