/*
 * runtime_containers_test.c - unit tests for dict[K, V], set[T] and deque[T] in
 * libslot, checked against CPython 3.11.
 *
 * Every expected text is what python3 prints for the same operations: a
 * dict prints in insertion order, a set in the order of CPython's hash
 * table, which set.c reproduces for ints, floats, bools and tuples of ints.
 * The stress tests run 100,000 pseudo-random operations (a 64-bit LCG that
 * the Python side computes too), check every answer against a plain shadow
 * array, and compare a checksum of the final iteration order with the one
 * python3 computes for the same sequence.
 *
 * A raised exception ends the process, so those tests declare
 * .exit_code = 1 and check stderr from an atexit handler, as runtime_test.c
 * does.  The same file is built against the collector and the arena.
 */
#define _POSIX_C_SOURCE 200809L

#include "unit.h"

#include <criterion/criterion.h>
#include <criterion/redirect.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

/* ---- helpers ------------------------------------------------------------ */

#define COUNT(array) (sizeof(array) / sizeof((array)[0]))
/* An int64_t array literal and its length, for the set builders. */
#define INTS(...)                                            \
    (int64_t) COUNT(((int64_t[]){__VA_ARGS__})), (int64_t[]) \
    {                                                        \
        __VA_ARGS__                                          \
    }

static slot_list *int_list(int64_t n, const int64_t *items)
{
    return slot_list_from(sizeof(int64_t), true, n, items);
}

/* set(xs) for a list of ints: adds in list order. */
static slot_set *int_set(int64_t n, const int64_t *items)
{
    return slot_set_from_list(int_list(n, items), slot_hashof_int, slot_eq_int);
}

static slot_set *empty_int_set(void)
{
    return slot_set_new(sizeof(int64_t), true, slot_hashof_int, slot_eq_int);
}

static const char *set_text(const slot_set *s)
{
    slot_buf b;
    slot_buf_init(&b);
    slot_buf_set(&b, s, slot_repr_int);
    return slot_buf_take(&b)->data;
}

static const char *list_text(const slot_list *xs)
{
    slot_buf b;
    slot_buf_init(&b);
    slot_buf_list(&b, xs, slot_repr_int);
    return slot_buf_take(&b)->data;
}

static const slot_str *str(const char *text)
{
    return slot_str_from_cstr(text);
}

/* dict[str, int] and its operations by C text. */
static slot_dict *str_int_dict(void)
{
    return slot_dict_new(sizeof(const slot_str *), false, sizeof(int64_t), true, slot_hashof_str,
                         slot_eq_str);
}

static void put(slot_dict *d, const char *key, int64_t value)
{
    const slot_str *k = str(key);
    SLOT_ITEM(int64_t, slot_dict_set(d, &k)) = value;
}

static int64_t *lookup(const slot_dict *d, const char *key)
{
    const slot_str *k = str(key);
    return slot_dict_get(d, &k);
}

static bool del(slot_dict *d, const char *key)
{
    const slot_str *k = str(key);
    return slot_dict_del(d, &k, slot_repr_str, false);
}

static slot_dict *int_int_dict(void)
{
    return slot_dict_new(sizeof(int64_t), true, sizeof(int64_t), true, slot_hashof_int,
                         slot_eq_int);
}

static const char *dict_text(const slot_dict *d, slot_repr_fn key_repr, slot_repr_fn value_repr)
{
    slot_buf b;
    slot_buf_init(&b);
    slot_buf_dict(&b, d, key_repr, value_repr);
    return slot_buf_take(&b)->data;
}

static const char *si_text(const slot_dict *d)
{
    return dict_text(d, slot_repr_str, slot_repr_int);
}

/* tuple[int, int] as a value type, hashed as CPython hashes the tuple. */
typedef struct pair {
    int64_t a, b;
} pair;

static int64_t hash_pair(const void *item)
{
    const pair *p = item;
    int64_t h[2] = {slot_hash_int(p->a), slot_hash_int(p->b)};
    return slot_hash_tuple(2, h);
}

static bool eq_pair(const void *x, const void *y)
{
    const pair *p = x, *q = y;
    return p->a == q->a && p->b == q->b;
}

static void repr_pair(slot_buf *out, const void *item)
{
    const pair *p = item;
    slot_buf_char(out, '(');
    slot_buf_int(out, p->a);
    slot_buf_cstr(out, ", ");
    slot_buf_int(out, p->b);
    slot_buf_char(out, ')');
}

/* The LCG both sides of the stress tests step. */
static uint64_t lcg(uint64_t x)
{
    return x * 6364136223846793005u + 1442695040888963407u;
}

/* Folds a key into a checksum of an iteration order, as the Python side
 * does with h = (h * 1000003 + k) % 2**64. */
static uint64_t fold(uint64_t h, int64_t k)
{
    return h * 1000003u + (uint64_t)k;
}

/* ---- hash callbacks ----------------------------------------------------- */

Test(hash, callbacks_match_cpython, .init = setup)
{
    int64_t minus_one = -1, big = INT64_MAX;
    double half = 0.5, inf = INFINITY;
    bool yes = true, no = false;
    cr_assert_eq(slot_hashof_int(&minus_one), -2);
    cr_assert_eq(slot_hashof_int(&big), 3);
    cr_assert_eq(slot_hashof_float(&half), 1152921504606846976);
    cr_assert_eq(slot_hashof_float(&inf), 314159);
    cr_assert_eq(slot_hashof_bool(&yes), 1);
    cr_assert_eq(slot_hashof_bool(&no), 0);
    const slot_str *s = str("abc");
    cr_assert_eq(slot_hashof_str(&s), s->hash);
}

/* ---- dict: order -------------------------------------------------------- */

Test(dict, empty_repr, .init = setup)
{
    slot_dict *d = str_int_dict();
    cr_assert_eq(d->len, 0);
    cr_assert_str_eq(si_text(d), "{}");
    cr_assert_null(lookup(d, "a"));
}

Test(dict, insertion_order, .init = setup)
{
    slot_dict *d = str_int_dict();
    put(d, "a", 1);
    put(d, "b", 2);
    cr_assert_eq(d->len, 2);
    cr_assert_str_eq(si_text(d), "{'a': 1, 'b': 2}");
}

Test(dict, overwrite_keeps_position, .init = setup)
{
    slot_dict *d = str_int_dict();
    put(d, "b", 1);
    put(d, "a", 2);
    put(d, "b", 3);
    cr_assert_eq(d->len, 2);
    cr_assert_str_eq(si_text(d), "{'b': 3, 'a': 2}");
}

Test(dict, delete_keeps_order_of_the_rest, .init = setup)
{
    slot_dict *d = str_int_dict();
    put(d, "a", 1);
    put(d, "b", 2);
    put(d, "c", 3);
    put(d, "d", 4);
    cr_assert(del(d, "b"));
    cr_assert_str_eq(si_text(d), "{'a': 1, 'c': 3, 'd': 4}");
    put(d, "b", 5);
    cr_assert_str_eq(si_text(d), "{'a': 1, 'c': 3, 'd': 4, 'b': 5}");
    cr_assert_eq(d->len, 4);
}

