"""Float division by zero is an uncaught ZeroDivisionError."""


def inverse(x: float) -> float:
    return 1.0 / x


def main():
    x = 4.0
    while True:
        print(x, inverse(x))
        x = x - 1.0


if __name__ == "__main__":
    main()
