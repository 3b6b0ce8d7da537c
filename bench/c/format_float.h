/* format_float.h -- CPython's repr(float) for the hand-written C programs
 * of bench/c/, each of which includes it (they are compiled one file at a
 * time, so it is a header of static functions). */
#ifndef FORMAT_FLOAT_H
#define FORMAT_FLOAT_H

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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

#endif
