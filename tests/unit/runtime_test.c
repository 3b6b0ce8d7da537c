/*
 * runtime_test.c - unit tests for libslot, checked against CPython 3.11.
 *
 * Every expected value in this file is what python3 prints for the same
 * expression, so a failure here is a place where emitted code would print
 * something CPython does not.  The tests cover the parts with the most room
 * for error: float text, Python's integer and float division, the hashes,
 * string repr and case mappings (Unicode, beyond ASCII), and the list and
 * tuple operations the generator relies on.
 *
 * A raised exception ends the process, so those tests declare
 * .exit_code = 1 and check stderr from an atexit handler (the test body never
 * returns).  The same file is built twice, against the collector runtime and
 * against the arena runtime.
 */
#define _POSIX_C_SOURCE 200809L

#include "unit.h"

#include <criterion/criterion.h>
#include <criterion/parameterized.h>
#include <criterion/redirect.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

/* ---- helpers ------------------------------------------------------------ */

/* The text of a float, through slot_buf_float. */
static const char *float_text(double v)
{
    slot_buf b;
    slot_buf_init(&b);
    slot_buf_float(&b, v);
    return slot_buf_take(&b)->data;
}

/* repr() of a string given as C text. */
static const char *str_repr(const char *text)
{
    slot_buf b;
    slot_buf_init(&b);
    slot_buf_str_repr(&b, slot_str_from_cstr(text));
    return slot_buf_take(&b)->data;
}

static slot_list *int_list(int64_t n, const int64_t *items)
{
    return slot_list_from(sizeof(int64_t), true, n, items);
}

/* ---- float repr --------------------------------------------------------- */

/* Parameters are copied into each test's process, so text is held inline
 * rather than pointed to. */
struct float_case {
    double value;
    char text[32];
};

ParameterizedTestParameters(float_repr, matches_cpython)
{
    static struct float_case cases[] = {
        {1e16, "1e+16"},
        {1e-5, "1e-05"},
        {1.5e-7, "1.5e-07"},
        {1.2345678901234568e+17, "1.2345678901234568e+17"},
        {1e22, "1e+22"},
        {1.0, "1.0"},
        {0.1 + 0.2, "0.30000000000000004"},
        {100.0, "100.0"},
        {123456.789, "123456.789"},
        {-0.0, "-0.0"},
        {0.0, "0.0"},
        {0.1, "0.1"},
        {1.0 / 3.0, "0.3333333333333333"},
        {1e-4, "0.0001"},
        {1e15, "1000000000000000.0"},
        {9999999999999998.0, "9999999999999998.0"},
        {9999999999999999.0, "1e+16"},
        {5e-324, "5e-324"},
        {1.7976931348623157e+308, "1.7976931348623157e+308"},
        {2.5, "2.5"},
        {-1.5, "-1.5"},
        {1e100, "1e+100"},
        {0.5, "0.5"},
        {1e-7, "1e-07"},
        {12345678.9, "12345678.9"},
        {9223372036854775808.0, "9.223372036854776e+18"},
        {0.001, "0.001"},
        {1.1, "1.1"},
        {5.282945311356653e+269, "5.282945311356653e+269"},
        {-5.075883674631299e-116, "-5.075883674631299e-116"},
        {3.14159, "3.14159"},
        {1e-310, "1e-310"},
        {2.2250738585072014e-308, "2.2250738585072014e-308"},
        {123456789012345678.0, "1.2345678901234568e+17"},
        {0.000123, "0.000123"},
        {-1e-05, "-1e-05"},
        {1e+16 + 2.0, "1.0000000000000002e+16"},
        {4.35, "4.35"},
        {2.0 / 3.0, "0.6666666666666666"},
        {1e23, "1e+23"},
        {INFINITY, "inf"},
        {-INFINITY, "-inf"},
        {NAN, "nan"},
    };
    return cr_make_param_array(struct float_case, cases, sizeof cases / sizeof cases[0]);
}

ParameterizedTest(struct float_case *c, float_repr, matches_cpython, .init = setup)
{
    cr_assert_str_eq(float_text(c->value), c->text);
    cr_assert_str_eq(slot_str_from_float(c->value)->data, c->text);
}

Test(float_repr, list_item, .init = setup)
{
    double xs[] = {1.0, 0.5, -0.0};
    slot_list *list = slot_list_from(sizeof(double), true, 3, xs);
    slot_buf b;
    slot_buf_init(&b);
    slot_buf_list(&b, list, slot_repr_float);
    cr_assert_str_eq(slot_buf_take(&b)->data, "[1.0, 0.5, -0.0]");
}

/* ---- int arithmetic ----------------------------------------------------- */

struct divmod_case {
    int64_t a, b, floordiv, mod;
};

ParameterizedTestParameters(int_divmod, python_signs)
{
    static struct divmod_case cases[] = {
        {7, 2, 3, 1},
        {-7, 2, -4, 1},
        {7, -2, -4, -1},
        {-7, -2, 3, -1},
        {6, 3, 2, 0},
        {-6, 3, -2, 0},
        {6, -3, -2, 0},
        {0, 5, 0, 0},
        {0, -5, 0, 0},
        {1, -1, -1, 0},
        {INT64_MIN, 1, INT64_MIN, 0},
        {INT64_MIN, 3, -3074457345618258603, 1},
        {INT64_MIN, -3, 3074457345618258602, -2},
        {INT64_MAX, -1, -INT64_MAX, 0},
        {INT64_MAX, 2, 4611686018427387903, 1},
        {-1, INT64_MAX, -1, 9223372036854775806},
        {1, INT64_MIN, -1, -9223372036854775807},
    };
    return cr_make_param_array(struct divmod_case, cases, sizeof cases / sizeof cases[0]);
}

