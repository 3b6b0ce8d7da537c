class Point:
    def __init__(self, x: float, y: float):
        self.x = x
        self.y = y


def main():
    p = Point(1, 2.5)
    print(p.x)
