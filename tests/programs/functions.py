"""Module functions: defaults, keyword arguments, recursion, functions calling functions."""


def power(base: int, exp: int = 2) -> int:
    result = 1
    for i in range(exp):
        result *= base
    return result


def label(text: str, prefix: str = "<", suffix: str = ">", times: int = 1) -> str:
    out = ""
    for i in range(times):
        out = out + prefix + text + suffix
    return out


def scale(x: float, factor: float = 0.5, offset: float = 0.0) -> float:
    return x * factor + offset


def fib(n: int) -> int:
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def fact(n: int) -> int:
    if n <= 1:
        return 1
    return n * fact(n - 1)


def gcd(a: int, b: int) -> int:
    while b != 0:
        a, b = b, a % b
    return a


def lcm(a: int, b: int) -> int:
    return a // gcd(a, b) * b


def is_even(n: int) -> bool:
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n: int) -> bool:
    if n == 0:
        return False
    return is_even(n - 1)


def ackermann(m: int, n: int) -> int:
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


def evens(limit: int) -> list[int]:
    return [i for i in range(limit) if is_even(i)]


def minmax(xs: list[int]) -> list[int]:
    lo = xs[0]
    hi = xs[0]
    for x in xs:
        lo = min(lo, x)
        hi = max(hi, x)
    return [lo, hi]


def fill(xs: list[int], n: int, value: int = 0):
    for i in range(n):
        xs.append(value)


def say(msg: str):
    print("say:", msg)
    return


def early(n: int) -> str:
    for i in range(n):
        if i * i > n:
            return "stopped at " + str(i)
    return "ran out"


def main():
    print(power(3), power(3, 3), power(2, exp=10), power(exp=0, base=5), power(base=-2, exp=5))
    print(label("a"), label("b", "["), label("c", suffix="!"), label("d", "(", ")", 3), label(text="e", times=2))
    print(scale(3.0), scale(3.0, 2.0), scale(3.0, offset=1.0), scale(x=1.0, factor=0.1, offset=0.2))
    print([fib(i) for i in range(15)], fib(25))
    print(fact(0), fact(1), fact(10), fact(20))
    print(gcd(48, 18), gcd(17, 5), gcd(0, 9), lcm(4, 6), lcm(21, 6))
    print(is_even(10), is_odd(7), is_even(7), evens(11))
    print(ackermann(2, 3), ackermann(3, 3))
    print(minmax([4, -2, 9, 0]), minmax([5]))
    xs = [1]
    fill(xs, 2)
    fill(xs, 3, 7)
    fill(xs, n=1, value=-1)
    print(xs)
    say("hello")
    say(msg="bye")
    print(early(50), early(3), early(0))
    print(power(power(2), power(1, 5)), label(label("x"), "{", "}"), fib(fact(3)))


if __name__ == "__main__":
    main()
