/*
 * math.c - Python's math module functions, with CPython's errors.
 *
 * The C library computes; this file decides what CPython would raise.
 * CPython's rule (math_1 in Modules/mathmodule.c): a NaN result from a
 * non-NaN argument is "math domain error" (ValueError); an infinite result
 * from a finite argument is "math range error" (OverflowError) when the
 * function can overflow, and a domain error otherwise (log(0)).
 */
#include "slot_internal.h"

#include <math.h>

static double math__check(double result, double x, bool can_overflow)
{
    if (isnan(result) && !isnan(x))
        slot_raise(SLOT_VALUE_ERROR, "math domain error");
    if (isinf(result) && isfinite(x)) {
        if (can_overflow)
            slot_raise(SLOT_OVERFLOW_ERROR, "math range error");
        slot_raise(SLOT_VALUE_ERROR, "math domain error");
    }
    return result;
}

double slot_math_sqrt(double x)
{
    return math__check(sqrt(x), x, false);
}

double slot_math_exp(double x)
{
    return math__check(exp(x), x, true);
}

double slot_math_log(double x)
{
    if (x <= 0.0) /* log(0) is -inf in C, an error in Python */
        slot_raise(SLOT_VALUE_ERROR, "math domain error");
    return math__check(log(x), x, false);
}

double slot_math_sin(double x)
{
    return math__check(sin(x), x, false);
}

double slot_math_cos(double x)
{
    return math__check(cos(x), x, false);
}

double slot_math_tan(double x)
{
    return math__check(tan(x), x, false);
}

int64_t slot_math_floor(double x)
{
    return slot_float_to_int(floor(x));
}

int64_t slot_math_ceil(double x)
{
    return slot_float_to_int(ceil(x));
}
