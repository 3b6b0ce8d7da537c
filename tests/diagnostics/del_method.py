class Handle:
    def __init__(self, fd: int):
        self.fd = fd

    def __del__(self):
        print("closing", self.fd)