Test(dict, delete_missing_without_raise, .init = setup)
{
    slot_dict *d = str_int_dict();
    cr_assert_not(del(d, "x"));
    put(d, "x", 1);
    cr_assert(del(d, "x"));
    cr_assert_not(del(d, "x"));
    cr_assert_eq(d->len, 0);
    cr_assert_str_eq(si_text(d), "{}");
}

Test(dict, equal_strings_are_one_key, .init = setup)
{
    slot_dict *d = str_int_dict();
    put(d, "key", 1);
    const slot_str *built = slot_str_concat(str("k"), str("ey"));
    SLOT_ITEM(int64_t, slot_dict_set(d, &built)) += 10;
    cr_assert_eq(d->len, 1);
    cr_assert_eq(*lookup(d, "key"), 11);
    cr_assert(slot_dict_contains(d, &built));
}

Test(dict, int_float_repr, .init = setup)
{
    slot_dict *d = slot_dict_new(sizeof(int64_t), true, sizeof(double), true, slot_hashof_int,
                                 slot_eq_int);
    SLOT_ITEM(double, slot_dict_set(d, &(int64_t){1})) = 0.5;
    SLOT_ITEM(double, slot_dict_set(d, &(int64_t){-2})) = 1e16;
    cr_assert_str_eq(dict_text(d, slot_repr_int, slot_repr_float), "{1: 0.5, -2: 1e+16}");
}

Test(dict, key_reprs_quote_as_cpython, .init = setup)
{
    slot_dict *d = str_int_dict();
    put(d, "it's", 1);
    put(d, "a\"b", 2);
    put(d, "q\n", 3);
    cr_assert_str_eq(si_text(d), "{\"it's\": 1, 'a\"b': 2, 'q\\n': 3}");
}

Test(dict, zero_and_negative_zero_are_one_key, .init = setup)
{
    slot_dict *d = slot_dict_new(sizeof(double), true, sizeof(int64_t), true, slot_hashof_float,
                                 slot_eq_float);
    SLOT_ITEM(int64_t, slot_dict_set(d, &(double){0.0})) = 1;
    SLOT_ITEM(int64_t, slot_dict_set(d, &(double){-0.0})) = 2;
    cr_assert_str_eq(dict_text(d, slot_repr_float, slot_repr_int), "{0.0: 2}");
}

Test(dict, nan_key_found_through_the_same_value, .init = setup)
{
    slot_dict *d = slot_dict_new(sizeof(double), true, sizeof(int64_t), true, slot_hashof_float,
                                 slot_eq_float);
    double nan = NAN;
    SLOT_ITEM(int64_t, slot_dict_set(d, &nan)) = 1;
    SLOT_ITEM(int64_t, slot_dict_set(d, &nan)) = 2;
    cr_assert_eq(d->len, 1);
    cr_assert_eq(SLOT_ITEM(int64_t, slot_dict_get(d, &nan)), 2);
    cr_assert_str_eq(dict_text(d, slot_repr_float, slot_repr_int), "{nan: 2}");
}

Test(dict, bool_keys, .init = setup)
{
    slot_dict *d = slot_dict_new(sizeof(bool), true, sizeof(int64_t), true, slot_hashof_bool,
                                 slot_eq_bool);
    SLOT_ITEM(int64_t, slot_dict_set(d, &(bool){true})) = 1;
    SLOT_ITEM(int64_t, slot_dict_set(d, &(bool){false})) = 2;
    cr_assert_str_eq(dict_text(d, slot_repr_bool, slot_repr_int), "{True: 1, False: 2}");
}

Test(dict, tuple_keys_and_str_values, .init = setup)
{
    slot_dict *d = slot_dict_new(sizeof(pair), true, sizeof(const slot_str *), false, hash_pair,
                                 eq_pair);
    SLOT_ITEM(const slot_str *, slot_dict_set(d, &(pair){1, 2})) = str("a");
    SLOT_ITEM(const slot_str *, slot_dict_set(d, &(pair){3, -4})) = str("b");
    cr_assert(slot_dict_contains(d, &(pair){3, -4}));
    cr_assert_not(slot_dict_contains(d, &(pair){-4, 3}));
    cr_assert_str_eq(dict_text(d, repr_pair, slot_repr_str), "{(1, 2): 'a', (3, -4): 'b'}");
}

/* ---- dict: methods ------------------------------------------------------ */

Test(dict, get_and_contains, .init = setup)
{
    slot_dict *d = str_int_dict();
    put(d, "a", 7);
    cr_assert_eq(*lookup(d, "a"), 7);
    cr_assert_null(lookup(d, "b"));
    const slot_str *a = str("a"), *b = str("b");
    cr_assert(slot_dict_contains(d, &a));
    cr_assert_not(slot_dict_contains(d, &b));
    cr_assert_eq(SLOT_ITEM(int64_t, slot_dict_at(d, &a, slot_repr_str)), 7);
}

Test(dict, set_returns_zeroed_value_for_new_key, .init = setup)
{
    slot_dict *d = int_int_dict();
    int64_t *v = slot_dict_set(d, &(int64_t){5});
    cr_assert_eq(*v, 0);
    *v += 3;
    SLOT_ITEM(int64_t, slot_dict_set(d, &(int64_t){5})) += 4;
    cr_assert_eq(SLOT_ITEM(int64_t, slot_dict_get(d, &(int64_t){5})), 7);
}

Test(dict, setdefault, .init = setup)
{
    slot_dict *d = str_int_dict();
    put(d, "a", 1);
    const slot_str *a = str("a"), *b = str("b");
    cr_assert_eq(SLOT_ITEM(int64_t, slot_dict_setdefault(d, &a, &(int64_t){5})), 1);
    cr_assert_eq(SLOT_ITEM(int64_t, slot_dict_setdefault(d, &b, &(int64_t){7})), 7);
    cr_assert_str_eq(si_text(d), "{'a': 1, 'b': 7}");
}

Test(dict, pop_with_and_without_default, .init = setup)
{
    slot_dict *d = str_int_dict();
    put(d, "a", 1);
    put(d, "b", 2);
    const slot_str *a = str("a"), *q = str("q");
    int64_t v = 0;
    cr_assert(slot_dict_pop(d, &a, &v, slot_repr_str));
    cr_assert_eq(v, 1);
    v = -1; /* d.pop('q', -1) */
    cr_assert_not(slot_dict_pop(d, &q, &v, NULL));
    cr_assert_eq(v, -1);
    cr_assert_str_eq(si_text(d), "{'b': 2}");
}

