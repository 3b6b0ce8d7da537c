"""Shapes for a C program: the classes and the generator that app.c uses
directly, through the structs and functions slotc emits."""
from dataclasses import dataclass
from typing import Iterator


@dataclass(frozen=True, slots=True)
class Point:
    x: float
    y: float


class Rect:
    __slots__ = ("corner", "width", "height", "label")

    def __init__(self, corner: Point, width: float, height: float, label: str):
        self.corner = corner
        self.width = width
        self.height = height
        self.label = label

    def area(self) -> float:
        return self.width * self.height

    def contains(self, p: Point) -> bool:
        return (self.corner.x <= p.x <= self.corner.x + self.width
                and self.corner.y <= p.y <= self.corner.y + self.height)

    def describe(self) -> str:
        return f"{self.label}: {self.width:g} x {self.height:g} at ({self.corner.x:g}, {self.corner.y:g})"


def grid(n: int, step: float) -> Iterator[Point]:
    """The points of an n-by-n grid, one at a time."""
    for i in range(n):
        for j in range(n):
            yield Point(i * step, j * step)
