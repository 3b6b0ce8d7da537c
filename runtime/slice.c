/*
 * slice.c - xs[start:stop:step] of lists, tuples and strings.
 *
 * The bounds are adjusted exactly as CPython's PySlice_AdjustIndices does:
 * negative ones count from the end, out-of-range ones are clipped, a
 * missing one takes the end the step walks from; a zero step raises
 * ValueError.  The result is always a new object, as in CPython.
 */
#include "slot_internal.h"

#include <string.h>

int64_t slot_slice_adjust(int64_t len, int64_t *start, int64_t *stop, int64_t step, bool has_start, bool has_stop)
{
    if (step == 0)
        slot_raise(SLOT_VALUE_ERROR, "slice step cannot be zero");
    int64_t lo = step < 0 ? -1 : 0, hi = step < 0 ? len - 1 : len;
    int64_t *ends[2] = {start, stop};
    bool given[2] = {has_start, has_stop};
    for (int k = 0; k < 2; k++) {
        int64_t v = *ends[k];
        if (!given[k])
            v = (k == 0) == (step > 0) ? lo : hi;
        else if (v < 0)
            v = v + len < lo ? lo : v + len;
        else if (v > hi)
            v = hi;
        *ends[k] = v;
    }
    if (step > 0)
        return *stop > *start ? (*stop - *start - 1) / step + 1 : 0;
    return *stop < *start ? (*start - *stop - 1) / -step + 1 : 0;
}

slot_list *slot_list_slice(const slot_list *self, int64_t start, int64_t stop, int64_t step, bool has_start,
                           bool has_stop)
{
    int64_t n = slot_slice_adjust(self->len, &start, &stop, step, has_start, has_stop);
    slot_list *out = slot_list_new(self->item_size, self->atomic);
    for (int64_t k = 0; k < n; k++)
        memcpy(slot_list_push(out), self->items + (size_t)(start + k * step) * self->item_size, self->item_size);
    return out;
}

slot_tuple *slot_tuple_slice(const slot_tuple *self, bool atomic, int64_t start, int64_t stop, int64_t step,
                             bool has_start, bool has_stop)
{
    slot_list *items = slot_list_from(self->item_size, atomic, self->len, self->items);
    return slot_tuple_from_list(slot_list_slice(items, start, stop, step, has_start, has_stop));
}

/* The byte offset of each code point of s, and the size at the end. */
static int64_t *slice__offsets(const slot_str *s)
{
    int64_t *at = slot_alloc_atomic(sizeof(int64_t) * (size_t)(s->len + 1));
    int64_t b = 0;
    for (int64_t k = 0; k < s->len; k++) {
        at[k] = b;
        unsigned char c = (unsigned char)s->data[b];
        b += 1 + (c >= 0xc0) + (c >= 0xe0) + (c >= 0xf0);
    }
    at[s->len] = s->size;
    return at;
}

const slot_str *slot_str_slice(const slot_str *self, int64_t start, int64_t stop, int64_t step, bool has_start,
                               bool has_stop)
{
    int64_t n = slot_slice_adjust(self->len, &start, &stop, step, has_start, has_stop);
    if (self->len == self->size && step == 1) /* ASCII, contiguous */
        return slot_str_new(self->data + start, (size_t)n);
    int64_t *at = self->len == self->size ? NULL : slice__offsets(self);
    slot_buf out;
    slot_buf_init(&out);
    for (int64_t k = 0; k < n; k++) {
        int64_t i = start + k * step;
        int64_t from = at ? at[i] : i, to = at ? at[i + 1] : i + 1;
        slot_buf_bytes(&out, self->data + from, (size_t)(to - from));
    }
    return slot_buf_take(&out);
}

void slot_list_set_slice(slot_list *self, int64_t start, int64_t stop, int64_t step, bool has_start, bool has_stop,
                         const slot_list *items)
{
    int64_t n = slot_slice_adjust(self->len, &start, &stop, step, has_start, has_stop);
    if (items == self) /* xs[a:b] = xs: the items as they are before */
        items = slot_list_from(items->item_size, items->atomic, items->len, items->items);
    size_t size = self->item_size;
    if (step != 1) {
        if (items->len != n)
            slot_raise(SLOT_VALUE_ERROR, "attempt to assign sequence of size %lld to extended slice of size %lld",
                       (long long)items->len, (long long)n);
        for (int64_t k = 0; k < n; k++)
            memcpy(self->items + (size_t)(start + k * step) * size, items->items + (size_t)k * size, size);
        return;
    }
    int64_t len = self->len, grow = items->len - n; /* n items from start become items->len */
    if (len + grow > self->cap) /* doubling, as appends grow a list */
        slot_list_reserve(self, len + grow > 2 * self->cap ? len + grow : 2 * self->cap);
    unsigned char *at = self->items + (size_t)start * size;
    memmove(at + (size_t)items->len * size, at + (size_t)n * size, (size_t)(len - start - n) * size);
    if (items->len)
        memcpy(at, items->items, (size_t)items->len * size);
    self->len = len + grow;
    if (grow < 0) /* the collector must not see the old items past the end */
        memset(self->items + (size_t)self->len * size, 0, (size_t)-grow * size);
}
