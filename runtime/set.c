/*
 * set.c - set[T] with its elements stored unboxed, as CPython 3.11 lays
 * out its set table.
 *
 * A Python set iterates in table-slot order, not in insertion order, so a
 * program that prints a set prints whatever order CPython's table ends up
 * in.  To print the same text, this file reproduces Objects/setobject.c
 * slot for slot:
 *
 *   - the table starts at 8 slots; an add that leaves it 60% full or more
 *     (fill * 5 >= mask * 3, deleted slots counting) rebuilds it at the
 *     smallest power of two above len * 4 (len * 2 past 50,000 elements);
 *   - a probe looks at slot hash & mask and the 9 slots after it (when they
 *     do not wrap), then jumps to i * 5 + 1 + perturb, perturb being the
 *     hash shifted right 5 bits more at each jump;
 *   - an add takes the last deleted slot seen on its probe path, or else
 *     the empty slot that ended it; a rebuild re-adds the elements in old
 *     slot order, deleted slots dropped;
 *   - union, intersection, difference, symmetric difference, copy, update
 *     and pop follow CPython's own algorithms (which set is walked, which
 *     one is copied first, the up-front resize of set_merge, the clean-up
 *     resize after a difference_update that left over a quarter of the
 *     table deleted, pop's finger).
 *
 * With CPython's hashes (ints, floats, bools and tuples of those) the order
 * is therefore CPython's.  Strings use slotc's own hash, and CPython's is
 * randomised per process, so no fixed order of a string set can be "the"
 * CPython order; such sets print in an order of their own.
 *
 * Unlike CPython, a slot holds no hash: a state byte (empty, active,
 * deleted) and the key itself, and the hash callback is called again when
 * the table is rebuilt.  Probes compare keys through eq after a bytewise
 * check that stands in for CPython's identity test.  The keys are one block
 * (atomic when T holds no pointer), the states another (always atomic);
 * the set keeps pointers to the start of each.
 */
#include "slot_internal.h"

#include <string.h>

#define SET_MINSIZE   8
#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5

/* The state byte of a slot: never used, holding a key, or deleted (CPython's
 * dummy). */
#define SET_EMPTY  0
#define SET_ACTIVE 1
#define SET_DUMMY  2

/* ---- the table ---------------------------------------------------------- */

static unsigned char *set__key(const slot_set *self, size_t i)
{
    return self->keys + i * self->key_size;
}

/* A fresh all-empty table of size slots; the old blocks go to the
 * collector. */
static void set__new_table(slot_set *self, size_t size)
{
    size_t bytes = slot_alloc__array_size(size, self->key_size);
    self->keys = self->key_atomic ? slot_alloc_atomic(bytes) : slot_alloc(bytes);
    self->state = slot_alloc_atomic(size);
    self->mask = (int64_t)size - 1;
}

/* A set that never held a key has no blocks yet: CPython's small table. */
static void set__ensure_table(slot_set *self)
{
    if (!self->keys)
        set__new_table(self, SET_MINSIZE);
}

static bool set__same(const slot_set *self, size_t i, const void *key)
{
    const unsigned char *stored = set__key(self, i);
    return memcmp(stored, key, self->key_size) == 0 || self->eq(stored, key);
}

/* CPython's set_lookkey: the slot holding key, or the empty slot that ends
 * the search (then the state there is SET_EMPTY).  The table exists. */