ParameterizedTest(struct divmod_case *c, int_divmod, python_signs, .init = setup)
{
    cr_assert_eq(slot_int_floordiv(c->a, c->b), c->floordiv, "%lld // %lld", (long long)c->a,
                 (long long)c->b);
    cr_assert_eq(slot_int_mod(c->a, c->b), c->mod, "%lld %% %lld", (long long)c->a,
                 (long long)c->b);
}

Test(int_divmod, min_mod_minus_one, .init = setup)
{
    cr_assert_eq(slot_int_mod(INT64_MIN, -1), 0);
}

Test(int_arith, truediv_rounds_like_cpython, .init = setup)
{
    cr_assert_str_eq(float_text(slot_int_truediv(1, 3)), "0.3333333333333333");
    cr_assert_str_eq(float_text(slot_int_truediv(0, -5)), "-0.0");
    cr_assert_str_eq(float_text(slot_int_truediv(-7, 2)), "-3.5");
    /* operands beyond 2**53: a plain double division would give 1024.0 */
    cr_assert_str_eq(float_text(slot_int_truediv(INT64_MAX, 9007199254740993)),
                     "1023.9999999999999");
    cr_assert_str_eq(float_text(slot_int_truediv(4611686018427387905, 3)),
                     "1.5372286728091292e+18");
    cr_assert_str_eq(float_text(slot_int_truediv(INT64_MIN, 7)), "-1.3176245766935393e+18");
}

Test(int_arith, pow_and_abs, .init = setup)
{
    cr_assert_eq(slot_int_pow(2, 10), 1024);
    cr_assert_eq(slot_int_pow(-3, 3), -27);
    cr_assert_eq(slot_int_pow(0, 0), 1);
    cr_assert_eq(slot_int_pow(-2, 63), INT64_MIN);
    cr_assert_eq(slot_int_pow(-1, INT64_MAX), -1);
    cr_assert_eq(slot_int_abs(-5), 5);
    cr_assert_eq(slot_int_abs(INT64_MAX), INT64_MAX);
    cr_assert_eq(slot_int_add(INT64_MAX - 1, 1), INT64_MAX);
    cr_assert_eq(slot_int_neg(INT64_MAX), -INT64_MAX);
}

/* ---- float arithmetic --------------------------------------------------- */

struct float_divmod_case {
    double a, b;
    char floordiv[32], mod[32];
};

ParameterizedTestParameters(float_divmod, python_signs)
{
    static struct float_divmod_case cases[] = {
        {0.0, -1.0, "-0.0", "-0.0"},
        {-7.0, 2.0, "-4.0", "1.0"},
        {7.0, -2.0, "-4.0", "-1.0"},
        {-0.0, 2.0, "-0.0", "0.0"},
        {0.0, -2.0, "-0.0", "-0.0"},
        {-0.0, -2.0, "0.0", "-0.0"},
        {7.5, 2.0, "3.0", "1.5"},
        {-7.5, 2.0, "-4.0", "0.5"},
        {1.0, 0.1, "9.0", "0.09999999999999995"},
        {-1.0, INFINITY, "-1.0", "inf"},
        {1.0, INFINITY, "0.0", "1.0"},
        {INFINITY, 2.0, "nan", "nan"},
    };
    return cr_make_param_array(struct float_divmod_case, cases, sizeof cases / sizeof cases[0]);
}

ParameterizedTest(struct float_divmod_case *c, float_divmod, python_signs, .init = setup)
{
    cr_assert_str_eq(float_text(slot_float_floordiv(c->a, c->b)), c->floordiv);
    cr_assert_str_eq(float_text(slot_float_mod(c->a, c->b)), c->mod);
}

struct float_pow_case {
    double a, b;
    char result[32];
};

ParameterizedTestParameters(float_pow, special_cases)
{
    static struct float_pow_case cases[] = {
        {2.0, -0.5, "0.7071067811865476"},
        {-2.0, 3.0, "-8.0"},
        {-2.0, 2.0, "4.0"},
        {2.0, 0.5, "1.4142135623730951"},
        {0.0, 0.0, "1.0"},
        {-0.0, 3.0, "-0.0"},
        {-0.0, 2.0, "0.0"},
        {INFINITY, -1.0, "0.0"},
        {-INFINITY, 3.0, "-inf"},
        {NAN, 0.0, "1.0"},
        {1.0, NAN, "1.0"},
        {0.5, INFINITY, "0.0"},
        {2.0, -INFINITY, "0.0"},
        {-1.0, INFINITY, "1.0"},
        {10.0, -400.0, "0.0"},
    };
    return cr_make_param_array(struct float_pow_case, cases, sizeof cases / sizeof cases[0]);
}

ParameterizedTest(struct float_pow_case *c, float_pow, special_cases, .init = setup)
{
    cr_assert_str_eq(float_text(slot_float_pow(c->a, c->b)), c->result);
}

Test(float_arith, div_and_to_int, .init = setup)
{
    cr_assert_str_eq(float_text(slot_float_div(1.0, 4.0)), "0.25");
    cr_assert_str_eq(float_text(slot_float_div(-1.0, INFINITY)), "-0.0");
    cr_assert_eq(slot_float_to_int(-2.9), -2);
    cr_assert_eq(slot_float_to_int(2.9), 2);
    cr_assert_eq(slot_float_to_int(-9223372036854775808.0), INT64_MIN);
}

/* ---- hashes ------------------------------------------------------------- */

Test(hash, ints_match_cpython, .init = setup)
{
    cr_assert_eq(slot_hash_int(0), 0);
    cr_assert_eq(slot_hash_int(1), 1);
    cr_assert_eq(slot_hash_int(-1), -2);
    cr_assert_eq(slot_hash_int(-2), -2);
    cr_assert_eq(slot_hash_int(2305843009213693951), 0); /* 2**61 - 1 */
    cr_assert_eq(slot_hash_int(2305843009213693952), 1); /* 2**61 */
    cr_assert_eq(slot_hash_int(INT64_MAX), 3);
    cr_assert_eq(slot_hash_int(INT64_MIN), -4);
}

