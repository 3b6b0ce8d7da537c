class Meta(type):
    pass


class Person(metaclass=Meta):
    def __init__(self, name: str):
        self.name = name
