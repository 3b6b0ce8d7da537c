"""__hash__ with __eq__: user objects as dict keys and set elements (set
order follows the hashes, as in CPython), hash() of them, a record's value
hash, and a mutable class hashed by one field."""
from dataclasses import dataclass


class Card:
    def __init__(self, rank: int, suit: str):
        self.rank = rank
        self.suit = suit

    def __eq__(self, other: "Card") -> bool:
        return self.rank == other.rank and self.suit == other.suit

    def __hash__(self) -> int:
        return self.rank * 31 + len(self.suit)

    def __repr__(self) -> str:
        return f"{self.rank}{self.suit}"


@dataclass(frozen=True)
class Cell:
    r: int
    c: int


class Tag:
    def __init__(self, name: str):
        self.name = name
        self.uses = 0

    def __eq__(self, other: "Tag") -> bool:
        return self.name == other.name

    def __hash__(self) -> int:
        return hash(self.name)


def main():
    hand = {Card(10, "h"): "ten", Card(1, "s"): "ace"}
    print(hand[Card(10, "h")], Card(1, "s") in hand, Card(2, "s") in hand, len(hand))
    seen = {Card(3, "d"), Card(3, "d"), Card(4, "c"), Card(-1, "x")}
    print(len(seen), sorted([c.rank for c in seen]), hash(Card(2, "ab")), hash(Card(-1, "")))
    print(seen)
    grid = {Cell(0, 1): 5}
    print(grid[Cell(0, 1)], hash(Cell(1, 2)) == hash(Cell(1, 2)))
    t = Tag("x")
    t.uses += 1
    tags = {t: 1}
    print(tags[Tag("x")], Tag("y") in tags)


if __name__ == "__main__":
    main()
