# Statements at module level run in order; these are not Python, or not
# something slotc can keep in order.
total = 0
for n in range(3):
    total += n
    if n:
        continue
break
return total


def f() -> int:
    while True:
        return 1
    continue


if __name__ == "__main__":
    print(total)
print("after")
