"""A seeded Monte-Carlo afternoon: dice histograms, a snakes-and-ladders
tournament between a few players, a card draw, and an estimate of pi.
Every number comes from random after random.seed(), so the output is the
same on every run, and slotc's must equal CPython's byte for byte."""
import random
from random import randint


class Die:
    def __init__(self, sides: int):
        self.sides = sides
        self.rolls = 0

    def roll(self) -> int:
        self.rolls += 1
        return randint(1, self.sides)


class Player:
    def __init__(self, name: str, cautious: bool):
        self.name = name
        self.cautious = cautious
        self.square = 0
        self.wins = 0
        self.turns_taken = 0


class Board:
    def __init__(self, size: int):
        self.size = size
        self.jumps: dict[int, int] = {}

    def add_jump(self, start: int, end: int) -> None:
        self.jumps[start] = end

    def move(self, square: int, steps: int) -> int:
        target = square + steps
        if target > self.size:
            return square  # must land exactly on the last square
        return self.jumps.get(target, target)


def histogram(die_a: Die, die_b: Die, throws: int) -> None:
    counts: dict[int, int] = {}
    for _ in range(throws):
        total = die_a.roll() + die_b.roll()
        counts[total] = counts.get(total, 0) + 1
    print(f"{'sum':>4} {'count':>6} {'share':>7}  bar")
    for total in sorted(counts):
        share = counts[total] / throws
        print(f"{total:>4} {counts[total]:>6} {share:>7.2%}  {'#' * (counts[total] * 200 // throws)}")
    mean = sum(t * c for t, c in counts.items()) / throws
    print(f"mean {mean:.4f} over {throws:,} throws ({die_a.rolls + die_b.rolls} rolls)")


def play_game(board: Board, players: list[Player], die: Die) -> Player:
    for p in players:
        p.square = 0
    order = list(players)
    random.shuffle(order)
    while True:
        for p in order:
            steps = die.roll()
            if p.cautious and p.square + steps in board.jumps and board.jumps[p.square + steps] < p.square:
                steps = die.roll()  # a cautious player rerolls once before a snake
            p.square = board.move(p.square, steps)
            p.turns_taken += 1
            if p.square == board.size:
                p.wins += 1
                return p


def tournament(games: int) -> None:
    board = Board(40)
    for start, end in [(3, 17), (8, 26), (19, 33), (21, 9), (27, 1), (35, 12), (38, 20)]:
        board.add_jump(start, end)
    players = [Player("Ada", False), Player("Brian", True), Player("Chen", False), Player("Dana", True)]
    die = Die(6)
    longest = 0
    for game in range(games):
        turns_before = sum(p.turns_taken for p in players)
        winner = play_game(board, players, die)
        turns = sum(p.turns_taken for p in players) - turns_before
        longest = max(longest, turns)
        if game < 5:
            print(f"game {game + 1}: {winner.name:<6} won after {turns:3d} turns")
    print(f"longest game: {longest} turns; the die was rolled {die.rolls} times")
    for p in sorted(players, key=lambda p: -p.wins):
        rate = p.wins / games
        style = "cautious" if p.cautious else "bold"
        print(f"  {p.name:<6} {style:<8} {p.wins:4d} wins {rate:6.1%} {p.turns_taken / games:8.2f} turns/game")


def draw_cards() -> None:
    suits = ["clubs", "diamonds", "hearts", "spades"]
    deck: list[str] = []
    for suit in suits:
        for rank in "A23456789TJQK":
            deck.append(f"{rank}{suit[0].upper()}")
    random.shuffle(deck)
    hand = deck[:5]
    print("hand:", " ".join(hand), "| next:", random.choice(deck[5:]))
    print("sample:", random.sample(deck, 4), "| suit of the day:", random.choice(suits))


def estimate_pi(samples: int) -> float:
    inside = 0
    for _ in range(samples):
        x = random.uniform(-1.0, 1.0)
        y = random.uniform(-1.0, 1.0)
        if x * x + y * y <= 1.0:
            inside += 1
    return 4 * inside / samples


def main():
    random.seed(20240601)
    histogram(Die(6), Die(6), 3600)
    random.seed(7)
    tournament(200)
    random.seed(-3)
    draw_cards()
    random.seed(12345678901234)
    for n in (100, 1000, 20000):
        estimate = estimate_pi(n)
        print(f"pi ~ {estimate:.5f} from {n:>6,} samples (error {abs(estimate - 3.141592653589793):.2e})")
    odds = [random.randrange(1, 100, 2) for _ in range(10)]
    print("odd picks:", odds, f"mean={sum(odds) / len(odds):.1f}")
    coin = "".join(["HT"[random.getrandbits(1)] for _ in range(32)])
    print("coin flips:", coin, coin.count("H"))


if __name__ == "__main__":
    main()
