import math
from math import sqrt, pi


class Circle:
    def __init__(self, r: float):
        self.r = r
        self.area = math.pi * r * r
        self.circumference = 2 * pi * r


class Vec:
    def __init__(self, x: float, y: float):
        self.x = x
        self.y = y
        self.length = math.hypot(x, y)


def main():
    c = Circle(2.0)
    print(c.area, c.circumference, math.floor(c.area), math.ceil(c.area), math.floor(7))
    v = Vec(3.0, 4.0)
    print(v.length, sqrt(2), math.sqrt(16), math.e, math.tau, math.inf, -math.inf)
    print(math.exp(1.0), math.log(math.e), math.sin(0.0), math.cos(0.0), math.fabs(-2), math.atan2(1.0, 1.0))
    print(math.sqrt(-1.0))


if __name__ == "__main__":
    main()
