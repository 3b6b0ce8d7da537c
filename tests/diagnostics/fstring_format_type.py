"""A format specification for a list: CPython raises TypeError."""


def main():
    names = ["a", "b"]
    print(f"{names:>10}")


if __name__ == "__main__":
    main()
