print("{} {}".format(1))
print("{9223372036854775807}".format(1))
print("{1abc}".format(1, 2))
print("{0} {x}".format(1, y=2))
