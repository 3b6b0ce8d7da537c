class Box:
    def __init__(self, n: int):
        self.n = n

    def __len__(self) -> int:
        return self.n


def main():
    boxes = [Box(0), Box(2)]
    print(any(boxes), all(boxes))


if __name__ == "__main__":
    main()
