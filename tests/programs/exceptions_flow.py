"""Exceptions crossing generators, methods, with blocks and finally blocks:
a generator that raised is finished, a with block closes its file on the way
out, a return in finally drops the exception, exceptions kept in objects."""


class Shape:
    def area(self) -> float:
        raise NotImplementedError("area")


class Square(Shape):
    def __init__(self, side: float):
        self.side = side

    def area(self) -> float:
        if self.side < 0:
            raise ValueError(f"negative side {self.side}")
        return self.side * self.side


class Job:
    def __init__(self, name: str):
        self.name = name
        self.error: Exception | None = None


def countdown(n: int):
    while True:
        if n < 0:
            raise RuntimeError("below zero")
        yield n
        n -= 1


def first_bad(jobs: list[Job]) -> str:
    for job in jobs:
        if job.error is not None:
            return f"{job.name}: {job.error!r}"
    return "none"


def risky(path: str, fail: bool) -> int:
    with open(path, "w") as f:
        f.write("partial\n")
        if fail:
            raise OSError("disk full")
        f.write("complete\n")
    return 1


def finally_returns() -> int:
    try:
        raise KeyError("lost")
    finally:
        return 7


def main():
    shapes = [Square(2.0), Shape(), Square(-1.0)]
    for s in shapes:
        try:
            print(s.area())
        except NotImplementedError as e:
            print("abstract:", e)
        except Exception as e:
            print("failed:", type(e).__name__, e)
    g = countdown(2)
    seen: list[int] = []
    try:
        for v in g:
            seen.append(v)
    except RuntimeError as e:
        print(seen, e)
    print(next(g, 99))
    jobs = [Job("a"), Job("b"), Job("c")]
    for j in jobs:
        try:
            if j.name == "b":
                raise ValueError("b is broken")
        except ValueError as e:
            j.error = e
    print(first_bad(jobs))
    try:
        risky("out.txt", True)
    except OSError as e:
        print("risky:", e)
    with open("out.txt") as f:
        print(f.read().strip())
    print(risky("out.txt", False))
    print(finally_returns())
    saved: list[Exception] = []
    for word in ["1", "x", "2", "y"]:
        try:
            int(word)
        except ValueError as e:
            saved.append(e)
        except:
            print("never")
    print(len(saved), saved[1])
    try:
        try:
            raise saved[0]
        finally:
            print("inner finally")
    except ValueError as e:
        print("again:", e)
    try:
        try:
            print("body")
        finally:
            print("finally only")
        raise TypeError("late")
    except TypeError as e:
        print(repr(e))
    results: list[str] = []
    for i in range(4):
        try:
            if i % 2:
                raise IndexError(i)
            results.append(f"even {i}")
        except IndexError as e:
            results.append(f"odd {e}")
        finally:
            results.append("f")
    print(results)


if __name__ == "__main__":
    main()
