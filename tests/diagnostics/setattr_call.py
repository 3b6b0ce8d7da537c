class Person:
    def __init__(self, name: str):
        self.name = name


def main():
    p = Person("ann")
    setattr(p, "age", 3)
