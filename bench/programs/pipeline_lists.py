"""The same pipeline as pipeline.py with a list at every stage: memory
grows with the number of items."""


def numbers(n: int) -> list[int]:
    out = []
    i = 0
    while i < n:
        out.append(i)
        i += 1
    return out


def scaled(xs: list[int]) -> list[int]:
    return [x * 3 for x in xs]


def evens(xs: list[int]) -> list[int]:
    return [x for x in xs if x % 2 == 0]


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
