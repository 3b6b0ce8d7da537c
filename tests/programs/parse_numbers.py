def main():
    for text in ["12", "  -7 ", "+0", "1_000_000", "007", "9223372036854775807", "-9223372036854775808"]:
        print(text, int(text))
    for text in ["1.5", " -2.25 ", "1e3", "1E-3", ".5", "5.", "1_0.2_5", "inf", "-Infinity", "NaN", "1e400"]:
        print(text, float(text))
    print(int("1" + "2") * 2, float("3" + ".5") / 2)
    print(int("12x"))


if __name__ == "__main__":
    main()
