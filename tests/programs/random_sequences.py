"""The random module after random.seed(n): every function slotc supports
must draw exactly CPython's numbers, in CPython's order, and raise its
errors.  Seeds cover zero, negative ones, and ones that need two 32-bit key
words; ranges cover negative steps and the whole of int64."""
import random
from random import choice, randint, shuffle


class Marble:
    def __init__(self, color: str, weight: int):
        self.color = color
        self.weight = weight

    def label(self) -> str:
        return f"{self.color}/{self.weight}"


def floats(seed: int) -> None:
    random.seed(seed)
    print("seed", seed, [random.random() for _ in range(4)])


def integers() -> None:
    random.seed(2024)
    print("randrange(10)", [random.randrange(10) for _ in range(12)])
    print("randrange(5, 15)", [random.randrange(5, 15) for _ in range(8)])
    print("randrange(0, 100, 7)", [random.randrange(0, 100, 7) for _ in range(8)])
    print("randrange(10, -10, -3)", [random.randrange(10, -10, -3) for _ in range(8)])
    print("randrange(-1, -50, -1)", [random.randrange(-1, -50, -1) for _ in range(6)])
    print("randrange(-100, -3, 9)", [random.randrange(-100, -3, 9) for _ in range(6)])
    print("randint(1, 6)", [randint(1, 6) for _ in range(12)])
    print("randint(-3, 3)", [random.randint(-3, 3) for _ in range(10)])
    print("randint(7, 7)", random.randint(7, 7))
    print("big", random.randrange(1 << 40), random.randint(-(10**18), 10**18))
    lowest = -9223372036854775807 - 1  # int64's range: 2**63 itself would overflow
    highest = 9223372036854775807
    print("int64", random.randint(lowest, highest), random.randrange(lowest, highest))
    print("int64 steps", random.randrange(highest, lowest, -3), random.randrange(lowest, highest, 1 << 40))
    print("bits", [random.getrandbits(k) for k in (0, 1, 5, 31, 32, 33, 48, 63)])


def sequences() -> None:
    random.seed(99)
    numbers = list(range(20))
    shuffle(numbers)
    print("shuffled ints", numbers)
    words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta"]
    random.shuffle(words)
    print("shuffled words", words)
    marbles = [Marble("red", 3), Marble("blue", 5), Marble("green", 2), Marble("white", 7), Marble("black", 1)]
    random.shuffle(marbles)
    print("shuffled marbles", [m.label() for m in marbles])
    picked = choice(marbles)
    print("picked", picked.label(), picked.weight)
    print("choices", [random.choice(marbles).color for _ in range(6)])
    print("letters", "".join([choice("slotc-ÄÖü") for _ in range(10)]))
    print("tuple", [random.choice((1.5, 2.5, 3.5, 4.5)) for _ in range(5)])
    print("one", random.choice([42]), random.choice(("only",)))
    floats_list = [0.5, 1.25, 2.0]
    random.shuffle(floats_list)
    print("shuffled floats", floats_list)
    empty: list[int] = []
    random.shuffle(empty)
    single = [1]
    random.shuffle(single)
    print("trivial shuffles", empty, single)


def samples() -> None:
    random.seed(7)
    population = list(range(1000))
    print("sample by set", random.sample(population, 10))
    print("sample by pool", random.sample(list(range(30)), 6))
    print("sample all", random.sample([1, 2, 3, 4, 5], 5))
    print("sample none", random.sample([1, 2, 3], 0), "keyword k", random.sample([9, 8, 7, 6], k=2))
    print("sample tuple", random.sample(("a", "b", "c", "d", "e"), 3))
    names = [m.color for m in [Marble("red", 1), Marble("tan", 2), Marble("sky", 3)]]
    print("sample strs", random.sample(names, 2), names)


def uniforms() -> None:
    random.seed(-12345)
    print("uniform", [random.uniform(0, 10) for _ in range(3)])
    print("uniform floats", [random.uniform(-1.5, 2.5) for _ in range(3)])
    print("uniform mixed", random.uniform(1, 2.5), random.uniform(3.0, 1))
    print("uniform wide", random.uniform(-(2**62), 2**62))
    print(f"formatted {random.random():.6f} {random.uniform(100, 200):8.3f} {random.randint(0, 255):02x}")


def errors() -> None:
    random.seed(1)
    try:
        random.randrange(0)
    except ValueError as e:
        print("ValueError", e)
    try:
        random.randrange(5, 5)
    except ValueError as e:
        print("ValueError", e)
    try:
        random.randrange(10, 1, 2)
    except ValueError as e:
        print("ValueError", e)
    try:
        random.randrange(1, 10, 0)
    except ValueError as e:
        print("ValueError", e)
    try:
        random.randint(3, 1)
    except ValueError as e:
        print("ValueError", e)
    try:
        random.choice([])
    except IndexError as e:
        print("IndexError", e)
    try:
        random.choice("")
    except IndexError as e:
        print("IndexError", e)
    try:
        random.sample([1, 2], 3)
    except ValueError as e:
        print("ValueError", e)
    try:
        random.getrandbits(-1)
    except ValueError as e:
        print("ValueError", e)
    print("after errors", random.random())


def main():
    for seed in (0, 1, 42, -1, -42, 2**32 - 1, 2**32, 2**40, 9223372036854775807, -9223372036854775807 - 1):
        floats(seed)
    integers()
    sequences()
    samples()
    uniforms()
    errors()
    random.seed(3)
    a = [random.random() for _ in range(5)]
    random.seed(3)
    b = [random.random() for _ in range(5)]
    print("reseeded equal", a == b)


if __name__ == "__main__":
    main()
