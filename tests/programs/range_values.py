"""range() kept as a value: loops, len, indexing, in, ==, printing, fields."""
BUFSIZE = 4
BUFSIZE_RANGE = range(BUFSIZE)


class Grid:
    def __init__(self, n: int) -> None:
        self.cols = range(n)
        self.rows = range(0, 2 * n, 2)


def main() -> None:
    total = 0
    for i in BUFSIZE_RANGE:
        total += i
    print(total, len(BUFSIZE_RANGE), BUFSIZE_RANGE)
    g = Grid(3)
    print(g.cols, g.rows, list(g.rows), g.rows[1], g.rows[-1], 4 in g.rows, 3 in g.rows)
    r = range(10, 0, -3)
    print(r, list(r), len(r), sum(r), max(r), sorted(r), [x * x for x in r])
    print(range(5) == range(0, 5), range(0) == range(2, 1), range(3) != range(4), bool(range(0)))
    empty = range(5, 5)
    if not empty:
        print("empty", empty, len(empty))
    rs = [range(2), range(1, 3)]
    print(rs, rs[0] == range(2), range(1, 3) in rs)
    it = iter(r)
    print(next(it), next(it))
    try:
        print(r[7])
    except IndexError as e:
        print("IndexError:", e)
    try:
        range(1, 2, 0)
    except ValueError as e:
        print("ValueError:", e)



from dataclasses import dataclass


@dataclass
class Span:
    name: str
    steps: range


def evens(r: range):
    for x in r:
        if x % 2 == 0:
            yield x


def more() -> None:
    a = Span("a", range(3))
    print(a, a == Span("a", range(0, 3)), a == Span("a", range(4)))
    print(list(evens(range(1, 9))))
    spans = {s.name: s.steps for s in [a, Span("b", range(5, 0, -1))]}
    print(spans)



main()
more()
