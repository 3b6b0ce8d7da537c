"""Reading a missing file raises FileNotFoundError with CPython's words."""


def lines(path: str):
    for line in open(path):
        yield line


def main():
    print("before")
    for line in lines("no_such_file.txt"):
        print(line)
    print("after")


if __name__ == "__main__":
    main()
