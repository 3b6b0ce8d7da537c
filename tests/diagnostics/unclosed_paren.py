def main():
    print("hello", (1 + 2)


main()
