"""int / int with a zero divisor is an uncaught ZeroDivisionError."""


def main():
    n = 3
    while n >= 0:
        print(n, 6 / n)
        n -= 1
    print(6 / n)


if __name__ == "__main__":
    main()
