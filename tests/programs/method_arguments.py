"""Methods and constructors with default and keyword arguments."""


class Greeter:
    def __init__(self, name: str, excited: bool = False, level: int = 1):
        self.name = name
        self.excited = excited
        self.level = level

    def greet(self, other: str, times: int = 1, sep: str = " ") -> str:
        out = ""
        for i in range(times):
            out = out + "hi " + other + sep
        if self.excited:
            out = out + "!" + str(self.level)
        return out + self.name

    def louder(self, by: int = 1) -> int:
        self.level += by
        return self.level


def main():
    g = Greeter("ann")
    h = Greeter(name="bo", excited=True)
    k = Greeter("cy", level=5, excited=True)
    print(g.greet("x"), g.greet("y", 2), g.greet(other="z", sep="-"), h.greet("w", times=2, sep=","))
    print(k.greet("v"), k.louder(), k.louder(by=10), k.louder(-3), k.greet(sep="/", other="u"))
    print(g.level, h.level, k.level, g.excited, h.excited)
    gs = [Greeter(str(i), i % 2 == 1, level=i) for i in range(3)]
    print([x.greet("q", times=x.level) for x in gs])


if __name__ == "__main__":
    main()
