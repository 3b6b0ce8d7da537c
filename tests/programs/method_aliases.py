"""Method aliases in a class body: __rmul__ = __mul__, length2 = norm2."""
class Vec:
    def __init__(self, x: float, y: float) -> None:
        self.x = x
        self.y = y

    def __mul__(self, k: float) -> "Vec":
        return Vec(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __add__(self, other: "Vec") -> "Vec":
        return Vec(self.x + other.x, self.y + other.y)

    def __repr__(self) -> str:
        return f"Vec({self.x}, {self.y})"

    def norm2(self) -> float:
        return self.x * self.x + self.y * self.y

    length2 = norm2
    __radd__ = __add__


v = Vec(1.0, 2.0)
print(v * 2.0, 3.0 * v, v.length2(), v.norm2(), v + v)
