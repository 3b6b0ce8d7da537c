import time

clock = time.time
print(time.strftime("%Y"), time.time(1))
