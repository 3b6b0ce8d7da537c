"""Loops with an else clause, and chained assignments (a = b = value)."""
import math


class Point:
    ORIGIN_X = ORIGIN_Y = 0.0

    def __init__(self, i: int) -> None:
        self.x = x = math.sin(i)
        self.y = self.z = 2.0 * x
        self.tags = self.more = []


total = count = 0
a, b = c, d = (1, 2)


def chains() -> None:
    global total, count
    p = Point(3)
    print(round(p.x, 6), round(p.y, 6), p.z == p.y, p.tags is p.more)
    p.tags.append("t")
    print(p.more, Point.ORIGIN_X, Point.ORIGIN_Y)
    xs = [0, 0, 0]
    i = 1
    xs[i] = i = 2
    print(xs, i)
    empties = opps = weak = 0
    empties += 1
    print(empties, opps, weak)
    first = second = [1]
    second.append(2)
    print(first, first is second)
    total = count = 5
    print(total, count, a, b, c, d)


def find(xs: list[int], want: int) -> int:
    for i, x in enumerate(xs):
        if x == want:
            break
    else:
        return -1
    return i


def first_factor(n: int) -> int:
    d = 2
    while d * d <= n:
        if n % d == 0:
            break
        d += 1
    else:
        return n
    return d


def gen(n: int):
    for i in range(n):
        if i == 7:
            break
        yield i
    else:
        yield -1
    yield 100


def loops() -> None:
    print(find([3, 5, 7], 5), find([3, 5, 7], 4))
    print([first_factor(n) for n in [2, 9, 15, 17, 49, 97]])
    for n in range(2, 30):
        for d in range(2, n):
            if n % d == 0:
                break
        else:
            print(n, "is prime")
    print(list(gen(3)), list(gen(10)))
    count = 0
    while count < 3:
        count += 1
    else:
        print("done", count)
    for outer in range(3):
        for inner in range(3):
            if inner == outer:
                continue
        else:
            if outer == 1:
                break
            print("no break", outer)
    print("outer stopped at", outer)



chains()
loops()
