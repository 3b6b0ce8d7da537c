from typing import NamedTuple


class Pair(NamedTuple):
    left: int
    right: int


class Owner:
    def __init__(self, name: str, pet: "Pet"):
        self.name = name
        self.pet = pet


class Pet:
    def __init__(self, name: str):
        self.name = name


def main():
    pairs = [(1, 2), (3, 4)]
    for a, b in pairs:
        print(a + b)
    for i, (a, b) in enumerate(pairs):
        print(i, a * b)
    for left, right in [Pair(5, 6), Pair(7, 8)]:
        print(left - right)
    print([x + y for x, y in pairs])
    owner = Owner("ann", Pet("rex"))
    print(owner.name, owner.pet.name)
    words = [["a", "b"], ["c", "d"]]
    for first, second in words:
        print(second + first)


if __name__ == "__main__":
    main()