Test(dict, popitem_takes_the_last, .init = setup)
{
    slot_dict *d = str_int_dict();
    put(d, "x", 1);
    put(d, "y", 2);
    put(d, "z", 3);
    const slot_str *k;
    int64_t v;
    slot_dict_popitem(d, &k, &v);
    cr_assert_str_eq(k->data, "z");
    cr_assert_eq(v, 3);
    cr_assert_str_eq(si_text(d), "{'x': 1, 'y': 2}");
}

Test(dict, popitem_skips_holes, .init = setup)
{
    slot_dict *d = str_int_dict();
    put(d, "x", 1);
    put(d, "y", 2);
    put(d, "z", 3);
    del(d, "z");
    del(d, "y");
    const slot_str *k;
    int64_t v;
    slot_dict_popitem(d, &k, &v);
    cr_assert_str_eq(k->data, "x");
    cr_assert_eq(v, 1);
    cr_assert_str_eq(si_text(d), "{}");
    put(d, "w", 4);
    cr_assert_str_eq(si_text(d), "{'w': 4}");
}

Test(dict, eq_ignores_order, .init = setup)
{
    slot_dict *a = str_int_dict(), *b = str_int_dict();
    put(a, "x", 1);
    put(a, "y", 2);
    put(b, "y", 2);
    put(b, "x", 1);
    cr_assert(slot_dict_eq(a, b, slot_eq_int));
    put(b, "y", 3);
    cr_assert_not(slot_dict_eq(a, b, slot_eq_int));
    put(b, "y", 2);
    put(b, "z", 0);
    cr_assert_not(slot_dict_eq(a, b, slot_eq_int));
    del(b, "z");
    cr_assert(slot_dict_eq(a, b, slot_eq_int));
}

Test(dict, eq_needs_the_same_keys, .init = setup)
{
    slot_dict *a = str_int_dict(), *b = str_int_dict();
    put(a, "x", 1);
    put(b, "w", 1);
    cr_assert_not(slot_dict_eq(a, b, slot_eq_int));
    cr_assert(slot_dict_eq(str_int_dict(), str_int_dict(), slot_eq_int));
}

Test(dict, update_overrides_in_place_and_appends, .init = setup)
{
    slot_dict *a = str_int_dict(), *b = str_int_dict();
    put(a, "a", 1);
    put(a, "b", 2);
    put(a, "c", 3);
    put(b, "z", 0);
    put(b, "b", 20);
    slot_dict_update(a, b);
    cr_assert_str_eq(si_text(a), "{'a': 1, 'b': 20, 'c': 3, 'z': 0}");
    slot_dict *e = str_int_dict();
    slot_dict_update(e, a);
    cr_assert_str_eq(si_text(e), "{'a': 1, 'b': 20, 'c': 3, 'z': 0}");
}

Test(dict, copy_is_independent, .init = setup)
{
    slot_dict *d = str_int_dict();
    put(d, "a", 1);
    put(d, "b", 2);
    slot_dict *c = slot_dict_copy(d);
    put(c, "a", 10);
    put(c, "c", 3);
    cr_assert_str_eq(si_text(d), "{'a': 1, 'b': 2}");
    cr_assert_str_eq(si_text(c), "{'a': 10, 'b': 2, 'c': 3}");
}

Test(dict, copy_with_many_holes, .init = setup)
{
    slot_dict *d = int_int_dict();
    for (int64_t k = 0; k < 10; k++)
        SLOT_ITEM(int64_t, slot_dict_set(d, &k)) = k * k;
    for (int64_t k = 0; k < 10; k += 2)
        slot_dict_del(d, &k, slot_repr_int, true);
    slot_dict *c = slot_dict_copy(d);
    SLOT_ITEM(int64_t, slot_dict_set(c, &(int64_t){100})) = 1;
    cr_assert_str_eq(dict_text(c, slot_repr_int, slot_repr_int),
                     "{1: 1, 3: 9, 5: 25, 7: 49, 9: 81, 100: 1}");
    cr_assert_str_eq(dict_text(d, slot_repr_int, slot_repr_int),
                     "{1: 1, 3: 9, 5: 25, 7: 49, 9: 81}");
}

Test(dict, clear_then_reuse, .init = setup)
{
    slot_dict *d = str_int_dict();
    put(d, "a", 1);
    put(d, "b", 2);
    slot_dict_clear(d);
    cr_assert_eq(d->len, 0);
    cr_assert_null(lookup(d, "a"));
    cr_assert_str_eq(si_text(d), "{}");
    put(d, "b", 3);
    cr_assert_str_eq(si_text(d), "{'b': 3}");
}

Test(dict, keys_values_items, .init = setup)
{
    slot_dict *d = slot_dict_new(sizeof(int64_t), true, sizeof(double), true, slot_hashof_int,
                                 slot_eq_int);
    SLOT_ITEM(double, slot_dict_set(d, &(int64_t){3})) = 1.5;
    SLOT_ITEM(double, slot_dict_set(d, &(int64_t){1})) = 2.5;
    cr_assert_str_eq(list_text(slot_dict_keys(d)), "[3, 1]");
    slot_buf b;
    slot_buf_init(&b);
    slot_buf_list(&b, slot_dict_values(d), slot_repr_float);
    cr_assert_str_eq(slot_buf_take(&b)->data, "[1.5, 2.5]");
    typedef struct {
        int64_t k;
        double v;
    } item;
    slot_list *items = slot_dict_items(d, sizeof(item), true, offsetof(item, k), offsetof(item, v));
    cr_assert_eq(items->len, 2);
    item *first = slot_list_at(items, 0), *second = slot_list_at(items, 1);
    cr_assert(first->k == 3 && first->v == 1.5);
    cr_assert(second->k == 1 && second->v == 2.5);
}

/* ---- dict: iteration ---------------------------------------------------- */

Test(dict, next_skips_holes, .init = setup)
{
    slot_dict *d = int_int_dict();
    for (int64_t k = 1; k <= 6; k++)
        SLOT_ITEM(int64_t, slot_dict_set(d, &k)) = 10 * k;
    slot_dict_del(d, &(int64_t){1}, slot_repr_int, true);
    slot_dict_del(d, &(int64_t){4}, slot_repr_int, true);
    int64_t seen[8], n = 0;
    void *k, *v;
    for (int64_t p = 0; (p = slot_dict_next(d, p, &k, &v)) >= 0; p++) {
        cr_assert_eq(SLOT_ITEM(int64_t, v), 10 * SLOT_ITEM(int64_t, k));
        seen[n++] = SLOT_ITEM(int64_t, k);
    }
    cr_assert_eq(n, 4);
    cr_assert(seen[0] == 2 && seen[1] == 3 && seen[2] == 5 && seen[3] == 6);
}

Test(dict, cursor_allows_setting_existing_keys, .init = setup)
{
    /* for k in d: d[k] = 9  -- no error, as in CPython */
    slot_dict *d = int_int_dict();
    SLOT_ITEM(int64_t, slot_dict_set(d, &(int64_t){1})) = 1;
    SLOT_ITEM(int64_t, slot_dict_set(d, &(int64_t){2})) = 2;
    slot_dict_cursor c = slot_dict_begin(d);
    void *k;
    int64_t n = 0;
    while (slot_dict_step(d, &c, &k, NULL)) {
        SLOT_ITEM(int64_t, slot_dict_set(d, k)) = 9;
        n++;
    }
    cr_assert_eq(n, 2);
    cr_assert_str_eq(dict_text(d, slot_repr_int, slot_repr_int), "{1: 9, 2: 9}");
}

