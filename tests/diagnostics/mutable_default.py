def add(x: int, xs=[]):
    xs.append(x)
