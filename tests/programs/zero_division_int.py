"""Integer floor division by zero is an uncaught ZeroDivisionError."""


def ratio(a: int, b: int) -> int:
    return a // b


def main():
    for d in [3, 2, 1, -1, 0, 5]:
        print(100, d, ratio(100, d))
    print("never printed")


if __name__ == "__main__":
    main()
