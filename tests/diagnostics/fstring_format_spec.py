"""A format specification with a nested field ({x:{width}}) is rejected."""


def main():
    x = 3.14159
    width = 8
    print(f"{x:{width}.2f}")


if __name__ == "__main__":
    main()
