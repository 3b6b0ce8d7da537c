"""Enum classes: members, name and value, iteration, lookups, aliases."""
from dataclasses import dataclass
from enum import Enum, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    LIME = 2  # an alias: the same member as GREEN
    BLUE = auto()

    def is_warm(self) -> bool:
        return self is Color.RED

    def describe(self) -> str:
        return f"{self.name.lower()} ({self.value})"


@unique
class Suit(Enum):
    CLUBS = "c"
    DIAMONDS = "d"
    HEARTS = "h"
    SPADES = "s"

    @property
    def red(self) -> bool:
        return self == Suit.DIAMONDS or self == Suit.HEARTS


class Weight(Enum):
    LIGHT = 0.5
    HEAVY = -2.25


@dataclass
class Card:
    rank: int
    suit: Suit

    def label(self) -> str:
        return f"{self.rank}{self.suit.value}"


def parse_color(text: str) -> Color:
    try:
        return Color[text.upper()]
    except KeyError as e:
        print("no such color:", e)
        return Color.BLUE


def main() -> None:
    print(Color.RED, repr(Color.GREEN), str(Color.BLUE))
    print(f"{Color.RED} {Color.RED!r} [{Color.GREEN:>12}] [{Suit.HEARTS:<10}]")
    print(Color.LIME, Color.LIME is Color.GREEN, Color.LIME.name)
    print(list(Color), len(Color))
    for c in Color:
        print(c.name, c.value, c.is_warm(), c.describe())
    print([s.value for s in Suit if s.red])
    print(Color(2), Color(3).name, Suit("s"), Color["LIME"])
    print(Color.RED == Color.RED, Color.RED != Color.BLUE, Color.RED == Color.GREEN)
    print(Color.GREEN in Color, Suit.CLUBS not in Suit)
    print(Weight.LIGHT, repr(Weight.HEAVY), Weight(-2.25).name)
    print(repr(Suit.SPADES), [repr(s) for s in Suit][:2])
    print(hash(Color.RED) == hash("RED"))
    try:
        Color(7)
    except ValueError as e:
        print("ValueError:", e)
    try:
        Suit("x")
    except ValueError as e:
        print("ValueError:", e)
    print(parse_color("green"), parse_color("purple"))
    counts: dict[Color, int] = {}
    for name in ["red", "blue", "red", "lime", "green"]:
        c = parse_color(name)
        counts[c] = counts.get(c, 0) + 1
    print(counts)
    for c, n in counts.items():
        print(f"{c.name:<6}{n:>3}")
    hand = [Card(10, Suit.HEARTS), Card(3, Suit.CLUBS), Card(12, Suit.SPADES)]
    print(hand[0])
    print(" ".join(card.label() for card in sorted(hand, key=lambda card: card.suit.value)))
    print(sorted(Color, key=lambda c: c.name))
    print(max(Suit, key=lambda s: s.value), min(Color, key=lambda c: -c.value))
    by_suit = {s: [card.rank for card in hand if card.suit is s] for s in Suit}
    print(by_suit)
    print({s.name: s.value for s in Suit})
    print(tuple(Weight))


if __name__ == "__main__":
    main()
