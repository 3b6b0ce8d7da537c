# Tic-tac-toe with a minimax player (memoised on the board), played against
# a scripted opponent and against itself.
LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]


class Board:
    def __init__(self, cells: str = "         ") -> None:
        self.cells = list(cells)

    def key(self) -> str:
        return "".join(self.cells)

    def winner(self) -> str:
        for a, b, c in LINES:
            if self.cells[a] != " " and self.cells[a] == self.cells[b] == self.cells[c]:
                return self.cells[a]
        return ""

    def moves(self) -> list[int]:
        return [i for i, c in enumerate(self.cells) if c == " "]

    def play(self, i: int, mark: str) -> "Board":
        if self.cells[i] != " ":
            raise ValueError(f"cell {i} is taken")
        nxt = Board(self.key())
        nxt.cells[i] = mark
        return nxt

    def show(self) -> str:
        rows = ["|".join(self.cells[r * 3:r * 3 + 3]) for r in range(3)]
        return "\n".join(rows).replace(" ", ".")


class Minimax:
    def __init__(self) -> None:
        self.memo: dict[str, int] = {}
        self.evaluated = 0

    def score(self, board: Board, mark: str) -> int:
        key = board.key() + mark
        if key in self.memo:
            return self.memo[key]
        self.evaluated += 1
        won = board.winner()
        if won:
            result = 1 if won == mark else -1
        elif not board.moves():
            result = 0
        else:
            other = "O" if mark == "X" else "X"
            result = max(-self.score(board.play(i, mark), other) for i in board.moves())
        self.memo[key] = result
        return result

    def best(self, board: Board, mark: str) -> int:
        other = "O" if mark == "X" else "X"
        return max(board.moves(), key=lambda i: (-self.score(board.play(i, mark), other), -i))


def game(ai: Minimax, script: list[int]) -> str:
    board = Board()
    mark = "X"
    turn = 0
    while not board.winner() and board.moves():
        if mark == "X":
            move = ai.best(board, mark)
        else:
            move = script[turn // 2] if turn // 2 < len(script) and script[turn // 2] in board.moves() else board.moves()[0]
        board = board.play(move, mark)
        turn += 1
        mark = "O" if mark == "X" else "X"
    print(board.show())
    return board.winner() or "draw"


ai = Minimax()
print("result:", game(ai, [4, 8, 2]))
print("result:", game(ai, [0, 1, 2, 3]))
print("positions evaluated:", ai.evaluated, "memo:", len(ai.memo))
print("empty board score:", ai.score(Board(), "X"), "best opening:", ai.best(Board(), "X"))
try:
    Board("X        ").play(0, "O")
except ValueError as error:
    print("error:", error)
