/*
 * random.c - Python's random module, drawing the numbers CPython draws.
 *
 * A program seeded with random.seed(n) must print under slotc exactly what
 * it prints under CPython, so this file reproduces both layers CPython
 * stacks: the generator of Modules/_randommodule.c (MT19937, seeded with
 * init_by_array from the 32-bit words of |n|, least significant first;
 * random() from 53 bits of two draws; getrandbits(k) from 32-bit words,
 * least significant first, the last one cut down to what k leaves), and the
 * algorithms of Lib/random.py 3.11 on top of it (_randbelow by rejection
 * with getrandbits(n.bit_length()), randrange, choice, shuffle, sample,
 * uniform), with their errors.  Written from the algorithms, not copied.
 *
 * Python's ints are unbounded and slotc's are int64_t: range widths up to
 * 2**64 - 1 (and 2**64 for randint(-2**63, 2**63 - 1)) are computed in
 * unsigned arithmetic, so every int64_t argument draws what CPython draws.
 *
 * The state is one static struct: emitted programs are single-threaded.
 */
#include "slot_internal.h"

#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#define MT_N        624
#define MT_M        397
#define MT_MATRIX_A 0x9908b0dfu
#define MT_UPPER    0x80000000u
#define MT_LOWER    0x7fffffffu

static struct {
    uint32_t mt[MT_N];
    int index;   /* next word of mt to temper; MT_N: regenerate first */
    bool seeded; /* seed() ran, or the first draw seeded from the OS */
} random__state;

/* init_genrand: the state from one 32-bit number. */
static void random__init_genrand(uint32_t s)
{
    uint32_t *mt = random__state.mt;
    mt[0] = s;
    for (int i = 1; i < MT_N; i++)
        mt[i] = 1812433253u * (mt[i - 1] ^ (mt[i - 1] >> 30)) + (uint32_t)i;
    random__state.index = MT_N;
}

/* init_by_array: the state from n >= 1 key words. */
static void random__init_by_array(const uint32_t *key, size_t n)
{
    uint32_t *mt = random__state.mt;
    random__init_genrand(19650218u);
    size_t i = 1, j = 0;
    for (size_t k = n > MT_N ? n : MT_N; k > 0; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525u)) + key[j] + (uint32_t)j;
        i++, j++;
        if (i >= MT_N) {
            mt[0] = mt[MT_N - 1];
            i = 1;
        }
        if (j >= n)
            j = 0;
    }
    for (size_t k = MT_N - 1; k > 0; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941u)) - (uint32_t)i;
        i++;
        if (i >= MT_N) {
            mt[0] = mt[MT_N - 1];
            i = 1;
        }
    }
    mt[0] = 0x80000000u; /* the state is never all zeros */
    random__state.seeded = true;
}

/* Without random.seed(n), CPython seeds from os.urandom; so does this (or
 * from the clock when /dev/urandom cannot be read).  Such a program prints
 * different numbers on every run, under CPython too. */
static void random__seed_from_os(void)
{
    uint32_t key[8] = {0};
    FILE *f = fopen("/dev/urandom", "rb");
    size_t got = f ? fread(key, sizeof key[0], 8, f) : 0;
    if (f)
        fclose(f);
    if (got < 8) {
        key[0] ^= (uint32_t)time(NULL);
        key[1] ^= (uint32_t)clock();
        key[2] ^= (uint32_t)(uintptr_t)&key;
    }
    random__init_by_array(key, 8);
}

/* The twist: the next MT_N words of the state. */
static void random__twist(void)
{
    uint32_t *mt = random__state.mt;
    for (int k = 0; k < MT_N; k++) {
        uint32_t y = (mt[k] & MT_UPPER) | (mt[(k + 1) % MT_N] & MT_LOWER);
        mt[k] = mt[(k + MT_M) % MT_N] ^ (y >> 1) ^ ((y & 1u) ? MT_MATRIX_A : 0u);
    }
    random__state.index = 0;
}

/* genrand_uint32: the next tempered 32-bit word. */
static uint32_t random__next(void)
{
    if (!random__state.seeded)
        random__seed_from_os();
    if (random__state.index >= MT_N)
        random__twist();
    uint32_t y = random__state.mt[random__state.index++];
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c5680u;
    y ^= (y << 15) & 0xefc60000u;
    y ^= y >> 18;
    return y;
}

/* getrandbits(k) for 0 <= k <= 65, as CPython draws it: the low 64 bits
 * go to *low; the return value is bit 64 (set only when k is 65). */
