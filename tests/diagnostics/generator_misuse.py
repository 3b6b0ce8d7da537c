"""Generator constructs slotc rejects, each with its reason."""


def returns_value(n: int):
    yield n
    return n


def numbers():
    yield 1
    yield 2


def main():
    print(numbers())
    text = f"{numbers()}"
    print(text)
    k = 1
    scaled = (x * k for x in [1, 2, 3])
    k = 2
    print(list(scaled))
    with numbers() as g:
        print(g)


if __name__ == "__main__":
    main()
