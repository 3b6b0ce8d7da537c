import heapq
from heapq import heappush, heappop


class Task:
    def __init__(self, name: str, cost: int) -> None:
        self.name = name
        self.cost = cost

    def __lt__(self, other: "Task") -> bool:
        return self.cost < other.cost

    def __repr__(self) -> str:
        return f"Task({self.name}, {self.cost})"


h: list[int] = []
for x in [5, 3, 8, 1, 9, 2, 7, 3, 3]:
    heappush(h, x)
print(h)
print([heappop(h) for _ in range(4)], h)
data = [9, 4, 7, 1, 0, 8, 2, 6]
heapq.heapify(data)
print(data, heapq.heappushpop(data, 5), heapq.heapreplace(data, 10), data)
events = []
for i, (t, name) in enumerate([(3.0, "c"), (1.0, "a"), (3.0, "b"), (2.0, "z"), (1.0, "y")]):
    heapq.heappush(events, (t, i, name))
while events:
    t, i, name = heapq.heappop(events)
    print(f"{t:.1f} {i} {name}")
tasks: list[Task] = []
for name, cost in [("x", 5), ("y", 2), ("z", 5), ("w", 1), ("v", 2)]:
    heappush(tasks, Task(name, cost))
print(tasks)
print([heappop(tasks).name for _ in range(len(tasks))])
words = ["pear", "fig", "apple", "kiwi", "date"]
heapq.heapify(words)
print(words, heappop(words))
try:
    heappop(h)
    heappop(h)
    heappop(h)
    heappop(h)
    heappop(h)
    heappop(h)
except IndexError as error:
    print("IndexError:", error)
xs = [5, 1, 8, 3, 9, 2]
print(heapq.nsmallest(3, xs), heapq.nlargest(2, xs), heapq.nlargest(10, xs))
words = ["pear", "fig", "apple", "kiwi"]
print(heapq.nsmallest(2, words, key=len), heapq.nlargest(2, words, key=lambda w: (len(w), w)))
print(f"{heapq.nsmallest(1, xs)}")