Test(dict, iter_yields_keys, .init = setup)
{
    slot_dict *d = str_int_dict();
    put(d, "one", 1);
    put(d, "two", 2);
    put(d, "three", 3);
    del(d, "two");
    slot_iter *it = slot_dict_iter(d);
    const slot_str *k;
    cr_assert(slot_next(it, &k));
    cr_assert_str_eq(k->data, "one");
    cr_assert(slot_next(it, &k));
    cr_assert_str_eq(k->data, "three");
    cr_assert_not(slot_next(it, &k));
    cr_assert_not(slot_next(it, &k));
}

/* ---- dict: growth and stress ------------------------------------------ */

Test(dict, growth_keeps_insertion_order, .init = setup)
{
    /* Crosses the 1-, 2- and 4-byte index widths. */
    slot_dict *d = int_int_dict();
    for (int64_t i = 0; i < 100000; i++) {
        int64_t key = (i * 7919) % 100000;
        SLOT_ITEM(int64_t, slot_dict_set(d, &key)) = i;
    }
    cr_assert_eq(d->len, 100000);
    void *k, *v;
    int64_t i = 0;
    for (int64_t p = 0; (p = slot_dict_next(d, p, &k, &v)) >= 0; p++, i++) {
        cr_assert_eq(SLOT_ITEM(int64_t, k), (i * 7919) % 100000);
        cr_assert_eq(SLOT_ITEM(int64_t, v), i);
    }
    cr_assert_eq(i, 100000);
}

/* 100,000 random d[key] = i and d.pop(key, None), checked against a shadow
 * array; the final order and values are python3's (scripted alike). */
Test(dict, stress_against_shadow_and_cpython, .init = setup)
{
    enum { KEYS = 50000 };
    static int64_t shadow[KEYS];   /* value, or -1 when absent */
    static int64_t inserted[KEYS]; /* when the key last went in */
    for (int i = 0; i < KEYS; i++)
        shadow[i] = inserted[i] = -1;
    slot_dict *d = int_int_dict();
    uint64_t x = 7;
    int64_t live = 0;
    for (int64_t i = 0; i < 100000; i++) {
        x = lcg(x);
        int64_t key = (int64_t)((x >> 33) % KEYS);
        if ((x >> 20) % 5 == 0) {
            int64_t v = -7;
            bool had = slot_dict_pop(d, &key, &v, NULL);
            cr_assert_eq(had, shadow[key] >= 0);
            cr_assert_eq(v, had ? shadow[key] : -7);
            live -= had;
            shadow[key] = -1;
        } else {
            live += shadow[key] < 0;
            if (shadow[key] < 0)
                inserted[key] = i;
            SLOT_ITEM(int64_t, slot_dict_set(d, &key)) = i;
            shadow[key] = i;
        }
        cr_assert_eq(d->len, live);
    }
    uint64_t keys = 0, values = 0;
    int64_t last = -1, n = 0;
    void *k, *v;
    for (int64_t p = 0; (p = slot_dict_next(d, p, &k, &v)) >= 0; p++, n++) {
        int64_t key = SLOT_ITEM(int64_t, k);
        cr_assert_eq(SLOT_ITEM(int64_t, v), shadow[key]);
        cr_assert_gt(inserted[key], last); /* insertion order */
        last = inserted[key];
        keys = fold(keys, key);
        values = fold(values, SLOT_ITEM(int64_t, v));
    }
    cr_assert_eq(n, 34568);
    cr_assert_eq(keys, 9253395899096708221u);
    cr_assert_eq(values, 11154774570280899664u);
    for (int64_t key = 0; key < KEYS; key++)
        cr_assert_eq(slot_dict_contains(d, &key), shadow[key] >= 0);
}

/* ---- set: CPython's order ----------------------------------------------- */

Test(set, empty_repr, .init = setup)
{
    slot_set *s = empty_int_set();
    cr_assert_eq(s->len, 0);
    cr_assert_str_eq(set_text(s), "set()");
    cr_assert_not(slot_set_contains(s, &(int64_t){0}));
    cr_assert_not(slot_set_discard(s, &(int64_t){0}));
}

Test(set, adds_print_in_table_order, .init = setup)
{
    /* s = set(); for x in [5, 1, 33, 17, 2]: s.add(x) */
    slot_set *s = empty_int_set();
    int64_t xs[] = {5, 1, 33, 17, 2};
    for (size_t i = 0; i < COUNT(xs); i++)
        cr_assert(slot_set_add(s, &xs[i]));
    cr_assert_not(slot_set_add(s, &xs[0]));
    cr_assert_eq(s->len, 5);
    cr_assert_str_eq(set_text(s), "{1, 2, 33, 5, 17}");
}

Test(set, constant_display_is_a_copy, .init = setup)
{
    /* print({5, 1, 33, 17, 2}): CPython folds the constants into a
     * frozenset and copies it into the new set. */
    slot_set *s = slot_set_copy(int_set(INTS(5, 1, 33, 17, 2)));
    cr_assert_str_eq(set_text(s), "{1, 2, 33, 17, 5}");
}

Test(set, from_list_with_duplicates, .init = setup)
{
    slot_set *s = int_set(INTS(5, 1, 33, 17, 2, 5, 1));
    cr_assert_eq(s->len, 5);
    cr_assert_str_eq(set_text(s), "{1, 2, 33, 5, 17}");
}

Test(set, negative_and_extreme_ints, .init = setup)
{
    slot_set *s = int_set(INTS(-1, -2, 0, 1, 2305843009213693951, 2305843009213693952,
                               -2305843009213693951, INT64_MAX, INT64_MIN));
    cr_assert_str_eq(set_text(s), "{0, 1, 2305843009213693951, 2305843009213693952, "
                                  "-2305843009213693951, 9223372036854775807, -2, "
                                  "-9223372036854775808, -1}");
}

Test(set, add_reuses_the_last_deleted_slot, .init = setup)
{
    slot_set *s = int_set(INTS(10, 11, 12, 13, 14, 15, 16, 17, 18, 19));
    slot_set_update_list(s, int_list(INTS(0, 1, 32, 64)));
    cr_assert_str_eq(set_text(s), "{0, 1, 32, 64, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19}");
    slot_set_discard(s, &(int64_t){0});
    slot_set_discard(s, &(int64_t){32});
    slot_set_add(s, &(int64_t){96});
    cr_assert_str_eq(set_text(s), "{1, 96, 64, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19}");
}

