"""A generator pipeline: items pulled one at a time through three
generators.  Memory stays constant however many items flow through.
bench/generator-memory changes `limit` to run it at several sizes."""
from typing import Iterator


def numbers(n: int) -> Iterator[int]:
    i = 0
    while i < n:
        yield i
        i += 1


def scaled(xs: Iterator[int]) -> Iterator[int]:
    for x in xs:
        yield x * 3


def evens(xs: Iterator[int]) -> Iterator[int]:
    for x in xs:
        if x % 2 == 0:
            yield x


def main():
    limit = 1000000
    count = 0
    total = 0
    for x in evens(scaled(numbers(limit))):
        count += 1
        total += x
    print(count, total)


if __name__ == "__main__":
    main()
