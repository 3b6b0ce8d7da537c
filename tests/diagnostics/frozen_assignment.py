from dataclasses import dataclass


@dataclass(frozen=True)
class Money:
    amount: int
    currency: str


def main():
    m = Money(3, "EUR")
    m.amount = 4
    print(m)
