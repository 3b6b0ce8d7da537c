"""Everything that consumes an iterator, and StopIteration."""


def squares(n: int):
    for i in range(n):
        yield i * i


def names():
    yield "carol"
    yield "alice"
    yield "bob"


def main():
    print(list(squares(5)), tuple(squares(4)), sum(squares(10)))
    print(min(squares(5)), max(squares(5)), min(names()), max(names()))
    print(any(s > 10 for s in squares(5)), all(s < 10 for s in squares(5)))
    print(any(squares(0)), all(squares(0)), any(squares(2)), all(squares(2)))
    print(sorted(names()), sorted(squares(4), reverse=True))
    print([s + 1 for s in squares(4) if s % 2 == 0])
    print(sum(x * 0.5 for x in range(5)), sum(len(n) for n in names()))
    for i, n in enumerate(names()):
        print(i, n)
    for a, b in zip(squares(10), names()):
        print(a, b)
    it = iter([10, 20])
    print(next(it), next(it), next(it, 0), next(it, 0))
    words = iter(("x", "y"))
    print(next(words), next(words, "none"), next(words, "none"))
    gen = squares(2)
    print(next(gen), next(gen))
    print(list(gen), next(gen, -1))
    lazy = (n.upper() for n in names())
    print(next(lazy), list(lazy))
    print(next(squares(0)))


if __name__ == "__main__":
    main()
