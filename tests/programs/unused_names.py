class Counter:
    def __init__(self, start: int, label: str):
        self.n = start

    def tick(self, unused: int) -> int:
        self.n += 1
        return self.n


def sign(x: int) -> int:
    if x > 0:
        return 1
    elif x < 0:
        return -1
    else:
        return 0


def main():
    c = Counter(0, "x")
    for i in range(3):
        c.tick(5)
    print(c.n, sign(-4), sign(0), [0 for j in range(2)])
    unused = 3


if __name__ == "__main__":
    main()
