"""dict and set: displays, indexing, methods, iteration, operators."""


class Account:
    def __init__(self, owner: str, balance: int):
        self.owner = owner
        self.balance = balance


def word_counts(text: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    for w in text.split():
        counts[w] = counts.get(w, 0) + 1
    return counts


def main():
    counts = word_counts("the cat and the dog and the bird")
    print(counts, len(counts), counts["the"], "cat" in counts, "cow" not in counts)
    for word, n in counts.items():
        if n > 1:
            print(word, n)
    print(sorted(counts), list(counts.values()), sum(counts.values()), max(counts))
    del counts["cat"]
    counts["emu"] = 7
    counts["the"] += 10
    print(counts, counts.pop("dog"), counts.pop("zzz", -1), counts.setdefault("new", 3), counts)
    squares = {1: 1, 2: 4, 3: 9}
    print(squares == {3: 9, 2: 4, 1: 1}, [k * v for k, v in squares.items()], {})
    seen = {5, 1, 33, 17, 2}
    more = set()
    for x in [3, 1, 4, 1, 5, 9, 2, 6]:
        more.add(x)
    print(seen, more, seen | more, seen & more, seen - more, seen ^ more, 4 in more, len(seen))
    more.discard(100)
    more.remove(9)
    evens = set([x for x in range(10) if x % 2 == 0])
    print(more, evens, evens <= set(range(10)), {2, 4} < evens, sorted(evens, reverse=True))
    evens |= {11, 13}
    evens -= {0}
    print(evens, sum(evens), min(evens))
    bank = {"ann": Account("ann", 10), "bob": Account("bob", 5)}
    bank["bob"].balance += 20
    total = 0
    for name in bank:
        total += bank[name].balance
    print(total, [a.owner for a in bank.values()], counts.get("missing", 0))
    print(bank["zed"].balance)


if __name__ == "__main__":
    main()
