"""Modulo by zero is an uncaught ZeroDivisionError."""


def main():
    xs = [7, -7, 3]
    ds = [2, -3, 0]
    for i in range(3):
        print(xs[i], ds[i])
        print(xs[i] % ds[i])


if __name__ == "__main__":
    main()
