"""__slots__ classes and unannotated classes typed from their call sites."""


class Vec:
    __slots__ = ('x', 'y')

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def dot(self, other) -> float:
        return self.x * other.x + self.y * other.y

    def scaled(self, k: float):
        return Vec(self.x * k, self.y * k)

    def norm2(self) -> float:
        return self.dot(self)


class Account:
    __slots__ = ('owner', 'cents', 'history')

    def __init__(self, owner, cents):
        self.owner = owner
        self.cents = cents
        self.history = [cents]

    def deposit(self, amount: int):
        self.cents += amount
        self.history.append(self.cents)

    def withdraw(self, amount: int) -> bool:
        if amount > self.cents:
            return False
        self.cents -= amount
        self.history.append(self.cents)
        return True


class Pair:
    def __init__(self, left, right):
        self.left = left
        self.right = right


def main():
    v = Vec(1.5, -2.0)
    w = Vec(0.5, 4.0)
    print(v.x, v.y, v.dot(w), v.norm2(), w.scaled(2.0).y, v.scaled(0.0).x)
    v.x += 1.0
    v.y = v.y * v.y
    print(v.x, v.y, v.dot(v))
    vs = [Vec(float(i), float(-i)) for i in range(3)]
    print([u.dot(Vec(1.0, 1.0)) for u in vs], [u.norm2() for u in vs])
    a = Account("ann", 100)
    a.deposit(50)
    ok = a.withdraw(500)
    ok2 = a.withdraw(25)
    print(a.owner, a.cents, a.history, ok, ok2)
    a.history.append(-1)
    a.owner = a.owner.upper()
    print(a.owner, a.history, len(a.history))
    p = Pair("key", 3)
    q = Pair("other", -1)
    p.right += q.right
    print(p.left, p.right, q.left + p.left, [p.right, q.right])


if __name__ == "__main__":
    main()
