"""A negative index past the front of a tuple is an uncaught IndexError."""


def main():
    t = tuple([3, 1, 4, 1, 5])
    print(t, len(t), t[0], t[-1])
    k = -1
    while True:
        print(k, t[k])
        k -= 1


if __name__ == "__main__":
    main()
