"""divmod() of ints, and super(ThisClass, self) as older code writes it."""


class Board:
    def __init__(self, size: int) -> None:
        self.size = size

    def coords(self, pos: int) -> tuple[int, int]:
        y, x = divmod(pos, self.size)
        return x, y

    def describe(self) -> str:
        return f"board {self.size}x{self.size}"


class GoBoard(Board):
    def __init__(self, size: int, komi: float) -> None:
        super(GoBoard, self).__init__(size)
        self.komi = komi

    def describe(self) -> str:
        return super(GoBoard, self).describe() + f" komi {self.komi}"


def main() -> None:
    b = GoBoard(9, 6.5)
    print(b.coords(40), b.coords(80), b.describe())
    print(divmod(-7, 2), divmod(7, -2), divmod(0, 5))
    q, r = divmod(100, 7)
    print(q, r, f"{divmod(17, 5)}")
    try:
        print(divmod(1, 0))
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)


main()
