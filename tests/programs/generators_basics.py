class Countdown:
    def __init__(self, start: int):
        self.start = start

    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1


def evens(limit: int):
    n = 0
    while n < limit:
        yield n
        n += 2


def pairs(xs: list[str]):
    for i, x in enumerate(xs):
        if i % 2 == 0:
            yield x + "!"
    yield from ["end", "fin"]


def main():
    print(list(evens(11)), sum(evens(1000)))
    print([n for n in Countdown(5)])
    squares = (i * i for i in range(10))
    print(max(squares))
    for p in pairs(["a", "b", "c"]):
        print(p)
    it = evens(5)
    print(next(it), next(it), next(it), next(it, -1))
    print(any(x > 3 for x in evens(10)), all(x < 3 for x in evens(10)))
    k = 3
    g = (x * k for x in [1, 2, 3] if x != 2)
    print(tuple(g), min(evens(7)), sorted(Countdown(4)))


if __name__ == "__main__":
    main()
