# Comparison methods in the usual defensive form: `other: object`, an
# isinstance() test, and NotImplemented for anything else.


class Version:
    def __init__(self, major: int, minor: int) -> None:
        self.major = major
        self.minor = minor

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Version):
            return NotImplemented
        return (self.major, self.minor) == (other.major, other.minor)

    def __lt__(self, other: "Version") -> bool:
        if not isinstance(other, Version):
            return NotImplemented
        return (self.major, self.minor) < (other.major, other.minor)

    def __hash__(self) -> int:
        return hash((self.major, self.minor))

    def __repr__(self) -> str:
        return f"v{self.major}.{self.minor}"


class Money:
    def __init__(self, cents: int, currency: str) -> None:
        self.cents = cents
        self.currency = currency

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Money):
            return self.cents == other.cents and self.currency == other.currency
        return NotImplemented

    def __ne__(self, other: object) -> bool:
        if not isinstance(other, Money):
            return NotImplemented
        return not self == other


versions = [Version(1, 2), Version(0, 9), Version(1, 10), Version(1, 2)]
print(sorted(versions), versions[0] == versions[3], versions[0] == versions[1], versions[0] is versions[3])
print(len(set(versions)), Version(2, 0) in versions, max(versions), versions.index(Version(1, 10)))
a, b, c = Money(500, "EUR"), Money(500, "EUR"), Money(500, "USD")
print(a == b, a != b, a == c, a != c, [m == a for m in [a, b, c]], a in [c, b])
