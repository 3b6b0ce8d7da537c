"""An out-of-range list index is an uncaught IndexError after some output."""


def pick(xs: list[int], i: int) -> int:
    return xs[i]


def main():
    xs = [10, 20, 30]
    xs.append(40)
    print(pick(xs, 0), pick(xs, 3), pick(xs, -1), pick(xs, -4))
    total = 0
    i = 0
    while i < 6:
        print("reading", i)
        total += pick(xs, i)
        print("total", total)
        i += 1
    print("never printed")


if __name__ == "__main__":
    main()
