"""dict and set comprehensions."""


def main():
    words = ["apple", "bob", "kayak", "pear", "bob", "level"]
    lengths = {w: len(w) for w in words}
    palindromes = {w.upper() for w in words if len(w) == 5}
    squares = {n: n * n for n in range(6) if n % 2 == 1}
    mods = {n % 7 for n in range(30)}
    print(lengths, len(palindromes), squares, mods, sorted(palindromes))
    inverse = {v: k for k, v in squares.items()}
    print(inverse, {k + v for k, v in squares.items()})


if __name__ == "__main__":
    main()
