class Failure(Exception):
    pass


def attempts(n: int):
    try:
        yield n
    finally:
        print("done")


def log_and_raise() -> None:
    print("failing")
    raise


def main():
    try:
        raise Failure("group")
    except* Failure:
        print("exception groups")


if __name__ == "__main__":
    main()
