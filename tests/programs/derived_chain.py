class Box:
    def __init__(self, w: float, h: float):
        self.width = w
        self.height = h
        self.area = w * h
        self.double_area = self.area * 2.0
        self.big = self.double_area > 10.0


def main():
    b = Box(2.0, 3.0)
    print(b.area, b.double_area, b.big)


if __name__ == "__main__":
    main()
