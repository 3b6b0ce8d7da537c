"""repr() of strings inside containers: quote choice and escapes, as CPython."""


def main():
    print(["it's", 'say "hi"', "both ' and \"", "plain", ""])
    print(("tab\there", "new\nline", "cr\rhere", "back\\slash"))
    print(["\x00", "\x01", "\x1f", "\x7f", "\x1b[0m", "\x80", "\x9f", "\xa0", "\xad"])
    print(["é", "日本", "\U0001F600", "ÿ", "\u0100", "Ω"])
    print(["\u200b", "\u2028", "\u2029", "\ufeff", "\u3000", "\ue000", "\U000e0001"])
    print(["\ud7ff", "\ufffd", "\uffff", "\U0010ffff", "\u0378"])
    print(("'", '"', "'\"", "\\", "\\'"))
    words = ["a b", "a\tb", "a\u00a0b", "a\u2003b"]
    for w in words:
        print(len(w), [w])


if __name__ == "__main__":
    main()
