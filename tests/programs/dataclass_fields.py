# dataclasses.field(): default_factory gives each object a new container (or
# the factory's value), default= a plain default.
from dataclasses import dataclass, field


@dataclass
class Inventory:
    owner: str
    items: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    tags: set[str] = field(default_factory=set, repr=False)
    limit: int = field(default=3, compare=False)
    shelf: list[int] = field(default_factory=lambda: [0, 0])

    def add(self, item: str) -> bool:
        if len(self.items) >= self.limit:
            return False
        self.items.append(item)
        self.counts[item] = self.counts.get(item, 0) + 1
        self.tags.add(item[0])
        self.shelf[len(self.items) % 2] += 1
        return True


@dataclass(order=True)
class Version:
    major: int
    minor: int = field(default=0)
    label: str = field(default="final")


a = Inventory("ann")
b = Inventory("bob", limit=5)
for thing in ["rope", "lamp", "rope", "map"]:
    print(thing, a.add(thing), b.add(thing))
print(a, sorted(a.tags))
print(b.items, b.counts, sorted(b.tags), b.limit, b.shelf)
print(a.items is b.items, a.shelf is b.shelf, len(Inventory("cy").items))
versions = [Version(2), Version(1, 4), Version(1, 4, "beta"), Version(1)]
print(sorted(versions))
print(Version(3) == Version(3, 0, "final"), max(versions))
print(Inventory("x") == Inventory("x", limit=9), Inventory("x", ["a"]) == Inventory("x"))
print(Inventory("x", counts={"a": 1}, tags={"q"}) == Inventory("x", [], {"a": 1}, {"q"}), Inventory("x", tags={"q"}) == Inventory("x"))
