"""Tuples: tuple(list), indexing, membership, 1-tuples, empty tuples, unpacking."""


def pair_sum(t: tuple[int, ...]) -> int:
    s = 0
    for x in t:
        s += x
    return s


def main():
    xs = [4, 5, 6]
    t = tuple(xs)
    xs.append(7)
    print(t, xs, len(t), t[0], t[-1], t[1], t[-3])
    print(5 in t, 7 in t, 7 not in t, pair_sum(t))
    one = (42,)
    print(one, len(one), one[0], (2.5,), ("s",), (True,))
    e = tuple([i for i in range(0)])
    print(e, len(e), 3 in e)
    words = ("ann", "it's", 'q"uote')
    print(words, words[1], sorted(words, reverse=True))
    a = 1
    b = 2
    a, b = b, a
    print(a, b)
    a, b = a + b, a - b
    print(a, b)
    x, y, z = [10, 20, 30]
    print(x, y, z)
    p, q = (1.5, -2.5)
    print(p, q, p + q)
    s1, s2 = "left", "right"
    s1, s2 = s2, s1
    print(s1, s2)
    u, v = t[0], t[2]
    print(u, v)
    trip = (7, 8, 9)
    i, j, k = trip
    print(i, j, k, i * j * k)
    nested = ((1, 2), (3, 4), (5,))
    print(nested, nested[1], nested[1][0], nested[-1], len(nested[2]))
    lt = tuple([[1, 2], [3]])
    lt[0].append(99)
    lt[1][0] = 30
    print(lt)
    ft = tuple([0.1 + 0.2, 1e16, -0.0])
    print(ft, ft == (0.30000000000000004, 1e16, 0.0), ft != ft)
    for idx, val in enumerate(("a", "b", "c")):
        print(idx, val)
    for w in words:
        print(w.upper())
    print(tuple([1, 2]) == (1, 2), tuple(["a"]) == ("a",), list(tuple(xs)), sum(t), sorted(t, reverse=True))


if __name__ == "__main__":
    main()
