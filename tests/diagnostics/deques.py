from collections import deque


def main() -> None:
    d = deque([1, 2, 3])
    d.insert(0, 5)
    print(d[0:2])
    print(d.index(2), d.maxlen)
    e = deque([1], 2, 3)
    print(d == [1, 2, 3], e)


main()
