"""str.upper() and str.lower() on non-ASCII text, as CPython does them."""


def shout(s: str) -> str:
    return s.upper() + "!"


def main():
    print("Hello World".upper(), "Hello World".lower(), "MiXeD 123 !".lower())
    print("héllo".upper(), "ÉCOLE".lower(), "naïve café".upper(), "ÀÉÎÕÜ".lower())
    print("straße".upper(), "ǅ".lower(), "ǆ".upper(), "ﬁ".upper())
    print("ΑΒΓ δεζ".lower(), "ΑΒΓ δεζ".upper(), "Привет".upper(), "Привет".lower())
    print(len("straße".upper()), len("İ".lower()), "İ".lower() == "i̇")
    print("日本語".upper(), "😀x".upper(), shout("ça va"))
    words = ["Ærø", "Øl", "åbo", "Œuvre"]
    for w in words:
        print(w, w.upper(), w.lower(), w.upper().lower() == w.lower())


if __name__ == "__main__":
    main()
