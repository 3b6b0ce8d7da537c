def f(x: int) -> int:
    if x > 0:
        return 1
