# Word statistics over a text written to a file and read back line by line:
# counts, longest words, bigrams, and a histogram of word lengths.
from dataclasses import dataclass

TEXT = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness."""


@dataclass(frozen=True)
class WordCount:
    word: str
    count: int

    def bar(self, scale: int) -> str:
        return "#" * (self.count * scale)


def words_of(line: str) -> list[str]:
    cleaned = "".join(c.lower() if c.isalpha() else " " for c in line)
    return cleaned.split()


def main() -> None:
    with open("tale.txt", "w") as out:
        out.write(TEXT + "\n")
    counts: dict[str, int] = {}
    bigrams: dict[tuple[str, str], int] = {}
    lengths = [0] * 12
    lines = 0
    with open("tale.txt") as source:
        for line in source:
            lines += 1
            ws = words_of(line)
            for i, w in enumerate(ws):
                counts[w] = counts.get(w, 0) + 1
                lengths[min(len(w), 11)] += 1
                if i + 1 < len(ws):
                    pair = (w, ws[i + 1])
                    bigrams[pair] = bigrams.get(pair, 0) + 1
    ranked = sorted((WordCount(w, n) for w, n in counts.items()), key=lambda wc: (-wc.count, wc.word))
    print(f"{lines} lines, {sum(counts.values())} words, {len(counts)} distinct")
    for wc in ranked[:6]:
        print(f"{wc.word:>12} {wc.count:3d} {wc.bar(2)}")
    top = max(bigrams.items(), key=lambda kv: (kv[1], kv[0]))
    print("most common pair:", " ".join(top[0]), top[1])
    print("pairs seen 4 times:", sorted(p for p, n in bigrams.items() if n == 4))
    for n, k in enumerate(lengths):
        if k:
            print(f"{n:2d} letters: {k:2d} {'*' * k}")
    longest = sorted({w for w in counts if len(w) >= 8}, key=lambda w: (-len(w), w))
    print("longest:", ", ".join(longest))
    print(ord(longest[0][0]) - ord("a"), chr(ord("A") + len(longest)))


if __name__ == "__main__":
    main()
