class Shape:
    def area(self) -> float:
        return 0.0


class Other:
    def area(self) -> float:
        return 1.0


def main() -> None:
    print(Shape.area(Other()))
    o = Other()
    print(Shape.area(o))


main()
