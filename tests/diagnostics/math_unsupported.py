import math


def main():
    print(math.gamma(2.5))
