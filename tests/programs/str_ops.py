def main():
    word = "héllo"
    print(word[0], word[1], word[-1], word[4], "ab" * 3, 2 * "xy", "z" * 0, "q" * -2)
    print([word[i] for i in range(len(word))])
    line = "-" * 20
    print(line, len(line))
    emoji = "a\U0001f600b"
    print(len(emoji), emoji[1], emoji[-1])
    print(word[5])


if __name__ == "__main__":
    main()