Test(set, growth_order, .init = setup)
{
    slot_set *s = empty_int_set();
    for (int64_t x = 100; x > 0; x -= 7)
        slot_set_add(s, &x);
    cr_assert_str_eq(set_text(s), "{65, 2, 100, 37, 72, 9, 44, 79, 16, 51, 86, 23, 58, 93, 30}");
}

Test(set, update_from_list, .init = setup)
{
    slot_set *s = slot_set_copy(int_set(INTS(4, 8, 12)));
    slot_set_update_list(s, int_list(INTS(16, 20, 24, 28, 2)));
    cr_assert_str_eq(set_text(s), "{2, 4, 8, 12, 16, 20, 24, 28}");
}

Test(set, floats_in_cpython_order, .init = setup)
{
    double xs[] = {0.5, 1.5, -2.25, 1e16, 0.1, 3.0};
    slot_set *s = slot_set_from_list(slot_list_from(sizeof(double), true, COUNT(xs), xs),
                                     slot_hashof_float, slot_eq_float);
    slot_buf b;
    slot_buf_init(&b);
    slot_buf_set(&b, s, slot_repr_float);
    cr_assert_str_eq(slot_buf_take(&b)->data, "{0.5, 1.5, 1e+16, 0.1, 3.0, -2.25}");
}

Test(set, bools, .init = setup)
{
    bool xs[] = {true, false, true};
    slot_set *s = slot_set_from_list(slot_list_from(sizeof(bool), true, COUNT(xs), xs),
                                     slot_hashof_bool, slot_eq_bool);
    slot_buf b;
    slot_buf_init(&b);
    slot_buf_set(&b, s, slot_repr_bool);
    cr_assert_str_eq(slot_buf_take(&b)->data, "{False, True}");
}

Test(set, tuples_in_cpython_order, .init = setup)
{
    pair xs[] = {{1, 2}, {3, 4}, {1, 2}, {-1, 0}, {0, 0}, {5, -7}};
    slot_set *s = slot_set_from_list(slot_list_from(sizeof(pair), true, COUNT(xs), xs), hash_pair,
                                     eq_pair);
    slot_buf b;
    slot_buf_init(&b);
    slot_buf_set(&b, s, repr_pair);
    cr_assert_str_eq(slot_buf_take(&b)->data, "{(1, 2), (3, 4), (0, 0), (-1, 0), (5, -7)}");
    cr_assert(slot_set_contains(s, &(pair){5, -7}));
    cr_assert_not(slot_set_contains(s, &(pair){-7, 5}));
}

Test(set, strings_by_content, .init = setup)
{
    /* The order of a str set is slotc's own; membership is by content. */
    slot_set *s = slot_set_new(sizeof(const slot_str *), false, slot_hashof_str, slot_eq_str);
    const char *words[] = {"pear", "apple", "fig", "apple", "kiwi"};
    for (size_t i = 0; i < COUNT(words); i++) {
        const slot_str *w = str(words[i]);
        slot_set_add(s, &w);
    }
    cr_assert_eq(s->len, 4);
    const slot_str *fig = slot_str_concat(str("f"), str("ig")), *plum = str("plum");
    cr_assert(slot_set_contains(s, &fig));
    cr_assert_not(slot_set_contains(s, &plum));
    cr_assert(slot_set_discard(s, &fig));
    cr_assert_eq(s->len, 3);
    slot_buf b;
    slot_buf_init(&b);
    slot_buf_set(&b, s, slot_repr_str);
    const char *text = slot_buf_take(&b)->data;
    cr_assert(strstr(text, "'pear'") && strstr(text, "'apple'") && strstr(text, "'kiwi'"));
    cr_assert_eq(strlen(text), strlen("{'pear', 'apple', 'kiwi'}"));
}

Test(set, from_dict_keys, .init = setup)
{
    /* d = {40: 0, 8: 1, 16: 2, 3: 3, 24: 4}; del d[8]; set(d) */
    slot_dict *d = int_int_dict();
    int64_t keys[] = {40, 8, 16, 3, 24};
    for (int64_t i = 0; i < 5; i++)
        SLOT_ITEM(int64_t, slot_dict_set(d, &keys[i])) = i;
    slot_dict_del(d, &(int64_t){8}, slot_repr_int, true);
    slot_set *s = empty_int_set();
    slot_set_update_dict(s, d);
    cr_assert_str_eq(set_text(s), "{40, 16, 3, 24}");
}

Test(set, list_from_set, .init = setup)
{
    cr_assert_str_eq(list_text(slot_list_from_set(int_set(INTS(33, 1, 65, 2)))), "[65, 33, 2, 1]");
}

/* ---- set: operators ----------------------------------------------------- */

/* a = {1, 9, 17, 25, 3}, b = {25, 33, 41, 3, 100, 8}, as python3 builds
 * them from those lists. */
static slot_set *set_a(void)
{
    return int_set(INTS(1, 9, 17, 25, 3));
}

static slot_set *set_b(void)
{
    return int_set(INTS(25, 33, 41, 3, 100, 8));
}

Test(set, union_order, .init = setup)
{
    cr_assert_str_eq(set_text(slot_set_union(set_a(), set_b())),
                     "{1, 33, 3, 100, 8, 9, 41, 17, 25}");
    cr_assert_str_eq(set_text(slot_set_union(set_b(), set_a())),
                     "{33, 1, 3, 100, 8, 41, 9, 17, 25}");
}

Test(set, intersection_order, .init = setup)
{
    cr_assert_str_eq(set_text(slot_set_intersection(set_a(), set_b())), "{25, 3}");
    cr_assert_str_eq(set_text(slot_set_intersection(set_b(), set_a())), "{25, 3}");
}

Test(set, difference_order, .init = setup)
{
    cr_assert_str_eq(set_text(slot_set_difference(set_a(), set_b())), "{1, 9, 17}");
    cr_assert_str_eq(set_text(slot_set_difference(set_b(), set_a())), "{8, 33, 100, 41}");
}

Test(set, difference_of_a_much_larger_set, .init = setup)
{
    /* set(range(0, 64, 3)) - {3, 9, 30, 1000}: copy, then discard */
    slot_set *big = empty_int_set();
    for (int64_t x = 0; x < 64; x += 3)
        slot_set_add(big, &x);
    cr_assert_str_eq(set_text(slot_set_difference(big, int_set(INTS(3, 9, 30, 1000)))),
                     "{0, 6, 12, 15, 18, 21, 24, 27, 33, 36, 39, 42, 45, 48, 51, 54, 57, 60, 63}");
}

Test(set, symmetric_difference_order, .init = setup)
{
    cr_assert_str_eq(set_text(slot_set_symmetric_difference(set_a(), set_b())),
                     "{33, 1, 17, 100, 9, 8, 41}");
    cr_assert_str_eq(set_text(slot_set_symmetric_difference(set_b(), set_a())),
                     "{1, 8, 9, 17, 33, 100, 41}");
}

