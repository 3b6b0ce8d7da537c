/*
 * deque.c - collections.deque[T]: a list with room at both ends.
 *
 * The items are contiguous, as a list's are, inside a larger buffer with
 * free slots before them (front) and after them: popleft() and
 * appendleft() move the start by one slot, append() and pop() the end, all
 * O(1) amortized.  When one end runs out of room the items are moved to
 * the middle of a buffer twice their number (or the same buffer, when it is
 * mostly free), so each end has room for as many pushes again.
 *
 * Because the items are contiguous, self->items is an ordinary slot_list
 * (its items point into the buffer, its cap counts the slots after them)
 * and everything that only reads a list — iteration, indexing, `in`, ==,
 * repr — works on &self->items.  The buffer's start is kept in base: the
 * collector keeps a block alive only through a pointer to its start.
 *
 * A deque with a maxlen drops items from the other end as CPython's does.
 */
#include "slot_internal.h"

#include <string.h>

slot_deque *slot_deque_new(size_t item_size, bool atomic, int64_t maxlen)
{
    if (maxlen < -1)
        slot_raise(SLOT_VALUE_ERROR, "maxlen must be non-negative");
    slot_deque *self = slot_alloc(sizeof *self);
    self->items.item_size = (uint32_t)item_size;
    self->items.atomic = atomic;
    self->maxlen = maxlen;
    return self;
}

static unsigned char *deque__slot(const slot_deque *self, int64_t i)
{
    return self->items.items + (size_t)i * self->items.item_size;
}

/* The buffer's slots: those before the items, and items.cap from the
 * first item on. */
static int64_t deque__slots(const slot_deque *self)
{
    return self->front + self->items.cap;
}

/* Moves the items to a buffer of cap slots, starting at slot front (the
 * same buffer when cap is its size). */
static void deque__move(slot_deque *self, int64_t cap, int64_t front)
{
    size_t size = self->items.item_size;
    unsigned char *base = self->base;
    if (!base || cap != deque__slots(self)) {
        base = self->items.atomic ? slot_alloc_atomic(slot_alloc__array_size((size_t)cap, size))
                                  : slot_alloc(slot_alloc__array_size((size_t)cap, size));
        memset(base, 0, (size_t)cap * size);
    }
    if (self->items.len)
        memmove(base + (size_t)front * size, self->items.items, (size_t)self->items.len * size);
    if (base == self->base) { /* the slots left behind must not keep pointers alive */
        unsigned char *end = base + (size_t)(front + self->items.len) * size;
        memset(base, 0, (size_t)front * size);
        memset(end, 0, (size_t)(cap - front - self->items.len) * size);
    }
    self->base = base;
    self->front = front;
    self->items.items = base + (size_t)front * size;
    self->items.cap = cap - front;
}

/* Room for one more item at the front (at_front) or the back. */
static void deque__room(slot_deque *self, bool at_front)
{
    int64_t len = self->items.len, cap = deque__slots(self);
    if (at_front ? self->front > 0 : self->items.cap > len)
        return;
    int64_t want = len < 4 ? 8 : 2 * len; /* len free slots, half before and half after */
    int64_t size = want <= cap / 2 ? cap : (cap * 2 > 2 * want ? cap * 2 : 2 * want);
    deque__move(self, size, (size - len) / 2);
}

void *slot_deque_append(slot_deque *self)
{
    if (self->maxlen == 0)
        return slot_alloc(self->items.item_size); /* the item goes nowhere */
    if (self->items.len == self->maxlen)
        slot_deque_popleft(self, NULL);
    deque__room(self, false);
    unsigned char *item = deque__slot(self, self->items.len);
    memset(item, 0, self->items.item_size);
    self->items.len++;
    return item;
}

