"""Empty list and tuple displays used directly, not only as annotated variables."""


def main():
    print([], (), len([]), len(()))
    print([] == [], () == (), [] != [])
    xs: list[int] = []
    print(xs == [], len(xs) == len([]))
    xs.append(1)
    print(xs, xs != [])
    print()


if __name__ == "__main__":
    main()
