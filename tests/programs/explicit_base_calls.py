"""Base.method(self, ...) calls (the base's own method, as super() calls it), and
assert isinstance(x, C) narrowing x in the rest of the block."""
class Task:
    def __init__(self, name: str, prio: int) -> None:
        self.name = name
        self.prio = prio

    def describe(self) -> str:
        return f"{self.name}/{self.prio}"


class DeviceTask(Task):
    def __init__(self, name: str, prio: int, device: str) -> None:
        Task.__init__(self, name, prio)
        self.device = device

    def describe(self) -> str:
        return Task.describe(self) + f" on {self.device}"


class IdleTask(Task):
    def __init__(self, name: str) -> None:
        Task.__init__(self, name, 0)


tasks: list[Task] = [DeviceTask("disk", 3, "sda"), IdleTask("idle"), Task("plain", 1)]
for t in tasks:
    print(t.describe(), Task.describe(t))


class Rec:
    pass


class TaskRec(Rec):
    def __init__(self, n: int) -> None:
        self.n = n


class DevRec(Rec):
    def __init__(self, d: str) -> None:
        self.d = d


def handle(r: Rec) -> int:
    assert isinstance(r, TaskRec)
    return r.n * 2


def name_of(r: Rec) -> str:
    if not isinstance(r, DevRec):
        raise ValueError("not a device")
    return r.d.upper()


print(handle(TaskRec(21)), name_of(DevRec("sda")))
try:
    handle(DevRec("x"))
except AssertionError:
    print("assertion")
try:
    name_of(TaskRec(1))
except ValueError as e:
    print(e)
