"""f-string format specifications: numbers, text, conversions."""


class Item:
    def __init__(self, name: str, price: float, qty: int):
        self.name = name
        self.price = price
        self.qty = qty


def main():
    items = [Item("apple", 0.5, 12), Item("melon", 3.25, 2), Item("fig", 12.0, 150)]
    print(f"{'name':<8}|{'price':>8}|{'qty':^5}|")
    for it in items:
        print(f"{it.name:<8}|{it.price:>8.2f}|{it.qty:^5}|{it.price * it.qty:10,.1f}")
    total = sum(it.price * it.qty for it in items)
    print(f"total {total:.3e} {total:g} {total:%} {1234567:,} {255:#x} {255:08b} {-3:+d} {7:>+4}")
    print(f"{'x'!r:>6} {3.0!s:>5} {True} {True:>6} {0.1:.20f} {1e16} {1e16:} {-0.0:.1f}")
    ratio = 2 / 3
    print(f"{ratio:.0%} {ratio:10.4} {ratio:*^12.3f} {'abc':.2} {12:_b}")


if __name__ == "__main__":
    main()
