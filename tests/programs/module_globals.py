"""Module-level constants and globals, `global` in functions."""

WIDTH = 8
HEIGHT = WIDTH // 2
NAMES = ["ann", "bob"]
SCALE: float = 1.5
total_calls = 0
X, Y = 3, 4


def area() -> int:
    global total_calls
    total_calls += 1
    return WIDTH * HEIGHT


def register(name: str) -> None:
    NAMES.append(name)


def shadow() -> int:
    WIDTH = 100
    return WIDTH


def main():
    print(area(), area(), total_calls)
    register("cy")
    print(NAMES, SCALE * WIDTH, shadow(), WIDTH, X + Y)


if __name__ == "__main__":
    main()
