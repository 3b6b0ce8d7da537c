/*
 * list.c - list[T] and tuple[T, ...] with their items stored unboxed.
 *
 * slotc knows every element type at compile time, so a list of ints is an
 * array of int64_t, not an array of pointers to boxed ints.  The runtime
 * sees items as item_size bytes and is told what they mean through small
 * callbacks (the element protocols below): repr for printing, eq for `in`,
 * cmp for sorting.  A list whose items hold no pointers is allocated atomic
 * so the collector never scans it.
 *
 * A list is a header plus a separate item array that grows by doubling; a
 * tuple never grows, so it is one block, header then items.  Indexing
 * accepts Python's negative indices and raises CPython's IndexError.
 *
 * Sorting is a stable merge sort.  Python's sort(reverse=True) reverses the
 * list, sorts it stably and reverses it back, so equal items keep their
 * original order in both directions; merging with the comparison flipped
 * gives the same result in one pass.  As in Python, only "less than" is
 * asked of the comparator.
 */
#include "slot_internal.h"

#include <string.h>

/* ---- element protocols -------------------------------------------------- */

void slot_repr_int(slot_buf *out, const void *item)
{
    slot_buf_int(out, *(const int64_t *)item);
}

void slot_repr_float(slot_buf *out, const void *item)
{
    slot_buf_float(out, *(const double *)item);
}

void slot_repr_bool(slot_buf *out, const void *item)
{
    slot_buf_bool(out, *(const bool *)item);
}

void slot_repr_str(slot_buf *out, const void *item)
{
    slot_buf_str_repr(out, *(const slot_str *const *)item);
}

bool slot_eq_int(const void *a, const void *b)
{
    return *(const int64_t *)a == *(const int64_t *)b;
}

/* NaN equals nothing, itself included. */
bool slot_eq_float(const void *a, const void *b)
{
    return *(const double *)a == *(const double *)b;
}

bool slot_eq_bool(const void *a, const void *b)
{
    return *(const bool *)a == *(const bool *)b;
}

bool slot_eq_str(const void *a, const void *b)
{
    return slot_str_eq(*(const slot_str *const *)a, *(const slot_str *const *)b);
}

int slot_cmp_int(const void *a, const void *b)
{
    int64_t x = *(const int64_t *)a;
    int64_t y = *(const int64_t *)b;
    return (x > y) - (x < y);
}

/* NaN compares equal to everything (neither is less), so it stays put. */
int slot_cmp_float(const void *a, const void *b)
{
    double x = *(const double *)a;
    double y = *(const double *)b;
    return (x > y) - (x < y);
}

int slot_cmp_bool(const void *a, const void *b)
{
    bool x = *(const bool *)a;
    bool y = *(const bool *)b;
    return (x > y) - (x < y);
}

int slot_cmp_str(const void *a, const void *b)
{
    return slot_str_cmp(*(const slot_str *const *)a, *(const slot_str *const *)b);
}

/* ---- list --------------------------------------------------------------- */

/* An empty list owned by the collector. */
slot_list *slot_list_new(size_t item_size, bool atomic)
{
    if (item_size > UINT32_MAX)
        slot_alloc__out_of_memory(item_size);
    slot_list *self = slot_alloc(sizeof(slot_list));
    self->item_size = (uint32_t)item_size;
    self->atomic = atomic;
    return self;
}

/* A list owned by the collector holding a copy of n items; the caller keeps
 * items. */
slot_list *slot_list_from(size_t item_size, bool atomic, int64_t n, const void *items)
{
    slot_list *self = slot_list_new(item_size, atomic);
    if (n <= 0)
        return self;
    slot_alloc__list_items(self, n);
    memcpy(self->items, items, (size_t)n * item_size);
    self->len = n;
    return self;
}

/* Doubles the capacity (at least 8 items). */
static void list__grow(slot_list *self)
{
    slot_alloc__list_items(self, self->cap < 8 ? 8 : self->cap * 2);
}

void slot_list_reserve(slot_list *self, int64_t n)
{
    if (n > self->cap)
        slot_alloc__list_items(self, n);
}

/* The returned slot belongs to the list; it is valid until the next push. */
void *slot_list_push(slot_list *self)
{
    if (self->len == self->cap)
        list__grow(self);
    unsigned char *item = self->items + (size_t)self->len * self->item_size;
    memset(item, 0, self->item_size);
    self->len++;
    return item;
}

