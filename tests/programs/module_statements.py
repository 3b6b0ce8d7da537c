# A script without main(): statements at module level run in order, with
# the globals they assign, as CPython runs them.
import math

LIMIT = 20
squares: list[int] = []
for n in range(1, LIMIT):
    if n * n > LIMIT * 3:
        break
    squares.append(n * n)
print("squares:", squares)

total = 0
count = 0


def add(value: int) -> int:
    global total, count
    total += value
    count += 1
    return total


i = 0
while i < len(squares):
    add(squares[i])
    i += 2
print("total", total, "count", count)

words = "the quick brown fox jumps over the lazy dog".split()
lengths = {w: len(w) for w in words}
if len(lengths) > 5:
    print("distinct words:", len(lengths))
elif len(lengths) > 2:
    print("few words")
else:
    print("hardly any")

try:
    print(math.sqrt(-1.0))
except ValueError as error:
    print("caught:", error)
finally:
    print("finally at module level")

for word in sorted(lengths, key=lambda w: (lengths[w] * 100 - ord(w[0]))):
    if word.startswith("t"):
        continue
    print(f"{word:>6} {lengths[word]}")

assert total > 0, "nothing added"
longest = max(words, key=len)
print("longest:", longest, "first letter", longest[0].upper())
del lengths["the"]
print(len(lengths), "left")
