"""next() on an exhausted generator raises StopIteration."""


def two():
    yield 1
    yield 2


def main():
    it = two()
    print(next(it), next(it))
    print(next(it, 0))
    print(next(it))


if __name__ == "__main__":
    main()
