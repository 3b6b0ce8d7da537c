"""List comprehensions: conditions, sources, nesting inside expressions, scoping."""


def squares(n: int) -> list[int]:
    return [i * i for i in range(n)]


def is_odd(n: int) -> bool:
    return n % 2 == 1


def main():
    print([i for i in range(5)], [i * 2 for i in range(1, 10, 3)], [i for i in range(5, 0, -1)])
    print([i for i in range(20) if i % 3 == 0], [i for i in range(20) if i % 2 == 0 and i % 3 == 0])
    xs = [3, -1, 4, -1, 5, -9, 2, 6]
    print([x for x in xs if x > 0], [-x for x in xs if x < 0], [x * x for x in xs])
    print([is_odd(x) for x in xs], [x for x in xs if is_odd(x)], [x for x in xs if not is_odd(x)])
    print(sum([x for x in xs if x > 0]), len([x for x in xs if x < 0]), sorted([x % 4 for x in xs]))
    words = ["apple", "Banana", "cherry", "date"]
    print([w.upper() for w in words], [len(w) for w in words], [w for w in words if len(w) > 4])
    print([w + "!" for w in words if "a" in w], ["<" + str(n) + ">" for n in range(3)])
    print([x / 2 for x in xs], [float(x) for x in range(3)], [str(x) for x in [1.5, 2.0]])
    print(squares(6), squares(0), squares(1), [s + 1 for s in squares(4)])
    print([[i * j for j in range(3)] for i in range(3)])
    print([[j for j in range(i)] for i in range(4)])
    grid = [[1, 2], [3, 4], [5, 6]]
    print([row[0] + row[1] for row in grid], [sum(row) for row in grid], [len(r) for r in grid])
    print([i for i, w in enumerate(words) if w.lower() == w])
    print([t for t in (1, 2, 3)], [b for b in [True, False, True] if b])
    x = 100
    ys = [x for x in range(3)]
    print(x, ys)
    i = -1
    zs = [i * 10 for i in range(4)]
    print(i, zs)
    n = 4
    print([n * k for k in range(n)], [k for k in range(n) if k != n - 1])
    total = 0
    for v in [k * k for k in range(5)]:
        total += v
    print(total, 9 in [k * k for k in range(5)], 10 in [k * k for k in range(5)])
    print(max(len([c for c in words if c < "c"]), 1), min(sum([1 for w in words]), 10))
    empty = [q for q in range(10) if q > 100]
    print(empty, len(empty))
    print([x if x > 0 else 0 for x in xs], [x > 2 and x < 5 for x in xs])
    fs = [0.1 * k for k in range(5)]
    print(fs, sum(fs))


if __name__ == "__main__":
    main()
