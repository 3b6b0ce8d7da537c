class Square:
    def __init__(self, side: float):
        self.side = side

    @property
    def area(self) -> float:
        return self.side * self.side

    @property
    def perimeter(self) -> float:
        return 4 * self.side


class Temperature:
    def __init__(self, celsius: float):
        self._celsius = celsius

    @property
    def celsius(self) -> float:
        return self._celsius

    @celsius.setter
    def celsius(self, value: float):
        print("set", value)
        self._celsius = value

    @property
    def fahrenheit(self) -> float:
        return self.celsius * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, value: float):
        self.celsius = (value - 32) * 5 / 9


def main():
    sq = Square(2.5)
    print(sq.area, sq.perimeter)
    sq.side = 3.0
    print(sq.area, sq.perimeter)
    t = Temperature(20.0)
    print(t.celsius, t.fahrenheit)
    t.fahrenheit = 212.0
    print(t.celsius)
    t.celsius += 5.0
    print(t.celsius, t.fahrenheit)
    temps = [Temperature(float(c)) for c in range(3)]
    print([x.fahrenheit for x in temps])


if __name__ == "__main__":
    main()
