import random
from random import gauss, choice


def main():
    random.seed(1)
    print(random.gauss(0.0, 1.0))
    print(gauss(1.0, 2.0))
    print(random.choices([1, 2, 3], k=2))
    random.seed("text")
    print(random.randint(1.5, 3))
    print(choice({1, 2}))
    random.shuffle((1, 2, 3))
    pick = random.random
    print(random.sample([1, 2, 3], k=2), random.sample([1, 2, 3], counts=[1, 1, 1], k=2))
    print(random.randrange(1, 2, 3, 4))


if __name__ == "__main__":
    main()