Test(hash, floats_match_cpython, .init = setup)
{
    cr_assert_eq(slot_hash_float(1.5), 1152921504606846977);
    cr_assert_eq(slot_hash_float(2.0), 2);
    cr_assert_eq(slot_hash_float(-1.0), -2);
    cr_assert_eq(slot_hash_float(0.1), 230584300921369408);
    cr_assert_eq(slot_hash_float(1e300), 1224995262755759164);
    cr_assert_eq(slot_hash_float(-2.5), -1152921504606846978);
    cr_assert_eq(slot_hash_float(5e-324), 16777216);
    cr_assert_eq(slot_hash_float(INFINITY), 314159);
    cr_assert_eq(slot_hash_float(-INFINITY), -314159);
    cr_assert_eq(slot_hash_float(NAN), 0);
    /* equal numbers hash alike */
    cr_assert_eq(slot_hash_float(9223372036854775808.0 / 2), slot_hash_int(INT64_MAX / 2 + 1));
    cr_assert_eq(slot_hash_float(-3.0), slot_hash_int(-3));
}

Test(hash, tuples_match_cpython, .init = setup)
{
    int64_t one_two[] = {slot_hash_int(1), slot_hash_int(2)};
    cr_assert_eq(slot_hash_tuple(2, one_two), -3550055125485641917);
    cr_assert_eq(slot_hash_tuple(0, NULL), 5740354900026072187);
    int64_t one[] = {slot_hash_int(1)};
    cr_assert_eq(slot_hash_tuple(1, one), -6644214454873602895);
    int64_t minus_one[] = {slot_hash_int(-1)};
    cr_assert_eq(slot_hash_tuple(1, minus_one), 8078679518589016365);
    int64_t three[] = {1, 2, 3};
    cr_assert_eq(slot_hash_tuple(3, three), 529344067295497451);
    int64_t nested[] = {slot_hash_tuple(2, one_two), slot_hash_tuple(2, (int64_t[]){3, 4})};
    cr_assert_eq(slot_hash_tuple(2, nested), -1467267874458550984);
    int64_t floats[] = {slot_hash_float(1.5), slot_hash_float(2.5)};
    cr_assert_eq(slot_hash_tuple(2, floats), -1826667736619738083);
}

/* ---- str ---------------------------------------------------------------- */

struct repr_case {
    char text[16];
    char repr[32];
};

ParameterizedTestParameters(str_repr, quotes_and_escapes)
{
    static struct repr_case cases[] = {
        {"abc", "'abc'"},
        {"", "''"},
        {"it's", "\"it's\""},
        {"say \"hi\"", "'say \"hi\"'"},
        {"it's \"x\"", "'it\\'s \"x\"'"},
        {"a\\b", "'a\\\\b'"},
        {"\n\r\t", "'\\n\\r\\t'"},
        {"\x01\x1f\x7f", "'\\x01\\x1f\\x7f'"},
        {"\x1b[0m", "'\\x1b[0m'"},
        {"h\xc3\xa9llo", "'h\xc3\xa9llo'"},                         /* héllo */
        {"\xc2\x85", "'\\x85'"},                                    /* U+0085 */
        {"\xc2\x80\xc2\x9f", "'\\x80\\x9f'"},                       /* C1 controls */
        {"\xc2\xa0", "'\\xa0'"},                                    /* no-break space */
        {"\xc2\xad", "'\\xad'"},                                    /* soft hyphen */
        {"\xc2\xa1\xc3\xbf", "'\xc2\xa1\xc3\xbf'"},                 /* ¡ÿ */
        {"\xe6\x97\xa5\xe6\x9c\xac", "'\xe6\x97\xa5\xe6\x9c\xac'"}, /* 日本 */
        {"tab\there", "'tab\\there'"},
        /* Beyond U+00FF, whatever str.isprintable() rejects is escaped. */
        {"\xe2\x80\x8b", "'\\u200b'"},                     /* zero width space, Cf */
        {"\xe2\x80\xa8", "'\\u2028'"},                     /* line separator, Zl */
        {"\xef\xbb\xbf", "'\\ufeff'"},                     /* byte order mark, Cf */
        {"\xe3\x80\x80", "'\\u3000'"},                     /* ideographic space, Zs */
        {"\xee\x80\x80", "'\\ue000'"},                     /* private use, Co */
        {"\xcd\xb8", "'\\u0378'"},                         /* unassigned, Cn */
        {"\xf0\x9f\x98\x80", "'\xf0\x9f\x98\x80'"},        /* emoji, printable */
        {"\xf3\xa0\x80\x81", "'\\U000e0001'"},             /* language tag, Cf */
        {"a\xe2\x80\x83z\xc3\xa9", "'a\\u2003z\xc3\xa9'"}, /* em space among letters */
    };
    return cr_make_param_array(struct repr_case, cases, sizeof cases / sizeof cases[0]);
}

ParameterizedTest(struct repr_case *c, str_repr, quotes_and_escapes, .init = setup)
{
    cr_assert_str_eq(str_repr(c->text), c->repr);
}

Test(str, new_counts_code_points, .init = setup)
{
    const slot_str *s = slot_str_from_cstr("h\xc3\xa9llo");
    cr_assert_eq(s->len, 5);
    cr_assert_eq(s->size, 6);
    cr_assert_eq(s->data[6], '\0');
    cr_assert_eq(s->hash, slot_hash_bytes("h\xc3\xa9llo", 6));
    cr_assert_eq(slot_str_from_cstr("\xe6\x97\xa5\xe6\x9c\xac")->len, 2);
    cr_assert_eq(slot_str_new("abc", 2)->len, 2);
    cr_assert_str_eq(slot_str_new("abc", 2)->data, "ab");
    cr_assert_eq(slot_str_new(NULL, 0)->len, 0);
}

