"""Lists: displays, append, indexing, item assignment, copies, sum, sorted."""


def total(xs: list[int]) -> int:
    t = 0
    for x in xs:
        t += x
    return t


def bump_all(xs: list[int], by: int):
    for i in range(len(xs)):
        xs[i] += by


def main():
    xs = [5, 3, 8, 1]
    xs.append(9)
    xs.append(-2)
    print(xs, len(xs), xs[0], xs[-1], xs[-len(xs)], xs[len(xs) - 1])
    xs[0] = 50
    xs[-1] = -20
    xs[2] += 100
    xs[1] -= 1
    xs[3] *= 7
    xs[4] //= 2
    xs[-2] %= 3
    print(xs)
    bump_all(xs, 1)
    print(xs, total(xs), sum(xs))
    ys = xs
    zs = list(xs)
    ys.append(0)
    zs[0] = 999
    print(xs, ys, zs, len(xs), len(zs))
    empty: list[int] = []
    print(empty, len(empty), sum(empty))
    for i in range(4):
        empty.append(i * i)
    print(empty)
    names: list[str] = []
    names.append("x")
    names.append("it's")
    print(names)
    grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
    grid[1][1] = 0
    grid[2].append(10)
    grid.append([11])
    print(grid, len(grid), len(grid[2]), grid[-1][-1], grid[0][-3])
    row = grid[0]
    row[0] = 100
    print(grid[0], row)
    fs = [0.5, 1.25, -3.0]
    fs.append(2.0)
    fs[0] += 0.25
    print(fs, sum(fs), sum([0.1, 0.1, 0.1]))
    print(sorted([3, 1, 2]), sorted([3, 1, 2], reverse=True), sorted([2.5, -1.0, 0.0]))
    print(sorted(["b", "c", "a"]), sorted(xs), xs)
    print(min(3, 7), max(3, 7), min(2.5, -2.5), max(2.5, -2.5))
    print(list((1, 2, 3)), list([4, 5]), list([i for i in range(10, 0, -3)]))
    bools = [True, False, True]
    bools[1] = True
    print(bools, sum(bools), len(bools))
    acc: list[list[int]] = []
    for i in range(3):
        inner: list[int] = []
        for j in range(i + 1):
            inner.append(j)
        acc.append(inner)
    print(acc)
    k = 0
    while k < len(xs):
        if xs[k] > 10:
            xs[k] = 10
        k += 1
    print(xs, 10 in xs, 11 in xs)


if __name__ == "__main__":
    main()
