# The parts of sys slotc does not translate.
import sys


def main() -> None:
    print(sys.path)
    print("x", file=open("log.txt", "w"))
    sys.exit([1])
    sys.stdout.write(3)
    sys.stdin.read()


if __name__ == "__main__":
    main()
