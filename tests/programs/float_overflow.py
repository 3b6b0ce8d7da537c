"""Floats overflow to inf on * but raise OverflowError on ** and on int()."""


def grow(x: float, times: int) -> float:
    for i in range(times):
        x = x * 1e100
    return x


def main():
    print(grow(1.0, 3), grow(1.0, 4), grow(-1.0, 4))
    print(1.5 ** 100, 2.0 ** 1000, 10.0 ** 308)
    e = 1
    while e < 40:
        print(e, 10.0 ** (e * 10), int(10.0 ** (e * 10) / 10.0 ** (e * 10)))
        e += 1
    print(int(grow(1.0, 4)))


if __name__ == "__main__":
    main()
