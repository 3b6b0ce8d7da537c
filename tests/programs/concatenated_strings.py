"""Implicitly concatenated string literals: plain, raw, f-strings mixed in,
across lines, as format strings and as docstrings."""


class Label:
    "A label " "with a split docstring."

    def __init__(self, name: str, count: int):
        self.name = name
        self.count = count

    def render(self) -> str:
        return ("[" f"{self.name:>6}" "|"
                f"{self.count:03d}" r"\]")


def banner(width: int) -> str:
    return ("=" * width + "\n"
            "slotc " "concatenation" "\n"
            + "-" * width)


def main():
    print("hello, " "world")
    print(Label("bolt", 7).render(), Label("nut", 42).render())
    print(banner(12))
    print(("%s has %d " "items") % ("box", 3))
    print("{} and " "{}".format(1, 2.5))
    total = ("a" "b" "c").upper() + 'd' "e"
    print(total, len("tab\t" "end"), repr("q" 'u' """ote"""))
    message = (
        "a long message "  # the first part
        "split over lines "
        f"with {len(total)} characters"
    )
    print(message)


if __name__ == "__main__":
    main()
