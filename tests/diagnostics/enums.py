from enum import Enum, IntEnum, auto, unique


class Level(IntEnum):
    LOW = 1


class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    MARS = (6.42e23, 3.39e6)


class Mixed(Enum):
    ONE = 1
    TWO = "two"


class Shape(Enum):
    CIRCLE = auto()

    def __init__(self, sides: int) -> None:
        self.sides = sides


@unique
class Dup(Enum):
    A = 1
    B = 1


class Empty(Enum):
    def hello(self) -> str:
        return "hi"


def main() -> None:
    print(Shape(1, 2))


if __name__ == "__main__":
    main()
