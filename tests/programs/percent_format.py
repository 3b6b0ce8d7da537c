"""printf-style % formatting."""


def main():
    name = "widget"
    price = 3.14159
    qty = 42
    print("%s costs %.2f (x%d)" % (name, price, qty))
    print("[%10s] [%-10s] [%5d] [%-5d|] [%05d] [%+d] [% d]" % (name, name, qty, qty, qty, qty, qty))
    print("%x %X %o %#x %e %E %g %G %c" % (255, 255, 8, 255, 1234.5, 0.00012, 1234567.0, 1e-10, 65))
    print("%.3s|%r|%5.1f%%|%d" % ("abcdef", "q", 99.44, 7.9))
    print("%s and %s" % ([1, 2], True), "%d%%" % 50, "no args %%" % ())
    labels = ["a", "bb"]
    values = [1.5, 22.25]
    for label, v in zip(labels, values):
        print("%-4s|%8.3f" % (label, v))


if __name__ == "__main__":
    main()