static size_t set__lookup(const slot_set *self, const void *key, int64_t hash)
{
    size_t mask = (size_t)self->mask;
    size_t perturb = (size_t)hash;
    size_t i = (size_t)hash & mask;
    for (;;) {
        size_t probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        for (size_t j = i; j <= i + probes; j++) {
            if (self->state[j] == SET_EMPTY)
                return j;
            if (self->state[j] == SET_ACTIVE && set__same(self, j, key))
                return j;
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

/* CPython's set_insert_clean: key goes to the first empty slot on its
 * probe path in a table with no deleted slots. */
static void set__insert_clean(slot_set *self, const void *key, int64_t hash)
{
    size_t mask = (size_t)self->mask;
    size_t perturb = (size_t)hash;
    size_t i = (size_t)hash & mask;
    for (;;) {
        size_t probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        for (size_t j = i; j <= i + probes; j++) {
            if (self->state[j] == SET_EMPTY) {
                self->state[j] = SET_ACTIVE;
                memcpy(set__key(self, j), key, self->key_size);
                return;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

/* CPython's set_table_resize: a table of the smallest power of two above
 * minused (at least 8), the active keys re-added in old slot order.  A
 * small table with nothing deleted is left alone. */
static void set__resize(slot_set *self, int64_t minused)
{
    size_t size = SET_MINSIZE;
    while (size <= (size_t)minused)
        size <<= 1;
    if (size == SET_MINSIZE && self->mask == SET_MINSIZE - 1 && self->fill == self->len)
        return;
    slot_set old = *self;
    set__new_table(self, size);
    self->fill = self->len;
    if (!old.keys)
        return;
    for (size_t i = 0; i <= (size_t)old.mask; i++) {
        if (old.state[i] == SET_ACTIVE) {
            const unsigned char *key = set__key(&old, i);
            set__insert_clean(self, key, self->hash(key));
        }
    }
}

/* CPython's resize after an add, or after clearing out deleted slots. */
static void set__grow(slot_set *self)
{
    set__resize(self, self->len > 50000 ? self->len * 2 : self->len * 4);
}

/* CPython's set_add_entry: true if key was new. */
static bool set__add_hashed(slot_set *self, const void *key, int64_t hash)
{
    set__ensure_table(self);
    size_t mask = (size_t)self->mask;
    size_t perturb = (size_t)hash;
    size_t i = (size_t)hash & mask;
    size_t free_slot = SIZE_MAX; /* the last deleted slot seen */
    size_t slot;
    for (;;) {
        size_t probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        for (slot = i; slot <= i + probes; slot++) {
            if (self->state[slot] == SET_EMPTY)
                goto found_empty;
            if (self->state[slot] == SET_ACTIVE) {
                if (set__same(self, slot, key))
                    return false;
            } else {
                free_slot = slot;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found_empty:
    self->len++;
    if (free_slot != SIZE_MAX) {
        self->state[free_slot] = SET_ACTIVE;
        memcpy(set__key(self, free_slot), key, self->key_size);
        return true;
    }
    self->fill++;
    self->state[slot] = SET_ACTIVE;
    memcpy(set__key(self, slot), key, self->key_size);
    if ((size_t)self->fill * 5 >= mask * 3)
        set__grow(self);
    return true;
}

/* CPython's set_discard_entry: a deleted slot that keeps no pointer
 * alive. */
static bool set__discard_hashed(slot_set *self, const void *key, int64_t hash)
{
    if (self->len == 0)
        return false;
    size_t slot = set__lookup(self, key, hash);
    if (self->state[slot] != SET_ACTIVE)
        return false;
    self->state[slot] = SET_DUMMY;
    memset(set__key(self, slot), 0, self->key_size);
    self->len--;
    return true;
}

static bool set__contains_hashed(const slot_set *self, const void *key, int64_t hash)
{
    return self->len > 0 && self->state[set__lookup(self, key, hash)] == SET_ACTIVE;
}

/* An empty set of the same type as like. */
static slot_set *set__new_like(const slot_set *like)
{
    return slot_set_new(like->key_size, like->key_atomic, like->hash, like->eq);
}

/* CPython's set_merge (other into self), with its one resize up front and
 * its two shortcuts for an empty self: copying the table slot for slot
 * when the sizes match and other has no deleted slots, re-adding cleanly
 * otherwise. */
static void set__merge(slot_set *self, const slot_set *other)
{
    if (other == self || other->len == 0)
        return;
    if ((self->fill + other->len) * 5 >= self->mask * 3)
        set__resize(self, (self->len + other->len) * 2);
    set__ensure_table(self);
    size_t size = (size_t)other->mask + 1;
    if (self->fill == 0 && self->mask == other->mask && other->fill == other->len) {
        memcpy(self->keys, other->keys, size * self->key_size);
        memcpy(self->state, other->state, size);
        self->fill = self->len = other->len;
        return;
    }
    if (self->fill == 0) {
        self->fill = self->len = other->len;
        for (size_t i = 0; i < size; i++) {
            if (other->state[i] == SET_ACTIVE) {
                const unsigned char *key = set__key(other, i);
                set__insert_clean(self, key, self->hash(key));
            }
        }
        return;
    }
    for (size_t i = 0; i < size; i++) {
        if (other->state[i] == SET_ACTIVE) {
            const unsigned char *key = set__key(other, i);
            set__add_hashed(self, key, self->hash(key));
        }
    }
}

/* ---- the public operations -------------------------------------------- */

/* An empty set owned by the collector; the table comes with the first
 * key. */
slot_set *slot_set_new(size_t key_size, bool key_atomic, slot_hash_fn hash, slot_eq_fn eq)
{
    if (key_size > UINT32_MAX)
        slot_alloc__out_of_memory(key_size);
    slot_set *self = slot_alloc(sizeof *self);
    self->mask = SET_MINSIZE - 1;
    self->key_size = (uint32_t)key_size;
    self->key_atomic = key_atomic;
    self->hash = hash;
    self->eq = eq;
    return self;
}

/* CPython's set_update_internal for an iterable that is not a set. */
void slot_set_update_list(slot_set *self, const slot_list *items)
{
    for (int64_t i = 0; i < items->len; i++) {
        const unsigned char *key = items->items + (size_t)i * items->item_size;
        set__add_hashed(self, key, self->hash(key));
    }
}

slot_set *slot_set_from_list(const slot_list *items, slot_hash_fn hash, slot_eq_fn eq)
{
    slot_set *self = slot_set_new(items->item_size, items->atomic, hash, eq);
    slot_set_update_list(self, items);
    return self;
}

/* CPython's set_update_dict: one resize for the dict's size, then its keys
 * in order. */
void slot_set_update_dict(slot_set *self, const slot_dict *dict)
{
    if ((self->fill + dict->len) * 5 >= self->mask * 3)
        set__resize(self, (self->len + dict->len) * 2);
    void *key;
    for (int64_t p = 0; (p = slot_dict_next(dict, p, &key, NULL)) >= 0; p++)
        set__add_hashed(self, key, self->hash(key));
}

bool slot_set_add(slot_set *self, const void *key)
{
    return set__add_hashed(self, key, self->hash(key));
}

bool slot_set_contains(const slot_set *self, const void *key)
{
    return self->len > 0 && set__contains_hashed(self, key, self->hash(key));
}

bool slot_set_discard(slot_set *self, const void *key)
{
    return self->len > 0 && set__discard_hashed(self, key, self->hash(key));
}

/* KeyError's text is the key's repr, as CPython prints it. */
void slot_set_remove(slot_set *self, const void *key, slot_repr_fn key_repr)
{
    if (slot_set_discard(self, key))
        return;
    slot_buf b;
    slot_buf_init(&b);
    key_repr(&b, key);
    slot_raise(SLOT_KEY_ERROR, "%s", slot_buf_take(&b)->data);
}

/* CPython's set_pop: the first active slot from the finger on, wrapping
 * around; the finger then points just past it. */
void slot_set_pop(slot_set *self, void *key)
{
    if (self->len == 0)
        slot_raise(SLOT_KEY_ERROR, "'pop from an empty set'");
    size_t mask = (size_t)self->mask;
    size_t i = (size_t)self->finger & mask;
    while (self->state[i] != SET_ACTIVE)
        i = i == mask ? 0 : i + 1;
    memcpy(key, set__key(self, i), self->key_size);
    self->state[i] = SET_DUMMY;
    memset(set__key(self, i), 0, self->key_size);
    self->len--;
    self->finger = (int64_t)i + 1;
}

/* Back to the empty small table; the finger stays, as in CPython. */
void slot_set_clear(slot_set *self)
{
    self->keys = self->state = NULL;
    self->mask = SET_MINSIZE - 1;
    self->len = self->fill = 0;
}

slot_set *slot_set_copy(const slot_set *self)
{
    slot_set *copy = set__new_like(self);
    set__merge(copy, self);
    return copy;
}

slot_set *slot_set_display(const slot_set *self)
{
    slot_set *folded = set__new_like(self);
    size_t size = self->keys ? (size_t)self->mask + 1 : 0;
    for (size_t i = 0; i < size; i++) {
        if (self->state[i] == SET_ACTIVE) {
            const unsigned char *key = set__key(self, i);
            set__add_hashed(folded, key, self->hash(key));
        }
    }
    return slot_set_copy(folded);
}

/* set_union / set_or: a copy of a, then b merged in. */
slot_set *slot_set_union(const slot_set *a, const slot_set *b)
{
    slot_set *r = slot_set_copy(a);
    if (b != a)
        set__merge(r, b);
    return r;
}

void slot_set_update(slot_set *self, const slot_set *other)
{
    set__merge(self, other);
}

/* CPython's set_intersection: the smaller set is walked (b when the sizes
 * are equal) and its elements found in the other are added in turn. */
slot_set *slot_set_intersection(const slot_set *a, const slot_set *b)
{
    if (a == b)
        return slot_set_copy(a);
    slot_set *r = set__new_like(a);
    const slot_set *walked = b, *probed = a;
    if (b->len > a->len) {
        walked = a;
        probed = b;
    }
    void *key;
    for (int64_t p = 0; (p = slot_set_next(walked, p, &key)) >= 0; p++) {
        int64_t hash = a->hash(key);
        if (set__contains_hashed(probed, key, hash))
            set__add_hashed(r, key, hash);
    }
    return r;
}

/* a &= b: a takes over the table of a & b (set_swap_bodies); its finger
 * stays. */
void slot_set_intersection_update(slot_set *self, const slot_set *other)
{
    slot_set *r = slot_set_intersection(self, other);
    self->len = r->len;
    self->fill = r->fill;
    self->mask = r->mask;
    self->keys = r->keys;
    self->state = r->state;
}

/* CPython's set_difference_update_internal: discards other's elements (or
 * those of a & b when other is over 8 times larger), then rebuilds the
 * table if more than a quarter of it is deleted slots. */
void slot_set_difference_update(slot_set *self, const slot_set *other)
{
    if (self == other) {
        slot_set_clear(self);
        return;
    }
    const slot_set *walked = other;
    if ((other->len >> 3) > self->len)
        walked = slot_set_intersection(self, other);
    void *key;
    for (int64_t p = 0; (p = slot_set_next(walked, p, &key)) >= 0; p++)
        set__discard_hashed(self, key, self->hash(key));
    if ((size_t)(self->fill - self->len) <= (size_t)self->mask / 4)
        return;
    set__grow(self);
}

/* CPython's set_difference: when a is over 4 times larger than b, a copy
 * of a minus b; otherwise a's elements missing from b, added in a's
 * order. */
slot_set *slot_set_difference(const slot_set *a, const slot_set *b)
{
    if ((a->len >> 2) > b->len) {
        slot_set *r = slot_set_copy(a);
        slot_set_difference_update(r, b);
        return r;
    }
    slot_set *r = set__new_like(a);
    void *key;
    for (int64_t p = 0; (p = slot_set_next(a, p, &key)) >= 0; p++) {
        int64_t hash = a->hash(key);
        if (!set__contains_hashed(b, key, hash))
            set__add_hashed(r, key, hash);
    }
    return r;
}

/* The loop of CPython's set_symmetric_difference_update: other's elements
 * are discarded from self, or added when they were not there. */
static void set__toggle(slot_set *self, const slot_set *other)
{
    void *key;
    for (int64_t p = 0; (p = slot_set_next(other, p, &key)) >= 0; p++) {
        int64_t hash = self->hash(key);
        if (!set__discard_hashed(self, key, hash))
            set__add_hashed(self, key, hash);
    }
}

void slot_set_symmetric_difference_update(slot_set *self, const slot_set *other)
{
    if (self == other)
        slot_set_clear(self);
    else
        set__toggle(self, other);
}

/* CPython starts from a copy of b and toggles a's elements in it. */
slot_set *slot_set_symmetric_difference(const slot_set *a, const slot_set *b)
{
    slot_set *r = set__new_like(a);
    set__merge(r, b);
    set__toggle(r, a);
    return r;
}

bool slot_set_issubset(const slot_set *a, const slot_set *b)
{
    if (a->len > b->len)
        return false;
    void *key;
    for (int64_t p = 0; (p = slot_set_next(a, p, &key)) >= 0; p++)
        if (!set__contains_hashed(b, key, a->hash(key)))
            return false;
    return true;
}

bool slot_set_eq(const slot_set *a, const slot_set *b)
{
    return a->len == b->len && slot_set_issubset(a, b);
}

bool slot_set_isdisjoint(const slot_set *a, const slot_set *b)
{
    const slot_set *walked = a->len <= b->len ? a : b;
    const slot_set *probed = walked == a ? b : a;
    void *key;
    for (int64_t p = 0; (p = slot_set_next(walked, p, &key)) >= 0; p++)
        if (set__contains_hashed(probed, key, a->hash(key)))
            return false;
    return true;
}

/* ---- walking ------------------------------------------------------------ */

int64_t slot_set_next(const slot_set *self, int64_t pos, void **key)
{
    if (!self->keys)
        return -1;
    if (pos < 0)
        pos = 0;
    while (pos <= self->mask && self->state[pos] != SET_ACTIVE)
        pos++;
    if (pos > self->mask)
        return -1;
    if (key)
        *key = set__key(self, (size_t)pos);
    return pos;
}

slot_set_cursor slot_set_begin(const slot_set *self)
{
    return (slot_set_cursor){0, self->len};
}

/* CPython's setiter_iternext: the size check comes first, on every step. */
bool slot_set_step(const slot_set *self, slot_set_cursor *cursor, void **key)
{
    if (cursor->used != self->len) {
        cursor->used = -1; /* sticky, as in CPython */
        slot_raise(SLOT_RUNTIME_ERROR, "Set changed size during iteration");
    }
    int64_t pos = slot_set_next(self, cursor->pos, key);
    if (pos < 0) {
        cursor->pos = self->mask + 1;
        return false;
    }
    cursor->pos = pos + 1;
    return true;
}

slot_list *slot_list_from_set(const slot_set *self)
{
    slot_list *list = slot_list_new(self->key_size, self->key_atomic);
    void *key;
    for (int64_t p = 0; (p = slot_set_next(self, p, &key)) >= 0; p++)
        memcpy(slot_list_push(list), key, self->key_size);
    return list;
}

void slot_buf_set(slot_buf *out, const slot_set *self, slot_repr_fn repr)
{
    if (self->len == 0) {
        slot_buf_cstr(out, "set()");
        return;
    }
    slot_buf_char(out, '{');
    bool first = true;
    void *key;
    for (int64_t p = 0; (p = slot_set_next(self, p, &key)) >= 0; p++) {
        if (!first)
            slot_buf_cstr(out, ", ");
        first = false;
        repr(out, key);
    }
    slot_buf_char(out, '}');
}

/* ---- iter(s) -------------------------------------------------------------- */

typedef struct set__iter {
    slot_iter iter;
    const slot_set *set;
    slot_set_cursor cursor;
} set__iter;

static bool set__iter_next(slot_iter *self, void *item)
{
    set__iter *it = (set__iter *)self;
    if (!it->set)
        return false;
    void *key;
    if (!slot_set_step(it->set, &it->cursor, &key)) {
        it->set = NULL; /* exhausted for good, as CPython's iterator */
        return false;
    }
    memcpy(item, key, it->set->key_size);
    return true;
}

slot_iter *slot_set_iter(const slot_set *self)
{
    set__iter *it = slot_alloc(sizeof *it);
    it->iter.next = set__iter_next;
    it->set = self;
    it->cursor = slot_set_begin(self);
    return &it->iter;
}