/* Python's index rule: negative counts from the end; -1 when out of range. */
static int64_t list__index(int64_t len, int64_t i)
{
    if (i < 0)
        i += len;
    return i >= 0 && i < len ? i : -1;
}

/* The address points into the list's storage, valid until the next push. */
void *slot_list_at(const slot_list *self, int64_t i)
{
    int64_t k = list__index(self->len, i);
    if (k < 0)
        slot_raise(SLOT_INDEX_ERROR, "list index out of range");
    return self->items + (size_t)k * self->item_size;
}

bool slot_list_contains(const slot_list *self, const void *item, slot_eq_fn eq)
{
    for (int64_t i = 0; i < self->len; i++) {
        if (eq(self->items + (size_t)i * self->item_size, item))
            return true;
    }
    return false;
}

/* Equal lengths and items equal one by one. */
static bool list__items_eq(const unsigned char *a, const unsigned char *b, int64_t n, size_t size,
                           slot_eq_fn eq)
{
    for (int64_t i = 0; i < n; i++)
        if (!eq(a + (size_t)i * size, b + (size_t)i * size))
            return false;
    return true;
}

/* Lexicographic order: the first items that differ decide, else the
 * shorter sequence is the smaller. */
static int list__items_cmp(const unsigned char *a, int64_t na, const unsigned char *b, int64_t nb, size_t size,
                           slot_cmp_fn cmp)
{
    for (int64_t i = 0; i < na && i < nb; i++) {
        int c = cmp(a + (size_t)i * size, b + (size_t)i * size);
        if (c != 0)
            return c;
    }
    return (na > nb) - (na < nb);
}

int slot_list_cmp(const slot_list *a, const slot_list *b, slot_cmp_fn cmp)
{
    return list__items_cmp(a->items, a->len, b->items, b->len, a->item_size, cmp);
}

int slot_tuple_cmp(const slot_tuple *a, const slot_tuple *b, slot_cmp_fn cmp)
{
    return list__items_cmp(a->items, a->len, b->items, b->len, (size_t)a->item_size, cmp);
}

slot_list *slot_list_repeat(const slot_list *self, int64_t n)
{
    slot_list *r = slot_list_new(self->item_size, self->atomic);
    if (n <= 0 || self->len == 0)
        return r;
    if (self->len > INT64_MAX / n) /* CPython: MemoryError */
        slot_alloc__out_of_memory(SIZE_MAX);
    slot_list_reserve(r, self->len * n);
    size_t size = (size_t)self->len * self->item_size;
    for (int64_t k = 0; k < n; k++)
        memcpy(r->items + (size_t)k * size, self->items, size);
    r->len = self->len * n;
    return r;
}

slot_list *slot_list_concat(const slot_list *a, const slot_list *b)
{
    slot_list *r = slot_list_from(a->item_size, a->atomic, a->len, a->items);
    for (int64_t i = 0; i < b->len; i++)
        memcpy(slot_list_push(r), b->items + (size_t)i * b->item_size, b->item_size);
    return r;
}

bool slot_list_eq(const slot_list *a, const slot_list *b, slot_eq_fn eq)
{
    return a->len == b->len && list__items_eq(a->items, b->items, a->len, a->item_size, eq);
}

/* "[a, b]": each item through repr, as Python prints a list. */
void slot_buf_list(slot_buf *out, const slot_list *self, slot_repr_fn repr)
{
    slot_buf_char(out, '[');
    for (int64_t i = 0; i < self->len; i++) {
        if (i > 0)
            slot_buf_cstr(out, ", ");
        repr(out, self->items + (size_t)i * self->item_size);
    }
    slot_buf_char(out, ']');
}

/* ---- sort --------------------------------------------------------------- */

/* What one merge pass needs to know. */
typedef struct list_sorter {
    size_t size; /* item size */
    slot_cmp_fn cmp;
    bool reverse;
} list_sorter;

/* Must b come before a?  Only when strictly before: ties keep the earlier
 * item (a, from the left run) first, which makes the sort stable. */
static bool list__before(const list_sorter *s, const void *b, const void *a)
{
    return s->reverse ? s->cmp(a, b) < 0 : s->cmp(b, a) < 0;
}

