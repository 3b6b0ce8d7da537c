# A task scheduler: tasks with priorities and dependencies, run in priority
# order once their dependencies finished (Kahn's algorithm with a heap).
import heapq
from dataclasses import dataclass, field


@dataclass(order=True)
class Task:
    priority: int
    name: str
    minutes: int = field(compare=False)
    needs: list[str] = field(default_factory=list, compare=False)


class CycleError(Exception):
    pass


def schedule(tasks: list[Task]) -> list[tuple[int, str]]:
    by_name = {t.name: t for t in tasks}
    waiting = {t.name: len(t.needs) for t in tasks}
    unlocks: dict[str, list[str]] = {t.name: [] for t in tasks}
    for t in tasks:
        for need in t.needs:
            if need not in by_name:
                raise KeyError(need)
            unlocks[need].append(t.name)
    ready = [t for t in tasks if not t.needs]
    heapq.heapify(ready)
    clock = 0
    done: list[tuple[int, str]] = []
    while ready:
        task = heapq.heappop(ready)
        clock += task.minutes
        done.append((clock, task.name))
        for nxt in unlocks[task.name]:
            waiting[nxt] -= 1
            if waiting[nxt] == 0:
                heapq.heappush(ready, by_name[nxt])
    if len(done) != len(tasks):
        stuck = sorted(name for name, n in waiting.items() if n > 0)
        raise CycleError("cannot finish: " + ", ".join(stuck))
    return done


jobs = [Task(2, "deploy", 5, ["test", "build"]), Task(1, "build", 10), Task(3, "docs", 4),
        Task(1, "test", 7, ["build"]), Task(0, "lint", 2), Task(2, "announce", 1, ["deploy", "docs"])]
for finished, name in schedule(jobs):
    print(f"{finished:3d} min  {name}")
print(sorted(jobs)[:2], min(jobs).name, Task(1, "x", 9) == Task(1, "x", 1))
try:
    schedule([Task(1, "a", 1, ["b"]), Task(1, "b", 1, ["a"]), Task(0, "c", 1)])
except CycleError as error:
    print("CycleError:", error)
try:
    schedule([Task(1, "a", 1, ["zzz"])])
except KeyError as error:
    print("missing dependency:", error)
