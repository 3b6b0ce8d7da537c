def main():
    exec("x = 1")
