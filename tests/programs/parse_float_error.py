def main():
    print(float("1.5"))
    print(float("0x1p3"))


if __name__ == "__main__":
    main()
