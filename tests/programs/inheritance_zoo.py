"""Inheritance in a program: slotted classes, a list of the base class
filled with subclasses, overridden generator methods, inherited methods,
Optional fields holding subclasses, isinstance on None."""
from typing import Iterator, Optional


class Animal:
    __slots__ = ("name", "legs", "friend")

    def __init__(self, name: str, legs: int):
        self.name = name
        self.legs = legs
        self.friend: Optional[Animal] = None

    def sound(self) -> str:
        return "..."

    def speak(self, times: int) -> str:
        return " ".join([self.sound() for _ in range(times)])

    def parts(self) -> Iterator[str]:
        yield self.name
        yield str(self.legs) + " legs"


class Dog(Animal):
    __slots__ = ("tricks",)

    def __init__(self, name: str):
        super().__init__(name, 4)
        self.tricks: list[str] = []

    def sound(self) -> str:
        return "woof"

    def learn(self, trick: str) -> None:
        self.tricks.append(trick)

    def parts(self) -> Iterator[str]:
        yield from super().parts()
        for t in self.tricks:
            yield "trick " + t


class Puppy(Dog):
    def sound(self) -> str:
        return "yip"


class Bird(Animal):
    __slots__ = ("flies",)

    def __init__(self, name: str, flies: bool):
        super().__init__(name, 2)
        self.flies = flies

    def sound(self) -> str:
        return "tweet" if self.flies else "squawk"


def loudest(animals: list[Animal]) -> Optional[Animal]:
    best: Optional[Animal] = None
    for a in animals:
        if best is None or len(a.speak(2)) > len(best.speak(2)):
            best = a
    return best


def main():
    zoo: list[Animal] = []
    rex = Dog("rex")
    rex.learn("sit")
    rex.learn("roll")
    zoo.append(rex)
    zoo.append(Puppy("bit"))
    zoo.append(Bird("tweety", True))
    zoo.append(Bird("pingu", False))
    zoo.append(Animal("blob", 0))
    for a in zoo:
        print(a.name, a.legs, a.speak(3), list(a.parts()))
    rex.friend = zoo[2]
    zoo[2].friend = rex
    for a in zoo:
        f = a.friend
        print(a.name, "->", f.name if f is not None else "nobody", isinstance(f, Dog), isinstance(f, Animal))
    top = loudest(zoo)
    if top is not None:
        print("loudest:", top.name, isinstance(top, Dog), isinstance(top, Puppy))
    dogs = [a.name for a in zoo if isinstance(a, Dog)]
    print(dogs, sum(a.legs for a in zoo))


if __name__ == "__main__":
    main()
