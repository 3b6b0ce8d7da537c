"""One import statement naming several modules."""
import math, random, heapq, sys

random.seed(3)
heap: list[int] = []
for _ in range(5):
    heapq.heappush(heap, random.randint(1, 99))
print(heap, math.sqrt(16.0), len(sys.argv))