Test(str, concat, .init = setup)
{
    const slot_str *a = slot_str_from_cstr("h\xc3\xa9");
    const slot_str *b = slot_str_from_cstr("llo");
    const slot_str *ab = slot_str_concat(a, b);
    cr_assert_str_eq(ab->data, "h\xc3\xa9llo");
    cr_assert_eq(ab->len, 5);
    cr_assert_eq(ab->size, 6);
    cr_assert_eq(ab->hash, slot_hash_bytes(ab->data, 6));
    cr_assert(slot_str_eq(ab, slot_str_from_cstr("h\xc3\xa9llo")));
    const slot_str *empty = slot_str_from_cstr("");
    cr_assert(slot_str_eq(slot_str_concat(empty, b), b));
    cr_assert(slot_str_eq(slot_str_concat(a, empty), a));
}

Test(str, upper_lower_ascii, .init = setup)
{
    const slot_str *s = slot_str_from_cstr("Hello, w\xc3\xa9rld 42!");
    cr_assert_str_eq(slot_str_upper(s)->data, "HELLO, W\xc3\x89RLD 42!");
    cr_assert_str_eq(slot_str_lower(s)->data, "hello, w\xc3\xa9rld 42!");
    cr_assert_eq(slot_str_upper(s)->len, s->len);
    cr_assert_str_eq(slot_str_upper(slot_str_from_cstr("az@[`{AZ"))->data, "AZ@[`{AZ");
    cr_assert_str_eq(slot_str_lower(slot_str_from_cstr("az@[`{AZ"))->data, "az@[`{az");
}

/* text, text.upper() and text.lower(), as python3 prints them. */
struct case_mapping {
    char text[24];
    char upper[24];
    char lower[24];
};

ParameterizedTestParameters(str_case, full_mappings)
{
    static struct case_mapping cases[] = {
        /* Mappings that change the length. */
        {"gro\xc3\x9f", "GROSS", "gro\xc3\x9f"},              /* groß */
        {"\xc5\x89", "\xca\xbcN", "\xc5\x89"},                /* ŉ -> ʼN */
        {"\xef\xac\x81", "FI", "\xef\xac\x81"},               /* ﬁ ligature */
        {"\xc4\xb0", "\xc4\xb0", "i\xcc\x87"},                /* İ -> i + U+0307 */
        {"\xce\x90", "\xce\x99\xcc\x88\xcc\x81", "\xce\x90"}, /* ΐ -> three */
        /* Final sigma: Σ ends a word after a cased letter, skipping
         * case-ignorable code points (' and combining marks). */
        {"\xce\xa3", "\xce\xa3", "\xcf\x83"}, /* Σ alone -> σ */
        /* ΟΔΟΣ -> οδος */
        {"\xce\x9f\xce\x94\xce\x9f\xce\xa3", "\xce\x9f\xce\x94\xce\x9f\xce\xa3",
         "\xce\xbf\xce\xb4\xce\xbf\xcf\x82"},
        /* ΑΣ Β -> ας β */
        {"\xce\x91\xce\xa3 \xce\x92", "\xce\x91\xce\xa3 \xce\x92",
         "\xce\xb1\xcf\x82 \xce\xb2"},
        {"\xce\x91\xce\xa3'", "\xce\x91\xce\xa3'", "\xce\xb1\xcf\x82'"}, /* ΑΣ' -> ας' */
        {"\xce\x91'\xce\xa3", "\xce\x91'\xce\xa3", "\xce\xb1'\xcf\x82"}, /* Α'Σ -> α'ς */
        {"\xce\xa3\xce\x91", "\xce\xa3\xce\x91", "\xcf\x83\xce\xb1"},    /* ΣΑ -> σα */
        {"1\xce\xa3", "1\xce\xa3", "1\xcf\x83"},                         /* 1Σ -> 1σ */
        /* ΑΣ + U+0301 */
        {"\xce\x91\xce\xa3\xcc\x81", "\xce\x91\xce\xa3\xcc\x81",
         "\xce\xb1\xcf\x82\xcc\x81"},
        /* Other scripts: Привет (Cyrillic). */
        {"\xd0\x9f\xd1\x80\xd0\xb8\xd0\xb2\xd0\xb5\xd1\x82",
         "\xd0\x9f\xd0\xa0\xd0\x98\xd0\x92\xd0\x95\xd0\xa2",
         "\xd0\xbf\xd1\x80\xd0\xb8\xd0\xb2\xd0\xb5\xd1\x82"},
        /* Georgian აბ -> Mtavruli */
        {"\xe1\x83\x90\xe1\x83\x91", "\xe1\xb2\x90\xe1\xb2\x91",
         "\xe1\x83\x90\xe1\x83\x91"},
        /* Ⴀ Ა lowered */
        {"\xe1\x82\xa0\xe1\xb2\x90", "\xe1\x82\xa0\xe1\xb2\x90",
         "\xe2\xb4\x80\xe1\x83\x90"},
        /* Cherokee U+13A0 U+13F5 U+AB70 U+13F8 */
        {"\xe1\x8e\xa0\xe1\x8f\xb5\xea\xad\xb0\xe1\x8f\xb8",
         "\xe1\x8e\xa0\xe1\x8f\xb5\xe1\x8e\xa0\xe1\x8f\xb0",
         "\xea\xad\xb0\xe1\x8f\xbd\xea\xad\xb0\xe1\x8f\xb8"},
        /* Deseret, four bytes */
        {"\xf0\x90\x90\xa8\xf0\x90\x90\x80", "\xf0\x90\x90\x80\xf0\x90\x90\x80",
         "\xf0\x90\x90\xa8\xf0\x90\x90\xa8"},
    };
    return cr_make_param_array(struct case_mapping, cases, sizeof cases / sizeof cases[0]);
}

/* The results are whole strings: bytes, code point count and hash agree
 * with the expected text. */
