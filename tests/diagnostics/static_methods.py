class Shape:
    @staticmethod
    def kind() -> str:
        return "shape"


class Square(Shape):
    @staticmethod
    def kind() -> str:
        return "square"


def make() -> Shape:
    return Square()


def main():
    s = make()
    print(s.kind(), make().kind(), Shape.kind(), Square.kind())


if __name__ == "__main__":
    main()
