"""with on objects whose class defines __enter__ and __exit__."""
from typing import Optional


class Indent:
    def __init__(self, log: list[str]) -> None:
        self.log = log
        self.depth = 0

    def __enter__(self) -> "Indent":
        self.depth += 1
        self.log.append("enter")
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        self.depth -= 1
        self.log.append("exit" if exc_type is None else f"exit with {exc!r}")


class Suppress:
    def __init__(self, name: str) -> None:
        self.name = name

    def __enter__(self) -> None:
        print("start", self.name)

    def __exit__(self, exc_type: Optional[type], exc: Optional[BaseException], tb: object) -> bool:
        if exc_type is not None:
            print("suppressed", self.name, exc)
            return True
        print("clean", self.name)
        return False


class Tag:
    def __init__(self, name: str) -> None:
        self.name = name

    def __enter__(self) -> str:
        print(f"<{self.name}>")
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb) -> None:
        print(f"</{self.name}>")


def work(log: list[str], n: int) -> int:
    with Indent(log) as ind:
        if n == 0:
            return -1
        for i in range(n):
            if i == 2:
                break
        log.append(f"depth {ind.depth}")
    return n


def main() -> None:
    log: list[str] = []
    print(work(log, 0), work(log, 5), log)
    with Suppress("a"):
        print("inside a")
    with Suppress("b"):
        raise ValueError("bad")
    with Suppress("c"):
        xs = [1]
        print(xs[3])
    try:
        with Indent(log):
            raise KeyError("k")
    except KeyError as e:
        print("caught", e, log[-1])
    total = 0
    for k in range(4):
        with Indent(log):
            if k == 1:
                continue
            total += k
    print(total, len(log))
    with Tag("a") as a, Tag("b") as b, Tag("c"):
        print(a, b)
    with Tag("x") as x, \
         Tag("y") as y:  # a line continuation between the items
        print(x + y)


main()
