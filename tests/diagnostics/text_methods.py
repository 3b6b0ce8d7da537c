"""What slotc checks in __repr__ and __str__."""


class Wrong:
    def __init__(self, n: int):
        self.n = n

    def __repr__(self) -> int:
        return self.n

    def __str__(self, pretty: bool) -> str:
        return "w"


class Base:
    def __init__(self, n: int):
        self.n = n


class Derived(Base):
    def __repr__(self) -> str:
        return "Derived"


class Oops(Exception):
    def __str__(self) -> str:
        return "oops"


def main():
    print(Wrong(1), Derived(2), Oops())
