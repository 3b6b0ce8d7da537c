import math


def main():
    print(math.floor(1.5))
    print(math.log(0.0))


if __name__ == "__main__":
    main()
