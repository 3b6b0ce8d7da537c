x = 1
# a syntax error the parser recovers from, inside a chained assignment
x = y: int = 3
