# Polynomials with integer coefficients: arithmetic through operator
# methods, evaluation through __call__, derivatives, and Newton's method.


class Poly:
    def __init__(self, coeffs: list[int]) -> None:
        trimmed = list(coeffs)
        while len(trimmed) > 1 and trimmed[-1] == 0:
            trimmed.pop()
        self.coeffs = trimmed

    def degree(self) -> int:
        return len(self.coeffs) - 1

    def __add__(self, other: "Poly") -> "Poly":
        n = max(len(self.coeffs), len(other.coeffs))
        a = self.coeffs + [0] * (n - len(self.coeffs))
        b = other.coeffs + [0] * (n - len(other.coeffs))
        return Poly([x + y for x, y in zip(a, b)])

    def __sub__(self, other: "Poly") -> "Poly":
        return self + other * Poly([-1])

    def __mul__(self, other: "Poly") -> "Poly":
        out = [0] * (len(self.coeffs) + len(other.coeffs) - 1)
        for i, a in enumerate(self.coeffs):
            for j, b in enumerate(other.coeffs):
                out[i + j] += a * b
        return Poly(out)

    def __eq__(self, other: "Poly") -> bool:
        return self.coeffs == other.coeffs

    def __call__(self, x: float) -> float:
        result = 0.0
        for c in reversed(self.coeffs) if False else self.coeffs[::-1]:
            result = result * x + c
        return result

    def derivative(self) -> "Poly":
        return Poly([i * c for i, c in enumerate(self.coeffs)][1:] or [0])

    def __repr__(self) -> str:
        terms: list[str] = []
        for power in range(self.degree(), -1, -1):
            c = self.coeffs[power]
            if c == 0 and self.degree() > 0:
                continue
            sign = "-" if c < 0 else "+"
            body = str(abs(c)) if abs(c) != 1 or power == 0 else ""
            var = "" if power == 0 else "x" if power == 1 else f"x^{power}"
            terms.append(f"{sign} {body}{var}")
        text = " ".join(terms)
        return text[2:] if text.startswith("+") else "-" + text[2:]


def newton(p: Poly, x: float, steps: int) -> float:
    d = p.derivative()
    for _ in range(steps):
        x = x - p(x) / d(x)
    return x


p = Poly([-2, 0, 1])
q = Poly([1, 1])
print(p, "|", q, "|", p + q, "|", p - q, "|", p * q)
print((p * q).derivative(), p.derivative().derivative(), Poly([0, 0, 0]), Poly([5]).degree())
print(p(3.0), q(-1.0), (p * q)(2.0), p * q == q * p, p + q == q)
root = newton(p, 1.0, 6)
print(f"sqrt(2) ~ {root:.12f}, residual {abs(p(root)):.2e}")
cube = Poly([-27, 0, 0, 1])
print(cube, f"{newton(cube, 2.0, 8):.9f}", (q * q * q))
