# A lending library: items of several kinds, members with limits, loans
# with due dates, fines, and a report grouped by kind.
from dataclasses import dataclass


class LibraryError(Exception):
    pass


class NotAvailable(LibraryError):
    def __init__(self, title: str, due: int) -> None:
        super().__init__(f"'{title}' is out until day {due}")
        self.due = due


class Item:
    LOAN_DAYS = 14
    FINE = 10

    def __init__(self, code: str, title: str) -> None:
        self.code = code
        self.title = title
        self.out_until = 0

    def kind(self) -> str:
        return "item"

    def loan_days(self) -> int:
        return Item.LOAN_DAYS

    def fine_per_day(self) -> int:
        return Item.FINE


class Book(Item):
    def __init__(self, code: str, title: str, pages: int) -> None:
        super().__init__(code, title)
        self.pages = pages

    def kind(self) -> str:
        return "book"


class Film(Item):
    def kind(self) -> str:
        return "film"

    def loan_days(self) -> int:
        return 3

    def fine_per_day(self) -> int:
        return 50


@dataclass
class Loan:
    member: str
    code: str
    day: int
    due: int


class Library:
    def __init__(self, items: list[Item]) -> None:
        self.items = {item.code: item for item in items}
        self.loans: dict[str, Loan] = {}
        self.fines: dict[str, int] = {}
        self.limit = 2

    def lend(self, member: str, code: str, day: int) -> Loan:
        item = self.items[code]
        if item.out_until > day:
            raise NotAvailable(item.title, item.out_until)
        held = sum(1 for loan in self.loans.values() if loan.member == member)
        if held >= self.limit:
            raise LibraryError(f"{member} already holds {held} items")
        loan = Loan(member, code, day, day + item.loan_days())
        item.out_until = loan.due
        self.loans[code] = loan
        return loan

    def give_back(self, code: str, day: int) -> int:
        loan = self.loans.pop(code)
        item = self.items[code]
        item.out_until = 0
        late = max(0, day - loan.due)
        fine = late * item.fine_per_day()
        if fine:
            self.fines[loan.member] = self.fines.get(loan.member, 0) + fine
        return fine


lib = Library([Book("b1", "Dune", 412), Book("b2", "Emma", 320), Film("f1", "Alien"), Item("m1", "Atlas")])
events = [("lend", "ann", "b1", 1), ("lend", "bob", "b1", 2), ("lend", "ann", "f1", 2), ("lend", "ann", "m1", 3),
          ("back", "ann", "f1", 9), ("lend", "bob", "f1", 9), ("back", "ann", "b1", 20), ("lend", "bob", "b1", 21),
          ("back", "bob", "f1", 12), ("lend", "cy", "zz", 22)]
for action, member, code, day in events:
    try:
        if action == "lend":
            loan = lib.lend(member, code, day)
            print(f"day {day:2d}: {member} borrows {lib.items[code].title}, due day {loan.due}")
        else:
            fine = lib.give_back(code, day)
            print(f"day {day:2d}: {member} returns {lib.items[code].title}" + (f", fine {fine}" if fine else ""))
    except NotAvailable as error:
        print(f"day {day:2d}: {member} waits: {error} (due {error.due})")
    except LibraryError as error:
        print(f"day {day:2d}: refused: {error}")
    except KeyError as error:
        print(f"day {day:2d}: unknown code {error}")
by_kind: dict[str, list[str]] = {}
for item in lib.items.values():
    by_kind.setdefault(item.kind(), []).append(item.title)
for kind in sorted(by_kind):
    print(f"{kind:5s} {', '.join(sorted(by_kind[kind]))}")
print("fines:", lib.fines, "on loan:", sorted(lib.loans))
print("pages:", sum(item.pages for item in lib.items.values() if isinstance(item, Book)))
