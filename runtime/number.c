/*
 * number.c - Python's arithmetic on int64_t and double, and Python's hashes.
 *
 * C and Python disagree on the edges of arithmetic: C truncates integer
 * division toward zero where Python floors, C's % takes the dividend's sign
 * where Python's takes the divisor's, C divides by zero silently, and C's
 * int / int is not a float.  Each function here does what CPython 3.11 does
 * for the values int64_t and double can hold, raising CPython's exception
 * with CPython's words where CPython raises.  Python ints are unbounded;
 * slotc's are int64_t, so a result that would not fit raises
 * OverflowError("integer overflow") instead of wrapping.
 *
 * The float algorithms (float_rem, float_floor_div, float_pow) follow the
 * structure of CPython's Objects/floatobject.c so that signed zeros,
 * infinities and NaNs come out the same.  One deliberate difference: a
 * negative float raised to a non-integer power is a complex number in
 * CPython; slotc has no complex type, so it raises
 * ValueError("math domain error"), which is what math.pow says.
 *
 * The hashes are CPython's (Python/pyhash.c, Objects/tupleobject.c), so a
 * program that prints hash() of an int, a float or a tuple prints what
 * CPython prints.  NaN hashes to 0: CPython 3.10+ hashes a NaN by identity,
 * which has no unboxed equivalent.
 */
#include "slot_internal.h"

#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

/* ---- int ---------------------------------------------------------------- */

int64_t slot_int_floordiv(int64_t a, int64_t b)
{
    if (b == 0)
        slot_raise(SLOT_ZERO_DIVISION_ERROR, "integer division or modulo by zero");
    if (a == INT64_MIN && b == -1)
        slot_raise(SLOT_OVERFLOW_ERROR, "integer overflow");
    int64_t q = a / b;
    /* C truncated toward zero; step down when the remainder's sign differs
     * from the divisor's. */
    if (a % b != 0 && ((a % b < 0) != (b < 0)))
        q--;
    return q;
}

int64_t slot_int_mod(int64_t a, int64_t b)
{
    if (b == 0)
        slot_raise(SLOT_ZERO_DIVISION_ERROR, "integer modulo by zero");
    if (b == -1)
        return 0; /* INT64_MIN % -1 is undefined in C */
    int64_t r = a % b;
    if (r != 0 && ((r < 0) != (b < 0)))
        r += b;
    return r;
}

/* Square and multiply.  The base is squared only while exponent bits remain,
 * and a square that overflows means the full power overflows too: the
 * result's magnitude is at least that square's, and a perfect square cannot
 * be the one representable magnitude beyond INT64_MAX (2**63).
 * A negative exponent is the caller's bug (emitted code turns a ** b with
 * b < 0 into a float power), so it aborts rather than raise. */
int64_t slot_int_pow(int64_t a, int64_t b)
{
    if (b < 0)
        slot_raise(SLOT_VALUE_ERROR,
                   "negative exponent %lld: in slotc int ** int is an int (write float(x) ** y "
                   "for a float power)",
                   (long long)b);
    int64_t result = 1;
    int64_t base = a;
    while (b > 0) {
        if (b & 1)
            result = slot_int_mul(result, base);
        b >>= 1;
        if (b > 0)
            base = slot_int_mul(base, base);
    }
    return result;
}

/* Bit length of a nonzero value. */
static int number__bit_length(uint64_t v)
{
    return 64 - __builtin_clzll(v);
}

/* |a| / |b| correctly rounded, both nonzero.  Below 2**53 both convert
 * exactly and one IEEE division rounds correctly.  Otherwise the quotient
 * a * 2**shift / b is taken in integers, a bit at a time, to at least 56
 * significant bits (at most 57, so it fits in 64), the remainder is folded
 * into a sticky low bit, and the conversion to double does the single
 * rounding, as CPython's long_true_divide does. */
static double number__udiv_rounded(uint64_t a, uint64_t b)
{
    const uint64_t exact = (uint64_t)1 << 53;
    if (a <= exact && b <= exact)
        return (double)a / (double)b;
    int shift = 56 + number__bit_length(b) - number__bit_length(a);
    if (shift < 0)
        shift = 0;
    uint64_t q = a / b;
    uint64_t r = a % b;
    for (int i = 0; i < shift; i++) {
        /* r < b: doubling it may not fit, so compare against b - r */
        bool bit = r >= b - r;
        r = bit ? r - (b - r) : 2 * r;
        q = q << 1 | bit;
    }
    if (r != 0)
        q |= 1;
    return ldexp((double)q, -shift);
}

