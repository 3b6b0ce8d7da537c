class Timer:
    def __enter__(self) -> "Timer":
        return self

    def __exit__(self, exc_type, exc, tb) -> int:
        print(exc_type is None, tb is not None, exc)
        return 1


class Plain:
    pass


def numbers():
    with Timer():
        yield 1


def main() -> None:
    with Timer() as t:
        print(t)
    with Plain():
        pass
    with 3:
        pass


main()
