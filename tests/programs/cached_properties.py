from functools import cached_property


class Report:
    def __init__(self, values: list[int]):
        self.values = values
        self.reads = 0

    @cached_property
    def total(self) -> int:
        print("computing total")
        self.reads += 1
        return sum(self.values)

    @cached_property
    def mean(self) -> float:
        return self.total / len(self.values)


def main():
    r = Report([3, 4, 5])
    print(r.total, r.total, r.mean, r.reads)
    r.values.append(100)
    print(r.total, r.mean)
    r.total = 7
    print(r.total, r.reads)
    reports = [Report([i, i + 1]) for i in range(3)]
    print([x.mean for x in reports])


if __name__ == "__main__":
    main()
