"""Comparisons: chains, equality across types, string order, membership."""


def val(x: int) -> int:
    return x * 2


def main():
    a = 1
    b = 2
    c = 3
    print(a < b < c, a < c < b, c > b > a, a <= a < b, a == 1 == a, a != b != a)
    print(1 < 2 > 0, 1 < 2 > 3, 0 <= a <= 1 <= b <= 2 < c)
    print(val(1) < val(2) < val(3), val(3) < val(2) < val(1), 2 < val(1) <= 2)
    for x in range(-2, 6):
        print(x, 0 <= x < 3, x < 0 or x >= 3, not 0 <= x < 3, -1 < x * 2 < 5)
    print(1 == 1.0, 1 != 1.0, 2 < 2.5, 3.0 >= 3, 0.1 + 0.2 == 0.3, -0.0 == 0.0)
    print(True == 1, False == 0, True > False, True + 1 == 2, 1.0 == True)
    print("a" == "a", "a" != "b", "abc" == "abd", "" == "", "é" == "é")
    print("apple" < "banana", "apple" < "apple pie", "Zebra" < "apple", "a" > "B", "abc" <= "abc")
    print("10" < "9", "b" >= "abc", "" < "a", "é" > "z", "ß" < "ö")
    print(max("pear", "apple"), min("pear", "apple"), max(2.5, 2.0), min(-1, 0))
    xs = [1, 2, 3, 5, 8]
    print(3 in xs, 4 in xs, 4 not in xs, 8 not in xs, -1 in xs)
    t = (2.5, 1.5)
    print(1.5 in t, 2.0 in t, 2.0 not in t)
    words = ["red", "green", "blue"]
    print("red" in words, "Red" in words, "gre" in words, "blue" not in words)
    s = "hello, world"
    print("lo" in s, "low" in s, "" in s, "," in s, "W" not in s, "hello, world!" in s)
    print("h" in "héllo", "é" in "héllo", "éll" in "héllo")
    print([1, 2] == [1, 2], [1, 2] != [2, 1], (1, 2) == (1, 2), (1, 2) != (1, 3), [1, 2] == [1, 2, 0])
    print(["a", "b"] == ["a", "b"], ("x",) == ("y",), [[1], [2]] == [[1], [2]])
    n = 5
    r = 0 < n < 10
    print(r, type_name(r))
    if 0 < n <= 5 != 6:
        print("in range")
    while 0 < n < 10:
        n -= 2
    print(n)


def type_name(b: bool) -> str:
    if b:
        return "bool-true"
    return "bool-false"


if __name__ == "__main__":
    main()