/* Merges the sorted runs src[lo, mid) and src[mid, hi) into dst[lo, hi). */
static void list__merge(const list_sorter *s, const unsigned char *src, unsigned char *dst,
                        size_t lo, size_t mid, size_t hi)
{
    size_t i = lo, j = mid, k = lo;
    while (i < mid && j < hi) {
        size_t from = list__before(s, src + j * s->size, src + i * s->size) ? j++ : i++;
        memcpy(dst + k++ * s->size, src + from * s->size, s->size);
    }
    memcpy(dst + k * s->size, src + i * s->size, (mid - i) * s->size);
    k += mid - i;
    memcpy(dst + k * s->size, src + j * s->size, (hi - j) * s->size);
}

/* Bottom-up merge sort: runs of width 1, 2, 4, ... merged back and forth
 * between the items and a scratch copy, ending in the items. */
void slot_list_sort(slot_list *self, slot_cmp_fn cmp, bool reverse)
{
    size_t n = (size_t)self->len;
    if (n < 2)
        return;
    list_sorter s = {self->item_size, cmp, reverse};
    unsigned char *src = self->items;
    unsigned char *dst = slot_alloc__scratch(n * s.size, self->atomic);
    for (size_t width = 1; width < n; width *= 2) {
        for (size_t lo = 0; lo < n; lo += 2 * width) {
            size_t mid = lo + width < n ? lo + width : n;
            size_t hi = mid + width < n ? mid + width : n;
            list__merge(&s, src, dst, lo, mid, hi);
        }
        unsigned char *t = src;
        src = dst;
        dst = t;
    }
    if (src != self->items)
        memcpy(self->items, src, n * s.size);
    slot_alloc__scratch_free(src == self->items ? dst : src);
}

/* ---- tuple -------------------------------------------------------------- */

/* A tuple owned by the collector holding a copy of n items (the caller
 * keeps items); header and items are one block, atomic if the items hold no
 * pointers. */
slot_tuple *slot_tuple_from(size_t item_size, bool atomic, int64_t n, const void *items)
{
    size_t count = n > 0 ? (size_t)n : 0;
    size_t size = slot_alloc__array_size(count, item_size);
    if (size > SIZE_MAX - sizeof(slot_tuple))
        slot_alloc__out_of_memory(size);
    size += sizeof(slot_tuple);
    slot_tuple *self = atomic ? slot_alloc_atomic(size) : slot_alloc(size);
    self->len = (int64_t)count;
    self->item_size = (int64_t)item_size;
    if (count > 0)
        memcpy(self->items, items, count * item_size);
    return self;
}

/* tuple(list): a new tuple, atomic exactly when the list's items are. */
slot_tuple *slot_tuple_from_list(const slot_list *list)
{
    return slot_tuple_from(list->item_size, list->atomic, list->len, list->items);
}

/* list(tuple): a new list; atomic is the element type's, which the tuple
 * does not record. */
slot_list *slot_list_from_tuple(const slot_tuple *self, bool atomic)
{
    return slot_list_from((size_t)self->item_size, atomic, self->len, self->items);
}

/* The address points into the tuple. */
const void *slot_tuple_at(const slot_tuple *self, int64_t i)
{
    int64_t k = list__index(self->len, i);
    if (k < 0)
        slot_raise(SLOT_INDEX_ERROR, "tuple index out of range");
    return self->items + (size_t)k * (size_t)self->item_size;
}

bool slot_tuple_contains(const slot_tuple *self, const void *item, slot_eq_fn eq)
{
    for (int64_t i = 0; i < self->len; i++) {
        if (eq(self->items + (size_t)i * (size_t)self->item_size, item))
            return true;
    }
    return false;
}

bool slot_tuple_eq(const slot_tuple *a, const slot_tuple *b, slot_eq_fn eq)
{
    return a->len == b->len && list__items_eq(a->items, b->items, a->len, (size_t)a->item_size, eq);
}

/* "()", "(a,)", "(a, b)". */
void slot_buf_tuple(slot_buf *out, const slot_tuple *self, slot_repr_fn repr)
{
    slot_buf_char(out, '(');
    for (int64_t i = 0; i < self->len; i++) {
        if (i > 0)
            slot_buf_cstr(out, ", ");
        repr(out, self->items + (size_t)i * (size_t)self->item_size);
    }
    if (self->len == 1)
        slot_buf_char(out, ',');
    slot_buf_char(out, ')');
}

