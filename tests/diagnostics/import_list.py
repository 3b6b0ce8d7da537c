import math, time
import sys as s

print(math.sqrt(2.0), time.time(), s.argv)
