"""Module-level assignments to names become globals; other statements at
module level are rejected (Python runs them on import)."""

count = 0
for i in range(3):
    count += i
print(count)


def main():
    print(count)


if __name__ == "__main__":
    main()