Test(set, in_place_operators, .init = setup)
{
    /* c = set(a); c |= b, and so on: each on a copy of a, as python3 ran. */
    slot_set *s = slot_set_copy(set_a());
    slot_set_update(s, set_b());
    cr_assert_str_eq(set_text(s), "{1, 33, 3, 100, 8, 9, 41, 17, 25}");
    s = slot_set_copy(set_a());
    slot_set_intersection_update(s, set_b());
    cr_assert_str_eq(set_text(s), "{25, 3}");
    s = slot_set_copy(set_a());
    slot_set_difference_update(s, set_b());
    cr_assert_str_eq(set_text(s), "{1, 17, 9}");
    s = slot_set_copy(set_a());
    slot_set_symmetric_difference_update(s, set_b());
    cr_assert_str_eq(set_text(s), "{1, 8, 9, 17, 33, 100, 41}");
    s = set_a(); /* a -= b on a itself */
    slot_set_difference_update(s, set_b());
    cr_assert_str_eq(set_text(s), "{1, 9, 17}");
}

Test(set, in_place_with_itself, .init = setup)
{
    slot_set *s = int_set(INTS(1, 2, 3));
    slot_set_symmetric_difference_update(s, s);
    cr_assert_str_eq(set_text(s), "set()");
    s = int_set(INTS(1, 2, 3));
    slot_set_difference_update(s, s);
    cr_assert_str_eq(set_text(s), "set()");
    s = int_set(INTS(1, 2, 3));
    slot_set_intersection_update(s, s);
    cr_assert_str_eq(set_text(s), "{1, 2, 3}");
    slot_set_update(s, s);
    cr_assert_str_eq(set_text(s), "{1, 2, 3}");
}

Test(set, difference_update_clears_deleted_slots, .init = setup)
{
    /* c = set(range(0, 200, 5)); c -= set(range(0, 175, 5)): over a
     * quarter of the table is deleted slots, so it is rebuilt smaller,
     * which discarding one by one does not do. */
    slot_set *c = empty_int_set(), *d = empty_int_set(), *gone = empty_int_set();
    for (int64_t x = 0; x < 200; x += 5) {
        slot_set_add(c, &x);
        slot_set_add(d, &x);
        if (x < 175)
            slot_set_add(gone, &x);
    }
    slot_set_difference_update(c, gone);
    cr_assert_eq(c->fill, c->len);
    cr_assert_str_eq(set_text(c), "{195, 175, 180, 185, 190}");
    for (int64_t x = 0; x < 175; x += 5)
        slot_set_discard(d, &x);
    cr_assert_str_eq(set_text(d), "{175, 180, 185, 190, 195}");
}

Test(set, copy_with_and_without_deleted_slots, .init = setup)
{
    slot_set *c = empty_int_set();
    for (int64_t x = 0; x < 10; x++)
        slot_set_add(c, &x);
    for (int64_t x = 0; x < 7; x++)
        slot_set_discard(c, &x);
    cr_assert_str_eq(set_text(c), "{7, 8, 9}");
    cr_assert_str_eq(set_text(slot_set_copy(c)), "{8, 9, 7}");
    cr_assert_str_eq(set_text(slot_set_copy(int_set(INTS(1, 2, 3)))), "{1, 2, 3}");
    slot_set *big = empty_int_set();
    for (int64_t x = 0; x < 100; x += 8)
        slot_set_add(big, &x);
    const char *text = "{0, 32, 64, 96, 8, 40, 72, 16, 48, 80, 24, 56, 88}";
    cr_assert_str_eq(set_text(slot_set_copy(big)), text);
    cr_assert_str_eq(set_text(big), text);
}

Test(set, pop_order_and_finger, .init = setup)
{
    slot_set *s = int_set(INTS(5, 1, 33, 17, 2, 64, 128));
    int64_t expected[] = {64, 1, 2, 33, 128, 5, 17};
    for (size_t i = 0; i < COUNT(expected); i++) {
        int64_t x;
        slot_set_pop(s, &x);
        cr_assert_eq(x, expected[i], "pop %zu gave %ld", i, (long)x);
    }
    cr_assert_eq(s->len, 0);
    cr_assert_str_eq(set_text(s), "set()");
}

Test(set, clear_keeps_the_pop_finger, .init = setup)
{
    slot_set *s = int_set(INTS(8, 16, 24, 3));
    int64_t x;
    slot_set_pop(s, &x);
    cr_assert_eq(x, 8);
    slot_set_clear(s);
    cr_assert_str_eq(set_text(s), "set()");
    slot_set_update_list(s, int_list(INTS(1, 2, 3, 4, 5, 6)));
    slot_set_pop(s, &x);
    cr_assert_eq(x, 1);
    cr_assert_str_eq(set_text(s), "{2, 3, 4, 5, 6}");
}

Test(set, remove_and_discard, .init = setup)
{
    slot_set *s = int_set(INTS(1, 2, 3));
    slot_set_remove(s, &(int64_t){2}, slot_repr_int);
    cr_assert(slot_set_discard(s, &(int64_t){3}));
    cr_assert_not(slot_set_discard(s, &(int64_t){3}));
    cr_assert_str_eq(set_text(s), "{1}");
}

Test(set, comparisons, .init = setup)
{
    cr_assert(slot_set_eq(int_set(INTS(1, 2, 3)), int_set(INTS(3, 2, 1))));
    cr_assert_not(slot_set_eq(int_set(INTS(1, 2, 3)), int_set(INTS(1, 2))));
    cr_assert_not(slot_set_eq(int_set(INTS(1, 2, 4)), int_set(INTS(1, 2, 3))));
    cr_assert(slot_set_issubset(int_set(INTS(1, 2)), int_set(INTS(1, 2, 3))));
    cr_assert_not(slot_set_issubset(int_set(INTS(1, 5)), int_set(INTS(1, 2, 3))));
    cr_assert(slot_set_issubset(empty_int_set(), int_set(INTS(1))));
    cr_assert(slot_set_isdisjoint(int_set(INTS(1, 4)), int_set(INTS(2, 3))));
    cr_assert_not(slot_set_isdisjoint(int_set(INTS(1, 3)), int_set(INTS(2, 3))));
    cr_assert(slot_set_eq(empty_int_set(), empty_int_set()));
}

/* ---- set: iteration ----------------------------------------------------- */

Test(set, next_and_cursor_walk_in_order, .init = setup)
{
    slot_set *s = int_set(INTS(5, 1, 33, 17, 2));
    int64_t expected[] = {1, 2, 33, 5, 17};
    void *k;
    int64_t n = 0;
    for (int64_t p = 0; (p = slot_set_next(s, p, &k)) >= 0; p++)
        cr_assert_eq(SLOT_ITEM(int64_t, k), expected[n++]);
    cr_assert_eq(n, 5);
    slot_set_cursor c = slot_set_begin(s);
    n = 0;
    while (slot_set_step(s, &c, &k))
        cr_assert_eq(SLOT_ITEM(int64_t, k), expected[n++]);
    cr_assert_eq(n, 5);
    cr_assert_eq(slot_set_next(empty_int_set(), 0, &k), -1);
}

