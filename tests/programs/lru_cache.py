# An LRU cache kept in a dict's insertion order (pop and re-insert on a hit),
# used to memoise a slow function, with hit/miss statistics per key.
class LRUCache:
    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self.data: dict[int, int] = {}
        self.hits = 0
        self.misses = 0
        self.evicted: list[int] = []

    def get(self, key: int) -> int:
        if key in self.data:
            value = self.data.pop(key)
            self.data[key] = value
            self.hits += 1
            return value
        self.misses += 1
        return -1

    def put(self, key: int, value: int) -> None:
        if key in self.data:
            self.data.pop(key)
        elif len(self.data) >= self.capacity:
            oldest = next(iter(self.data))
            del self.data[oldest]
            self.evicted.append(oldest)
        self.data[key] = value

    def __len__(self) -> int:
        return len(self.data)

    def __contains__(self, key: int) -> bool:
        return key in self.data


def collatz_steps(n: int) -> int:
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


def cached_steps(cache: LRUCache, n: int) -> int:
    found = cache.get(n)
    if found >= 0:
        return found
    value = collatz_steps(n)
    cache.put(n, value)
    return value


cache = LRUCache(4)
requests = [7, 9, 7, 27, 3, 9, 12, 7, 27, 97, 3, 12, 12, 9]
results = [cached_steps(cache, n) for n in requests]
print(results)
print("hits", cache.hits, "misses", cache.misses, "size", len(cache), "evicted", cache.evicted)
print("order now:", list(cache.data), 27 in cache, 7 in cache)
print(f"hit rate {cache.hits / len(requests):.1%}", max(cache.data.items(), key=lambda kv: kv[1]))
