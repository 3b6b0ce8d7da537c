# dataclasses.field() with what slotc cannot translate.
from dataclasses import dataclass, field


@dataclass
class Bag:
    items: list[int] = field(default_factory=lambda x: [x])
    size: int = field(default=0, init=False)
    shown: bool = field(repr=1)
    more: list[int] = field(default_factory=sorted([1]))


if __name__ == "__main__":
    print(Bag([]))