static unsigned random__bits(int k, uint64_t *low)
{
    uint32_t words[3] = {0};
    for (int i = 0; k > 0; i++, k -= 32) {
        uint32_t w = random__next();
        words[i] = k < 32 ? w >> (32 - k) : w;
    }
    *low = (uint64_t)words[0] | (uint64_t)words[1] << 32;
    return words[2];
}

/* _randbelow(n) for 1 <= n <= 2**64 (n == 0 stands for 2**64): draws
 * n.bit_length() bits until they are below n. */
static uint64_t random__below(uint64_t n)
{
    int k = 65;
    if (n != 0)
        for (k = 64; !(n >> (k - 1)); k--)
            ;
    uint64_t r;
    if (k == 65) {
        while (random__bits(65, &r))
            ;
        return r;
    }
    do
        random__bits(k, &r);
    while (r >= n);
    return r;
}

void slot_random_seed(int64_t n)
{
    uint64_t magnitude = n < 0 ? 0u - (uint64_t)n : (uint64_t)n;
    uint32_t key[2] = {(uint32_t)magnitude, (uint32_t)(magnitude >> 32)};
    random__init_by_array(key, key[1] ? 2 : 1);
}

void slot_random_seed_os(void)
{
    random__seed_from_os();
}

double slot_random_random(void)
{
    uint32_t a = random__next() >> 5, b = random__next() >> 6;
    return ((double)a * 67108864.0 + (double)b) * (1.0 / 9007199254740992.0);
}

int64_t slot_random_getrandbits(int64_t k)
{
    if (k < 0)
        slot_raise(SLOT_VALUE_ERROR, "number of bits must be non-negative");
    if (k <= 64) {
        uint64_t r;
        random__bits((int)k, &r);
        if (r > INT64_MAX)
            slot_raise(SLOT_OVERFLOW_ERROR, "integer overflow");
        return (int64_t)r;
    }
    /* more words than an int64_t holds: drawn all the same, as CPython
     * draws them; the value must still fit */
    uint64_t r;
    random__bits(64, &r);
    bool fits = r <= INT64_MAX;
    for (k -= 64; k > 0; k -= 32) {
        uint32_t w = random__next();
        fits = fits && (k < 32 ? w >> (32 - k) : w) == 0;
    }
    if (!fits)
        slot_raise(SLOT_OVERFLOW_ERROR, "integer overflow");
    return (int64_t)r;
}

/* start + step * k, in unsigned arithmetic: it lands inside the range, so
 * it fits, even where step * k alone would not. */
static int64_t random__item(int64_t start, int64_t step, uint64_t k)
{
    return (int64_t)((uint64_t)start + k * (uint64_t)step);
}

int64_t slot_random_randbelow(int64_t stop)
{
    if (stop <= 0)
        slot_raise(SLOT_VALUE_ERROR, "empty range for randrange()");
    return (int64_t)random__below((uint64_t)stop);
}

/* The message of an empty randrange(start, stop) (step 1): its width is
 * stop - start, which may need 65 bits. */
SLOT_NORETURN static void random__empty(int64_t start, int64_t stop)
{
    uint64_t gap = (uint64_t)start - (uint64_t)stop; /* -(stop - start) >= 0 */
    slot_raise(SLOT_VALUE_ERROR, "empty range for randrange() (%" PRId64 ", %" PRId64 ", %s%" PRIu64 ")", start,
               stop, gap ? "-" : "", gap);
}

int64_t slot_random_randrange(int64_t start, int64_t stop, int64_t step)
{
    if (step == 1) {
        if (stop <= start)
            random__empty(start, stop);
        return random__item(start, 1, random__below((uint64_t)stop - (uint64_t)start));
    }
    if (step == 0)
        slot_raise(SLOT_VALUE_ERROR, "zero step for randrange()");
    /* n = ceil(width / step), counted in magnitudes */
    bool up = step > 0;
    if (up ? stop <= start : stop >= start)
        slot_raise(SLOT_VALUE_ERROR, "empty range for randrange()");
    uint64_t width = up ? (uint64_t)stop - (uint64_t)start : (uint64_t)start - (uint64_t)stop;
    uint64_t stride = up ? (uint64_t)step : 0u - (uint64_t)step;
    uint64_t n = (width - 1) / stride + 1;
    return random__item(start, step, random__below(n));
}

int64_t slot_random_randint(int64_t a, int64_t b)
{
    if (b < a) /* randrange(a, b + 1), and b + 1 <= a fits */
        random__empty(a, b + 1);
    /* b - a + 1 items: 2**64 of them wraps to 0, which random__below reads so */
    return random__item(a, 1, random__below((uint64_t)b - (uint64_t)a + 1u));
}

