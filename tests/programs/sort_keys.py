"""sorted, sort, min and max with key=."""


class Player:
    def __init__(self, name: str, score: int, age: int):
        self.name = name
        self.score = score
        self.age = age


def by_age(p: Player) -> int:
    return p.age


def main():
    players = [Player("ann", 30, 41), Player("bob", 25, 19), Player("cy", 30, 33), Player("dee", 12, 52)]
    print([p.name for p in sorted(players, key=lambda p: p.score)])
    print([p.name for p in sorted(players, key=lambda p: p.score, reverse=True)])
    print([p.name for p in sorted(players, key=by_age)])
    print(max(players, key=lambda p: p.score).name, min(players, key=by_age).name)
    words = ["banana", "Apple", "cherry", "fig", "date"]
    print(sorted(words, key=len), sorted(words, key=lambda w: w.lower()), max(words, key=len))
    bonus = 5
    players.sort(key=lambda p: -(p.score + bonus) * 100 + p.age)
    print([p.name for p in players])
    nums = [3, -7, 2, -1, 5]
    nums.sort(key=abs_value, reverse=True)
    print(nums, min(nums, key=lambda n: n * n))


def abs_value(n: int) -> int:
    return n if n >= 0 else -n


if __name__ == "__main__":
    main()
