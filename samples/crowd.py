"""A million small objects alive at once: where slotc's structs pay off.

Compare:  /usr/bin/time -v python3 samples/crowd.py
          build/slotc run samples/crowd.py   (same output, a fraction of the memory)
"""


class Person:
    def __init__(self, name: str, age: int):
        self.name = name
        self.age = age


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x: float, y: float):
        self.x = x
        self.y = y


def main():
    names = ["ann", "ben", "cat", "dan", "eve"]
    people = []
    for i in range(1000000):
        people.append(Person(names[i % 5], 20 + i % 60))
    points = [Point(i * 0.5, i * 0.25) for i in range(1000000)]
    oldest = 0
    total = 0
    for p in people:
        total += p.age
        if p.age > oldest:
            oldest = p.age
    sx = 0.0
    for pt in points:
        sx += pt.x - pt.y
    print(len(people), total, oldest, sx)


if __name__ == "__main__":
    main()
