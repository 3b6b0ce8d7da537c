# Savings and checking accounts with monthly interest, fees and overdraft
# rules; a year of transactions replayed month by month.
import random


class AccountError(Exception):
    pass


class Account:
    kind = "account"

    def __init__(self, owner: str, balance: float) -> None:
        self.owner = owner
        self.balance = balance
        self.log: list[str] = []

    def deposit(self, amount: float) -> None:
        if amount <= 0:
            raise AccountError(f"deposit must be positive, not {amount}")
        self.balance += amount

    def withdraw(self, amount: float) -> None:
        if amount > self.available():
            raise AccountError(f"{self.owner}: {amount:.2f} exceeds {self.available():.2f}")
        self.balance -= amount

    def available(self) -> float:
        return self.balance

    def month_end(self, month: int) -> None:
        self.log.append(f"{month:02d}:{self.balance:.2f}")

    def __str__(self) -> str:
        return f"{self.kind} of {self.owner}: {self.balance:,.2f}"


class Savings(Account):
    kind = "savings"

    def __init__(self, owner: str, balance: float, rate: float) -> None:
        super().__init__(owner, balance)
        self.rate = rate

    def month_end(self, month: int) -> None:
        self.balance += round(self.balance * self.rate / 12, 2)
        super().month_end(month)


class Checking(Account):
    kind = "checking"

    def __init__(self, owner: str, balance: float, overdraft: float) -> None:
        super().__init__(owner, balance)
        self.overdraft = overdraft

    def available(self) -> float:
        return self.balance + self.overdraft

    def month_end(self, month: int) -> None:
        if self.balance < 0:
            self.balance -= 15.0
        super().month_end(month)


random.seed(2024)
accounts: list[Account] = [Savings("ann", 1000.0, 0.05), Checking("bob", 200.0, 300.0), Account("cy", 50.0)]
refused = 0
for month in range(1, 13):
    for account in accounts:
        amount = round(random.uniform(-250.0, 200.0), 2)
        try:
            if amount >= 0:
                account.deposit(amount)
            else:
                account.withdraw(-amount)
        except AccountError as error:
            refused += 1
            if refused <= 4:
                print("refused:", error)
        account.month_end(month)
for account in accounts:
    print(account)
    print("   ", " ".join(account.log[::3]))
print("refused", refused, "richest", max(accounts, key=lambda a: a.balance).owner)
