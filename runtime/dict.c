/*
 * dict.c - dict[K, V] with keys and values stored unboxed, and the hash
 * callbacks of the scalar types.
 *
 * The layout is CPython's compact dict.  Entries live in two dense arrays,
 * one of keys and one of values, in insertion order; an index table of
 * 2**log2_size slots maps a hash to an entry number, so lookups cost what
 * a hash table costs and iteration is a walk along the arrays.  An index
 * slot holds an entry number, EMPTY (never used) or DUMMY (its entry was
 * deleted).  Slots are 1, 2, 4 or 8 bytes wide depending on the table size,
 * as in CPython, so a small dict[int, int] spends 16 bytes per entry plus a
 * byte or two of index.
 *
 * Deleting clears the entry's live bit and leaves a hole, so the others keep
 * their order; setting an existing key only rewrites its value.  New
 * entries always go at the end.  When no usable entry is left the table is
 * rebuilt (CPython's GROWTH_RATE, len * 3, rounded up to a power of two,
 * with two thirds of it usable), squeezing the holes out.  Those are
 * CPython's rules, so even a loop that mutates the dict it walks meets the
 * entries CPython's would before the RuntimeError.
 *
 * Hashes are not stored: the hash callback is called again when the table
 * is rebuilt (a string carries its hash, an int's is arithmetic).  Probes
 * compare keys through eq, after a bytewise check that stands in for
 * CPython's identity test.
 *
 * Allocation: the header and the key and value arrays hold pointers when K
 * or V do; the index table with the live bits after it never does and is
 * atomic.  Every pointer the dict keeps points to the start of its block.
 */
#include "slot_internal.h"

#include <string.h>

/* ---- hash callbacks ----------------------------------------------------- */

int64_t slot_hashof_int(const void *item)
{
    return slot_hash_int(*(const int64_t *)item);
}

int64_t slot_hashof_float(const void *item)
{
    return slot_hash_float(*(const double *)item);
}

int64_t slot_hashof_bool(const void *item)
{
    return *(const bool *)item ? 1 : 0;
}

int64_t slot_hashof_str(const void *item)
{
    return (*(const slot_str *const *)item)->hash;
}

/* ---- the index table ------------------------------------------------------ */

#define DICT_EMPTY    (-1)
#define DICT_DUMMY    (-2)
#define DICT_MIN_LOG2 3 /* 8 slots */
#define PERTURB_SHIFT 5

/* Two thirds of a table of size slots may hold entries (CPython's
 * USABLE_FRACTION). */
static int64_t dict__usable_fraction(int64_t size)
{
    return (size << 1) / 3;
}

/* The smallest log2 of a table of at least minsize slots (CPython's
 * calculate_log2_keysize). */
static uint8_t dict__log2_for(int64_t minsize)
{
    uint8_t log2 = DICT_MIN_LOG2;
    while (((int64_t)1 << log2) < minsize)
        log2++;
    return log2;
}

static size_t dict__size(const slot_dict *self)
{
    return (size_t)1 << self->log2_size;
}

/* Index slots are 1 byte up to 128 slots, then 2, 4, 8, as in CPython. */
static size_t dict__width(uint8_t log2)
{
    if (log2 < 8)
        return 1;
    if (log2 < 16)
        return 2;
    return log2 < 32 ? 4 : 8;
}

static int64_t dict__index_get(const slot_dict *self, size_t i)
{
    switch (dict__width(self->log2_size)) {
    case 1:
        return ((const int8_t *)self->index)[i];
    case 2:
        return ((const int16_t *)self->index)[i];
    case 4:
        return ((const int32_t *)self->index)[i];
    default:
        return ((const int64_t *)self->index)[i];
    }
}

static void dict__index_set(slot_dict *self, size_t i, int64_t ix)
{
    switch (dict__width(self->log2_size)) {
    case 1:
        ((int8_t *)self->index)[i] = (int8_t)ix;
        break;
    case 2:
        ((int16_t *)self->index)[i] = (int16_t)ix;
        break;
    case 4:
        ((int32_t *)self->index)[i] = (int32_t)ix;
        break;
    default:
        ((int64_t *)self->index)[i] = ix;
        break;
    }
}

