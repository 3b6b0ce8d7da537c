import math


def main():
    print(math.exp(1000.0))


if __name__ == "__main__":
    main()
