"""The time module, where the program does not print what it measures."""
import time
from time import perf_counter


def work(n: int) -> int:
    total = 0
    for i in range(n):
        total += i * i
    return total


def main() -> None:
    start = time.time()
    t0 = perf_counter()
    cpu0 = time.process_time()
    result = work(100000)
    time.sleep(0.01)
    elapsed = perf_counter() - t0
    print(result, elapsed >= 0.01, time.time() >= start, time.process_time() >= cpu0, time.monotonic() > 0)
    print(start > 1.7e9)
    try:
        time.sleep(-1)
    except ValueError as e:
        print("ValueError:", e)


main()
