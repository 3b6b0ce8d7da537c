"""A value built from itself has a type without end.  Each pass of inference
used to nest it once more, a thousand times, and print the result (a fuzzer
input took over ten seconds); now it is one diagnostic."""


def wrap(n: int):
    if n == 0:
        return []
    return [wrap(n - 1)]


def main():
    nest = ()
    for i in range(3):
        nest = (nest,)
    print(nest, wrap(2))
