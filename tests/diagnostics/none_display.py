def main() -> None:
    xs = [None] * 3
    print(xs)


main()
