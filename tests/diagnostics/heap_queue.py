# heapq: what slotc does not translate.
import heapq


class Plain:
    def __init__(self, n: int) -> None:
        self.n = n


def main() -> None:
    h = [3, 1, 2]
    print(heapq.merge(h, h))
    heapq.heapify((1, 2))
    objects = [Plain(1)]
    heapq.heappush(objects, Plain(2))
    push = heapq.heappush
    heapq.heappush(h, 1, 2)
    heapq.heappush(undefined_heap, 3)


if __name__ == "__main__":
    main()
