def pair() -> tuple[int, int]:
    return 1, 2


def main() -> None:
    a, b = c, d = pair()
    xs = [0, 0]
    xs[0] = xs[1] = pair()[0]
    print(a, b, c, d, xs)


main()
