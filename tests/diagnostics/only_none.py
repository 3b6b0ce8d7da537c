def main():
    nothing = None
    print(nothing)