ParameterizedTest(struct case_mapping *c, str_case, full_mappings, .init = setup)
{
    const slot_str *text = slot_str_from_cstr(c->text);
    const slot_str *upper = slot_str_upper(text);
    const slot_str *lower = slot_str_lower(text);
    cr_assert_str_eq(upper->data, c->upper);
    cr_assert_str_eq(lower->data, c->lower);
    cr_assert(slot_str_eq(upper, slot_str_from_cstr(c->upper)));
    cr_assert(slot_str_eq(lower, slot_str_from_cstr(c->lower)));
    cr_assert_eq(upper->len, slot_str_from_cstr(c->upper)->len);
    cr_assert_eq(lower->len, slot_str_from_cstr(c->lower)->len);
}

Test(str, eq_cmp_contains, .init = setup)
{
    const slot_str *abc = slot_str_from_cstr("abc");
    const slot_str *abd = slot_str_from_cstr("abd");
    const slot_str *ab = slot_str_from_cstr("ab");
    const slot_str *empty = slot_str_from_cstr("");
    const slot_str *lit = SLOT_STR(3, 3, slot_hash_bytes("abc", 3), "abc");
    cr_assert(slot_str_eq(abc, lit));
    cr_assert_not(slot_str_eq(abc, abd));
    cr_assert_lt(slot_str_cmp(abc, abd), 0);
    cr_assert_gt(slot_str_cmp(abc, ab), 0);
    cr_assert_lt(slot_str_cmp(empty, ab), 0);
    cr_assert_eq(slot_str_cmp(abc, lit), 0);
    /* code point order: U+00E9 sorts after every ASCII letter */
    cr_assert_gt(slot_str_cmp(slot_str_from_cstr("\xc3\xa9"), slot_str_from_cstr("z")), 0);
    cr_assert(slot_str_contains(abc, empty));
    cr_assert(slot_str_contains(empty, empty));
    cr_assert(slot_str_contains(abc, slot_str_from_cstr("bc")));
    cr_assert(slot_str_contains(abc, abc));
    cr_assert_not(slot_str_contains(abc, abd));
    cr_assert_not(slot_str_contains(ab, abc));
    cr_assert(slot_str_contains(slot_str_from_cstr("aaab"), slot_str_from_cstr("aab")));
}

Test(str, from_scalars, .init = setup)
{
    cr_assert_str_eq(slot_str_from_int(INT64_MIN)->data, "-9223372036854775808");
    cr_assert_str_eq(slot_str_from_int(42)->data, "42");
    cr_assert_str_eq(slot_str_from_float(2.0)->data, "2.0");
    const slot_str *t = slot_str_from_bool(true);
    const slot_str *f = slot_str_from_bool(false);
    cr_assert_str_eq(t->data, "True");
    cr_assert_str_eq(f->data, "False");
    cr_assert_eq(t->hash, slot_hash_bytes("True", 4));
    cr_assert_eq(f->hash, slot_hash_bytes("False", 5));
    cr_assert(slot_str_eq(t, slot_str_from_cstr("True")));
}

/* ---- slot_buf and printing ---------------------------------------------- */

Test(buf, builds_text, .init = setup)
{
    slot_buf b;
    slot_buf_init(&b);
    slot_buf_cstr(&b, "x=");
    slot_buf_int(&b, -12);
    slot_buf_char(&b, ' ');
    slot_buf_bool(&b, true);
    slot_buf_char(&b, ' ');
    slot_buf_none(&b);
    slot_buf_char(&b, ' ');
    slot_buf_str(&b, slot_str_from_cstr("s"));
    slot_buf_bytes(&b, "!?", 1);
    const slot_str *s = slot_buf_take(&b);
    cr_assert_str_eq(s->data, "x=-12 True None s!");
    cr_assert_eq(b.data, NULL);
    cr_assert_eq(b.size, 0);
    cr_assert_str_eq(slot_buf_take(&b)->data, "");
}

Test(buf, grows, .init = setup)
{
    slot_buf b;
    slot_buf_init(&b);
    for (int i = 0; i < 10000; i++)
        slot_buf_char(&b, (char)('a' + i % 26));
    const slot_str *s = slot_buf_take(&b);
    cr_assert_eq(s->size, 10000);
    cr_assert_eq(s->data[9999], 'a' + 9999 % 26);
}

Test(buf, print_writes_line, .init = setup)
{
    cr_redirect_stdout();
    slot_buf b;
    slot_buf_init(&b);
    slot_buf_cstr(&b, "hello");
    slot_print(&b);
    slot_print(&b); /* the buffer is empty again: a blank line */
    cr_assert_eq(b.data, NULL);
    cr_assert_eq(slot_exit(), 0);
    cr_assert_stdout_eq_str("hello\n\n");
}

/* ---- list --------------------------------------------------------------- */

Test(list, push_and_index, .init = setup)
{
    slot_list *xs = slot_list_new(sizeof(int64_t), true);
    for (int64_t i = 0; i < 1000; i++)
        SLOT_ITEM(int64_t, slot_list_push(xs)) = i * i;
    cr_assert_eq(xs->len, 1000);
    cr_assert_eq(SLOT_ITEM(int64_t, slot_list_at(xs, 0)), 0);
    cr_assert_eq(SLOT_ITEM(int64_t, slot_list_at(xs, 999)), 998001);
    cr_assert_eq(SLOT_ITEM(int64_t, slot_list_at(xs, -1)), 998001);
    cr_assert_eq(SLOT_ITEM(int64_t, slot_list_at(xs, -1000)), 0);
    int64_t *slot = slot_list_push(xs);
    cr_assert_eq(*slot, 0, "pushed items start zeroed");
    int64_t needle = 81;
    cr_assert(slot_list_contains(xs, &needle, slot_eq_int));
    needle = 82;
    cr_assert_not(slot_list_contains(xs, &needle, slot_eq_int));
}

