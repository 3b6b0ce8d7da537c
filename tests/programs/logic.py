"""and/or return an operand; not; truthiness of ints, floats, strings and lists."""


def describe(xs: list[int]) -> str:
    if xs:
        return "non-empty"
    return "empty"


def main():
    a = 0
    b = 7
    c = -3
    print(a or 5, b or 5, c or 5, a and 5, b and 5, c and 0)
    print(a or b or c, a and b and c, b and c and a, b or a and c)
    x = a or 42
    y = b and 13
    print(x, y)
    name = ""
    other = "bob"
    print(name or "anon", other or "anon", name and "x", other and "x", [name or other])
    f1 = 0.0
    f2 = 2.5
    print(f1 or 1.5, f2 or 1.5, f1 and 9.0, f2 and 9.0, -0.0 or 3.0)
    print(True and False, True or False, False or False, not True, not False)
    print(not 0, not 1, not -1, not 0.0, not 0.1, not "", not "a", not [0], not [i for i in range(0)])
    print(bool(0), bool(3), bool(-0.0), bool(1e-300), bool("False"), bool([0]), bool([1][0] - 1))
    for v in [0, 1, -1, 2]:
        if v:
            print(v, "truthy")
        else:
            print(v, "falsy")
    for fv in [0.0, -0.0, 0.5, -2.0]:
        if not fv:
            print(fv, "falsy")
        elif fv > 0:
            print(fv, "positive")
        else:
            print(fv, "negative")
    for sv in ["", "0", " ", "x"]:
        print([sv], "truthy" if sv else "falsy")
    xs: list[int] = []
    print(describe(xs))
    xs.append(0)
    print(describe(xs))
    n = 5
    while n:
        n -= 2 if n > 1 else 1
        print("n", n)
    ws = [3, 2, 1]
    k = 0
    while ws[k] and k < 2:
        k += 1
    print("k", k)
    p = 3
    q = 0
    print(p > 0 and q == 0, p > 0 and q > 0, q > 0 or p > 2, (p or q) + 1, (q and p) * 10)
    if p and not q:
        print("p and not q")
    print(1 if p and not q else 2, not (p and q), not p or not q, not (p < 0 or q > 0))
    t = True
    u = False
    print(t and u or not u, t == (not u), t != u, (t and u) + 1, (u or t) * 2)
    e1 = [i for i in range(4) if i and i != 2]
    e2 = [s for s in ["a", "", "b"] if s]
    print(e1, e2)


if __name__ == "__main__":
    main()
