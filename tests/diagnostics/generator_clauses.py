# A generator expression with several for clauses (a list comprehension
# with them is translated).


def pairs(n: int) -> int:
    return sum(a * b for a in range(n) for b in range(a))


if __name__ == "__main__":
    print(pairs(4), [a * b for a in range(4) for b in range(a)])