Test(set, iter_yields_keys, .init = setup)
{
    slot_iter *it = slot_set_iter(int_set(INTS(33, 1, 65, 2)));
    int64_t x, expected[] = {65, 33, 2, 1};
    for (size_t i = 0; i < COUNT(expected); i++) {
        cr_assert(slot_next(it, &x));
        cr_assert_eq(x, expected[i]);
    }
    cr_assert_not(slot_next(it, &x));
    cr_assert_not(slot_next(it, &x));
}

/* ---- set: stress -------------------------------------------------------- */

/* 100,000 random adds and discards checked against a shadow array; the
 * final order is python3's for the same sequence. */
Test(set, stress_against_shadow_and_cpython, .init = setup)
{
    enum { RANGE = 200000 };
    static bool shadow[RANGE];
    memset(shadow, 0, sizeof shadow);
    slot_set *s = empty_int_set();
    uint64_t x = 12345;
    int64_t live = 0;
    for (int i = 0; i < 100000; i++) {
        x = lcg(x);
        int64_t key = (int64_t)((x >> 33) % RANGE) - RANGE / 2;
        bool *present = &shadow[key + RANGE / 2];
        if ((x >> 20) % 4 == 0) {
            cr_assert_eq(slot_set_discard(s, &key), *present);
            live -= *present;
            *present = false;
        } else {
            cr_assert_eq(slot_set_add(s, &key), !*present);
            live += !*present;
            *present = true;
        }
        cr_assert_eq(s->len, live);
    }
    cr_assert_eq(s->len, 59129);
    uint64_t h = 0;
    void *k;
    for (int64_t p = 0; (p = slot_set_next(s, p, &k)) >= 0; p++)
        h = fold(h, SLOT_ITEM(int64_t, k));
    cr_assert_eq(h, 17571481821671271207u);
    slot_list *order = slot_list_from_set(s);
    order->len = 5;
    cr_assert_str_eq(list_text(order), "[2, 3, 4, 7, 10]");
    for (int64_t key = -RANGE / 2; key < RANGE / 2; key++)
        cr_assert_eq(slot_set_contains(s, &key), shadow[key + RANGE / 2]);
}

Test(set, large_sets_in_cpython_order, .init = setup)
{
    /* set(range(0, 3700000, 37)), then a set grown past 50,000 elements
     * (where CPython doubles instead of quadrupling) and thinned out. */
    slot_set *t = empty_int_set();
    for (int64_t x = 0; x < 100000 * 37; x += 37)
        slot_set_add(t, &x);
    uint64_t h = 0;
    void *k;
    for (int64_t p = 0; (p = slot_set_next(t, p, &k)) >= 0; p++)
        h = fold(h, SLOT_ITEM(int64_t, k));
    cr_assert_eq(h, 14659033903738688802u);
    slot_set *u = empty_int_set();
    for (int64_t i = 0; i < 120000; i++)
        slot_set_add(u, &(int64_t){i * 1000003 % ((int64_t)1 << 40)});
    for (int64_t i = 0; i < 120000; i += 3)
        slot_set_discard(u, &(int64_t){i * 1000003 % ((int64_t)1 << 40)});
    cr_assert_eq(u->len, 80000);
    h = 0;
    for (int64_t p = 0; (p = slot_set_next(u, p, &k)) >= 0; p++)
        h = fold(h, SLOT_ITEM(int64_t, k));
    cr_assert_eq(h, 13186216537709885164u);
}

Test(set, tuple_stress_in_cpython_order, .init = setup)
{
    slot_set *s = slot_set_new(sizeof(pair), true, hash_pair, eq_pair);
    uint64_t x = 99;
    for (int i = 0; i < 100000; i++) {
        x = lcg(x);
        pair key = {(int64_t)((x >> 33) % 5000), (int64_t)((x >> 13) % 7)};
        if ((x >> 7) % 3 == 0)
            slot_set_discard(s, &key);
        else
            slot_set_add(s, &key);
    }
    cr_assert_eq(s->len, 22071);
    uint64_t h = 0;
    void *k;
    for (int64_t p = 0; (p = slot_set_next(s, p, &k)) >= 0; p++) {
        const pair *q = k;
        h = h * 1000003u + (uint64_t)(q->a * 7 + q->b);
    }
    cr_assert_eq(h, 1664023370452769789u);
}

/* ---- exceptions --------------------------------------------------------- */

RAISES(dict_missing_str_key)
{
    expect_stderr("KeyError: 'x'\n");
    slot_dict *d = str_int_dict();
    put(d, "a", 1);
    const slot_str *x = str("x");
    slot_dict_at(d, &x, slot_repr_str);
}

RAISES(dict_missing_int_key)
{
    expect_stderr("KeyError: 42\n");
    slot_dict_at(int_int_dict(), &(int64_t){42}, slot_repr_int);
}

RAISES(dict_missing_tuple_key)
{
    expect_stderr("KeyError: (1, 2)\n");
    slot_dict *d = slot_dict_new(sizeof(pair), true, sizeof(int64_t), true, hash_pair, eq_pair);
    slot_dict_at(d, &(pair){1, 2}, repr_pair);
}

RAISES(dict_del_missing)
{
    expect_stderr("KeyError: 'gone'\n");
    slot_dict *d = str_int_dict();
    put(d, "gone", 1);
    del(d, "gone");
    const slot_str *k = str("gone");
    slot_dict_del(d, &k, slot_repr_str, true);
}

RAISES(dict_pop_missing)
{
    expect_stderr("KeyError: 7\n");
    int64_t v;
    slot_dict_pop(int_int_dict(), &(int64_t){7}, &v, slot_repr_int);
}

RAISES(dict_popitem_empty)
{
    expect_stderr("KeyError: 'popitem(): dictionary is empty'\n");
    slot_dict_popitem(str_int_dict(), NULL, NULL);
}

RAISES(dict_changed_size_during_iteration)
{
    /* d = {1: 1}; for k in d: d[2] = 2 */
    expect_stderr("RuntimeError: dictionary changed size during iteration\n");
    slot_dict *d = int_int_dict();
    SLOT_ITEM(int64_t, slot_dict_set(d, &(int64_t){1})) = 1;
    slot_dict_cursor c = slot_dict_begin(d);
    while (slot_dict_step(d, &c, NULL, NULL))
        SLOT_ITEM(int64_t, slot_dict_set(d, &(int64_t){2})) = 2;
}

RAISES(dict_keys_changed_during_iteration)
{
    /* d = {1: 1, 2: 2}; for k in d: del d[k]; d[k + 10] = 1 */
    expect_stderr("RuntimeError: dictionary keys changed during iteration\n");
    slot_dict *d = int_int_dict();
    SLOT_ITEM(int64_t, slot_dict_set(d, &(int64_t){1})) = 1;
    SLOT_ITEM(int64_t, slot_dict_set(d, &(int64_t){2})) = 2;
    slot_dict_cursor c = slot_dict_begin(d);
    void *k;
    while (slot_dict_step(d, &c, &k, NULL)) {
        int64_t key = SLOT_ITEM(int64_t, k);
        slot_dict_del(d, &key, slot_repr_int, true);
        SLOT_ITEM(int64_t, slot_dict_set(d, &(int64_t){key + 10})) = 1;
    }
}

