/*
 * float_text.c - str() and repr() of a float, digit for digit CPython's.
 *
 * CPython prints the shortest decimal that reads back as the same double
 * (David Gay's mode 0), laid out by format code 'r': scientific notation
 * when the decimal exponent is below -4 or at least 16 ("1e-05", "1e+16",
 * "1.5e-07"), fixed notation otherwise with at least one digit after the
 * point ("1.0", "100.0", "0.30000000000000004").
 *
 * Instead of porting dtoa.c, the digits come from the C library: printf's
 * %.*e is correctly rounded, so trying 1, 2, ... 17 significant digits and
 * keeping the first that strtod maps back to the same double yields the
 * shortest round-tripping digits, and the nearest ones, which are the
 * digits Gay's algorithm picks (with one twist at powers of two, see
 * float__shortest).
 *
 * Nothing here depends on the locale: the digits are picked out of printf's
 * output without looking at its decimal point, the round-trip check hands
 * strtod an integer mantissa and an exponent ("15e-1") that no locale reads
 * differently, and the layout is done by hand.
 */
#include "slot_internal.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Significant digits of a double: at most 17, plus a NUL. */
typedef struct float_digits {
    char digits[18];
    int count;    /* how many digits */
    int exponent; /* decimal exponent of the first digit */
} float_digits;

/* Reads printf's "d.ddde+XX" (whatever the radix character) into out. */
static void float__parse_e(const char *text, float_digits *out)
{
    out->count = 0;
    for (; *text && *text != 'e'; text++) {
        if (*text >= '0' && *text <= '9' && out->count < 17)
            out->digits[out->count++] = *text;
    }
    out->digits[out->count] = '\0';
    int sign = 1;
    int exponent = 0;
    if (*text == 'e')
        text++;
    if (*text == '-' || *text == '+')
        sign = *text++ == '-' ? -1 : 1;
    for (; *text >= '0' && *text <= '9'; text++)
        exponent = exponent * 10 + (*text - '0');
    out->exponent = sign * exponent;
}

/* The double nearest to the digits, read back by strtod. */
static double float__value(const float_digits *d)
{
    char text[40];
    snprintf(text, sizeof text, "%se%d", d->digits, d->exponent - d->count + 1);
    return strtod(text, NULL);
}

/* Adds one unit in the last digit, carrying ("0999" style runs become
 * "1" with a higher exponent). */
static void float__next_up(float_digits *d)
{
    int i = d->count - 1;
    while (i >= 0 && d->digits[i] == '9')
        i--;
    if (i < 0) {
        d->digits[0] = '1';
        d->count = 1;
        d->exponent++;
    } else {
        d->digits[i]++;
        d->count = i + 1;
    }
    d->digits[d->count] = '\0';
}

/* The shortest digits that read back as v (finite and positive), nearest
 * to v among those.  At each length the correctly rounded digits are the
 * nearest candidate; when v is a power of two the doubles below it are
 * twice as close as those above, so a candidate just below v may miss
 * while the next one up, farther away but on the wide side, reads back.
 * Trailing zeros are dropped. */
static void float__shortest(double v, float_digits *out)
{
    char text[40];
    for (int precision = 0; precision < 17; precision++) {
        snprintf(text, sizeof text, "%.*e", precision, v);
        float__parse_e(text, out);
        double back = float__value(out);
        if (back == v)
            break;
        if (back < v) {
            float_digits up = *out;
            float__next_up(&up);
            if (float__value(&up) == v) {
                *out = up;
                break;
            }
        }
    }
    while (out->count > 1 && out->digits[out->count - 1] == '0')
        out->digits[--out->count] = '\0';
}

/* d.ddde+XX: at least two exponent digits, no point for one digit. */
static void float__scientific(slot_buf *buf, const float_digits *d)
{
    char text[8];
    slot_buf_char(buf, d->digits[0]);
    if (d->count > 1) {
        slot_buf_char(buf, '.');
        slot_buf_bytes(buf, d->digits + 1, (size_t)d->count - 1);
    }
    int e = d->exponent;
    int n = snprintf(text, sizeof text, "e%c%02d", e < 0 ? '-' : '+', e < 0 ? -e : e);
    slot_buf_bytes(buf, text, (size_t)n);
}

/* Appends n zero digits. */
static void float__zeros(slot_buf *buf, int n)
{
    for (int i = 0; i < n; i++)
        slot_buf_char(buf, '0');
}

/* ddd.ddd with at least one digit on each side of the point. */
static void float__fixed(slot_buf *buf, const float_digits *d)
{
    int point = d->exponent + 1; /* digits before the point */
    if (point <= 0) {
        slot_buf_cstr(buf, "0.");
        float__zeros(buf, -point);
        slot_buf_bytes(buf, d->digits, (size_t)d->count);
    } else if (point >= d->count) {
        slot_buf_bytes(buf, d->digits, (size_t)d->count);
        float__zeros(buf, point - d->count);
        slot_buf_cstr(buf, ".0");
    } else {
        slot_buf_bytes(buf, d->digits, (size_t)point);
        slot_buf_char(buf, '.');
        slot_buf_bytes(buf, d->digits + point, (size_t)(d->count - point));
    }
}

void slot_buf_float(slot_buf *self, double v)
{
    if (isnan(v)) {
        slot_buf_cstr(self, "nan");
        return;
    }
    if (signbit(v))
        slot_buf_char(self, '-');
    v = fabs(v);
    if (isinf(v)) {
        slot_buf_cstr(self, "inf");
        return;
    }
    float_digits d = {"0", 1, 0};
    if (v != 0.0)
        float__shortest(v, &d);
    if (d.exponent < -4 || d.exponent >= 16)
        float__scientific(self, &d);
    else
        float__fixed(self, &d);
}

/* New string owned by the collector. */
const slot_str *slot_str_from_float(double v)
{
    slot_buf buf;
    slot_buf_init(&buf);
    slot_buf_float(&buf, v);
    return slot_buf_take(&buf);
}
