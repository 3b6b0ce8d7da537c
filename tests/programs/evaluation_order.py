"""Evaluation order: operands, arguments, displays, chains, short-circuit, ternaries."""


class Tracer:
    def __init__(self):
        self.calls = 0

    def get(self, name: str, value: int) -> int:
        self.calls += 1
        print("get", name, value)
        return value


def f(tag: str, v: int) -> int:
    print("call", tag)
    return v


def t(tag: str) -> bool:
    print("true", tag)
    return True


def fl(tag: str) -> bool:
    print("false", tag)
    return False


def s(tag: str) -> str:
    print("str", tag)
    return tag


def three(a: int, b: int, c: int) -> int:
    return a * 100 + b * 10 + c


def main():
    print(f("a", 1) + f("b", 2) * f("c", 3))
    print(f("a", 1) - f("b", 2) - f("c", 3))
    print(f("left", 8) // f("right", 3), f("m1", 7) % f("m2", 4), f("p1", 2) ** f("p2", 3))
    print(f("first", 1), f("second", 2), s("third"))
    xs = [f("x0", 0), f("x1", 1), f("x2", 2)]
    print(xs)
    tp = (s("t0"), s("t1"))
    print(tp)
    print(three(f("arg1", 1), f("arg2", 2), f("arg3", 3)))
    print(f("c1", 1) < f("c2", 2) < f("c3", 3))
    print(f("d1", 5) < f("d2", 2) < f("d3", 3))
    print(f("e1", 1) == f("e2", 1) != f("e3", 2) < f("e4", 9))
    print(t("and1") and t("and2"), fl("and3") and t("and4"))
    print(t("or1") or t("or2"), fl("or3") or t("or4"), fl("or5") or fl("or6"))
    print(not fl("not1"), t("x") and fl("y") or t("z"))
    print(f("if-yes", 1) if t("cond1") else f("if-no", 2))
    print(f("if-yes", 1) if fl("cond2") else f("if-no", 2))
    if fl("if1") or f("if2", 0) > -1:
        print("taken")
    while fl("w1") and t("w2"):
        print("never")
    n = 0
    while t("loop") and n < 2:
        n += 1
    tr = Tracer()
    total = tr.get("a", 1) + tr.get("b", 2)
    print(total, tr.calls)
    ys = [0, 0, 0]
    ys[f("index", 1)] = f("value", 5)
    print(ys)
    ys[f("aug-index", 2)] += f("aug-value", 7)
    print(ys)
    a = f("lhs1", 10)
    a, b = f("swap1", a + 1), f("swap2", a + 2)
    print(a, b)
    zs = [f("comp", i) for i in range(3) if t("filter")]
    print(zs, sum([f("sum", 4), f("sum", 5)]), max(f("mx1", 1), f("mx2", 2)))
    print(s("u1").upper() + s("u2").lower(), len(s("ln")), str(f("str", 7)))
    print(f("in1", 2) in [f("in2", 1), f("in3", 2)], s("sub") in s("substring"))
    print(abs(f("abs", -3)), -f("neg", 4), float(f("float", 1)))


if __name__ == "__main__":
    main()
