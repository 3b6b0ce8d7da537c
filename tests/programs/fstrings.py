from dataclasses import dataclass


@dataclass(frozen=True)
class Point:
    x: float
    y: float


def name_of(i: int) -> str:
    print("naming", i)
    return "n" + str(i)


def main():
    p = Point(1.5, -2.0)
    who = "Ann"
    n = 3
    print(f"{who} has {n} points: {p}")
    print(f"repr {who!r} str {who!s} {[1, 2]} {(n, n)} {n > 2} {None}")
    print(f"{{literal}} braces and \t tab, \u00e9 {n * 2 + 1}")
    print(f"{name_of(1)}-{name_of(2)}", f"{'nested'}")
    print(rf"raw \n {n}")
    print(f"")
    s = f"{p.x}/{p.y}"
    print(s, len(s))


if __name__ == "__main__":
    main()
