"""A print shop's job queue: Enum states, a deque of jobs, a context
manager that logs each shift, ranges kept as values, slice assignment."""
from collections import deque
from dataclasses import dataclass, field
from enum import Enum, auto


class State(Enum):
    QUEUED = auto()
    PRINTING = auto()
    DONE = auto()
    FAILED = auto()

    def finished(self) -> bool:
        return self in (State.DONE, State.FAILED)


class Priority(Enum):
    LOW = "low"
    HIGH = "high"


@dataclass
class Job:
    name: str
    pages: int
    priority: Priority = Priority.LOW
    state: State = State.QUEUED
    history: list[str] = field(default_factory=list)

    def move(self, to: State) -> None:
        self.history.append(f"{self.state.name}->{to.name}")
        self.state = to


class Shift:
    def __init__(self, name: str, log: list[str]) -> None:
        self.name = name
        self.log = log

    def __enter__(self) -> "Shift":
        self.log.append(f"start {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb) -> bool:
        if exc is not None:
            self.log.append(f"{self.name} stopped: {exc}")
            return True
        self.log.append(f"end {self.name}")
        return False


class PaperJam(Exception):
    pass


def run_shift(queue: deque[Job], capacity: int, log: list[str], name: str) -> int:
    printed = 0
    with Shift(name, log):
        while queue and printed + queue[0].pages <= capacity:
            job = queue.popleft()
            job.move(State.PRINTING)
            if job.pages == 13:
                job.move(State.FAILED)
                raise PaperJam(f"jam on {job.name}")
            printed += job.pages
            job.move(State.DONE)
    return printed


def main() -> None:
    jobs = [Job("report", 12), Job("poster", 3, Priority.HIGH), Job("thesis", 40), Job("flyer", 13),
            Job("memo", 1, Priority.HIGH), Job("zine", 8)]
    queue = deque(j for j in jobs if j.priority is Priority.HIGH)
    queue.extend(j for j in jobs if j.priority is Priority.LOW)
    print([j.name for j in queue])
    log: list[str] = []
    shifts = range(1, 4)
    totals = [0] * len(shifts)
    for s in shifts:
        totals[s - 1] = run_shift(queue, 30, log, f"shift{s}")
    print(totals, len(queue), [j.name for j in queue])
    for line in log:
        print(line)
    by_state: dict[State, list[str]] = {}
    for j in jobs:
        by_state.setdefault(j.state, []).append(j.name)
    for state in State:
        print(f"{state.name:<9}{state.finished()!s:<6}{by_state.get(state, [])}")
    print(jobs[3].history, repr(jobs[1].priority), State(3), Priority("high").name)
    pages = [j.pages for j in jobs]
    pages[1:3] = [0]
    print(pages, sum(pages), max(range(len(pages)), key=lambda i: pages[i]))


main()
