class Person:
    def __init__(self, name, age):
        self.name = name
        self.age = age


def main():
    a = Person("ann", 30)
    b = Person("ben", "forty")
    print(a.age, b.age)
