"""Bitwise operators on ints and bools."""


def popcount(n: int) -> int:
    count = 0
    while n:
        count += n & 1
        n >>= 1
    return count


def main():
    a = 0b1011
    b = 6
    print(a & b, a | b, a ^ b, ~a, ~-1, a << 3, a >> 1, -17 >> 2, -1 >> 100, 1 << 62)
    print(True & False, True | False, True ^ True, (a > 3) & (b > 3), 5 & True)
    flags = 0
    flags |= 4
    flags ^= 1
    flags <<= 2
    flags &= 0xFF
    print(flags, popcount(255), popcount(1 << 40), [x >> 1 for x in range(6)])


if __name__ == "__main__":
    main()
