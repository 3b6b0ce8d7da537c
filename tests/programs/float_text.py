"""Float to text: shortest round-trip repr, exponents, signs, containers."""


def third() -> float:
    return 1 / 3


def main():
    print(0.1 + 0.2, 0.1 * 3, 1.1 * 1.1, 0.3 - 0.1)
    print(1e16, 1e15, 123456789012345678.0, 9999999999999998.0, 1e17)
    print(1e-5, 1e-4, 0.0001, 0.00001234, 1.5e-7)
    print(123456.789, -123456.789, 2.5, -2.5, 0.5, 100.0, 1.0, 0.0)
    print(-0.0, 0.0 * -1, -0.0 + 0.0)
    print(third(), 2 / 3, 10 / 3, 22 / 7)
    print(1e22, 1e21, 1e23, 1.7976931348623157e308, 2.2250738585072014e-308)
    print(5e-324, -5e-324, 1e-323, 1e300 * 1e-300)
    print(3.141592653589793, 2.718281828459045, 1.4142135623730951)
    print(float(7), float(-12), float(True), float(0))
    print(str(0.1), str(1e16), str(-0.0), str(2.0), str(1e-7), str(12345678.9))
    print(str(1.5) + "x", "v=" + str(0.25))
    xs = [0.1, 0.2, 0.30000000000000004, 1e16, -0.0, 1e-5]
    print(xs)
    t = (1.5, 2.25, -3.125)
    print(t)
    print([1.0], (2.0,), [[0.5, 1.5], [2.5]])
    big = 1.0
    for i in range(25):
        big = big * 10.0
    print(big)
    small = 1.0
    for i in range(25):
        small = small / 10.0
    print(small)
    h = 0.5
    n = 0
    while n < 8:
        print(n, h, h * 3)
        h = h / 7
        n += 1
    print(round_trip(0.1), round_trip(123.456))
    print(abs(-2.5), abs(2.5), -(-1.25), max(0.1, 0.2), min(0.1, 0.2))
    print(sum([0.1, 0.2, 0.3]), sum([1.5, 2.5]))
    print(4.35 * 100, 1.15 * 100, 0.1 + 0.7, 8.675 - 0.005)
    print(2.0 ** 53, 2.0 ** 53 + 1, 2.0 ** 63, 2.0 ** -10)


def round_trip(x: float) -> float:
    return x * 10 / 10


if __name__ == "__main__":
    main()
