# Course grades: students with weighted assessments, letter grades, rankings
# with ties, per-assessment statistics and a formatted report.
import math
from typing import NamedTuple


class Assessment(NamedTuple):
    name: str
    weight: float
    out_of: int


class Student:
    def __init__(self, sid: int, name: str) -> None:
        self.sid = sid
        self.name = name
        self.marks: dict[str, int] = {}

    def percent(self, scheme: list[Assessment]) -> float:
        total = 0.0
        for a in scheme:
            total += a.weight * self.marks.get(a.name, 0) / a.out_of
        return 100.0 * total / sum(a.weight for a in scheme)

    def letter(self, scheme: list[Assessment]) -> str:
        p = self.percent(scheme)
        for bound, grade in [(85.0, "A"), (70.0, "B"), (55.0, "C"), (40.0, "D")]:
            if p >= bound:
                return grade
        return "F"


def mean(xs: list[float]) -> float:
    return sum(xs) / len(xs)


def stdev(xs: list[float]) -> float:
    m = mean(xs)
    return math.sqrt(sum((x - m) ** 2 for x in xs) / (len(xs) - 1))


def ranks(values: list[float]) -> list[int]:
    order = sorted(values, reverse=True)
    return [order.index(v) + 1 for v in values]


scheme = [Assessment("quiz", 0.2, 10), Assessment("project", 0.3, 50), Assessment("exam", 0.5, 100)]
raw = """101,Ada,9,44,91
102,Brook,6,30,62
103,Cyd,10,47,78
104,Dov,4,20,35
105,Eli,7,41,78
106,Fay,8,,70"""
students: list[Student] = []
for row in raw.splitlines():
    parts = row.split(",")
    s = Student(int(parts[0]), parts[1])
    for a, text in zip(scheme, parts[2:]):
        if text:
            s.marks[a.name] = int(text)
    students.append(s)
percents = [s.percent(scheme) for s in students]
places = ranks(percents)
print(f"{'id':>4} {'name':<6} {'%':>6} grade rank")
for s, p, place in sorted(zip(students, percents, places), key=lambda t: (t[2], t[0].name)):
    print(f"{s.sid:>4} {s.name:<6} {p:6.2f} {s.letter(scheme):^5} {place:>4}")
for a in scheme:
    got = [100.0 * s.marks[a.name] / a.out_of for s in students if a.name in s.marks]
    print(f"{a.name:<8} n={len(got)} mean={mean(got):6.2f} sd={stdev(got):6.2f} max={max(got):6.2f}")
counts = {g: 0 for g in "ABCDF"}
for s in students:
    counts[s.letter(scheme)] += 1
print(" ".join(f"{g}:{n}" for g, n in counts.items()), "| missing:",
      [s.name for s in students if len(s.marks) < len(scheme)])