double slot_int_truediv(int64_t a, int64_t b)
{
    if (b == 0)
        slot_raise(SLOT_ZERO_DIVISION_ERROR, "division by zero");
    if (a == 0)
        return b < 0 ? -0.0 : 0.0; /* 0 / -5 is -0.0, as in CPython */
    uint64_t ua = a < 0 ? 0 - (uint64_t)a : (uint64_t)a;
    uint64_t ub = b < 0 ? 0 - (uint64_t)b : (uint64_t)b;
    double q = number__udiv_rounded(ua, ub);
    return (a < 0) != (b < 0) ? -q : q;
}

int64_t slot_int_abs(int64_t a)
{
    if (a == INT64_MIN)
        slot_raise(SLOT_OVERFLOW_ERROR, "integer overflow");
    return a < 0 ? -a : a;
}

/* ---- float -------------------------------------------------------------- */

double slot_float_div(double a, double b)
{
    if (b == 0.0)
        slot_raise(SLOT_ZERO_DIVISION_ERROR, "float division by zero");
    return a / b;
}

/* fmod's remainder moved into the divisor's sign; a zero remainder takes
 * the divisor's sign too (CPython's float_rem). */
static double number__float_rem(double a, double b)
{
    double mod = fmod(a, b);
    if (mod != 0.0) {
        if ((b < 0) != (mod < 0))
            mod += b;
    } else {
        mod = copysign(0.0, b);
    }
    return mod;
}

double slot_float_mod(double a, double b)
{
    if (b == 0.0)
        slot_raise(SLOT_ZERO_DIVISION_ERROR, "float modulo");
    return number__float_rem(a, b);
}

/* CPython's _float_div_mod, quotient half: (a - fmod(a, b)) / b is exact up
 * to rounding, adjusted down when the remainder changed sign, then snapped
 * to the nearest integer; a zero quotient gets the sign of a / b. */
double slot_float_floordiv(double a, double b)
{
    if (b == 0.0)
        slot_raise(SLOT_ZERO_DIVISION_ERROR, "float floor division by zero");
    double mod = fmod(a, b);
    double div = (a - mod) / b;
    if (mod != 0.0 && ((b < 0) != (mod < 0)))
        div -= 1.0;
    if (div == 0.0)
        return copysign(0.0, a / b);
    double floordiv = floor(div);
    if (div - floordiv > 0.5)
        floordiv += 1.0;
    return floordiv;
}

/* True when x is an odd integer (CPython's DOUBLE_IS_ODD_INTEGER). */
static bool number__is_odd_integer(double x)
{
    return fmod(fabs(x), 2.0) == 1.0;
}

/* a ** b where a or b is infinite or NaN, or a is zero: the special cases
 * of CPython's float_pow, answered without calling pow(). */
static double number__pow_special(double a, double b)
{
    if (isnan(a))
        return b == 0.0 ? 1.0 : a;
    if (isnan(b))
        return a == 1.0 ? 1.0 : b;
    if (isinf(b)) {
        double m = fabs(a);
        if (m == 1.0)
            return 1.0;
        return (b > 0) == (m > 1.0) ? fabs(b) : 0.0;
    }
    bool odd = number__is_odd_integer(b);
    if (isinf(a)) {
        if (b > 0)
            return odd ? a : fabs(a);
        return odd ? copysign(0.0, a) : 0.0;
    }
    /* a is a zero */
    if (b < 0)
        slot_raise(SLOT_ZERO_DIVISION_ERROR, "0.0 cannot be raised to a negative power");
    return odd ? a : 0.0;
}

double slot_float_pow(double a, double b)
{
    if (b == 0.0)
        return 1.0;
    if (!isfinite(a) || !isfinite(b) || a == 0.0)
        return number__pow_special(a, b);
    bool negate = false;
    if (a < 0.0) {
        if (b != floor(b))
            slot_raise(SLOT_VALUE_ERROR, "math domain error");
        a = -a;
        negate = number__is_odd_integer(b);
    }
    if (a == 1.0)
        return negate ? -1.0 : 1.0;
    double r = pow(a, b);
    if (isinf(r))
        slot_raise(SLOT_OVERFLOW_ERROR, "(34, 'Numerical result out of range')");
    return negate ? -r : r;
}

int64_t slot_float_to_int(double x)
{
    if (isnan(x))
        slot_raise(SLOT_VALUE_ERROR, "cannot convert float NaN to integer");
    if (isinf(x))
        slot_raise(SLOT_OVERFLOW_ERROR, "cannot convert float infinity to integer");
    double t = trunc(x);
    /* int64_t holds exactly [-2**63, 2**63). */
    if (t < -9223372036854775808.0 || t >= 9223372036854775808.0)
        slot_raise(SLOT_OVERFLOW_ERROR, "integer overflow");
    return (int64_t)t;
}

/* ---- hashes ------------------------------------------------------------- */

