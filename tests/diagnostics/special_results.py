class K:
    def __init__(self, n: int):
        self.n = n

    def __hash__(self) -> str:
        return "x"

    def __bool__(self) -> int:
        return 1


def main():
    print(hash(K(1)), bool(K(2)))


if __name__ == "__main__":
    main()
