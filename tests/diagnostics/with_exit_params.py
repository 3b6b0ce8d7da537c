class Timer:
    def __enter__(self) -> "Timer":
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        print(exc_type.__name__, tb, exc)


with Timer():
    pass
