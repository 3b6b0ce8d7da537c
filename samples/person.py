"""The seed's Person, written the five ways the article compares.

Try:  build/slotc inspect samples/person.py    (what each form costs in C)
      build/slotc run samples/person.py        (the same output as python3)
"""
from collections import namedtuple
from dataclasses import dataclass
from typing import NamedTuple


class Person:
    def __init__(self, name, age):
        self.name = name
        self.age = age


class SlottedPerson:
    __slots__ = ('name', 'age')

    def __init__(self, name, age):
        self.name = name
        self.age = age


PersonTuple = namedtuple('PersonTuple', ['name', 'age'])


class TypedPerson(NamedTuple):
    name: str
    age: int


@dataclass(slots=True, frozen=True)
class FrozenPerson:
    name: str
    age: int


def main():
    p = Person("Alice", 30)
    s = SlottedPerson("Bob", 25)
    s.age += 1
    t = PersonTuple("Carol", 41)
    name, age = t
    tp = TypedPerson("Dave", 52)
    f = FrozenPerson("Eve", 29)
    print(p.name, p.age, s.name, s.age)
    print(t, name, age, t[1])
    print(tp, tp.name, tp == TypedPerson("Dave", 52))
    print(f, f == FrozenPerson("Eve", 29), hash(f) == hash(FrozenPerson("Eve", 29)))


if __name__ == "__main__":
    main()
