"""yield is a statement in slotc: a yield used as a value (send()) and a
bare yield are rejected where they stand."""


def produce(n: int):
    got = yield n
    print(got)


def bare(n: int):
    if n:
        yield


def main():
    for x in produce(3):
        print(x)


if __name__ == "__main__":
    main()
