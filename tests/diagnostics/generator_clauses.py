# Generator expressions with several for clauses are consumed where they
# stand (sum, max, sorted, any, ...); kept as a value or looped over by a
# for statement they are not translated.


def pairs(n: int) -> int:
    gen = (a * b for a in range(n) for b in range(a))
    total = 0
    for x in (a + b for a in range(n) for b in range(a)):
        total += x
    return sum(gen) + total


if __name__ == "__main__":
    print(pairs(4), sum(a * b for a in range(4) for b in range(a)))
