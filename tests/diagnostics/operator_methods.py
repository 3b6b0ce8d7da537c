"""What slotc says about operator methods it cannot translate."""


class Key:
    def __init__(self, k: int):
        self.k = k

    def __eq__(self, other: "Key") -> bool:
        return self.k == other.k


class Money:
    def __init__(self, cents: int):
        self.cents = cents

    def __gt__(self, other: "Money") -> bool:
        return self.cents > other.cents


def pick(xs: list[Money], i: int) -> Money:
    return xs[i]


def main():
    index = {Key(1): "one"}
    xs = [Money(3), Money(4)]
    print(pick(xs, 0) < pick(xs, 1), index)
