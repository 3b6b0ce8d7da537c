"""Strings: concatenation, str() of scalars, case, len of non-ASCII, repr quoting."""


def greet(name: str, times: int) -> str:
    out = ""
    for i in range(times):
        out = out + "hi " + name + "! "
    return out


def main():
    a = "foo"
    b = "bar"
    print(a + b, a + " " + b, "" + a + "", a + a + a)
    s = "abc"
    s += "def"
    s += ""
    print(s, len(s))
    print(str(42), str(-7), str(0), str(3.5), str(True), str(False), str("already"))
    print("n=" + str(12) + ", f=" + str(0.1 + 0.2) + ", b=" + str(1 < 2))
    print("Hello World".upper(), "Hello World".lower(), "MiXeD 123 !".lower(), a.upper() + b.lower())
    print(len("héllo"), len("日本語"), len("😀"), len(""), len("a\tb\nc"), len("naïve café"))
    lits = ["héllo", "日本語", "😀", "", "a\tb\nc", "naïve café"]
    for lit in lits:
        print(len(lit), bool(lit), not lit, [lit])
    print(["it's", 'say "hi"', "both ' and \"", "plain", ""])
    print(("tab\there", "new\nline", "back\\slash", "é", "日本"))
    print(["\x00", "\x7f", "\x1b[0m", "\U0001F600", "\xe9"])
    print("it's", 'say "hi"', "back\\slash")
    print(str("quote'd"), ["quote'd"], [str(5)], [str(2.5)])
    words = ["alpha", "beta", "gamma"]
    joined = ""
    for w in words:
        joined = joined + w.upper() + w.lower()
    print(joined)
    print(greet("Ann", 2))
    print(greet("Bo", 0) == "", greet("x", 1) == "hi x! ")
    print(sorted(["pear", "Apple", "banana", "apple", "épée", "Zoo"]))
    print(sorted(["b", "a", "c"], reverse=True), max("a", "b"), min("ab", "a"))
    print(bool(""), bool(" "), bool("0"), len(str(123456)))
    u = ""
    i = 0
    while len(u) < 5:
        u = u + str(i)
        i += 1
    print(u, u == "01234", u != "01234")


if __name__ == "__main__":
    main()
