"""Exceptions as values: the arguments they keep (none, one, several),
str() and repr() of built-in and user ones, a KeyError subclass, OSError
from open(), generators that raise, chaining, and exceptions in lists."""


class AppError(Exception):
    pass


class NotFound(KeyError):
    pass


class Pair(Exception):
    def __init__(self, a: int, b: str):
        self.a = a
        self.b = b


def numbers(limit: int):
    for i in range(limit):
        if i == 3:
            raise ValueError(f"too far: {i}")
        yield i * 10


def cleanup(n: int) -> int:
    try:
        if n > 0:
            return n * 2
        return -1
    finally:
        print("cleanup", n)


def loop_finally() -> int:
    count = 0
    for i in range(6):
        try:
            if i == 1:
                continue
            if i == 4:
                break
            count += 10
        finally:
            print("leaving", i)
    return count


def parse_all(items: list[str]) -> list[int]:
    out: list[int] = []
    for s in items:
        try:
            out.append(int(s))
        except ValueError as e:
            print("bad:", e)
    return out


def main():
    g = numbers(10)
    got: list[int] = []
    try:
        for x in g:
            got.append(x)
    except ValueError as e:
        print("generator raised", e, got)
    print(next(g, -1))
    print(cleanup(4), cleanup(0))
    print(loop_finally())
    print(parse_all(["1", "x", "22", "3.5", " 7 "]))
    try:
        raise NotFound("k")
    except LookupError as e:
        print("lookup", e, repr(e), isinstance(e, KeyError))
    try:
        raise Pair(1, "two")
    except Pair as p:
        print("pair", p, repr(p), p.a, p.b)
    try:
        raise AppError("a", 2, 3.5)
    except AppError as e:
        print(str(e), repr(e))
    try:
        raise AppError()
    except AppError as e:
        print(f"[{e}]", repr(e))
    try:
        open("/nonexistent/file.txt")
    except FileNotFoundError as e:
        print("fnf", e)
        print(repr(e))
    except OSError:
        print("os")
    errors: list[Exception] = []
    for v in ["1", "a", "0"]:
        try:
            print(10 // int(v))
        except (ValueError, ZeroDivisionError) as e:
            errors.append(e)
    print(errors)
    try:
        try:
            raise ValueError("inner")
        except ValueError as e:
            raise RuntimeError("outer") from e
    except RuntimeError as e:
        print("chained", e)
    d: dict[str, int] = {}
    try:
        print("value:", d["missing"])
    except KeyError:
        print("no key")
    try:
        raise ValueError
    except ValueError as e:
        print(repr(e))
    try:
        xs = [1, 2, 3]
        print(xs[5])
    except IndexError as e:
        print(e)
    else:
        print("no error")
    finally:
        print("done")
    try:
        assert len(got) > 5, f"only {len(got)}"
    except AssertionError as e:
        print("assert", e)
    try:
        assert False
    except AssertionError as e:
        print("bare assert", repr(e))
    try:
        raise Exception("plain")
    except Exception as e:
        print(type(e).__name__, e)
    try:
        print(int("9x"))
    except OverflowError as e:
        print("overflow", e)
    except ValueError as e:
        print("value", e)


if __name__ == "__main__":
    main()