/* CPython reduces numbers modulo the Mersenne prime 2**61 - 1, so that equal
 * ints and floats hash alike. */
#define HASH_BITS    61
#define HASH_MODULUS (((uint64_t)1 << HASH_BITS) - 1)
#define HASH_INF     314159

/* -1 is the C API's error value, so no hash is ever -1. */
static int64_t number__not_minus_one(int64_t h)
{
    return h == -1 ? -2 : h;
}

int64_t slot_hash_returned(int64_t h)
{
    return number__not_minus_one(h);
}

int64_t slot_hash_int(int64_t v)
{
    uint64_t magnitude = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
    int64_t h = (int64_t)(magnitude % HASH_MODULUS);
    return number__not_minus_one(v < 0 ? -h : h);
}

/* Rotates a HASH_BITS-bit residue left by e bits: multiplying by 2**e
 * modulo 2**61 - 1. */
static uint64_t number__hash_rotate(uint64_t x, int e)
{
    if (e == 0)
        return x;
    return ((x << e) & HASH_MODULUS) | x >> (HASH_BITS - e);
}

/* CPython's _Py_HashDouble: the mantissa is consumed 28 bits at a time into
 * a residue modulo 2**61 - 1, then the binary exponent is applied as a
 * rotation, giving m * 2**e mod P for the exact rational value of v. */
int64_t slot_hash_float(double v)
{
    if (isinf(v))
        return v > 0 ? HASH_INF : -HASH_INF;
    if (isnan(v))
        return 0;
    int e;
    double m = frexp(v, &e);
    bool negative = m < 0;
    if (negative)
        m = -m;
    uint64_t x = 0;
    while (m != 0.0) {
        x = number__hash_rotate(x, 28);
        m *= 268435456.0; /* 2**28 */
        e -= 28;
        uint64_t y = (uint64_t)m;
        m -= (double)y;
        x += y;
        if (x >= HASH_MODULUS)
            x -= HASH_MODULUS;
    }
    e = e >= 0 ? e % HASH_BITS : HASH_BITS - 1 - ((-1 - e) % HASH_BITS);
    x = number__hash_rotate(x, e);
    int64_t h = negative ? -(int64_t)x : (int64_t)x;
    return number__not_minus_one(h);
}

/* CPython 3.8+ tuplehash, a reduced xxHash64 over the item hashes. */
#define XXPRIME_1 11400714785074694791u
#define XXPRIME_2 14029467366897019727u
#define XXPRIME_5 2870177450012600261u

/* One item's step of CPython's tuple hash. */
static uint64_t number__hash_step(uint64_t acc, int64_t item_hash)
{
    acc += (uint64_t)item_hash * XXPRIME_2;
    acc = (acc << 31) | (acc >> 33);
    return acc * XXPRIME_1;
}

/* The end of CPython's tuple hash, after n items. */
static int64_t number__hash_end(uint64_t acc, size_t n)
{
    acc += (uint64_t)n ^ (XXPRIME_5 ^ 3527539u);
    if (acc == UINT64_MAX)
        return 1546275796;
    return (int64_t)acc;
}

int64_t slot_hash_tuple(size_t n, const int64_t *item_hashes)
{
    uint64_t acc = XXPRIME_5;
    for (size_t i = 0; i < n; i++)
        acc = number__hash_step(acc, item_hashes[i]);
    return number__hash_end(acc, n);
}

int64_t slot_tuple_hash(const slot_tuple *self, slot_hash_fn hash)
{
    uint64_t acc = XXPRIME_5;
    for (int64_t i = 0; i < self->len; i++)
        acc = number__hash_step(acc, hash(self->items + (size_t)i * (size_t)self->item_size));
    return number__hash_end(acc, (size_t)self->len);
}

/* CPython hashes an object by its address rotated right by 4 bits (the low
 * bits of an aligned address are always zero). */
int64_t slot_hash_pointer(const void *p)
{
    uintptr_t v = (uintptr_t)p;
    int64_t h = (int64_t)((v >> 4) | (v << (8 * sizeof v - 4)));
    return h == -1 ? -2 : h;
}

int64_t slot_hash_unhashable(const char *type)
{
    slot_raise(SLOT_TYPE_ERROR, "unhashable type: '%s'", type);
}

/* The count of items from start towards stop by step, in unsigned
 * arithmetic: the distance between two int64_t values can exceed INT64_MAX. */
slot_range slot_range_new(int64_t start, int64_t stop, int64_t step)
{
    if (step == 0)
        slot_raise(SLOT_VALUE_ERROR, "range() arg 3 must not be zero");
    return (slot_range){start, stop, step};
}

