class Square:
    def __init__(self, side: float):
        self.side = side

    @property
    def area(self) -> float:
        return self.side * self.side


def main():
    sq = Square(2.0)
    sq.area = 5.0
