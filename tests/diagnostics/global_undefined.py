"""'global count' for a name the module never assigns: CPython raises
NameError when bump() runs; slotc rejects it (it used to crash here, a
fuzzer find)."""


def bump():
    global count
    count += 1
