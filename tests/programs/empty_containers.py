"""Empty list and tuple displays used directly, not only as annotated
variables; list() with no argument; str.join over a generator expression."""


class Bag:
    def __init__(self):
        self.items = list()

    def add(self, x: int) -> None:
        self.items.append(x)


def main():
    print([], (), len([]), len(()))
    print([] == [], () == (), [] != [])
    xs: list[int] = []
    print(xs == [], len(xs) == len([]))
    xs.append(1)
    print(xs, xs != [])
    print()
    ys = list()
    ys.append("b")
    ys.append("a")
    bag = Bag()
    bag.add(7)
    print(ys, bag.items, list() == [], ", ".join(str(n * n) for n in bag.items))
    print("-".join(y.upper() for y in ys if y != "z"), "".join(c for c in "xyz"))


if __name__ == "__main__":
    main()
