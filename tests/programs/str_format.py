"""str.format() with automatic, numbered and named fields."""


class Row:
    def __init__(self, label: str, value: float):
        self.label = label
        self.value = value


def main():
    rows = [Row("alpha", 1.5), Row("beta", 22.25), Row("gamma", 333.125)]
    for r in rows:
        print("{:<8}|{:>10.2f}|".format(r.label, r.value))
    print("{0} and {1} and {0}".format("x", 2), "{{literal}} {}".format(True))
    print("{name} is {age} ({name!r})".format(name="Ann", age=41))
    print("{:,} {:08.3f} {!r:>6} {}".format(1234567, 3.14159, "q", [1, 2]))
    total = sum(r.value for r in rows)
    print("total: {t:.1f} over {n} rows".format(t=total, n=len(rows)))


if __name__ == "__main__":
    main()
