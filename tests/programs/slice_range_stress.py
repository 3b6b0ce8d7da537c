"""Slice assignment and ranges under pseudo-random arguments (an LCG both
CPython and slotc compute): every result checked by a checksum."""


def lcg(x: int) -> int:
    return (x * 1103515245 + 12345) % 2147483648


def checksum(xs: list[int]) -> int:
    h = len(xs)
    for v in xs:
        h = (h * 31 + v) % 1000000007
    return h


def slices(seed: int, rounds: int) -> None:
    x = seed
    xs = list(range(20))
    errors = 0
    for r in range(rounds):
        x = lcg(x)
        a = x % 31 - 15
        x = lcg(x)
        b = x % 31 - 15
        x = lcg(x)
        step = x % 7 - 3
        x = lcg(x)
        n = x % 6
        items = [r * 10 + k for k in range(n)]
        try:
            if step == 0:
                xs[a:b] = items
            else:
                xs[a:b:step] = items
        except ValueError:
            errors += 1
        if len(xs) > 60:
            xs[10:] = []
        if r % 500 == 0:
            print(r, checksum(xs), errors)
    print("slices", checksum(xs), errors, xs[:5])


def ranges(seed: int, rounds: int) -> None:
    x = seed
    total = 0
    for r in range(rounds):
        x = lcg(x)
        start = x % 41 - 20
        x = lcg(x)
        stop = x % 41 - 20
        x = lcg(x)
        step = x % 9 - 4
        if step == 0:
            step = 5
        rg = range(start, stop, step)
        n = len(rg)
        inside = 0
        for v in range(-25, 25):
            if v in rg:
                inside += 1
        total += n * 3 + inside + (rg[n // 2] if n else 0) + (rg[-1] if n else 0)
        if list(rg) != [start + k * step for k in range(n)] or inside != n:
            print("mismatch", rg)
        if r % 1000 == 0:
            print(r, rg, n, inside)
    print("ranges", total)


slices(7, 3000)
ranges(9, 5000)
