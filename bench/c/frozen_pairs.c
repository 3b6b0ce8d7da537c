/* frozen_pairs.c -- the hand-written C counterpart of
 * bench/programs/frozen_pairs.py.
 *
 * A million pairs of doubles in one malloc'd array of structs, the limit
 * slotc's value types aim at.  Floats print in the shortest form that reads
 * back (CPython's repr). */
#include "format_float.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    double x, y;
} Pair;

static double spread(Pair p)
{
    return p.y - p.x;
}

int main(void)
{
    enum { LIMIT = 1000000 };
    Pair *pairs = malloc(LIMIT * sizeof *pairs);
    if (pairs == NULL) {
        fputs("frozen_pairs: out of memory\n", stderr);
        return 1;
    }
    for (int i = 0; i < LIMIT; i++)
        pairs[i] = (Pair){i * 0.5, i * 0.75};
    double total = 0.0;
    Pair widest = {0.0, 0.0};
    for (int i = 0; i < LIMIT; i++) {
        total += spread(pairs[i]);
        if (spread(pairs[i]) > spread(widest))
            widest = pairs[i];
    }
    char t[40], x[40], y[40];
    format_float(t, sizeof t, total);
    format_float(x, sizeof x, widest.x);
    format_float(y, sizeof y, widest.y);
    printf("%d %s Pair(x=%s, y=%s)\n", LIMIT, t, x, y);
    free(pairs);
    return 0;
}
