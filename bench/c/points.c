/* points.c -- the hand-written C counterpart of bench/programs/points.py.
 *
 * Points, cells and vectors are small structs held by value in malloc'd
 * arrays; the cells are sorted with qsort, and vectors are passed and
 * returned by value.  Floats print in the shortest form that reads back
 * (CPython's repr). */
#include "format_float.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    int x, y;
} Point;

typedef struct {
    int row, col;
} Cell;

typedef struct {
    double x, y;
} Vec;

static void *xmalloc(size_t size)
{
    void *p = malloc(size);
    if (p == NULL) {
        fputs("points: out of memory\n", stderr);
        exit(1);
    }
    return p;
}

/* Orders cells by row, then column, as the dataclass's order=True does. */
static int cell_compare(const void *a, const void *b)
{
    const Cell *p = a, *q = b;
    if (p->row != q->row)
        return p->row < q->row ? -1 : 1;
    return (p->col > q->col) - (p->col < q->col);
}

static Vec vec_add(Vec self, Vec other)
{
    return (Vec){self.x + other.x, self.y + other.y};
}

static Vec vec_scaled(Vec self, double k)
{
    return (Vec){self.x * k, self.y * k};
}

static double vec_dot(Vec self, Vec other)
{
    return self.x * other.x + self.y * other.y;
}

/* Prints v as the dataclass's repr, Vec(x=..., y=...). */
static void print_vec(Vec v, const char *end)
{
    char x[32], y[32];
    format_float(x, sizeof x, v.x);
    format_float(y, sizeof y, v.y);
    printf("Vec(x=%s, y=%s)%s", x, y, end);
}

int main(void)
{
    long limit = 500000;
    long long seed = 7;
    Point *points = xmalloc(limit * sizeof *points);
    for (long i = 0; i < limit; i++) {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        points[i] = (Point){(int)(seed / 1000 % 1000), (int)(seed % 1000)};
    }
    long long sx = 0, sy = 0;
    int left = 1000, top = 0;
    for (long i = 0; i < limit; i++) {
        sx += points[i].x;
        sy += points[i].y;
        if (points[i].x < left)
            left = points[i].x;
        if (points[i].y > top)
            top = points[i].y;
    }
    Point last = points[limit - 1];
    printf("%ld %lld %lld %d %d Point(x=%d, y=%d)\n", limit, sx, sy, left, top, last.x, last.y);

    long ncells = (limit + 9) / 10;
    Cell *cells = xmalloc(ncells * sizeof *cells);
    for (long i = 0; i < limit; i += 10)
        cells[i / 10] = (Cell){points[i].x / 10, points[i].y};
    qsort(cells, ncells, sizeof *cells, cell_compare);
    Cell first = cells[0], middle = cells[ncells / 2], end = cells[ncells - 1];
    printf("%ld Cell(row=%d, col=%d) Cell(row=%d, col=%d) Cell(row=%d, col=%d)\n", ncells, first.row,
           first.col, middle.row, middle.col, end.row, end.col);

    Vec *vectors = xmalloc(limit * sizeof *vectors);
    for (long i = 0; i < limit; i++)
        vectors[i] = (Vec){points[i].x * 0.5, points[i].y * 0.25};
    Vec total = {0.0, 0.0};
    double dots = 0.0;
    Vec previous = vectors[0];
    for (long i = 0; i < limit; i++) {
        total = vec_add(total, vectors[i]);
        dots += vec_dot(vectors[i], previous);
        previous = vectors[i];
    }
    char text[32];
    format_float(text, sizeof text, dots);
    print_vec(total, " ");
    printf("%s ", text);
    print_vec(vec_scaled(total, 1.0 / limit), " ");
    Vec check = {last.x * 0.5, last.y * 0.25};
    printf("%s\n", vectors[limit - 1].x == check.x && vectors[limit - 1].y == check.y ? "True" : "False");
    free(vectors);
    free(cells);
    free(points);
    return 0;
}
