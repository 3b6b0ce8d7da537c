"""Slices of lists, tuples and strings."""


def is_palindrome(w: str) -> bool:
    return w == w[::-1]


def main():
    xs = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
    print(xs[2:5], xs[:3], xs[7:], xs[-3:], xs[:-7], xs[::2], xs[1::3], xs[::-1], xs[8:2:-2], xs[100:], xs[-100:2])
    t = (1, 2, 3, 4)
    print(t[1:3], t[::-1], t[5:], t[:0])
    s = "héllo wörld"
    print(s[:5], s[6:], s[::-1], s[-5:-1], s[::3], "abc"[1:], "abcdef"[-2::-2])
    words = ["level", "apple", "noon", "stats", "pear"]
    print([w for w in words if is_palindrome(w)], words[1:-1][::-1])
    n = 3
    print(xs[n:n + 2], xs[n:][:2], len(xs[:n]))
    print(xs[::0])


if __name__ == "__main__":
    main()