double slot_random_uniform(double a, double b)
{
    return a + (b - a) * slot_random_random();
}

double slot_random_uniform_int(int64_t a, int64_t b)
{
    /* b - a is an exact Python int, rounded once to a float */
    double width = b >= a ? (double)((uint64_t)b - (uint64_t)a) : -(double)((uint64_t)a - (uint64_t)b);
    return (double)a + width * slot_random_random();
}

/* choice(seq) draws an index below len(seq) */
static uint64_t random__choice(int64_t len)
{
    if (len <= 0)
        slot_raise(SLOT_INDEX_ERROR, "Cannot choose from an empty sequence");
    return random__below((uint64_t)len);
}

const void *slot_random_choice_list(const slot_list *seq)
{
    uint64_t i = random__choice(seq->len);
    return seq->items + i * seq->item_size;
}

const void *slot_random_choice_tuple(const slot_tuple *seq)
{
    uint64_t i = random__choice(seq->len);
    return seq->items + i * (uint64_t)seq->item_size;
}

const slot_str *slot_random_choice_str(const slot_str *seq)
{
    return slot_str_at(seq, (int64_t)random__choice(seq->len));
}

/* Swaps two items of size bytes. */
static void random__swap(unsigned char *a, unsigned char *b, size_t size)
{
    for (size_t i = 0; i < size; i++) {
        unsigned char t = a[i];
        a[i] = b[i];
        b[i] = t;
    }
}

void slot_random_shuffle(slot_list *self)
{
    size_t size = self->item_size;
    for (int64_t i = self->len - 1; i >= 1; i--) {
        uint64_t j = random__below((uint64_t)i + 1u);
        if ((uint64_t)i != j)
            random__swap(self->items + (size_t)i * size, self->items + j * size, size);
    }
}

/* sample() keeps a set of the indexes drawn when that is smaller than a
 * copy of the population; CPython's rule, with its float arithmetic. */
static bool random__sample_by_set(int64_t n, int64_t k)
{
    double setsize = 21.0;
    if (k > 5)
        setsize += pow(4.0, ceil(log((double)(k * 3)) / log(4.0)));
    return (double)n > setsize;
}

/* sample(items of n, k) into out: k items of size bytes. */
static void random__sample(const unsigned char *items, int64_t n, size_t size, bool atomic, int64_t k,
                           unsigned char *out)
{
    if (k < 0 || k > n)
        slot_raise(SLOT_VALUE_ERROR, "Sample larger than population or is negative");
    if (!random__sample_by_set(n, k)) {
        size_t bytes = slot_alloc__array_size((size_t)n, size);
        unsigned char *pool = slot_alloc__scratch(bytes ? bytes : 1, atomic);
        memcpy(pool, items, bytes);
        for (int64_t i = 0; i < k; i++) {
            uint64_t j = random__below((uint64_t)(n - i));
            memcpy(out + (size_t)i * size, pool + j * size, size);
            memcpy(pool + j * size, pool + (size_t)(n - i - 1) * size, size);
        }
        slot_alloc__scratch_free(pool);
        return;
    }
    unsigned char *selected = slot_alloc__scratch((size_t)n / 8 + 1, true); /* a bit per index */
    for (int64_t i = 0; i < k; i++) {
        uint64_t j;
        do
            j = random__below((uint64_t)n);
        while (selected[j / 8] & (1u << (j % 8)));
        selected[j / 8] |= (unsigned char)(1u << (j % 8));
        memcpy(out + (size_t)i * size, items + j * size, size);
    }
    slot_alloc__scratch_free(selected);
}

slot_list *slot_random_sample_list(const slot_list *population, int64_t k)
{
    slot_list *out = slot_list_new(population->item_size, population->atomic);
    if (k > 0 && k <= population->len)
        for (int64_t i = 0; i < k; i++)
            slot_list_push(out);
    random__sample(population->items, population->len, population->item_size, population->atomic, k,
                   out->items);
    return out;
}

slot_list *slot_random_sample_tuple(const slot_tuple *population, bool atomic, int64_t k)
{
    slot_list *out = slot_list_new((size_t)population->item_size, atomic);
    if (k > 0 && k <= population->len)
        for (int64_t i = 0; i < k; i++)
            slot_list_push(out);
    random__sample(population->items, population->len, (size_t)population->item_size, atomic, k, out->items);
    return out;
}

double slot_random_expovariate(double lambd)
{
    double u = slot_random_random();
    if (lambd == 0.0)
        slot_raise(SLOT_ZERO_DIVISION_ERROR, "float division by zero");
    return -log(1.0 - u) / lambd;
}
