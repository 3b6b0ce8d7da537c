/* crowd.c -- the hand-written C counterpart of acceptance/crowd.py.
 *
 * A million people and a million points alive at once, each an element of
 * one malloc'd array of structs: what a careful C programmer would write,
 * and so the limit bench/peers measures slotc against.  It prints what
 * CPython prints, the float in the shortest form that reads back (repr). */
#include "format_float.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    const char *name;
    int age;
} Person;

typedef struct {
    double x, y;
} Point;

static void *xmalloc(size_t size)
{
    void *p = malloc(size);
    if (p == NULL) {
        fputs("crowd: out of memory\n", stderr);
        exit(1);
    }
    return p;
}

int main(void)
{
    static const char *const names[] = {"ann", "ben", "cat", "dan", "eve"};
    enum { COUNT = 1000000 };
    Person *people = xmalloc(COUNT * sizeof *people);
    for (int i = 0; i < COUNT; i++)
        people[i] = (Person){names[i % 5], 20 + i % 60};
    Point *points = xmalloc(COUNT * sizeof *points);
    for (int i = 0; i < COUNT; i++)
        points[i] = (Point){i * 0.5, i * 0.25};

    int oldest = 0;
    long long total = 0;
    for (int i = 0; i < COUNT; i++) {
        total += people[i].age;
        if (people[i].age > oldest)
            oldest = people[i].age;
    }
    double sx = 0.0;
    for (int i = 0; i < COUNT; i++)
        sx += points[i].x - points[i].y;

    char text[32];
    format_float(text, sizeof text, sx);
    printf("%d %lld %d %s\n", COUNT, total, oldest, text);
    free(points);
    free(people);
    return 0;
}
