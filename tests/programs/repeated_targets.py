# A name repeated in one unpacking target: the last one keeps the value (as
# in Python), the others may have types of their own.
rows = [(1, "a", 2.5), (2, "b", 3.5)]
for n, _, _ in rows:
    print(n)
a, a = 1, 2
print(a, [k for k, _, _ in rows], {s: x for _, s, x in rows})
for _, x, _ in rows:
    print(x)
o, _, _ = (3, "skip", 4.5)
print(o, _)
