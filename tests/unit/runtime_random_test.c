/*
 * runtime_random_test.c - the random module in libslot: after the same
 * seed, the same numbers as CPython 3.11, and CPython's errors.
 *
 * Every expected value below was printed by python3 3.11; the one-liner
 * that printed each group sits beside it.  Doubles are compared exactly:
 * random() is exact arithmetic on 53 drawn bits, so any difference is a
 * wrong draw.
 */
#include "unit.h"

#include <criterion/criterion.h>
#include <criterion/parameterized.h>
#include <string.h>

/* ---- the first draws after a seed ----------------------------------------- */

/* python3 -c "import random
 * for s in (42, 0, -7, 2**40):
 *     random.seed(s); print(s, [repr(random.random()) for _ in range(3)],
 *         [random.getrandbits(32) for _ in range(2)], [random.randrange(100) for _ in range(3)],
 *         random.randint(-10, 10), random.randrange(50, -50, -7))" */
struct seed_case {
    int64_t seed;
    double random[3];
    int64_t bits32[2];
    int64_t below100[3];
    int64_t randint;   /* randint(-10, 10) */
    int64_t randrange; /* randrange(50, -50, -7) */
};

static struct seed_case seed_cases[] = {
    {42, {0.6394267984578837, 0.025010755222666936, 0.27502931836911926}, {958682846, 599310825}, {94, 13, 86}, 7, 43},
    {0, {0.8444218515250481, 0.7579544029403025, 0.420571580830845}, {1112038970, 4146640122}, {65, 62, 51}, -1, 1},
    {-7, {0.32383276483316237, 0.15084917392450192, 0.6509344730398537}, {311111475, 3527346212}, {68, 12, 46}, 8, 50},
    {INT64_C(1099511627776), {0.1036394562812375, 0.6705558677439764, 0.4266543913526999}, {1665290981, 1714308564}, {80, 71, 9}, 2, -27},
};

ParameterizedTestParameters(random, first_draws)
{
    return cr_make_param_array(struct seed_case, seed_cases, sizeof seed_cases / sizeof seed_cases[0]);
}

ParameterizedTest(struct seed_case *c, random, first_draws, .init = setup)
{
    slot_random_seed(c->seed);
    for (int i = 0; i < 3; i++)
        cr_expect_eq(slot_random_random(), c->random[i], "seed(%lld): random() #%d", (long long)c->seed, i);
    for (int i = 0; i < 2; i++)
        cr_expect_eq(slot_random_getrandbits(32), c->bits32[i], "seed(%lld): getrandbits(32) #%d", (long long)c->seed, i);
    for (int i = 0; i < 3; i++)
        cr_expect_eq(slot_random_randbelow(100), c->below100[i], "seed(%lld): randrange(100) #%d", (long long)c->seed, i);
    cr_expect_eq(slot_random_randint(-10, 10), c->randint, "seed(%lld): randint(-10, 10)", (long long)c->seed);
    cr_expect_eq(slot_random_randrange(50, -50, -7), c->randrange, "seed(%lld): randrange(50, -50, -7)",
                 (long long)c->seed);
}

/* python3 -c "import random; random.seed(2**63-1); print(random.random());
 *             random.seed(-2**63); print(random.random())" */
Test(random, extreme_seeds, .init = setup)
{
    slot_random_seed(INT64_MAX);
    cr_expect_eq(slot_random_random(), 0.3166448820870279);
    slot_random_seed(INT64_MIN); /* |n| is 2**63: two key words */
    cr_expect_eq(slot_random_random(), 0.5534639983914199);
}

/* python3 -c "import random; random.seed(42);
 *             print([random.getrandbits(k) for k in (1, 31, 33, 63, 64)])" */
Test(random, getrandbits_widths, .init = setup)
{
    static const int64_t widths[] = {1, 31, 33, 63, 64};
    static const int64_t expected[] = {1, 239081663, INT64_C(4402387665), INT64_C(2258728696626565719),
                                       INT64_C(2574020394472462046)};
    slot_random_seed(42);
    for (int i = 0; i < 5; i++)
        cr_expect_eq(slot_random_getrandbits(widths[i]), expected[i], "getrandbits(%d)", (int)widths[i]);
    cr_expect_eq(slot_random_getrandbits(0), 0);
}

/* ---- sequences ------------------------------------------------------------ */

