# d.items() consumed where it stands: sorted, list, min/max, comprehensions,
# any/all and sum over generator expressions with several for clauses.
scores = {"ann": 31, "bob": 27, "cy": 31, "dee": 12}
ranks = {1: 10, 2: 20, 3: 5}
print(sorted(scores.items(), key=lambda kv: (-kv[1], kv[0])))
print(list(ranks.items()), sorted(ranks.items(), reverse=True))
print(max(scores.items(), key=lambda kv: kv[1]), min(ranks.items()))
print([f"{k}={v}" for k, v in sorted(scores.items())])
print({v: k for k, v in scores.items()}, [pair for pair in ranks.items() if pair[1] > 5])
table = [[1, 2, 3], [4, 5], [], [6]]
print(sum(x for row in table for x in row), max(x * y for x in range(4) for y in range(x)))
print(any(x > 5 for row in table for x in row), all(x > 0 for row in table for x in row))
print(any(x > 50 for row in table for x in row), all(x > 1 for row in table for x in row))
print(sorted((y, x) for x in "ab" for y in range(2)), min(len(w) + n for w in ["ab", "c"] for n in range(3)))
print(", ".join(f"{k}:{n}" for k, v in scores.items() for n in range(v % 3)))


def best_pair(groups: dict[str, list[int]]) -> tuple[str, int]:
    return max(((name, v) for name, vs in groups.items() for v in vs), key=lambda p: p[1])


print(best_pair({"x": [3, 9, 1], "y": [4, 12], "z": []}))
names = ["ann", "bob", "cy"]
ages = [31, 27, 45]
print(sorted(zip(ages, names)), list(zip(names, ages, [1.5, 2.5, 3.5])), max(zip(ages, ages)))
print([a * n for a, n in zip(ages, range(3))], [pair for pair in zip(names, ages) if pair[1] > 28])
print(min(zip(names, ages), key=lambda p: p[1]), sum(a * b for a, b in zip(ages, ages)))
words = ["pear", "fig", "apple"]
print(list(enumerate(words)), sorted(enumerate(words), key=lambda p: p[1]), list(enumerate([4, 5], 10)))
print(max(enumerate(words), key=lambda p: len(p[1])), [p for p in enumerate(words, 1) if p[0] % 2])
print({w: i for i, w in enumerate(words)}, [i * n for i, n in enumerate([3, 4])])
