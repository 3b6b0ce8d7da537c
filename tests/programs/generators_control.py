"""Generators: yield inside loops and branches, early return, yield from."""


def countdown(n: int):
    while n > 0:
        if n % 3 == 0:
            yield n * 10
        else:
            yield n
        n -= 1


def grid(rows: int, cols: int):
    for r in range(rows):
        for c in range(cols):
            if (r + c) % 2 == 0:
                yield r * cols + c


def until_negative(xs: list[int]):
    for x in xs:
        if x < 0:
            return
        yield x
    yield 999


def stepped(start: int, stop: int, step: int):
    for i in range(start, stop, step):
        yield i


def chained(xs: list[int], ys: tuple[int, ...]):
    yield from xs
    yield from ys
    yield from countdown(3)
    yield from range(2)
    yield -1


def words(text: str):
    for w in text.split(" "):
        if w:
            yield w.upper()


def nothing(n: int):
    if n > 100:
        yield n


def main():
    print(list(countdown(7)))
    print(list(grid(3, 4)))
    print(list(until_negative([3, 1, 4, -1, 5])), list(until_negative([2, 7])))
    print(list(stepped(10, -10, -4)), list(stepped(0, 10, 3)))
    print(list(chained([1, 2], (3, 4))))
    print(list(words("  the quick  brown fox ")))
    print(list(nothing(5)), sum(nothing(500)))
    total = 0
    for x in grid(5, 5):
        if x > 15:
            break
        if x % 4 == 0:
            continue
        total += x
    print("total", total)


if __name__ == "__main__":
    main()
