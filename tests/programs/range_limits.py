"""range() whose last step would pass the int64 limits: CPython just stops."""


def count_steps(start: int, stop: int, step: int) -> int:
    n = 0
    for x in range(start, stop, step):
        n += 1
    return n


def main():
    big = 9223372036854775807
    print(count_steps(big - 7, big, 5), count_steps(-big + 7, -big - 1, -5))
    print(count_steps(3, big, big // 2), count_steps(0, big, big))
    print(count_steps(-big - 1, big, big), count_steps(big, -big - 1, -big))
    for x in range(big - 2, big):
        print(x)
    print([x for x in range(big - 1, big, 1000)])
    for x in range(9223372036854775800, 9223372036854775807, 5):
        print(x)


if __name__ == "__main__":
    main()
