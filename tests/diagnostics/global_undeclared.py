total = 0


def bump() -> None:
    global count
    count = total + 2


bump()