Test(list, keeps_strings_alive, .init = setup)
{
    /* Enough garbage to make the collector run while the list is the only
     * thing holding the strings; not atomic, so it must be scanned. */
    slot_list *xs = slot_list_new(sizeof(const slot_str *), false);
    for (int64_t i = 0; i < 200000; i++)
        SLOT_ITEM(const slot_str *, slot_list_push(xs)) = slot_str_from_int(i);
    for (int64_t i = 0; i < 200000; i += 997) {
        const slot_str *s = SLOT_ITEM(const slot_str *, slot_list_at(xs, i));
        cr_assert(slot_str_eq(s, slot_str_from_int(i)), "item %lld", (long long)i);
    }
}

#ifndef SLOT_ARENA /* the arena gives nothing back before exit */
Test(list, big_lists_grow_in_place_and_are_given_back, .init = setup)
{
    /* 40 lists of 16 MB each, built by appending and dropped: 640 MB if a
     * list's outgrown arrays or a dead list's items were kept. */
    for (int round = 0; round < 40; round++) {
        slot_list *xs = slot_list_new(sizeof(int64_t), true);
        for (int64_t i = 0; i < 2000000; i++)
            SLOT_ITEM(int64_t, slot_list_push(xs)) = i + round;
        cr_assert_eq(SLOT_ITEM(int64_t, slot_list_at(xs, 1999999)), 1999999 + round);
        cr_assert_eq(SLOT_ITEM(int64_t, slot_list_at(xs, 0)), round);
    }
    struct rusage usage;
    getrusage(RUSAGE_SELF, &usage);
    cr_assert_lt(usage.ru_maxrss, 200 * 1024, "peak RSS %ld KiB", usage.ru_maxrss);
}
#endif

Test(list, repr, .init = setup)
{
    slot_buf b;
    slot_buf_init(&b);
    slot_buf_list(&b, int_list(2, (int64_t[]){1, 2}), slot_repr_int);
    slot_buf_char(&b, ' ');
    slot_buf_list(&b, int_list(0, NULL), slot_repr_int);
    slot_buf_char(&b, ' ');
    const slot_str *strs[] = {slot_str_from_cstr("a"), slot_str_from_cstr("b'")};
    slot_buf_list(&b, slot_list_from(sizeof strs[0], false, 2, strs), slot_repr_str);
    slot_buf_char(&b, ' ');
    bool flags[] = {true, false};
    slot_buf_list(&b, slot_list_from(sizeof(bool), true, 2, flags), slot_repr_bool);
    cr_assert_str_eq(slot_buf_take(&b)->data, "[1, 2] [] ['a', \"b'\"] [True, False]");
}

/* A record sorted by key; order remembers where it started. */
struct keyed {
    int64_t key;
    int64_t order;
};

static int keyed_cmp(const void *a, const void *b)
{
    return slot_cmp_int(&((const struct keyed *)a)->key, &((const struct keyed *)b)->key);
}

/* 40 records with keys 0..4 in a scrambled order. */
static slot_list *keyed_list(void)
{
    slot_list *xs = slot_list_new(sizeof(struct keyed), true);
    for (int64_t i = 0; i < 40; i++) {
        struct keyed *k = slot_list_push(xs);
        k->key = (i * 7 + 3) % 5;
        k->order = i;
    }
    return xs;
}

Test(list, sort_is_stable, .init = setup)
{
    slot_list *xs = keyed_list();
    slot_list_sort(xs, keyed_cmp, false);
    for (int64_t i = 1; i < xs->len; i++) {
        struct keyed *a = slot_list_at(xs, i - 1);
        struct keyed *b = slot_list_at(xs, i);
        cr_assert(a->key < b->key || (a->key == b->key && a->order < b->order),
                  "at %lld: (%lld, %lld) then (%lld, %lld)", (long long)i, (long long)a->key,
                  (long long)a->order, (long long)b->key, (long long)b->order);
    }
}

Test(list, reverse_sort_keeps_equal_items_in_order, .init = setup)
{
    slot_list *xs = keyed_list();
    slot_list_sort(xs, keyed_cmp, true);
    for (int64_t i = 1; i < xs->len; i++) {
        struct keyed *a = slot_list_at(xs, i - 1);
        struct keyed *b = slot_list_at(xs, i);
        cr_assert(a->key > b->key || (a->key == b->key && a->order < b->order),
                  "at %lld: (%lld, %lld) then (%lld, %lld)", (long long)i, (long long)a->key,
                  (long long)a->order, (long long)b->key, (long long)b->order);
    }
}

Test(list, sort_scalars, .init = setup)
{
    slot_list *xs = int_list(7, (int64_t[]){5, -1, 3, 3, INT64_MIN, 0, INT64_MAX});
    slot_list_sort(xs, slot_cmp_int, false);
    slot_buf b;
    slot_buf_init(&b);
    slot_buf_list(&b, xs, slot_repr_int);
    cr_assert_str_eq(slot_buf_take(&b)->data,
                     "[-9223372036854775808, -1, 0, 3, 3, 5, 9223372036854775807]");

    const slot_str *strs[] = {slot_str_from_cstr("pear"), slot_str_from_cstr("apple"),
                              slot_str_from_cstr("\xc3\xa9t\xc3\xa9"), slot_str_from_cstr("fig")};
    slot_list *ss = slot_list_from(sizeof strs[0], false, 4, strs);
    slot_list_sort(ss, slot_cmp_str, true);
    slot_buf_list(&b, ss, slot_repr_str);
    cr_assert_str_eq(slot_buf_take(&b)->data, "['\xc3\xa9t\xc3\xa9', 'pear', 'fig', 'apple']");

    slot_list *empty = int_list(0, NULL);
    slot_list_sort(empty, slot_cmp_int, false);
    cr_assert_eq(empty->len, 0);
}

/* ---- tuple -------------------------------------------------------------- */

