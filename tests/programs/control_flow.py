"""Control flow: if/elif/else chains, while with break/continue, nested loops, ranges."""


def classify(n: int) -> str:
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n % 2 == 0 and n < 10:
        return "small even"
    elif n < 10:
        return "small odd"
    else:
        return "big"


def first_divisor(n: int) -> int:
    d = 2
    while d * d <= n:
        if n % d == 0:
            return d
        d += 1
    return n


def main():
    for n in [-5, 0, 4, 7, 12]:
        print(n, classify(n))
    i = 0
    while True:
        i += 1
        if i % 3 == 0:
            continue
        if i > 10:
            break
        print("i", i)
    print("after", i)
    for a in range(1, 4):
        for b in range(1, 4):
            if b == a:
                continue
            if a + b == 5:
                break
            print(a, b)
    print([x for x in range(10, 0, -3)])
    for x in range(10, 0, -3):
        print("down", x)
    for x in range(-3, 3, 2):
        print("up", x)
    for x in range(5, 5):
        print("never")
    for x in range(0, -5, -1):
        print("neg", x)
    for x in range(3):
        print("plain", x)
    step = -2
    for x in range(6, -1, step):
        print("var step", x)
    for idx, name in enumerate(["ann", "ben", "cy"]):
        if idx == 1:
            continue
        print(idx, name)
    for idx, v in enumerate([2.5, 3.5]):
        print(idx, v * idx)
    found = -1
    for n in [15, 21, 49, 13, 77]:
        if first_divisor(n) == n:
            found = n
            break
    print("prime", found)
    count = 0
    n = 27
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        count += 1
    print("collatz", count)
    total = 0
    for a in range(4):
        j = 0
        while j < a:
            j += 1
            if j == 2:
                continue
            total += a * j
    print("total", total)
    x = 0
    for x in range(4):
        pass
    print("x after loop", x)
    k = 100
    for k in range(0):
        pass
    print("k unchanged", k)
    flag = False
    if not flag:
        print("not flag")
    if flag:
        print("flag")
    elif x == 3:
        print("x is 3")
    m = 10
    while m > 0:
        m -= 3
        if m == 4:
            print("m hit 4")
    print("m", m)


if __name__ == "__main__":
    main()
