"""Generators over objects: methods reading self, __iter__, recursion through
yield from, several generators alive at once, and abandoned ones."""
from typing import Iterator, Optional


class Node:
    def __init__(self, value: int, left: Optional["Node"] = None, right: Optional["Node"] = None):
        self.value = value
        self.left = left
        self.right = right

    def inorder(self) -> Iterator[int]:
        if self.left is not None:
            yield from self.left.inorder()
        yield self.value
        if self.right is not None:
            yield from self.right.inorder()


class Inventory:
    def __init__(self, owner: str):
        self.owner = owner
        self.items: list[str] = []
        self.prices: list[float] = []

    def add(self, item: str, price: float) -> None:
        self.items.append(item)
        self.prices.append(price)

    def expensive(self, limit: float):
        for i in range(len(self.items)):
            if self.prices[i] > limit:
                yield self.owner + ":" + self.items[i]

    def __iter__(self):
        for item in self.items:
            yield item


def naturals():
    n = 0
    while True:
        yield n
        n += 1


def build(lo: int, hi: int) -> Optional[Node]:
    if lo > hi:
        return None
    mid = (lo + hi) // 2
    return Node(mid, build(lo, mid - 1), build(mid + 1, hi))


def main():
    root = build(1, 10)
    if root is not None:
        print(list(root.inorder()))
        print(sum(root.inorder()), max(root.inorder()), min(root.inorder()))
    inv = Inventory("ann")
    inv.add("lamp", 25.0)
    inv.add("pen", 1.5)
    inv.add("desk", 120.0)
    print(list(inv.expensive(10.0)))
    print(sorted(inv), [s.upper() for s in inv])
    a = naturals()
    b = naturals()
    print(next(a), next(a), next(b), next(a), next(b))
    for n in naturals():
        if n == 3:
            break
    evens = (x for x in naturals() if x % 2 == 0)
    print(next(evens), next(evens), next(evens))
    for i, item in enumerate(inv):
        print(i, item)
    for name, price in zip(inv, inv.prices):
        print(name, price)
    for x, y in zip(naturals(), "abc".split("b")):
        print(x, y)


if __name__ == "__main__":
    main()
