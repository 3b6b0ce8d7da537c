"""round() as CPython rounds: ties to even on the exact binary value."""


def main():
    print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.4999), round(7))
    print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2), round(-1.25, 1))
    print(round(1234.5678, -2), round(1250.0, -2), round(1350.0, -2), round(5.0, -1), round(15.0, -1))
    print(round(1e300, 2), round(3.14159, 0), round(-0.4), round(2.0 / 3.0, 5), round(1.23456789e-5, 7))
    prices = [19.999, 5.005, 0.0049]
    print([round(p, 2) for p in prices], sum(round(p) for p in prices))
    print(round(float("inf")))


if __name__ == "__main__":
    main()
