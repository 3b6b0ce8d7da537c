class Box:
    def __init__(self, w: float, h: float, label: str):
        self.width = w
        self.height = h
        self.label = label
        self.half = self.span / 2.0
        self.title = label.upper() if False else label + ":" + str(w)
        self.ratio = w / h if h != 0.0 else 0.0

    @property
    def span(self) -> float:
        return self.width + self.height


def main():
    boxes = [Box(float(i), 2.0, "b" + str(i)) for i in range(4)]
    for b in boxes:
        print(b.half, b.title, b.ratio, b.span)
    z = Box(1.0, 0.0, "zero")
    print(z.ratio)


if __name__ == "__main__":
    main()
