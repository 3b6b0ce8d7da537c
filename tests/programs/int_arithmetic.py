"""Integer arithmetic: every operator with every sign combination."""


def show_ops(a: int, b: int):
    print(a, b, a + b, a - b, a * b, a // b, a % b, a / b)


def powers(base: int, n: int) -> int:
    return base ** n


def main():
    pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (6, 3), (-6, 3), (6, -3), (0, 5), (0, -5), (1, 7), (-1, 7), (13, 13)]
    for p in pairs:
        show_ops(p[0], p[1])
    print(2 ** 10, 2 ** 0, (-2) ** 3, (-3) ** 4, 10 ** 18, 1 ** 100, 0 ** 0)
    print(powers(3, 5), powers(-5, 3), powers(7, 1))
    print(abs(-42), abs(42), abs(0), -(-5), -(3 - 10), +7)
    x = 17
    x += 5
    x -= 2
    x *= 3
    x //= 7
    x %= 5
    print(x)
    y = -100
    y //= 7
    print(y)
    y = -100
    y %= 7
    print(y)
    y = 100
    y %= -7
    print(y)
    z = 9
    z **= 3
    print(z)
    print(1 / 4, 10 / 5, -9 / 2, 7 / -7, 0 / 3, 2 / 3)
    print(3 + 0.5, 2 * 1.5, 7 // 2.0, 7 % 2.5, -7 // 2.0, -7 % 2.5, 7.5 // -2, 2 ** 0.5, 2.0 ** 3)
    t = True
    f = False
    print(t + t, t * 5, f * 5, t - f, 3 + t, t / 2, -t, abs(-t))
    print(int(7.9), int(-7.9), int(True), float(3), float(-2))
    print(max(3, 9), min(3, 9), max(-1, -8), min(-1, -8))
    n = 9223372036854775807
    print(n, -n - 1, n // 2, n % 1000)
    print(2 ** 62 + (2 ** 62 - 1))
    print(100 - 3 * 4 + 10 // 3 - 2 ** 3 % 5, (100 - 3) * (4 + 10) // (3 - 2), -2 ** 2, (-2) ** 2)
    print(17 // 5 * 5 + 17 % 5, -17 // 5 * 5 + -17 % 5)


if __name__ == "__main__":
    main()
