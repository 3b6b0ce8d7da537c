"""collections.deque: both ends, maxlen, rotate, a BFS queue."""
import collections
from collections import deque
from typing import Deque


def bfs(graph: dict[int, list[int]], start: int) -> list[int]:
    seen = {start}
    order: list[int] = []
    queue = deque([start])
    while queue:
        node = queue.popleft()
        order.append(node)
        for nxt in graph[node]:
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return order


def main() -> None:
    g = {1: [2, 3], 2: [4], 3: [4, 5], 4: [6], 5: [6], 6: []}
    print(bfs(g, 1))
    d: deque[str] = deque()
    d.append("b")
    d.appendleft("a")
    d.extend(["c", "d"])
    d.extendleft(["z", "y"])
    print(d, len(d), d[0], d[-1], "c" in d, "q" in d)
    d.rotate(2)
    print(d)
    d.rotate(-3)
    print(d, d.pop(), d.popleft(), d)
    d[1] = "X"
    print(d, d.count("X"), list(d), sorted(d))
    d.remove("X")
    print(d, [s.upper() for s in d])
    last = deque(range(10), maxlen=3)
    print(last, sum(last))
    last.append(99)
    last.appendleft(-1)
    print(last)
    window = deque(maxlen=2)
    for k in range(5):
        window.append(k * 1.5)
    print(window, deque([1, 2]) == deque([1, 2]), deque([1]) != deque([2]))
    big = deque()
    for k in range(100000):
        big.append(k)
        if k % 3 == 0:
            big.popleft()
    print(len(big), big[0], big[-1])
    fifo: deque[int] = deque()
    expect = total = 0
    for k in range(300000):  # a queue that grows by a third of its pushes
        fifo.append(k)
        if k % 3 != 0:
            got = fifo.popleft()
            if got != expect:
                print("out of order at", k, got, expect)
            expect += 1
            total += got
    for k in range(1000):  # both ends
        fifo.appendleft(-k)
        fifo.pop()
    print(len(fifo), total, fifo[0], fifo[-1], sum(fifo))
    for x in deque(["p", "q"]):
        print(x, end=" ")
    print()
    d.clear()
    print(d, bool(d), not d)
    try:
        d.pop()
    except IndexError as e:
        print("IndexError:", e)
    try:
        deque([1]).remove(5)
    except ValueError as e:
        print("ValueError:", e)


class Buffer:
    def __init__(self) -> None:
        self.lines: Deque[str] = collections.deque(maxlen=3)

    def add(self, s: str) -> None:
        self.lines.append(s)


b = Buffer()
for w in "one two three four".split():
    b.add(w)
print(b.lines, list(b.lines))
q = collections.deque((x * x for x in range(4)))
print(q, q[2], 9 in q)
main()
