def shout(word: str) -> str:
    print("shouting", word)
    return word.upper()


def main():
    print("a", "b", "c", sep="-")
    print("no newline", end="")
    print(" then more", end="!\n")
    print(1, 2.5, True, sep=", ", end=" <\n")
    print(shout("x"), shout("y"), sep=shout("|"))
    print("flushed", flush=True)
    print(sep="+")
    print("", end="")
    for i in range(3):
        print(i, end=" ")
    print()


if __name__ == "__main__":
    main()
