"""What app.c does, in Python: the install test compares the two outputs."""
from shapes import Point, Rect, grid


def show(r: Rect) -> None:
    print(f"{r.describe()}, area {r.area():g}")


def main() -> None:
    room = Rect(Point(0.0, 0.0), 4.0, 3.0, "room")
    desk = Rect(Point(1.0, 0.5), 1.5, 0.75, "desk")
    show(room)
    show(desk)
    in_room = on_desk = 0
    for p in grid(5, 0.5):
        in_room += room.contains(p)
        on_desk += desk.contains(p)
    print(f"grid points: {in_room} in the room, {on_desk} on the desk")


main()
