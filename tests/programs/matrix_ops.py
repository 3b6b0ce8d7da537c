# A small matrix class with operator methods, used to solve linear systems
# by Gaussian elimination and to iterate a Markov chain.
class MatrixError(Exception):
    pass


class Matrix:
    def __init__(self, rows: list[list[float]]) -> None:
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise MatrixError("rows must be non-empty and of one length")
        self.rows = [list(r) for r in rows]
        self.n = len(rows)
        self.m = len(rows[0])

    @staticmethod
    def identity(n: int) -> "Matrix":
        return Matrix([[1.0 if i == j else 0.0 for j in range(n)] for i in range(n)])

    def __getitem__(self, ij: tuple[int, int]) -> float:
        return self.rows[ij[0]][ij[1]]

    def __add__(self, other: "Matrix") -> "Matrix":
        return Matrix([[a + b for a, b in zip(ra, rb)] for ra, rb in zip(self.rows, other.rows)])

    def __mul__(self, other: "Matrix") -> "Matrix":
        if self.m != other.n:
            raise MatrixError(f"cannot multiply {self.n}x{self.m} by {other.n}x{other.m}")
        cols = [[other.rows[i][j] for i in range(other.n)] for j in range(other.m)]
        return Matrix([[sum(a * b for a, b in zip(row, col)) for col in cols] for row in self.rows])

    def __eq__(self, other: "Matrix") -> bool:
        return self.rows == other.rows

    def __repr__(self) -> str:
        return "\n".join(" ".join(f"{x:7.3f}" for x in row) for row in self.rows)

    def transpose(self) -> "Matrix":
        return Matrix([[self.rows[i][j] for i in range(self.n)] for j in range(self.m)])


def solve(a: Matrix, b: list[float]) -> list[float]:
    n = a.n
    rows = [a.rows[i] + [b[i]] for i in range(n)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(rows[r][col]))
        if abs(rows[pivot][col]) < 1e-12:
            return []
        rows[col], rows[pivot] = rows[pivot], rows[col]
        for r in range(col + 1, n):
            factor = rows[r][col] / rows[col][col]
            for c in range(col, n + 1):
                rows[r][c] -= factor * rows[col][c]
    x = [0.0] * n
    for i in range(n - 1, -1, -1):
        x[i] = (rows[i][n] - sum(rows[i][j] * x[j] for j in range(i + 1, n))) / rows[i][i]
    return x


a = Matrix([[2.0, 1.0, -1.0], [-3.0, -1.0, 2.0], [-2.0, 1.0, 2.0]])
print(a)
print(a * Matrix.identity(3) == a, a[1, 2], a.transpose()[2, 0])
solution = solve(a, [8.0, -11.0, -3.0])
print([round(v, 6) for v in solution])
print(solve(Matrix([[1.0, 2.0], [2.0, 4.0]]), [1.0, 2.0]) or [0.5], [[0] * 2] * 2, 3 * [1.5], [7] * -1)
chain = Matrix([[0.9, 0.1], [0.5, 0.5]])
state = Matrix([[1.0, 0.0]])
for step in range(1, 6):
    state = state * chain
    print(step, f"{state[0, 0]:.4f} {state[0, 1]:.4f}")
try:
    print(a * Matrix([[1.0, 2.0]]))
except MatrixError as error:
    print("error:", error)
try:
    Matrix([[1.0], [2.0, 3.0]])
except MatrixError as error:
    print("error:", error)
print(a + a == Matrix([[4.0, 2.0, -2.0], [-6.0, -2.0, 4.0], [-4.0, 2.0, 4.0]]))
