# The sys module: argv, stdout.write, stderr, exit with finally blocks.
import sys


class Report:
    def __init__(self, title: str) -> None:
        self.title = title
        self.lines: list[str] = []

    def add(self, text: str) -> int:
        self.lines.append(text)
        return len(self.lines)

    def write(self) -> int:
        written = sys.stdout.write(f"== {self.title} ==\n")
        for line in self.lines:
            written += sys.stdout.write(line + "\n")
        sys.stdout.flush()
        return written


def check(values: list[int]) -> int:
    bad = 0
    for v in values:
        if v < 0:
            print(f"negative value {v}", file=sys.stderr)
            bad += 1
    return bad


def run() -> None:
    report = Report("summary")
    print("arguments:", len(sys.argv) - 1, sys.argv[1:])
    for word in ["alpha", "beta", "gamma"]:
        report.add(word.upper())
    print("chars written:", report.write())
    sys.stdout.write("no newline, ")
    sys.stdout.write("then one\n")
    print("problems:", check([3, -1, 4, -5]), end="\n", file=sys.stdout)
    try:
        sys.exit(0 if report.lines else 1)
    except SystemExit as stop:
        print("caught SystemExit:", stop)
    try:
        try:
            sys.exit("stopping")
        except Exception:
            print("not reached: SystemExit is not an Exception")
        finally:
            print("finally runs on the way out")
    except SystemExit as stop:
        print("outer caught:", stop)
    try:
        raise SystemExit(4)
    except BaseException as error:
        print("raised directly:", error)
    print("exiting with 3")
    sys.exit(3)


if __name__ == "__main__":
    run()
    print("not reached")
