def main():
    a = [1, 2]
    b = [1, 2]
    c = [[1], [2, 3]]
    print(a == b, a != b, c == [[1], [2, 3]], tuple(a) == tuple(b), (1, 2) != (1, 3), [] == a)

if __name__ == "__main__":
    main()
