"""List methods: insert, pop, remove, index, count, reverse, extend,
clear, copy, sort."""


class Task:
    def __init__(self, name: str, cost: int):
        self.name = name
        self.cost = cost


def main():
    xs = [5, 3, 8, 1]
    xs.insert(0, 10)
    xs.insert(-1, 7)
    xs.insert(100, 99)
    print(xs, xs.pop(), xs.pop(0), xs.pop(-2), xs)
    xs.extend([3, 3, 4])
    print(xs.count(3), xs.index(8), xs)
    xs.remove(3)
    xs.reverse()
    ys = xs.copy()
    ys.sort()
    print(xs, ys, ys == xs)
    ys.sort(reverse=True)
    words = ["pear", "fig", "apple"]
    words.sort()
    print(ys, words, words.index("fig"))
    tasks = [Task("a", 3), Task("b", 1)]
    first = tasks.pop(0)
    tasks.append(first)
    print([t.name for t in tasks], tasks.count(first))
    ys.clear()
    print(ys, len(ys))
    print(words.index("kiwi"))


if __name__ == "__main__":
    main()
