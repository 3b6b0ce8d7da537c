s = {range(2)}
print(len(s))
d = {range(1): 1}
print(d)
print(range(3) < range(4))
for x in reversed(range(0, 9, 3)):
    print(x)
r = reversed(range(4))
