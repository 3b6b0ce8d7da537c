from functools import cached_property


class Point:
    __slots__ = ('x', 'y')

    def __init__(self, x: float, y: float):
        self.x = x
        self.y = y

    @cached_property
    def norm(self) -> float:
        return self.x * self.x + self.y * self.y
