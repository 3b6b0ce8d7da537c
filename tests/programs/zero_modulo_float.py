"""Float modulo by zero is an uncaught ZeroDivisionError ("float modulo")."""


def wrap(x: float, period: float) -> float:
    return x % period


def main():
    periods = [2.5, -2.5, 1.0, 0.5, 0.0, 3.0]
    for p in periods:
        print(7.25, p, wrap(7.25, p), wrap(-7.25, p), 7.25 // p)


if __name__ == "__main__":
    main()
