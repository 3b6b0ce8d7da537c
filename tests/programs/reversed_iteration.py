# reversed(): of lists, tuples and strings (a reversed copy, as xs[::-1]) and
# of range(n) and range(a, b) (counting down), in loops and consumers.
xs = [3, 1, 4, 1, 5]
n = len(xs)
print([x for x in reversed(xs)], list(reversed(xs)), list(reversed((1, 2, 3))), xs)
for i in reversed(range(n)):
    print(i, xs[i], end="; ")
print()
for i in reversed(range(2, n)):
    print(i, end=" ")
print(sum(reversed(range(5))), "".join(c for c in reversed("abc")), list(reversed(range(0))))
word = "stressed"
print(word[::-1], [c for c in reversed(word)][:3], max(reversed(xs)))
