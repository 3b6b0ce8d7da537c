"""str.format() fields checked at compile time: a missing argument, a
missing keyword, and a non-literal format string."""


def main():
    template = "{} {}"
    print("{} and {}".format(1))
    print("{who} says hi".format(name="x"))
    print(template.format(1, 2))


if __name__ == "__main__":
    main()
