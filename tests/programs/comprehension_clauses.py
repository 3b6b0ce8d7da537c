# Comprehensions with several for clauses: the loops nest left to right, each
# filter applies where it is written, and each clause sees the names of the
# clauses before it.


class Cell:
    def __init__(self, row: int, col: int, alive: bool) -> None:
        self.row = row
        self.col = col
        self.alive = alive

    def __repr__(self) -> str:
        return f"Cell({self.row}, {self.col})"


def grid(rows: int, cols: int) -> list[list[Cell]]:
    return [[Cell(r, c, (r * 3 + c) % 4 == 0) for c in range(cols)] for r in range(rows)]


def live_cells(board: list[list[Cell]]) -> list[Cell]:
    return [cell for row in board for cell in row if cell.alive]


def pairs(n: int) -> list[str]:
    return [f"{a}-{b}" for a in range(n) if a % 2 == 0 for b in range(a, n) if (a + b) % 3 != 0]


def flatten_words(lines: list[str]) -> list[str]:
    return [word.lower() for line in lines for word in line.split() if len(word) > 2]


def chars(words: list[str]) -> set[str]:
    return {c for w in words for c in w if c not in "aeiou"}


def index_of_letters(words: list[str]) -> dict[str, int]:
    return {ch: i for i, w in enumerate(words) for ch in w}


def triples(limit: int) -> list[int]:
    return [a * 100 + b * 10 + c for a in range(1, limit) for b in range(a, limit) for c in range(b, limit)
            if a * a + b * b == c * c]


def totals(table: dict[str, list[int]]) -> list[int]:
    return [v * 2 for name in sorted(table) for v in table[name] if v > 1]


board = grid(3, 4)
print(live_cells(board))
print(len([c for row in board for c in row]), sum(c.row + c.col for c in live_cells(board)))
print(pairs(5))
print(flatten_words(["The quick brown fox", "jumps over", "a lazy dog"]))
print(sorted(chars(["slot", "compiler", "python"])))
print(index_of_letters(["ab", "bc", "cd"]))
print(triples(14))
print(totals({"b": [1, 2, 3], "a": [4, 0, 5]}))
lines = [line for line in ["x y", "", "z"] for _ in range(2) if line]
print(lines, ", ".join(w for w in ["p", "q"]))
print(", ".join([f"{x}{y}" for x in "ab" for y in "12"]))