Test(tuple, from_list_and_back, .init = setup)
{
    slot_list *xs = int_list(3, (int64_t[]){10, 20, 30});
    slot_tuple *t = slot_tuple_from_list(xs);
    SLOT_ITEM(int64_t, slot_list_at(xs, 0)) = 99; /* the tuple has its own copy */
    cr_assert_eq(t->len, 3);
    cr_assert_eq(SLOT_ITEM(int64_t, slot_tuple_at(t, 0)), 10);
    cr_assert_eq(SLOT_ITEM(int64_t, slot_tuple_at(t, -1)), 30);
    int64_t twenty = 20;
    cr_assert(slot_tuple_contains(t, &twenty, slot_eq_int));
    cr_assert_not(slot_tuple_contains(t, &(int64_t){99}, slot_eq_int));
    slot_list *back = slot_list_from_tuple(t, true);
    cr_assert_eq(back->len, 3);
    cr_assert_eq(SLOT_ITEM(int64_t, slot_list_at(back, 1)), 20);
    SLOT_ITEM(int64_t, slot_list_push(back)) = 40;
    cr_assert_eq(SLOT_ITEM(int64_t, slot_list_at(back, -1)), 40);
    cr_assert_eq(t->len, 3);
}

Test(tuple, repr, .init = setup)
{
    slot_buf b;
    slot_buf_init(&b);
    slot_buf_tuple(&b, slot_tuple_from(sizeof(int64_t), true, 0, NULL), slot_repr_int);
    slot_buf_tuple(&b, slot_tuple_from(sizeof(int64_t), true, 1, (int64_t[]){1}), slot_repr_int);
    slot_buf_tuple(&b, slot_tuple_from(sizeof(int64_t), true, 2, (int64_t[]){1, 2}),
                   slot_repr_int);
    const slot_str *strs[] = {slot_str_from_cstr("Dave")};
    slot_buf_tuple(&b, slot_tuple_from(sizeof strs[0], false, 1, strs), slot_repr_str);
    cr_assert_str_eq(slot_buf_take(&b)->data, "()(1,)(1, 2)('Dave',)");
}

/* ---- exceptions --------------------------------------------------------- */

RAISES(list_index_out_of_range)
{
    expect_stderr("IndexError: list index out of range\n");
    slot_list_at(int_list(2, (int64_t[]){1, 2}), 2);
}

RAISES(list_negative_index_out_of_range)
{
    expect_stderr("IndexError: list index out of range\n");
    slot_list_at(int_list(2, (int64_t[]){1, 2}), -3);
}

RAISES(empty_list_index)
{
    expect_stderr("IndexError: list index out of range\n");
    slot_list_at(slot_list_new(sizeof(int64_t), true), 0);
}

RAISES(tuple_index_out_of_range)
{
    expect_stderr("IndexError: tuple index out of range\n");
    slot_tuple_at(slot_tuple_from(sizeof(int64_t), true, 1, (int64_t[]){1}), 1);
}

RAISES(int_floordiv_by_zero)
{
    expect_stderr("ZeroDivisionError: integer division or modulo by zero\n");
    slot_int_floordiv(1, 0);
}

RAISES(int_mod_by_zero)
{
    expect_stderr("ZeroDivisionError: integer modulo by zero\n");
    slot_int_mod(1, 0);
}

RAISES(int_truediv_by_zero)
{
    expect_stderr("ZeroDivisionError: division by zero\n");
    slot_int_truediv(1, 0);
}

RAISES(float_div_by_zero)
{
    expect_stderr("ZeroDivisionError: float division by zero\n");
    slot_float_div(1.0, -0.0);
}

RAISES(float_floordiv_by_zero)
{
    expect_stderr("ZeroDivisionError: float floor division by zero\n");
    slot_float_floordiv(1.0, 0.0);
}

RAISES(float_mod_by_zero)
{
    expect_stderr("ZeroDivisionError: float modulo\n");
    slot_float_mod(1.0, 0.0);
}

RAISES(zero_to_negative_power)
{
    expect_stderr("ZeroDivisionError: 0.0 cannot be raised to a negative power\n");
    slot_float_pow(0.0, -1.0);
}

RAISES(float_pow_overflow)
{
    expect_stderr("OverflowError: (34, 'Numerical result out of range')\n");
    slot_float_pow(10.0, 400.0);
}

RAISES(negative_to_fractional_power)
{
    expect_stderr("ValueError: math domain error\n");
    slot_float_pow(-8.0, 0.5);
}

RAISES(int_add_overflow)
{
    expect_stderr("OverflowError: integer overflow\n");
    slot_int_add(INT64_MAX, 1);
}

RAISES(int_mul_overflow)
{
    expect_stderr("OverflowError: integer overflow\n");
    slot_int_mul(INT64_MIN, -1);
}

RAISES(int_neg_overflow)
{
    expect_stderr("OverflowError: integer overflow\n");
    slot_int_neg(INT64_MIN);
}

RAISES(int_pow_overflow)
{
    expect_stderr("OverflowError: integer overflow\n");
    slot_int_pow(3, 40);
}

RAISES(int_min_floordiv_minus_one)
{
    expect_stderr("OverflowError: integer overflow\n");
    slot_int_floordiv(INT64_MIN, -1);
}

RAISES(int_abs_min)
{
    expect_stderr("OverflowError: integer overflow\n");
    slot_int_abs(INT64_MIN);
}

RAISES(float_nan_to_int)
{
    expect_stderr("ValueError: cannot convert float NaN to integer\n");
    slot_float_to_int(NAN);
}

RAISES(float_inf_to_int)
{
    expect_stderr("OverflowError: cannot convert float infinity to integer\n");
    slot_float_to_int(-INFINITY);
}

RAISES(float_too_big_for_int)
{
    expect_stderr("OverflowError: integer overflow\n");
    slot_float_to_int(9223372036854775808.0);
}

RAISES(empty_message_prints_name)
{
    expect_stderr("AssertionError\n");
    slot_raise(SLOT_ASSERTION_ERROR, "%s", "");
}

RAISES(formatted_message)
{
    expect_stderr("KeyError: 'x' 42\n");
    slot_raise(SLOT_KEY_ERROR, "'%s' %d", "x", 42);
}

RAISES(type_error)
{
    expect_stderr("TypeError: t\n");
    slot_raise(SLOT_TYPE_ERROR, "t");
}