/* The live bits follow the index table in the same block. */
static unsigned char *dict__live(const slot_dict *self)
{
    return self->index + dict__size(self) * dict__width(self->log2_size);
}

static bool dict__is_live(const slot_dict *self, int64_t ix)
{
    return dict__live(self)[ix >> 3] & (1u << (ix & 7));
}

static void dict__set_live(slot_dict *self, int64_t ix, bool live)
{
    unsigned char *byte = &dict__live(self)[ix >> 3];
    unsigned char bit = (unsigned char)(1u << (ix & 7));
    *byte = live ? (unsigned char)(*byte | bit) : (unsigned char)(*byte & ~bit);
}

static unsigned char *dict__key(const slot_dict *self, int64_t ix)
{
    return self->keys + (size_t)ix * self->key_size;
}

static unsigned char *dict__value(const slot_dict *self, int64_t ix)
{
    return self->values + (size_t)ix * self->value_size;
}

/* Is the stored key entry ix the key asked for? */
static bool dict__same(const slot_dict *self, int64_t ix, const void *key)
{
    const unsigned char *stored = dict__key(self, ix);
    return memcmp(stored, key, self->key_size) == 0 || self->eq(stored, key);
}

/* The entry holding key, or -1.  *slot receives the index slot that points
 * at it, or else the slot a new entry for key should take: the first
 * deleted slot on the probe path, or the empty slot that ended it. */
