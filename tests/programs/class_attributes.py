"""Class attributes: constants read through the class and through objects,
computed from each other, inherited, used by methods and functions."""


class Config:
    MAX_ITEMS = 3
    NAME = "store"
    RATE = 0.25
    LIMIT = MAX_ITEMS * 10
    GREETING = NAME + "!"


class Account:
    BONUS = 5
    kinds = ["basic", "gold"]

    def __init__(self, owner: str, balance: int):
        self.owner = owner
        self.balance = balance

    def bonus(self) -> int:
        return self.balance + self.BONUS + Account.BONUS

    def kind(self) -> str:
        return self.kinds[1 if self.balance > 100 else 0]


class Savings(Account):
    INTEREST = 0.02

    def interest(self) -> float:
        return self.balance * self.INTEREST + self.BONUS


def main():
    print(Config.MAX_ITEMS, Config.NAME, Config.RATE, Config.LIMIT, Config.GREETING)
    a = Account("ann", 50)
    s = Savings("bob", 200)
    print(a.bonus(), a.kind(), s.kind(), s.interest(), Savings.BONUS, s.BONUS)
    total = 0
    for i in range(Config.MAX_ITEMS):
        total += i * Account.BONUS
    print(total, len(Account.kinds), Account.kinds)


if __name__ == "__main__":
    main()
