from dataclasses import dataclass, field


class LedgerError(Exception):
    pass


class InsufficientFunds(LedgerError):
    def __init__(self, account: str, wanted: int, available: int) -> None:
        super().__init__(f"{account}: wanted {wanted}, only {available}")
        self.wanted = wanted
        self.available = available


@dataclass
class Entry:
    day: int
    account: str
    amount: int
    memo: str = ""


@dataclass
class Account:
    name: str
    balance: int = 0
    history: list[Entry] = field(default_factory=list)

    def post(self, entry: Entry) -> None:
        if self.balance + entry.amount < 0:
            raise InsufficientFunds(self.name, -entry.amount, self.balance)
        self.balance += entry.amount
        self.history.append(entry)


class Ledger:
    def __init__(self) -> None:
        self.accounts: dict[str, Account] = {}
        self.rejected = 0

    def open(self, name: str, opening: int) -> Account:
        account = Account(name)
        self.accounts[name] = account
        if opening:
            account.post(Entry(0, name, opening, "opening"))
        return account

    def transfer(self, day: int, source: str, target: str, amount: int) -> bool:
        try:
            self.accounts[source].post(Entry(day, source, -amount, f"to {target}"))
        except InsufficientFunds as error:
            self.rejected += 1
            print(f"day {day:>2}: rejected ({error})")
            return False
        self.accounts[target].post(Entry(day, target, amount, f"from {source}"))
        return True

    def total(self) -> int:
        return sum(a.balance for a in self.accounts.values())


ledger = Ledger()
for name, opening in [("alice", 500), ("bob", 120), ("carol", 0)]:
    ledger.open(name, opening)

transfers = [(1, "alice", "bob", 200), (2, "bob", "carol", 400), (3, "bob", "carol", 300),
             (4, "carol", "alice", 50), (5, "alice", "carol", 1000), (6, "carol", "bob", 250)]
for day, source, target, amount in transfers:
    if ledger.transfer(day, source, target, amount):
        print(f"day {day:>2}: {source:<6} -> {target:<6} {amount:6d}")

for account in sorted(ledger.accounts.values(), key=lambda a: -a.balance):
    moves = ", ".join(f"{e.amount:+d}" for e in account.history)
    print(f"{account.name:<6} {account.balance:5d}  [{moves}]")
print("total", ledger.total(), "rejected", ledger.rejected)
largest = max(ledger.accounts.values(), key=lambda a: len(a.history))
print("busiest:", largest.name, len(largest.history))
memos = {e.memo for a in ledger.accounts.values() for e in a.history if e.memo.startswith("to")}
print(sorted(memos))
