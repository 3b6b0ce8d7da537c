"""A bank ledger with its own exception classes: fields on the exceptions,
a hierarchy caught by its base, handlers tried in order, finally blocks left
by return, break and continue, and assert."""

from typing import NamedTuple


class LedgerError(Exception):
    """Anything the ledger refuses."""


class InsufficientFunds(LedgerError):
    def __init__(self, account: str, amount: int, balance: int):
        super().__init__(f"{account}: cannot withdraw {amount}, balance is {balance}")
        self.account = account
        self.amount = amount
        self.balance = balance

    def shortfall(self) -> int:
        return self.amount - self.balance


class AccountClosed(LedgerError):
    def __init__(self, account: str):
        super().__init__(f"{account} is closed")
        self.account = account


class FrozenAccount(AccountClosed):
    pass


class BadAmount(ValueError):
    pass


class Order(NamedTuple):
    source: str
    target: str
    amount: int


class AuditFailure(Exception):
    def __init__(self, expected: int, actual: int):
        self.expected = expected
        self.actual = actual


class Account:
    def __init__(self, name: str, balance: int):
        self.name = name
        self.balance = balance
        self.closed = False
        self.frozen = False

    def check_open(self) -> None:
        if self.frozen:
            raise FrozenAccount(self.name)
        if self.closed:
            raise AccountClosed(self.name)

    def withdraw(self, amount: int) -> int:
        self.check_open()
        if amount <= 0:
            raise BadAmount(f"amount must be positive, not {amount}")
        if amount > self.balance:
            raise InsufficientFunds(self.name, amount, self.balance)
        self.balance -= amount
        return self.balance

    def deposit(self, amount: int) -> None:
        self.check_open()
        if amount <= 0:
            raise BadAmount(amount)
        self.balance += amount


class Ledger:
    def __init__(self):
        self.accounts: dict[str, Account] = {}
        self.log: list[str] = []

    def open(self, name: str, balance: int) -> Account:
        account = Account(name, balance)
        self.accounts[name] = account
        return account

    def find(self, name: str) -> Account:
        try:
            return self.accounts[name]
        except KeyError:
            raise LedgerError(f"no account {name!r}") from None

    def transfer(self, source: str, target: str, amount: int) -> bool:
        self.log.append(f"transfer {amount} {source}->{target}")
        try:
            src = self.find(source)
            dst = self.find(target)
            dst.check_open()
            src.withdraw(amount)
            dst.deposit(amount)
            return True
        except InsufficientFunds as e:
            self.log.append(f"short by {e.shortfall()}")
            return False
        finally:
            self.log.append("end transfer")

    def total(self) -> int:
        return sum(a.balance for a in self.accounts.values())


def audit(ledger: Ledger, expected: int) -> None:
    actual = ledger.total()
    if actual != expected:
        raise AuditFailure(expected, actual)


def settle(ledger: Ledger, orders: list[Order]) -> int:
    done = 0
    for source, target, amount in orders:
        try:
            if amount == 0:
                continue
            if amount < 0:
                break
            if ledger.transfer(source, target, amount):
                done += 1
        except FrozenAccount as e:
            print("frozen:", e.account)
        except AccountClosed as e:
            print("closed:", e)
        except LedgerError as e:
            print("ledger error:", type(e).__name__, e)
        except ValueError as e:
            print("bad order:", repr(e))
        finally:
            print("processed", source, target, amount)
    return done


def main():
    ledger = Ledger()
    ledger.open("alice", 100)
    ledger.open("bob", 50)
    carol = ledger.open("carol", 10)
    dave = ledger.open("dave", 0)
    carol.closed = True
    dave.frozen = True

    orders = [
        Order("alice", "bob", 30),
        Order("bob", "alice", 500),
        Order("alice", "carol", 5),
        Order("dave", "bob", 1),
        Order("alice", "erin", 5),
        Order("alice", "bob", 0),
        Order("bob", "alice", 20),
        Order("alice", "bob", -1),
        Order("alice", "bob", 7),
    ]
    print("settled", settle(ledger, orders), "of", len(orders))
    for line in ledger.log:
        print(" ", line)
    print({name: a.balance for name, a in ledger.accounts.items()})

    try:
        ledger.find("alice").withdraw(-5)
    except LookupError:
        print("not a lookup error")
    except ValueError as e:
        print("caught as ValueError:", type(e).__name__, e, isinstance(e, BadAmount))
    try:
        ledger.find("bob").deposit(0)
    except BadAmount as e:
        print("deposit refused:", e, repr(e))

    try:
        ledger.find("alice").withdraw(1000)
    except LedgerError as e:
        print("as LedgerError:", e, "|", repr(e))

    try:
        audit(ledger, 160)
        print("audit ok")
        audit(ledger, 999)
    except AuditFailure as e:
        print("audit failed:", e.expected, e.actual, "str:", e, "repr:", repr(e))

    errors: list[LedgerError] = []
    for name in ["carol", "dave", "zed"]:
        try:
            ledger.find(name).check_open()
        except LedgerError as e:
            errors.append(e)
    print([type(e).__name__ for e in errors], errors)

    total = ledger.total()
    assert total == 160, f"money appeared: {total}"
    try:
        assert ledger.find("bob").balance > 1000, "bob is not rich"
    except AssertionError as e:
        print("assertion:", e)


if __name__ == "__main__":
    main()