static slot_list *ints(int64_t n)
{
    slot_list *xs = slot_list_new(sizeof(int64_t), true);
    for (int64_t i = 0; i < n; i++)
        SLOT_ITEM(int64_t, slot_list_push(xs)) = i;
    return xs;
}

static void expect_items(const slot_list *xs, const int64_t *expected, int64_t n)
{
    cr_assert_eq(xs->len, n);
    for (int64_t i = 0; i < n; i++)
        cr_expect_eq(SLOT_ITEM(int64_t, slot_list_at(xs, i)), expected[i], "item %lld", (long long)i);
}

/* python3 -c "import random; random.seed(5); xs=list(range(10)); random.shuffle(xs); print(xs)" */
Test(random, shuffle, .init = setup)
{
    static const int64_t expected[] = {2, 3, 1, 0, 8, 7, 6, 5, 4, 9};
    slot_list *xs = ints(10);
    slot_random_seed(5);
    slot_random_shuffle(xs);
    expect_items(xs, expected, 10);
}

/* python3 -c "import random; random.seed(5);
 *             print(random.sample(list(range(100)), 8), random.sample(list(range(10)), 4))"
 * The first draws into a set of indexes, the second from a copy (pool). */
Test(random, sample, .init = setup)
{
    static const int64_t by_set[] = {79, 32, 94, 45, 88, 83, 67, 3};
    static const int64_t by_pool[] = {7, 3, 0, 1};
    slot_list *big = ints(100), *small = ints(10);
    slot_random_seed(5);
    expect_items(slot_random_sample_list(big, 8), by_set, 8);
    expect_items(slot_random_sample_list(small, 4), by_pool, 4);
    cr_expect_eq(big->len, 100);
    cr_expect_eq(SLOT_ITEM(int64_t, slot_list_at(big, 99)), 99, "the population is left alone");
}

/* python3 -c "import random; random.seed(3); print([random.choice('abcdef') for _ in range(6)],
 *             repr(random.uniform(2, 7)), repr(random.uniform(-1.5, 1.5)))" */
Test(random, choice_and_uniform, .init = setup)
{
    static const char *expected = "beebce";
    const slot_str *s = slot_str_from_cstr("abcdef");
    slot_random_seed(3);
    for (int i = 0; i < 6; i++)
        cr_expect_eq(slot_random_choice_str(s)->data[0], expected[i], "choice #%d", i);
    cr_expect_eq(slot_random_uniform_int(2, 7), 4.370267682735633);
    cr_expect_eq(slot_random_uniform(-1.5, 1.5), 0.24255625305016748);
}

/* randint over all of int64_t: 2**64 values, drawn with 65 bits */
Test(random, full_range, .init = setup)
{
    /* python3 -c "import random; random.seed(42); print(random.randint(-2**63, 2**63-1))" */
    slot_random_seed(42);
    cr_expect_eq(slot_random_randint(INT64_MIN, INT64_MAX), INT64_C(-7169676182496904803));
}

/* ---- errors ----------------------------------------------------------------- */

RAISES(empty_randrange)
{
    expect_stderr("ValueError: empty range for randrange() (5, 2, -3)\n");
    slot_random_randrange(5, 2, 1);
}

RAISES(empty_randrange_wide)
{
    /* the width, -(2**64 - 1), does not fit in an int64_t */
    expect_stderr("ValueError: empty range for randrange() (9223372036854775807, -9223372036854775808, "
                  "-18446744073709551615)\n");
    slot_random_randrange(INT64_MAX, INT64_MIN, 1);
}

RAISES(empty_randrange_stop)
{
    expect_stderr("ValueError: empty range for randrange()\n");
    slot_random_randbelow(0);
}

RAISES(zero_step)
{
    expect_stderr("ValueError: zero step for randrange()\n");
    slot_random_randrange(1, 5, 0);
}

RAISES(empty_randint)
{
    expect_stderr("ValueError: empty range for randrange() (5, 3, -2)\n");
    slot_random_randint(5, 2);
}

RAISES(empty_choice)
{
    expect_stderr("IndexError: Cannot choose from an empty sequence\n");
    slot_random_choice_list(ints(0));
}

RAISES(sample_too_large)
{
    expect_stderr("ValueError: Sample larger than population or is negative\n");
    slot_random_sample_list(ints(2), 3);
}

RAISES(negative_bits)
{
    expect_stderr("ValueError: number of bits must be non-negative\n");
    slot_random_getrandbits(-1);
}
