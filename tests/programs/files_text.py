"""Text files: writing with `with`, reading line by line, and the str
methods a line-oriented reader needs."""


class Reading:
    __slots__ = ("station", "celsius", "ok")

    def __init__(self, station: str, celsius: float, ok: bool):
        self.station = station
        self.celsius = celsius
        self.ok = ok


def write_log(path: str) -> int:
    written = 0
    with open(path, "w") as f:
        for i in range(12):
            written += f.write(f"  st{i % 4} ; {i * 1.5 - 4} ; {'yes' if i % 3 else 'no'}  \n")
        f.write("\n")
    return written


def parse(line: str) -> Reading:
    parts = line.strip().split(";")
    return Reading(parts[0].strip(), float(parts[1]), parts[2].strip() == "yes")


def readings(path: str):
    for line in open(path):
        if line.strip():
            yield parse(line)


def main():
    path = "files_text_sample.txt"
    print("wrote", write_log(path))
    warm = [r.station for r in readings(path) if r.celsius > 5.0]
    print(warm)
    print(sum(r.celsius for r in readings(path) if r.ok))
    with open(path) as f:
        first = f.readline()
        second = f.readline().rstrip()
        rest = f.read()
    print(repr(first), repr(second), len(rest.splitlines()))
    with open(path, "a") as f:
        f.write("tail;0;no\n")
    last = ""
    count = 0
    for line in open(path, "r"):
        last = line.rstrip("\n")
        count += 1
    print(count, last, last.split(";"), "a,b,,c".split(","), " x  y ".split())
    print("-".join(["a", "b", "c"]), "abc".replace("b", "XY"), "hello".find("l"), "hello".count("l"))
    print("ab".startswith("a"), "ab".endswith("a"), "7".zfill(3), "x".center(5, "*"), "12".isdigit())
    print(int(" 42 "), float("2.5e3"), int("-7") * 2)


if __name__ == "__main__":
    main()