void *slot_deque_appendleft(slot_deque *self)
{
    if (self->maxlen == 0)
        return slot_alloc(self->items.item_size);
    if (self->items.len == self->maxlen)
        slot_deque_pop(self, NULL);
    deque__room(self, true);
    self->front--;
    self->items.items -= self->items.item_size;
    self->items.cap++;
    self->items.len++;
    memset(self->items.items, 0, self->items.item_size);
    return self->items.items;
}

void slot_deque_pop(slot_deque *self, void *item)
{
    if (self->items.len == 0)
        slot_raise(SLOT_INDEX_ERROR, "pop from an empty deque");
    unsigned char *last = deque__slot(self, self->items.len - 1);
    if (item)
        memcpy(item, last, self->items.item_size);
    memset(last, 0, self->items.item_size);
    self->items.len--;
}

void slot_deque_popleft(slot_deque *self, void *item)
{
    if (self->items.len == 0)
        slot_raise(SLOT_INDEX_ERROR, "pop from an empty deque");
    if (item)
        memcpy(item, self->items.items, self->items.item_size);
    memset(self->items.items, 0, self->items.item_size);
    self->items.items += self->items.item_size;
    self->front++;
    self->items.cap--;
    self->items.len--;
}

void *slot_deque_at(const slot_deque *self, int64_t i)
{
    int64_t k = i < 0 ? i + self->items.len : i;
    if (k < 0 || k >= self->items.len)
        slot_raise(SLOT_INDEX_ERROR, "deque index out of range");
    return deque__slot(self, k);
}

void slot_deque_extend(slot_deque *self, const slot_list *items, bool left)
{
    if (items == &self->items) /* d.extend(d): the items as they are before */
        items = slot_list_from(items->item_size, items->atomic, items->len, items->items);
    size_t size = items->item_size;
    for (int64_t i = 0; i < items->len; i++)
        memcpy(left ? slot_deque_appendleft(self) : slot_deque_append(self), items->items + (size_t)i * size, size);
}

void slot_deque_rotate(slot_deque *self, int64_t n)
{
    int64_t len = self->items.len;
    if (len <= 1)
        return;
    n %= len;
    if (n < 0)
        n += len;
    size_t size = self->items.item_size;
    unsigned char *held = slot_alloc(size);
    if (n <= len / 2) { /* right by n: the last n items go first */
        for (int64_t k = 0; k < n; k++) {
            slot_deque_pop(self, held);
            memcpy(slot_deque_appendleft(self), held, size);
        }
        return;
    }
    for (int64_t k = n; k < len; k++) { /* the same as left by len - n: the first items go last */
        slot_deque_popleft(self, held);
        memcpy(slot_deque_append(self), held, size);
    }
}

void slot_deque_clear(slot_deque *self)
{
    memset(self->items.items, 0, (size_t)self->items.len * self->items.item_size);
    self->items.len = 0;
}

void slot_deque_remove(slot_deque *self, const void *item, slot_eq_fn eq, slot_repr_fn repr)
{
    for (int64_t k = 0; k < self->items.len; k++) {
        if (!eq(deque__slot(self, k), item))
            continue;
        size_t size = self->items.item_size;
        memmove(deque__slot(self, k), deque__slot(self, k + 1), (size_t)(self->items.len - k - 1) * size);
        slot_deque_pop(self, NULL);
        return;
    }
    slot_buf text;
    slot_buf_init(&text);
    repr(&text, item);
    slot_raise(SLOT_VALUE_ERROR, "%s is not in deque", slot_buf_take(&text)->data);
}

/* "deque([1, 2])", "deque([1, 2], maxlen=3)" */
void slot_buf_deque(slot_buf *out, const slot_deque *self, slot_repr_fn repr)
{
    slot_buf_cstr(out, "deque(");
    slot_buf_list(out, &self->items, repr);
    if (self->maxlen >= 0) {
        slot_buf_cstr(out, ", maxlen=");
        slot_buf_int(out, self->maxlen);
    }
    slot_buf_char(out, ')');
}