RAISES(dict_iter_changed_size)
{
    expect_stderr("RuntimeError: dictionary changed size during iteration\n");
    slot_dict *d = int_int_dict();
    SLOT_ITEM(int64_t, slot_dict_set(d, &(int64_t){1})) = 1;
    slot_iter *it = slot_dict_iter(d);
    int64_t k;
    slot_next(it, &k);
    slot_dict_del(d, &k, slot_repr_int, true);
    slot_next(it, &k);
}

RAISES(set_remove_missing)
{
    expect_stderr("KeyError: 7\n");
    slot_set_remove(int_set(INTS(1, 2)), &(int64_t){7}, slot_repr_int);
}

RAISES(set_remove_missing_tuple)
{
    expect_stderr("KeyError: (1, 2)\n");
    slot_set *s = slot_set_new(sizeof(pair), true, hash_pair, eq_pair);
    slot_set_remove(s, &(pair){1, 2}, repr_pair);
}

RAISES(set_remove_missing_str)
{
    expect_stderr("KeyError: 'pear'\n");
    slot_set *s = slot_set_new(sizeof(const slot_str *), false, slot_hashof_str, slot_eq_str);
    const slot_str *k = str("pear");
    slot_set_remove(s, &k, slot_repr_str);
}

RAISES(set_pop_empty)
{
    expect_stderr("KeyError: 'pop from an empty set'\n");
    int64_t x;
    slot_set *s = int_set(INTS(1));
    slot_set_pop(s, &x);
    slot_set_pop(s, &x);
}

RAISES(set_changed_size_during_iteration)
{
    /* s = {1}; for k in s: s.add(5) */
    expect_stderr("RuntimeError: Set changed size during iteration\n");
    slot_set *s = int_set(INTS(1));
    slot_set_cursor c = slot_set_begin(s);
    void *k;
    while (slot_set_step(s, &c, &k))
        slot_set_add(s, &(int64_t){5});
}

RAISES(set_iter_changed_size)
{
    expect_stderr("RuntimeError: Set changed size during iteration\n");
    slot_set *s = int_set(INTS(1, 2));
    slot_iter *it = slot_set_iter(s);
    int64_t x;
    slot_next(it, &x);
    slot_set_discard(s, &x);
    slot_next(it, &x);
}

/* ---- deque[T] ------------------------------------------------------------ */

static const char *deque_text(const slot_deque *d)
{
    slot_buf b;
    slot_buf_init(&b);
    slot_buf_deque(&b, d, slot_repr_int);
    return slot_buf_take(&b)->data;
}

Test(deque, both_ends_and_maxlen, .init = setup)
{
    slot_deque *d = slot_deque_new(sizeof(int64_t), true, -1);
    for (int64_t k = 1; k <= 3; k++)
        SLOT_ITEM(int64_t, slot_deque_append(d)) = k;
    SLOT_ITEM(int64_t, slot_deque_appendleft(d)) = 0;
    cr_assert_str_eq(deque_text(d), "deque([0, 1, 2, 3])");
    slot_deque_rotate(d, -1);
    cr_assert_str_eq(deque_text(d), "deque([1, 2, 3, 0])");
    int64_t x;
    slot_deque_popleft(d, &x);
    cr_assert_eq(x, 1);
    slot_deque_pop(d, &x);
    cr_assert_eq(x, 0);
    cr_assert_eq(SLOT_ITEM(int64_t, slot_deque_at(d, -1)), 3);
    slot_deque *last = slot_deque_new(sizeof(int64_t), true, 2);
    slot_deque_extend(last, &d->items, false); /* [2, 3] */
    SLOT_ITEM(int64_t, slot_deque_appendleft(last)) = 9;
    cr_assert_str_eq(deque_text(last), "deque([9, 2], maxlen=2)");
}

/* 100,000 random operations at both ends against a shadow array (the
 * oracle: items kept in order in the middle of a big buffer). */
Test(deque, stress_against_shadow, .init = setup)
{
    enum { N = 100000 };
    static int64_t shadow[2 * N + 1];
    int64_t lo = N, hi = N; /* shadow[lo..hi) */
    slot_deque *d = slot_deque_new(sizeof(int64_t), true, -1);
    uint64_t x = 7;
    for (int64_t step = 0; step < N; step++) {
        x = lcg(x);
        int op = (int)(x >> 61); /* 0..7: pushes win, so the deque grows and shrinks in waves */
        int64_t got;
        if (op <= 1) {
            SLOT_ITEM(int64_t, slot_deque_append(d)) = step;
            shadow[hi++] = step;
        } else if (op <= 3) {
            SLOT_ITEM(int64_t, slot_deque_appendleft(d)) = step;
            shadow[--lo] = step;
        } else if (op == 4 && hi > lo) {
            slot_deque_pop(d, &got);
            cr_assert_eq(got, shadow[--hi]);
        } else if (op == 5 && hi > lo) {
            slot_deque_popleft(d, &got);
            cr_assert_eq(got, shadow[lo++]);
        } else if (hi > lo) {
            int64_t i = (int64_t)((x >> 20) % (uint64_t)(hi - lo));
            cr_assert_eq(SLOT_ITEM(int64_t, slot_deque_at(d, i)), shadow[lo + i]);
        }
        cr_assert_eq(d->items.len, hi - lo);
    }
    for (int64_t i = 0; i < hi - lo; i++)
        cr_assert_eq(SLOT_ITEM(int64_t, slot_list_at(&d->items, i)), shadow[lo + i]);
}

/* A queue that grows by a third of its pushes (append, popleft twice in
 * three steps), then work at both ends: first in, first out throughout. */
Test(deque, fifo_growing_queue, .init = setup)
{
    slot_deque *d = slot_deque_new(sizeof(int64_t), true, -1);
    int64_t expect = 0, got;
    for (int64_t k = 0; k < 300000; k++) {
        SLOT_ITEM(int64_t, slot_deque_append(d)) = k;
        if (k % 3 != 0) {
            slot_deque_popleft(d, &got);
            cr_assert_eq(got, expect++);
        }
    }
    cr_assert_eq(d->items.len, 100000);
    for (int64_t k = 0; k < 1000; k++) {
        SLOT_ITEM(int64_t, slot_deque_appendleft(d)) = -k;
        slot_deque_pop(d, &got);
    }
    cr_assert_eq(SLOT_ITEM(int64_t, slot_deque_at(d, 0)), -999);
    slot_deque_clear(d);
    SLOT_ITEM(int64_t, slot_deque_append(d)) = 7;
    cr_assert_str_eq(deque_text(d), "deque([7])");
}