RAISES(runtime_error)
{
    expect_stderr("RuntimeError: r\n");
    slot_raise(SLOT_RUNTIME_ERROR, "r");
}

RAISES(attribute_error)
{
    expect_stderr("AttributeError: 'Person' object has no attribute 'x'\n");
    slot_raise(SLOT_ATTRIBUTE_ERROR, "'%s' object has no attribute '%s'", "Person", "x");
}

/* ---- equality of sequences, identity hashes, negative powers ------------ */

Test(list, equality_compares_length_and_items, .init = setup)
{
    int64_t a[] = {1, 2, 3}, b[] = {1, 2, 4};
    slot_list *x = slot_list_from(sizeof(int64_t), true, 3, a);
    cr_expect(slot_list_eq(x, slot_list_from(sizeof(int64_t), true, 3, a), slot_eq_int));
    cr_expect_not(slot_list_eq(x, slot_list_from(sizeof(int64_t), true, 3, b), slot_eq_int));
    cr_expect_not(slot_list_eq(x, slot_list_from(sizeof(int64_t), true, 2, a), slot_eq_int));
    cr_expect(slot_tuple_eq(slot_tuple_from_list(x), slot_tuple_from(sizeof(int64_t), true, 3, a),
                            slot_eq_int));
    cr_expect_not(slot_tuple_eq(slot_tuple_from_list(x), slot_tuple_from(sizeof(int64_t), true, 0, NULL),
                                slot_eq_int));
}

Test(hash, pointer_hash_is_stable_and_not_minus_one, .init = setup)
{
    void *p = slot_alloc(16), *q = slot_alloc(16);
    cr_expect_eq(slot_hash_pointer(p), slot_hash_pointer(p));
    cr_expect_neq(slot_hash_pointer(p), slot_hash_pointer(q));
    cr_expect_neq(slot_hash_pointer((void *)(uintptr_t)-1), -1);
}

RAISES(negative_int_power)
{
    expect_stderr("ValueError: negative exponent -1: in slotc int ** int is an int (write "
                  "float(x) ** y for a float power)\n");
    slot_int_pow(2, -1);
}

/* ---- range --------------------------------------------------------------- */

Test(range, length_and_items_near_the_limits, .init = setup)
{
    cr_expect_eq(slot_range_len(0, 10, 1), 10);
    cr_expect_eq(slot_range_len(0, 10, 3), 4);
    cr_expect_eq(slot_range_len(10, 0, -3), 4);
    cr_expect_eq(slot_range_len(5, 5, 1), 0);
    cr_expect_eq(slot_range_len(5, 0, 1), 0);
    cr_expect_eq(slot_range_len(INT64_MAX - 7, INT64_MAX, 5), 2);
    cr_expect_eq(slot_range_len(INT64_MIN, INT64_MAX, INT64_MAX), 3);
    cr_expect_eq(slot_range_item(INT64_MAX - 7, 5, 1), INT64_MAX - 2);
    cr_expect_eq(slot_range_item(INT64_MIN, INT64_MAX, 2), INT64_MAX - 1);
}

RAISES(range_step_zero)
{
    expect_stderr("ValueError: range() arg 3 must not be zero\n");
    slot_range_len(0, 1, 0);
}

/* ---- int(s) and float(s) --------------------------------------------------- */

Test(parse, python_number_syntax, .init = setup)
{
    cr_expect_eq(slot_str_to_int(slot_str_from_cstr(" -1_000\n")), -1000);
    cr_expect_eq(slot_str_to_int(slot_str_from_cstr("+007")), 7);
    cr_expect_eq(slot_str_to_int(slot_str_from_cstr("-9223372036854775808")), INT64_MIN);
    cr_expect_eq(slot_str_to_float(slot_str_from_cstr(" 1_0.2_5 ")), 10.25);
    cr_expect_eq(slot_str_to_float(slot_str_from_cstr(".5")), 0.5);
    cr_expect_eq(slot_str_to_float(slot_str_from_cstr("5.")), 5.0);
    cr_expect_eq(slot_str_to_float(slot_str_from_cstr("-1E-2")), -0.01);
    cr_expect(isinf(slot_str_to_float(slot_str_from_cstr("-Infinity"))));
    cr_expect(isinf(slot_str_to_float(slot_str_from_cstr("1e999"))));
    cr_expect(isnan(slot_str_to_float(slot_str_from_cstr("nan"))));
}

RAISES(int_of_bad_text)
{
    expect_stderr("ValueError: invalid literal for int() with base 10: '1__0'\n");
    slot_str_to_int(slot_str_from_cstr("1__0"));
}

RAISES(int_of_text_beyond_int64)
{
    expect_stderr("OverflowError: integer overflow\n");
    slot_str_to_int(slot_str_from_cstr("9223372036854775808"));
}

RAISES(float_of_hex_text)
{
    expect_stderr("ValueError: could not convert string to float: '0x1p3'\n");
    slot_str_to_float(slot_str_from_cstr("0x1p3"));
}

Test(str, repeat_and_index_by_code_point, .init = setup)
{
    const slot_str *s = slot_str_from_cstr("h\xc3\xa9llo");
    cr_expect_str_eq(slot_str_repeat(s, 2)->data, "h\xc3\xa9lloh\xc3\xa9llo");
    cr_expect_eq(slot_str_repeat(s, 2)->len, 10);
    cr_expect_str_eq(slot_str_repeat(s, -1)->data, "");
    cr_expect_str_eq(slot_str_at(s, 1)->data, "\xc3\xa9");
    cr_expect_str_eq(slot_str_at(s, -1)->data, "o");
    cr_expect_str_eq(slot_str_at(slot_str_from_cstr("abc"), 2)->data, "c");
}

RAISES(str_index_out_of_range)
{
    expect_stderr("IndexError: string index out of range\n");
    slot_str_at(slot_str_from_cstr("abc"), 3);
}