static int64_t dict__find(const slot_dict *self, const void *key, int64_t hash, size_t *slot)
{
    if (!self->index)
        return -1;
    size_t mask = dict__size(self) - 1;
    size_t perturb = (size_t)hash;
    size_t i = (size_t)hash & mask;
    bool have_free = false;
    for (;;) {
        int64_t ix = dict__index_get(self, i);
        if (ix == DICT_EMPTY) {
            if (!have_free)
                *slot = i;
            return -1;
        }
        if (ix >= 0 && dict__same(self, ix, key)) {
            *slot = i;
            return ix;
        }
        if (ix == DICT_DUMMY && !have_free) {
            have_free = true;
            *slot = i;
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

/* The index slot pointing at entry ix, whose hash is hash. */
static size_t dict__slot_of(const slot_dict *self, int64_t hash, int64_t ix)
{
    size_t mask = dict__size(self) - 1;
    size_t perturb = (size_t)hash;
    size_t i = (size_t)hash & mask;
    while (dict__index_get(self, i) != ix) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
    return i;
}

/* The first free index slot for hash in a table without deleted slots. */
static size_t dict__empty_slot(const slot_dict *self, int64_t hash)
{
    size_t mask = dict__size(self) - 1;
    size_t perturb = (size_t)hash;
    size_t i = (size_t)hash & mask;
    while (dict__index_get(self, i) >= 0) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
    return i;
}

/* The index table of 2**log2 slots and the live bits of its entries: one
 * atomic block. */
static size_t dict__meta_size(uint8_t log2)
{
    size_t size = (size_t)1 << log2;
    return size * dict__width(log2) + ((size_t)dict__usable_fraction((int64_t)size) + 7) / 8;
}

/* Storage for n entries of size bytes each, owned by the collector. */
static unsigned char *dict__array(size_t n, size_t size, bool atomic)
{
    size_t bytes = slot_alloc__array_size(n, size);
    return atomic ? slot_alloc_atomic(bytes) : slot_alloc(bytes);
}

/* Rebuilds the dict on a table of 2**log2 slots: the live entries move, in
 * order, to the front of new arrays; the old blocks go to the collector. */
static void dict__resize(slot_dict *self, uint8_t log2)
{
    if (log2 >= 8 * sizeof(size_t) - 2)
        slot_alloc__out_of_memory(SIZE_MAX);
    slot_dict old = *self;
    size_t size = (size_t)1 << log2;
    int64_t usable = dict__usable_fraction((int64_t)size);
    size_t width = dict__width(log2);
    self->log2_size = log2;
    self->index = slot_alloc_atomic(dict__meta_size(log2));
    memset(self->index, 0xff, size * width); /* every slot DICT_EMPTY */
    self->keys = dict__array((size_t)usable, self->key_size, self->key_atomic);
    self->values = dict__array((size_t)usable, self->value_size, self->value_atomic);
    int64_t n = 0;
    for (int64_t ix = 0; ix < old.nentries; ix++) {
        if (!dict__is_live(&old, ix))
            continue;
        memcpy(dict__key(self, n), dict__key(&old, ix), self->key_size);
        memcpy(dict__value(self, n), dict__value(&old, ix), self->value_size);
        dict__set_live(self, n, true);
        dict__index_set(self, dict__empty_slot(self, self->hash(dict__key(self, n))), n);
        n++;
    }
    self->nentries = n;
    self->usable = usable - n;
}

/* ---- the public operations -------------------------------------------- */

/* An empty dict owned by the collector; the table comes with the first
 * key. */
slot_dict *slot_dict_new(size_t key_size, bool key_atomic, size_t value_size, bool value_atomic,
                         slot_hash_fn hash, slot_eq_fn eq)
{
    if (key_size > UINT32_MAX || value_size > UINT32_MAX)
        slot_alloc__out_of_memory(key_size > value_size ? key_size : value_size);
    slot_dict *self = slot_alloc(sizeof *self);
    self->key_size = (uint32_t)key_size;
    self->value_size = (uint32_t)value_size;
    self->key_atomic = key_atomic;
    self->value_atomic = value_atomic;
    self->hash = hash;
    self->eq = eq;
    return self;
}

/* The value's address points into the dict. */
void *slot_dict_get(const slot_dict *self, const void *key)
{
    if (self->len == 0)
        return NULL;
    size_t slot = 0;
    int64_t ix = dict__find(self, key, self->hash(key), &slot);
    return ix < 0 ? NULL : dict__value(self, ix);
}

/* KeyError's text is the key's repr, as CPython prints it. */
static SLOT_NORETURN void dict__key_error(const void *key, slot_repr_fn key_repr)
{
    slot_buf b;
    slot_buf_init(&b);
    key_repr(&b, key);
    slot_raise(SLOT_KEY_ERROR, "%s", slot_buf_take(&b)->data);
}

void *slot_dict_at(const slot_dict *self, const void *key, slot_repr_fn key_repr)
{
    void *value = slot_dict_get(self, key);
    if (!value)
        dict__key_error(key, key_repr);
    return value;
}

bool slot_dict_contains(const slot_dict *self, const void *key)
{
    return slot_dict_get(self, key) != NULL;
}

/* Finds key or appends it with a zeroed value (CPython's insertdict);
 * *inserted says which. */
static void *dict__insert(slot_dict *self, const void *key, bool *inserted)
{
    int64_t hash = self->hash(key);
    size_t slot = 0;
    int64_t ix = dict__find(self, key, hash, &slot);
    *inserted = ix < 0;
    if (ix >= 0)
        return dict__value(self, ix);
    if (self->usable <= 0) {
        dict__resize(self, dict__log2_for(self->len * 3));
        slot = dict__empty_slot(self, hash);
    }
    ix = self->nentries++;
    self->usable--;
    self->len++;
    dict__index_set(self, slot, ix);
    dict__set_live(self, ix, true);
    memcpy(dict__key(self, ix), key, self->key_size);
    memset(dict__value(self, ix), 0, self->value_size);
    return dict__value(self, ix);
}

/* The caller fills the returned value before the dict next changes. */
void *slot_dict_set(slot_dict *self, const void *key)
{
    bool inserted;
    return dict__insert(self, key, &inserted);
}

void *slot_dict_setdefault(slot_dict *self, const void *key, const void *value)
{
    bool inserted;
    void *stored = dict__insert(self, key, &inserted);
    if (inserted)
        memcpy(stored, value, self->value_size);
    return stored;
}

/* Deletes entry ix, reached through index slot slot: a DUMMY slot and a
 * hole that keeps no pointer alive. */
static void dict__remove(slot_dict *self, size_t slot, int64_t ix)
{
    dict__index_set(self, slot, DICT_DUMMY);
    dict__set_live(self, ix, false);
    memset(dict__key(self, ix), 0, self->key_size);
    memset(dict__value(self, ix), 0, self->value_size);
    self->len--;
}

bool slot_dict_del(slot_dict *self, const void *key, slot_repr_fn key_repr, bool raise)
{
    return slot_dict_pop(self, key, NULL, raise ? key_repr : NULL);
}

bool slot_dict_pop(slot_dict *self, const void *key, void *value, slot_repr_fn key_repr)
{
    size_t slot = 0;
    int64_t ix = self->len == 0 ? -1 : dict__find(self, key, self->hash(key), &slot);
    if (ix < 0) {
        if (key_repr)
            dict__key_error(key, key_repr);
        return false;
    }
    if (value)
        memcpy(value, dict__value(self, ix), self->value_size);
    dict__remove(self, slot, ix);
    return true;
}

/* CPython's popitem: the last live entry goes, and the entries after it
 * (holes) are given up too; usable stays as it is. */
void slot_dict_popitem(slot_dict *self, void *key, void *value)
{
    if (self->len == 0)
        slot_raise(SLOT_KEY_ERROR, "'popitem(): dictionary is empty'");
    int64_t ix = self->nentries - 1;
    while (!dict__is_live(self, ix))
        ix--;
    if (key)
        memcpy(key, dict__key(self, ix), self->key_size);
    if (value)
        memcpy(value, dict__value(self, ix), self->value_size);
    dict__remove(self, dict__slot_of(self, self->hash(dict__key(self, ix)), ix), ix);
    self->nentries = ix;
}

/* Back to a dict that never held a key; the blocks go to the collector. */
void slot_dict_clear(slot_dict *self)
{
    self->len = self->nentries = self->usable = 0;
    self->index = self->keys = self->values = NULL;
    self->log2_size = 0;
}

/* A new dict with the same entries in the same order.  A dict with few
 * holes is cloned block for block, as CPython clones it; one with many is
 * rebuilt compactly. */
slot_dict *slot_dict_copy(const slot_dict *self)
{
    slot_dict *copy = slot_dict_new(self->key_size, self->key_atomic, self->value_size,
                                    self->value_atomic, self->hash, self->eq);
    if (self->len == 0)
        return copy;
    if (self->len < self->nentries * 2 / 3) {
        slot_dict_update(copy, self);
        return copy;
    }
    *copy = *self;
    size_t meta = dict__meta_size(self->log2_size);
    size_t cap = (size_t)dict__usable_fraction((int64_t)dict__size(self));
    copy->index = slot_alloc_atomic(meta);
    memcpy(copy->index, self->index, meta);
    copy->keys = dict__array(cap, self->key_size, self->key_atomic);
    memcpy(copy->keys, self->keys, cap * self->key_size);
    copy->values = dict__array(cap, self->value_size, self->value_atomic);
    memcpy(copy->values, self->values, cap * self->value_size);
    return copy;
}

/* CPython's dict_merge: one resize up front when other would not fit,
 * then other's entries in order, overriding. */
void slot_dict_update(slot_dict *self, const slot_dict *other)
{
    if (other == self || other->len == 0)
        return;
    /* An empty dict counts as CPython's shared empty table of 8 slots. */
    int64_t size = self->index ? (int64_t)dict__size(self) : 8;
    if (dict__usable_fraction(size) < other->len)
        dict__resize(self, dict__log2_for(((self->len + other->len) * 3 + 1) / 2));
    void *key, *value;
    for (int64_t p = 0; (p = slot_dict_next(other, p, &key, &value)) >= 0; p++)
        memcpy(slot_dict_set(self, key), value, self->value_size);
}

/* ---- walking ------------------------------------------------------------ */

int64_t slot_dict_next(const slot_dict *self, int64_t pos, void **key, void **value)
{
    if (pos < 0)
        pos = 0;
    while (pos < self->nentries && !dict__is_live(self, pos))
        pos++;
    if (pos >= self->nentries)
        return -1;
    if (key)
        *key = dict__key(self, pos);
    if (value)
        *value = dict__value(self, pos);
    return pos;
}

slot_dict_cursor slot_dict_begin(const slot_dict *self)
{
    return (slot_dict_cursor){0, self->len, self->len};
}

/* CPython's dictiter_iternextkey: the size check comes first, on every
 * step, the exhausted one included. */
bool slot_dict_step(const slot_dict *self, slot_dict_cursor *cursor, void **key, void **value)
{
    if (cursor->used != self->len) {
        cursor->used = -1; /* sticky, as in CPython */
        slot_raise(SLOT_RUNTIME_ERROR, "dictionary changed size during iteration");
    }
    int64_t pos = slot_dict_next(self, cursor->pos, key, value);
    if (pos < 0) {
        cursor->pos = self->nentries;
        return false;
    }
    if (cursor->left == 0)
        slot_raise(SLOT_RUNTIME_ERROR, "dictionary keys changed during iteration");
    cursor->pos = pos + 1;
    cursor->left--;
    return true;
}

/* Copies of every key (or value), in order, into a new list. */
static slot_list *dict__column(const slot_dict *self, bool keys)
{
    size_t size = keys ? self->key_size : self->value_size;
    slot_list *list = slot_list_new(size, keys ? self->key_atomic : self->value_atomic);
    void *key, *value;
    for (int64_t p = 0; (p = slot_dict_next(self, p, &key, &value)) >= 0; p++)
        memcpy(slot_list_push(list), keys ? key : value, size);
    return list;
}

slot_list *slot_dict_keys(const slot_dict *self)
{
    return dict__column(self, true);
}

slot_list *slot_dict_values(const slot_dict *self)
{
    return dict__column(self, false);
}

slot_list *slot_dict_items(const slot_dict *self, size_t item_size, bool atomic, size_t key_offset,
                           size_t value_offset)
{
    slot_list *list = slot_list_new(item_size, atomic);
    void *key, *value;
    for (int64_t p = 0; (p = slot_dict_next(self, p, &key, &value)) >= 0; p++) {
        unsigned char *item = slot_list_push(list);
        memcpy(item + key_offset, key, self->key_size);
        memcpy(item + value_offset, value, self->value_size);
    }
    return list;
}

/* CPython's dict_equal: every key of a is in b with an equal value.  Equal
 * bytes count as equal values, CPython's identity shortcut. */
bool slot_dict_eq(const slot_dict *a, const slot_dict *b, slot_eq_fn value_eq)
{
    if (a->len != b->len)
        return false;
    void *key, *value;
    for (int64_t p = 0; (p = slot_dict_next(a, p, &key, &value)) >= 0; p++) {
        const void *other = slot_dict_get(b, key);
        if (!other)
            return false;
        if (memcmp(value, other, a->value_size) != 0 && !value_eq(value, other))
            return false;
    }
    return true;
}

void slot_buf_dict(slot_buf *out, const slot_dict *self, slot_repr_fn key_repr,
                   slot_repr_fn value_repr)
{
    slot_buf_char(out, '{');
    bool first = true;
    void *key, *value;
    for (int64_t p = 0; (p = slot_dict_next(self, p, &key, &value)) >= 0; p++) {
        if (!first)
            slot_buf_cstr(out, ", ");
        first = false;
        key_repr(out, key);
        slot_buf_cstr(out, ": ");
        value_repr(out, value);
    }
    slot_buf_char(out, '}');
}

/* ---- iter(d) -------------------------------------------------------------- */

typedef struct dict__iter {
    slot_iter iter;
    const slot_dict *dict;
    slot_dict_cursor cursor;
} dict__iter;

static bool dict__iter_next(slot_iter *self, void *item)
{
    dict__iter *it = (dict__iter *)self;
    if (!it->dict)
        return false;
    void *key;
    if (!slot_dict_step(it->dict, &it->cursor, &key, NULL)) {
        it->dict = NULL; /* exhausted for good, as CPython's iterator */
        return false;
    }
    memcpy(item, key, it->dict->key_size);
    return true;
}

slot_iter *slot_dict_iter(const slot_dict *self)
{
    dict__iter *it = slot_alloc(sizeof *it);
    it->iter.next = dict__iter_next;
    it->dict = self;
    it->cursor = slot_dict_begin(self);
    return &it->iter;
}
