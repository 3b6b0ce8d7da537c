"""enumerate(xs, start)."""


def main():
    names = ["ann", "bob", "cy"]
    for n, name in enumerate(names, 1):
        print(n, name)
    print([i * 10 for i, _ in enumerate("abc", -2)])
    for i, x in enumerate(x * x for x in range(3)):
        print(i, x)
    print(x, [c for c in "hé!"], sum(1 for c in "banana" if c == "a"))


if __name__ == "__main__":
    main()
