"""%-formatting checked at compile time: argument counts, a number where a
number conversion stands, and what slotc does not translate."""


def main():
    print("%s and %s" % ("one",))
    print("%d" % "text")
    print("%*d" % (5, 3))


if __name__ == "__main__":
    main()
