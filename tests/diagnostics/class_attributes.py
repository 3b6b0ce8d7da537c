"""Class attributes slotc does not translate yet."""


class Counter:
    count = 0

    def __init__(self):
        self.count = 1


class Base:
    SIZE = 1

    def size(self) -> int:
        return self.SIZE

    def size_of(self) -> int:
        return pick(self).SIZE


def pick(b: Base) -> Base:
    return b


class Big(Base):
    SIZE = 10


def main():
    Base.SIZE = 3
    print(Counter().count, Big().size())
