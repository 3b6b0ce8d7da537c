# reversed(range(...)) counts down only without a step and with bounds that
# only read (the rewrite evaluates the stop first).


def stop() -> int:
    print("stop")
    return 3


def main() -> None:
    for i in reversed(range(0, 10, 2)):
        print(i)
    for j in reversed(range(stop())):
        print(j)


if __name__ == "__main__":
    main()
