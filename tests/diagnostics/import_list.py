import math, array
import sys as s

print(math.sqrt(2.0), array, s.argv)
