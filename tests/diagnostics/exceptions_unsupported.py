class Failure(Exception):
    def __init__(self, code: int):
        super().__init__(f"code {code}")
        self.code = code


def main():
    try:
        raise Failure(4)
    except Failure as e:
        print(e.code, e.args, e.__cause__, e.detail)
    try:
        raise 42
    except len:
        pass
    try:
        print(1)
    except (ValueError, Failure(1)):
        pass
    err = ValueError("x", sep="")
    print(err, type(3).__name__)


if __name__ == "__main__":
    main()
