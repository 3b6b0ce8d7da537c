"""@staticmethod and @classmethod: called through the class, through self and
through an object; a classmethod as an alternative constructor reading a
class attribute through cls."""
from dataclasses import dataclass


class Temperature:
    ABSOLUTE_ZERO = -273.15
    made = 0

    def __init__(self, celsius: float):
        self.celsius = celsius

    @staticmethod
    def valid(celsius: float) -> bool:
        return celsius >= Temperature.ABSOLUTE_ZERO

    @staticmethod
    def to_fahrenheit(celsius: float) -> float:
        return celsius * 9 / 5 + 32

    @classmethod
    def from_fahrenheit(cls, f: float) -> "Temperature":
        return cls((f - 32) * 5 / 9)

    @classmethod
    def coldest(cls) -> "Temperature":
        return cls(cls.ABSOLUTE_ZERO)

    def warmer(self, by: float) -> "Temperature":
        if self.valid(self.celsius + by):
            return Temperature(self.celsius + by)
        return Temperature(self.celsius)

    def describe(self) -> str:
        return f"{self.celsius:.2f}C = {Temperature.to_fahrenheit(self.celsius):.2f}F"


@dataclass(frozen=True)
class Version:
    major: int
    minor: int

    @staticmethod
    def parse(text: str) -> "Version":
        parts = text.split(".")
        return Version(int(parts[0]), int(parts[1]))

    @classmethod
    def first(cls) -> "Version":
        return cls(1, 0)

    def bump(self) -> "Version":
        return Version.parse(f"{self.major}.{self.minor + 1}")


def main():
    t = Temperature.from_fahrenheit(212.0)
    print(t.describe(), Temperature.valid(-300.0), t.valid(5.0))
    print(Temperature.coldest().describe(), t.warmer(1.5).describe())
    readings = [Temperature.from_fahrenheit(f) for f in [32.0, 98.6, -40.0]]
    print([round(r.celsius, 2) for r in readings], sum(Temperature.to_fahrenheit(r.celsius) for r in readings))
    v = Version.parse("3.11")
    print(v, v.bump(), Version.first(), v.bump().minor)
    versions = [Version.parse(s) for s in ["1.2", "0.9", "2.0"]]
    print(versions, [x.bump() for x in versions])


if __name__ == "__main__":
    main()
