"""The seed's Rectangle as first written: `area` is stored beside the
width and height it is computed from.  `slotc inspect` shows the 8 bytes
it costs per object (and the stale value Python keeps once width changes).
"""


class Rectangle:
    def __init__(self, width, height):
        self.width = width
        self.height = height
        self.area = width * height


def main():
    shapes = [Rectangle(w, w + 1.5) for w in [1.0, 2.0, 3.5]]
    total = 0.0
    for r in shapes:
        total += r.area
    print(len(shapes), total)
    shapes[0].width = 10.0
    print(shapes[0].width, shapes[0].area)


if __name__ == "__main__":
    main()
