/* crowd.c -- the hand-written C counterpart of acceptance/crowd.py.
 *
 * A million people and a million points alive at once, each an element of
 * one malloc'd array of structs: what a careful C programmer would write,
 * and so the limit bench/peers measures slotc against.  It prints what
 * CPython prints, the float in the shortest form that reads back (repr). */
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

/* Writes d into out as CPython's repr(float) does: the fewest significant
 * digits that read back as d, in fixed notation when the decimal point falls
 * within 16 digits left or 4 zeros right of them, else in scientific
 * notation with a signed exponent of at least two digits. */
static void format_float(char *out, size_t size, double d)
{
    if (isnan(d) || isinf(d)) {
        snprintf(out, size, "%s", isnan(d) ? "nan" : d < 0 ? "-inf" : "inf");
        return;
    }
    char sci[40];
    for (int precision = 0; precision < 17; precision++) {
        snprintf(sci, sizeof sci, "%.*e", precision, d);
        if (strtod(sci, NULL) == d)
            break;
    }
    const char *p = sci;
    const char *sign = "";
    if (*p == '-') {
        sign = "-";
        p++;
    }
    char digits[24];
    int n = 0;
    for (; *p != 'e'; p++)
        if (*p != '.')
            digits[n++] = *p;
    digits[n] = '\0';
    int point = atoi(p + 1) + 1; /* d = 0.DIGITS times 10 to the point */
    if (point > -4 && point <= 16) {
        if (point <= 0)
            snprintf(out, size, "%s0.%.*s%s", sign, -point, "000", digits);
        else if (point >= n)
            snprintf(out, size, "%s%s%.*s.0", sign, digits, point - n, "000000000000000");
        else
            snprintf(out, size, "%s%.*s.%s", sign, point, digits, digits + point);
    } else {
        snprintf(out, size, "%s%c%s%se%+03d", sign, digits[0], n > 1 ? "." : "", digits + 1, point - 1);
    }
}

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
