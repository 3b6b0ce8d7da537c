"""Assigning to a slice of a list: replace, insert, delete, extended slices."""
def flip(perm: list[int], k: int) -> None:
    perm[:k] = perm[k - 1::-1]


def main() -> None:
    p = [1, 2, 3, 4, 5]
    flip(p, 3)
    print(p)
    xs = list(range(10))
    xs[2:5] = [20, 30]
    print(xs)
    xs[1:1] = [7, 7, 7]
    print(xs)
    xs[::3] = [0] * len(xs[::3])
    print(xs)
    xs[-2:] = (i * i for i in range(4))
    print(xs)
    xs[:] = xs
    xs[3:] = []
    print(xs, len(xs))
    names = ["a", "b"]
    names[len(names):] = ["c"]
    print(names)
    try:
        xs[::2] = [1]
    except ValueError as e:
        print("ValueError:", e)


main()