/* ---- list methods ---------------------------------------------------------- */

/* The address of item k (0 <= k < len). */
static unsigned char *list__item(const slot_list *self, int64_t k)
{
    return self->items + (size_t)k * self->item_size;
}

void slot_list_insert(slot_list *self, int64_t i, const void *item)
{
    int64_t len = self->len;
    int64_t k = i < 0 ? (i + len < 0 ? 0 : i + len) : (i > len ? len : i); /* clamped, as Python does */
    slot_list_push(self);
    memmove(list__item(self, k + 1), list__item(self, k), (size_t)(len - k) * self->item_size);
    memcpy(list__item(self, k), item, self->item_size);
}

void slot_list_pop(slot_list *self, int64_t i, void *item)
{
    if (self->len == 0)
        slot_raise(SLOT_INDEX_ERROR, "pop from empty list");
    int64_t k = list__index(self->len, i);
    if (k < 0)
        slot_raise(SLOT_INDEX_ERROR, "pop index out of range");
    memcpy(item, list__item(self, k), self->item_size);
    memmove(list__item(self, k), list__item(self, k + 1), (size_t)(self->len - k - 1) * self->item_size);
    self->len--;
    memset(list__item(self, self->len), 0, self->item_size); /* the collector must not see the old item */
}

/* The position of the first item equal to item, or -1. */
static int64_t list__find(const slot_list *self, const void *item, slot_eq_fn eq)
{
    for (int64_t k = 0; k < self->len; k++)
        if (eq(list__item(self, k), item))
            return k;
    return -1;
}

void slot_list_remove(slot_list *self, const void *item, slot_eq_fn eq)
{
    int64_t k = list__find(self, item, eq);
    if (k < 0)
        slot_raise(SLOT_VALUE_ERROR, "list.remove(x): x not in list");
    unsigned char scratch[64];
    void *out = self->item_size <= sizeof scratch ? scratch : slot_alloc(self->item_size);
    slot_list_pop(self, k, out);
}

int64_t slot_list_index(const slot_list *self, const void *item, slot_eq_fn eq, slot_repr_fn repr)
{
    int64_t k = list__find(self, item, eq);
    if (k < 0) {
        slot_buf text;
        slot_buf_init(&text);
        repr(&text, item);
        slot_raise(SLOT_VALUE_ERROR, "%s is not in list", slot_buf_take(&text)->data);
    }
    return k;
}

int64_t slot_list_count(const slot_list *self, const void *item, slot_eq_fn eq)
{
    int64_t n = 0;
    for (int64_t k = 0; k < self->len; k++)
        n += eq(list__item(self, k), item);
    return n;
}

void slot_list_reverse(slot_list *self)
{
    unsigned char scratch[64];
    unsigned char *tmp = self->item_size <= sizeof scratch ? scratch : slot_alloc(self->item_size);
    for (int64_t a = 0, b = self->len - 1; a < b; a++, b--) {
        memcpy(tmp, list__item(self, a), self->item_size);
        memcpy(list__item(self, a), list__item(self, b), self->item_size);
        memcpy(list__item(self, b), tmp, self->item_size);
    }
}

void slot_list_extend(slot_list *self, const slot_list *other)
{
    int64_t n = other->len; /* xs.extend(xs) adds the items once */
    for (int64_t k = 0; k < n; k++) {
        void *slot = slot_list_push(self); /* first: it may move other's items, when other is self */
        memcpy(slot, list__item(other, k), self->item_size);
    }
}

void slot_list_clear(slot_list *self)
{
    memset(self->items, 0, (size_t)self->len * self->item_size);
    self->len = 0;
}

void slot_list_reorder(slot_list *self, const slot_list *pairs)
{
    size_t size = self->item_size, n = (size_t)self->len;
    unsigned char *out = slot_alloc__scratch(n * size, self->atomic);
    for (size_t k = 0; k < n; k++) {
        int64_t from = SLOT_ITEM(int64_t, pairs->items + (k + 1) * pairs->item_size - 8);
        memcpy(out + k * size, self->items + (size_t)from * size, size);
    }
    memcpy(self->items, out, n * size);
    slot_alloc__scratch_free(out);
}
