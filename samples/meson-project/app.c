/*
 * app.c - a C program that uses the classes of shapes.py through the C that
 * slotc emits for them: it makes objects, calls their methods and pulls
 * points out of a generator whose state lives on this function's stack.
 * Point and Rect never change after __init__ and nothing compares them by
 * identity, so slotc made them value types: structs passed and returned by
 * value, as a C programmer would write them.
 * app.py does the same in Python; the install test checks that both print
 * the same.
 */
#include "shapes.h"

#include <stdio.h>

static void show(Rect r)
{
    const slot_str *text = Rect_describe(r);
    printf("%.*s, area %g\n", (int)text->size, text->data, Rect_area(r));
}

int main(int argc, char **argv)
{
    slot_init(argc, argv);
    Rect room = Rect_new(Point_new(0.0, 0.0), 4.0, 3.0, slot_str_from_cstr("room"));
    Rect desk = Rect_new(Point_new(1.0, 0.5), 1.5, 0.75, slot_str_from_cstr("desk"));
    show(room);
    show(desk);

    shapes_grid_gen grid; /* no allocation, per generator or per point */
    shapes_grid_start(&grid, 5, 0.5);
    int in_room = 0, on_desk = 0;
    Point p;
    while (shapes_grid_next(&grid.iter, &p)) {
        in_room += Rect_contains(room, p);
        on_desk += Rect_contains(desk, p);
    }
    printf("grid points: %d in the room, %d on the desk\n", in_room, on_desk);
    return slot_exit();
}
