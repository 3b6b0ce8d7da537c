"""deque under 200,000 pseudo-random operations (an LCG both CPython and
slotc compute), with and without a maxlen: checksums of the contents."""
from collections import deque


def checksum(d: deque[int]) -> int:
    h = 0
    for x in d:
        h = (h * 31 + x) % 1000000007
    return h


def run(seed: int, maxlen: int, steps: int) -> None:
    d: deque[int] = deque(maxlen=maxlen) if maxlen >= 0 else deque()
    x = seed
    popped = 0
    for step in range(steps):
        x = (x * 1103515245 + 12345) % 2147483648
        op = x % 11
        if op <= 2:
            d.append(step)
        elif op <= 4:
            d.appendleft(-step)
        elif op == 5 and d:
            popped += d.pop()
        elif op == 6 and d:
            popped += d.popleft()
        elif op == 7:
            d.rotate(x % 7 - 3)
        elif op == 8:
            d.extend([step, step + 1])
        elif op == 9 and len(d) > 10:
            d.extendleft(range(3))
        elif op == 10 and d:
            d[len(d) // 2] = step
        if step % 50000 == 0:
            print(step, len(d), checksum(d), popped)
    print("end", len(d), checksum(d), popped, d[0] if d else 0)


run(1, -1, 200000)
run(2, 5, 50000)
run(3, 0, 1000)
