# A web server log analyzer: lines written to a file, parsed lazily through a
# chain of generators into records, then aggregated per path and per hour.
from typing import Iterator, NamedTuple


class Hit(NamedTuple):
    hour: int
    method: str
    path: str
    status: int
    size: int


def write_log(path: str) -> None:
    methods = ["GET", "GET", "POST", "GET"]
    paths = ["/", "/about", "/api/items", "/api/items/7", "/login"]
    with open(path, "w") as out:
        for i in range(40):
            status = 500 if i % 13 == 0 else 404 if i % 7 == 0 else 200
            out.write(f"{8 + i // 8}:{(i * 7) % 60:02d} {methods[i % 4]} {paths[(i * 3) % 5]} {status} {100 + i * 37 % 900}\n")
        out.write("garbage line\n")


def read_lines(path: str) -> Iterator[str]:
    with open(path) as f:
        for line in f:
            yield line.rstrip("\n")


def parse(lines: Iterator[str]) -> Iterator[Hit]:
    for line in lines:
        parts = line.split()
        if len(parts) != 5:
            continue
        hour = int(parts[0].split(":")[0])
        yield Hit(hour, parts[1], parts[2], int(parts[3]), int(parts[4]))


def errors_only(hits: Iterator[Hit]) -> Iterator[Hit]:
    for hit in hits:
        if hit.status >= 400:
            yield hit


def main() -> None:
    write_log("access.log")
    per_path: dict[str, list[int]] = {}
    per_hour: dict[int, int] = {}
    total = 0
    for hit in parse(read_lines("access.log")):
        per_path.setdefault(hit.path, []).append(hit.size)
        per_hour[hit.hour] = per_hour.get(hit.hour, 0) + 1
        total += hit.size
    for path, sizes in sorted(per_path.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        print(f"{path:<14} {len(sizes):3d} hits {sum(sizes) / len(sizes):8.1f} bytes avg")
    print("by hour:", " ".join(f"{h}h={n}" for h, n in sorted(per_hour.items())))
    bad = list(errors_only(parse(read_lines("access.log"))))
    print(len(bad), "errors;", sorted({(h.status, h.path) for h in bad})[:4])
    print("total bytes", total, "largest", max(parse(read_lines("access.log")), key=lambda h: h.size))


if __name__ == "__main__":
    main()
