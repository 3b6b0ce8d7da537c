# Tuples whose items differ in type are records: a constant index, an
# unpacking of the right length, no loop over them and no slice.


def main() -> None:
    t = ("a", 1)
    for x in t:
        print(x)
    i = 1
    print(t[i], t[2])
    print(t[0:1])
    a, b, c = t
    print(a, b, c)
    u = (None, 1)
    print(u)
    print(sorted([({1: 2}, "a"), ({3: 4}, "b")]))


if __name__ == "__main__":
    main()
