# Tuples whose items differ in type: built, indexed, unpacked, compared,
# ordered, hashed, printed; lists and tuples ordered item by item.
from typing import Optional


class P:
    def __init__(self, n: int) -> None:
        self.n = n

    def __repr__(self) -> str:
        return f"P({self.n})"


def pair(n: int) -> tuple[str, int]:
    return ("n" + str(n), n)


def best(xs: list[tuple[str, float]]) -> tuple[str, float]:
    return max(xs, key=lambda t: t[1])


def split_name(full: str) -> tuple[str, str, int]:
    first, last = full.split(" ")
    return first, last, len(full)


t = ("a", 1)
print(t, t[0], t[-1], len(t), t[1] + 1)
a, b = pair(3)
print(a, b, pair(4) == ("n4", 4), pair(2) < pair(3), pair(2) != pair(2))
xs = [("b", 2), ("a", 5), ("a", 1)]
print(sorted(xs), xs, min(xs), max(xs))
xs.sort(reverse=True)
print(xs)
for name, v in xs:
    print(name, v, end="; ")
print()
for i, (name, v) in enumerate(xs):
    print(i, name * v)
d = {("x", 1): 2.5, ("y", 2): 0.5}
print(d[("x", 1)], ("x", 1) in d, ("x", 2) in d, hash(("x", 1)) == hash(("x", 1)))
mixed = (1, "x", 2.5, True, [1, 2], P(3))
print(mixed, str(mixed), f"{mixed}", repr(mixed), mixed[4][1], mixed[-1].n)
print(best([("a", 1.5), ("b", 3.0)]), split_name("Ada Lovelace"))
s = {(1, "a"), (2, "b"), (1, "a")}
print(len(s), (2, "b") in s, (3, "b") in s)
words = "the cat sat on a mat".split()
pairs = sorted([(w, len(w)) for w in words], key=lambda p: (-p[1], p[0]))
print(pairs)
counts: dict[tuple[str, int], int] = {}
for w, n in pairs:
    counts[(w[0], n)] = counts.get((w[0], n), 0) + 1
print(counts, list(counts.keys())[0])
o: Optional[P] = None
print(("none", 1) if o is None else ("some", 2))
nested = (("a", 1), 2.0)
print(nested, nested[0][0], sorted([(2.0, ("b", 1)), (1.0, ("c", 3)), (2.0, ("a", 9))]))
grid = [[2, 1], [1, 5, 0], [1, 5]]
print(grid < [[2, 1]], sorted(grid), max([(1, "b", [2]), (1, "b", [1, 9])]), [1, 2] < [1, 2, 0])
print(sorted([(3, 1), (1, 2), (1, 1)], key=lambda p: (p[1], p[0])), min([(3, 1), (1, 2)]), (1, 2) <= (1, 2))
