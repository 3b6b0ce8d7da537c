/* rectangle.c -- the hand-written C counterpart of acceptance/rectangle.py.
 *
 * Rectangle stores its area as the Python class does; Square computes its
 * area and perimeter; Canvas keeps an area that goes stale when it grows.
 * Floats print in the shortest form that reads back (CPython's repr). */
#include "format_float.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    double width, height, area;
} Rectangle;

typedef struct {
    double side;
} Square;

typedef struct {
    int width, height, area;
} Canvas;

static Rectangle rectangle_new(double width, double height)
{
    return (Rectangle){width, height, width * height};
}

static double square_area(const Square *self)
{
    return self->side * self->side;
}

static double square_perimeter(const Square *self)
{
    return 4 * self->side;
}

/* Prints the floats separated by spaces, then a newline. */
static void print_floats(int n, const double *values)
{
    char text[32];
    for (int i = 0; i < n; i++) {
        format_float(text, sizeof text, values[i]);
        printf(i > 0 ? " %s" : "%s", text);
    }
    putchar('\n');
}

int main(void)
{
    Rectangle r = rectangle_new(3.0, 4.5);
    print_floats(3, (double[]){r.width, r.height, r.area});
    Square sq = {2.5};
    print_floats(2, (double[]){square_area(&sq), square_perimeter(&sq)});
    sq.side = 3.0;
    print_floats(2, (double[]){square_area(&sq), square_perimeter(&sq)});
    Canvas c = {10, 20, 10 * 20};
    c.width += 1;
    printf("%d %d %d\n", c.width, c.height, c.area);
    double total = 0.0;
    for (int i = 1; i < 1001; i++)
        total += rectangle_new(i * 0.5, 2.0).area;
    print_floats(1, &total);
    return 0;
}
