# sys.exit("message") uncaught: the message on stderr, exit status 1, after
# the finally blocks and with what was printed before.
from sys import exit, argv


def main() -> None:
    print("program", "with", len(argv), "argument")
    try:
        exit("fatal: nothing to do")
    finally:
        print("cleaning up")


main()
