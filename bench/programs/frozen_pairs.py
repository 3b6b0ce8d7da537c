"""A million frozen two-float records alive at once in one list: slotc
stores each inline, 16 bytes, with no object and no pointer (a value type).
bench/value-memory runs it with `limit` set to 1,000,000 and to 0 and
reports the difference per record."""
from dataclasses import dataclass


@dataclass(frozen=True)
class Pair:
    x: float
    y: float

    def spread(self) -> float:
        return self.y - self.x


def main():
    limit = 1000000
    pairs = [Pair(i * 0.5, i * 0.75) for i in range(limit)]
    total = 0.0
    widest = Pair(0.0, 0.0)
    for p in pairs:
        total += p.spread()
        if p.spread() > widest.spread():
            widest = p
    print(len(pairs), total, widest)


if __name__ == "__main__":
    main()
