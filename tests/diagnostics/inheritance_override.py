"""An override must take the parameters of the method it overrides: both
are called through one dispatcher."""


class Reader:
    def __init__(self, name: str):
        self.name = name

    def read(self, n: int) -> str:
        return self.name * n


class Loud(Reader):
    def read(self, n: int, extra: str) -> str:
        return extra


def main():
    r: Reader = Loud("x")
    print(r.read(2))


if __name__ == "__main__":
    main()