int64_t slot_range_at(slot_range r, int64_t i)
{
    int64_t n = slot_range_len(r.start, r.stop, r.step);
    int64_t k = i < 0 ? i + n : i;
    if (k < 0 || k >= n)
        slot_raise(SLOT_INDEX_ERROR, "range object index out of range");
    return slot_range_item(r.start, r.step, k);
}

int64_t slot_range_count(slot_range r)
{
    return slot_range_len(r.start, r.stop, r.step);
}

bool slot_range_eq(slot_range r, slot_range s)
{
    int64_t n = slot_range_count(r);
    if (n != slot_range_count(s))
        return false;
    return n == 0 || (r.start == s.start && (n == 1 || r.step == s.step));
}

void slot_repr_range(slot_buf *out, const void *item)
{
    slot_buf_range(out, *(const slot_range *)item);
}

bool slot_eq_range(const void *a, const void *b)
{
    return slot_range_eq(*(const slot_range *)a, *(const slot_range *)b);
}

bool slot_range_contains(slot_range r, int64_t x)
{
    bool inside = r.step > 0 ? r.start <= x && x < r.stop : r.stop < x && x <= r.start;
    uint64_t offset = r.step > 0 ? (uint64_t)x - (uint64_t)r.start : (uint64_t)r.start - (uint64_t)x;
    uint64_t step = r.step > 0 ? (uint64_t)r.step : 0 - (uint64_t)r.step;
    return inside && offset % step == 0;
}

void slot_buf_range(slot_buf *out, slot_range r)
{
    slot_buf_cstr(out, "range(");
    slot_buf_int(out, r.start);
    slot_buf_cstr(out, ", ");
    slot_buf_int(out, r.stop);
    if (r.step != 1) {
        slot_buf_cstr(out, ", ");
        slot_buf_int(out, r.step);
    }
    slot_buf_char(out, ')');
}

int64_t slot_range_len(int64_t start, int64_t stop, int64_t step)
{
    if (step == 0)
        slot_raise(SLOT_VALUE_ERROR, "range() arg 3 must not be zero");
    uint64_t n;
    if (step > 0)
        n = start < stop ? ((uint64_t)stop - (uint64_t)start - 1) / (uint64_t)step + 1 : 0;
    else
        n = start > stop ? ((uint64_t)start - (uint64_t)stop - 1) / (0 - (uint64_t)step) + 1 : 0;
    if (n > INT64_MAX)
        slot_raise(SLOT_OVERFLOW_ERROR, "Python int too large to convert to C ssize_t");
    return (int64_t)n;
}

int64_t slot_int_lshift(int64_t a, int64_t b)
{
    if (b < 0)
        slot_raise(SLOT_VALUE_ERROR, "negative shift count");
    if (a == 0)
        return 0;
    /* a fits after the shift when shifting back gives a again */
    if (b >= 63 || (int64_t)((uint64_t)a << b) >> b != a)
        slot_raise(SLOT_OVERFLOW_ERROR, "integer overflow");
    return (int64_t)((uint64_t)a << b);
}

int64_t slot_int_narrow(int64_t v, int64_t lo, int64_t hi, const char *field)
{
    if (v < lo || v > hi)
        slot_raise(SLOT_OVERFLOW_ERROR, "%" PRId64 " does not fit in %s, whose values are %" PRId64 "..%" PRId64, v,
                   field, lo, hi);
    return v;
}

int64_t slot_int_rshift(int64_t a, int64_t b)
{
    if (b < 0)
        slot_raise(SLOT_VALUE_ERROR, "negative shift count");
    if (b >= 64)
        return a < 0 ? -1 : 0;
    /* arithmetic shift, floor division by 2**b, without relying on the
     * implementation-defined >> of negative values */
    return a < 0 ? ~(int64_t)((uint64_t)~a >> b) : (int64_t)((uint64_t)a >> b);
}

/* round(x): the nearest int, ties to even, as CPython's float.__round__;
 * NaN and the infinities raise as int(x) does. */
int64_t slot_float_round(double x)
{
    return slot_float_to_int(nearbyint(x)); /* the default rounding mode: ties to even */
}

/* round(x, n): x correctly rounded to n decimal digits (ties to even on the
 * exact binary value, which is what CPython's dtoa-based rounding does);
 * printf rounds exactly that way. */
double slot_float_round_digits(double x, int64_t n)
{
    if (!isfinite(x) || n > 323)
        return x;
    if (n < -308)
        return 0.0 * x;
    char text[400];
    if (n >= 0) {
        snprintf(text, sizeof text, "%.*f", (int)n, x);
        return strtod(text, NULL);
    }
    double scale = pow(10.0, (double)-n); /* round(1234.5, -2) == 1200.0 */
    snprintf(text, sizeof text, "%.0f", x / scale);
    double r = strtod(text, NULL) * scale;
    return r == 0.0 ? 0.0 * x : r;
}
