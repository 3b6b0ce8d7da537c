"""int() of a line that is not a number: CPython's ValueError."""


def numbers(text: str):
    for part in text.split(","):
        yield int(part)


def main():
    print(list(numbers("1,2,3")))
    print(sum(numbers("4, 5,x6")))


if __name__ == "__main__":
    main()
