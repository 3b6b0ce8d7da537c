"""A warehouse: Enum categories with methods and lookups by value and name,
a deque of recent moves with a maxlen, slices assigned, a context manager
that rolls back a failed transfer."""
from collections import deque
from dataclasses import dataclass
from enum import Enum, unique


@unique
class Category(Enum):
    TOOLS = "T"
    PAINT = "P"
    LUMBER = "L"

    def label(self) -> str:
        return self.name[0] + self.name[1:].lower()

    @staticmethod
    def parse(code: str) -> "Category":
        return Category(code.upper())


@dataclass
class Item:
    sku: str
    category: Category
    qty: int


class OutOfStock(Exception):
    def __init__(self, sku: str, want: int) -> None:
        super().__init__(f"{sku}: want {want}")
        self.sku = sku


class Transfer:
    def __init__(self, stock: dict[str, Item]) -> None:
        self.stock = stock
        self.saved: dict[str, int] = {}

    def __enter__(self) -> "Transfer":
        self.saved = {sku: item.qty for sku, item in self.stock.items()}
        return self

    def __exit__(self, exc_type, exc, tb) -> bool:
        if exc_type is None:
            return False
        for sku, qty in self.saved.items():
            self.stock[sku].qty = qty
        print("rolled back:", exc)
        return True

    def take(self, sku: str, n: int) -> None:
        item = self.stock[sku]
        if item.qty < n:
            raise OutOfStock(sku, n)
        item.qty -= n


def main() -> None:
    rows = [("h1", "t", 5), ("b2", "p", 2), ("w3", "l", 40), ("s4", "T", 1)]
    stock = {sku: Item(sku, Category.parse(code), qty) for sku, code, qty in rows}
    recent: deque[str] = deque(maxlen=3)
    for order in [["h1", "b2"], ["w3", "b2", "b2"], ["s4"]]:
        with Transfer(stock) as t:
            for sku in order:
                t.take(sku, 1)
                recent.append(sku)
    print(recent, [(i.sku, i.qty) for i in stock.values()])
    for cat in Category:
        names = [i.sku for i in stock.values() if i.category is cat]
        print(f"{cat.label():<7}{cat.value} {names}")
    print(Category["PAINT"], Category("L").label())
    try:
        Category.parse("x")
    except ValueError as e:
        print("ValueError:", e)
    counts = [i.qty for i in stock.values()]
    counts[1:3] = [c * 2 for c in counts[1:3]]
    print(counts, sum(counts))


main()
