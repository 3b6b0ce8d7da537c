from dataclasses import dataclass


@dataclass
class Rejected(Exception):
    code: int


def main():
    raise Rejected(3)


if __name__ == "__main__":
    main()
