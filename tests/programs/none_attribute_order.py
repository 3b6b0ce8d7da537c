from typing import Optional


class Cell:
    def __init__(self, v: int, other: Optional["Cell"]):
        self.v = v
        self.other = other


def main():
    a = Cell(1, None)
    b = Cell(2, a)
    print(b.other.v + a.v)
    print(a.other.v + b.other.other.v)


if __name__ == "__main__":
    main()
