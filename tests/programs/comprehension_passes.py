"""Comprehension variables whose types settle only after several passes of
inference.  Each pass must find the same variables again: a fresh variable
per pass never settled, and inference ran to its limit of 1000 passes on
every module with a comprehension (a 60 KB module took half a minute)."""


class Box:
    def __init__(self, items):
        self.items = items


def doubled(box):
    return [x * 2 for x in box.items]


def labels(box):
    return [str(n) + ":" + str(v) for n, v in enumerate(doubled(box)) if v > 2]


def nested(rows):
    return [[cell + 0.5 for cell in row] for row in rows]


def main():
    box = Box([1, 2, 3])
    print(doubled(box), labels(box))
    print(nested([[1.0, 2.0], [3.0]]), [len(r) for r in nested([[0.0]])])
    words = [w for w in ["a", "bb", "ccc"] if len(w) > 1]
    print(words, [k * k for k in range(4)], sum(v for v in doubled(box)))


if __name__ == "__main__":
    main()
