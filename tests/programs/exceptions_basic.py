"""Built-in exceptions: raised by the program and by the runtime, caught by
class and by base class, with else and finally in CPython's order."""


def parse(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        return -1


def divide(a: int, b: int) -> int:
    try:
        result = a // b
    except ZeroDivisionError as e:
        print("  cannot divide:", e)
        return 0
    else:
        print("  divided", a, "by", b)
        return result
    finally:
        print("  finally after", a, "//", b)


def lookup(table: dict[str, int], key: str) -> int:
    try:
        value = table[key]
    except KeyError as e:
        print("  missing key", e, repr(e))
        raise
    return value


def check_positive(n: int) -> int:
    if n < 0:
        raise ValueError(f"negative: {n}")
    if n == 0:
        raise ValueError
    return n


def main():
    print("parse:", parse("12"), parse("x1"), parse(" 7 "))
    print("divide:", divide(7, 2))
    print("divide:", divide(1, 0))

    table = {"a": 1, "b": 2}
    try:
        print(lookup(table, "a"))
        print(lookup(table, "z"))
        print("not reached")
    except LookupError as e:
        print("re-raised:", type(e).__name__, e)

    for n in [3, -2, 0]:
        try:
            print("positive", check_positive(n))
        except ValueError as e:
            print("rejected", repr(e), f"[{e}]")

    items = [10, 20, 30]
    for i in [0, 5, -1, -9]:
        try:
            print("item", items[i])
        except IndexError as e:
            print("index", i, "->", e)

    # several clauses, tried in order; a tuple of classes
    for text in ["4", "zero", "0", "x"]:
        try:
            value = 100 // int(text)
            if value > 20:
                raise OverflowError("too big")
            print("ok", value)
        except (ValueError, TypeError) as e:
            print("bad text:", e)
        except ZeroDivisionError:
            print("zero")
        except ArithmeticError as e:
            print("arithmetic:", type(e).__name__, e)

    # else runs only without an exception, finally always, in that order
    for flag in [False, True]:
        try:
            print("body", flag)
            if flag:
                raise RuntimeError("flagged")
        except RuntimeError as e:
            print("handler", e)
        else:
            print("else")
        finally:
            print("finally")

    # nested: the inner finally runs before the outer handler
    try:
        try:
            try:
                raise KeyError("deep")
            finally:
                print("inner finally")
        except IndexError:
            print("wrong handler")
        finally:
            print("middle finally")
    except Exception as e:
        print("outer caught", repr(e))

    # a handler that raises: the new exception goes on, chained or not
    try:
        try:
            int("nope")
        except ValueError as e:
            raise RuntimeError("conversion failed") from e
    except RuntimeError as e:
        print("chained:", e)
    try:
        try:
            [].pop()
        except IndexError:
            raise NotImplementedError("no items") from None
    except RuntimeError as e:
        print("NotImplementedError is a RuntimeError:", repr(e))

    # bare except, and Exception catching runtime errors
    counts = {"x": 1}
    for key in ["x", "y"]:
        try:
            counts[key] += 1
        except:
            print("bare except for", key)
    print(counts)
    try:
        print(float("1e400") - float("inf"))
    except Exception as e:
        print(type(e).__name__, e)

    # assert, with and without a message
    try:
        assert len(items) == 3, "three items"
        assert len(items) == 4, f"expected 4, got {len(items)}"
    except AssertionError as e:
        print("assert:", e)
    try:
        assert not items
    except AssertionError as e:
        print("bare assert:", repr(e), "[" + str(e) + "]")

    # exceptions are values: kept, compared, printed in a list
    errors: list[Exception] = []
    for text in ["1", "one", "2", "two"]:
        try:
            int(text)
        except ValueError as e:
            errors.append(e)
    print(len(errors), errors)
    print(isinstance(errors[0], ValueError), isinstance(errors[0], KeyError), errors[0] in errors)

    # an exception raised again from a variable
    try:
        raise errors[1]
    except ValueError as e:
        print("raised again:", e)


if __name__ == "__main__":
    main()
