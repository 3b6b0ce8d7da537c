"""Displays inside displays: lists of dicts and sets, [None] * n for
objects, and empty inner lists typed by an annotation."""
from typing import Optional


class Slot:
    def __init__(self, label: str) -> None:
        self.label = label

    def __repr__(self) -> str:
        return f"Slot({self.label!r})"


def fill(n: int) -> list[Optional[Slot]]:
    slots: list[Optional[Slot]] = [None] * n
    for i in range(0, n, 2):
        slots[i] = Slot(f"s{i}")
    return slots


def main() -> None:
    slots = fill(5)
    print(slots, sum(1 for s in slots if s is None))
    rows: list[list[tuple[float, str]]] = [[], []]
    rows[0].append((1.5, "a"))
    rows[0].append((2.5, "b"))
    rows[1].append((3.5, "c"))
    print(rows, len(rows[0]))
    grid: dict[str, list[list[int]]] = {"a": [[]], "b": []}
    grid["a"][0].append(7)
    grid["b"].append([1, 2])
    print(grid)
    ds = [{"a": 2.5}, {"b": 1.0}]
    print(ds, ds == [{"a": 2.5}, {"b": 1.0}], {"b": 1.0} in ds, ds.index({"b": 1.0}))
    ss = [{1, 2}, {3}]
    print(ss, [{1}] == [{1}], [{1}] != [{2}], ss.count({3}))
    nested = {"x": [{1, 2}], "y": []}
    print(nested, nested == {"x": [{2, 1}], "y": []})
    deep = {1: {"k": [1.5]}}
    print(deep, [deep, deep] == [deep, {1: {"k": [1.5]}}])


if __name__ == "__main__":
    main()
