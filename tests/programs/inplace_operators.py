"""In-place operators on objects: __iadd__ and friends when the class
defines them (the object changes and is rebound), else the binary method
(x += y is x = x + y), on names and on fields."""


class Money:
    def __init__(self, cents: int):
        self.cents = cents

    def __add__(self, other: "Money") -> "Money":
        return Money(self.cents + other.cents)

    def __sub__(self, other: "Money") -> "Money":
        return Money(self.cents - other.cents)

    def __mul__(self, k: int) -> "Money":
        return Money(self.cents * k)

    def __repr__(self) -> str:
        return f"${self.cents // 100}.{self.cents % 100:02d}"


class Ledger:
    def __init__(self):
        self.entries: list[int] = []
        self.total = Money(0)

    def __iadd__(self, cents: int) -> "Ledger":
        self.entries.append(cents)
        self.total += Money(cents)
        return self

    def __isub__(self, cents: int) -> "Ledger":
        self.entries.append(-cents)
        self.total -= Money(cents)
        return self


def main():
    price = Money(250)
    price += Money(75)
    price *= 3
    price -= Money(5)
    print(price)
    book = Ledger()
    alias = book
    book += 1000
    book += 250
    book -= 99
    print(book.entries, book.total, alias is book, alias.entries)
    wallets = [Money(1), Money(2)]
    total = Money(0)
    for w in wallets:
        total += w
    print(total, wallets)


if __name__ == "__main__":
    main()
