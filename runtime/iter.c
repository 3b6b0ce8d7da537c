/*
 * iter.c - iterator objects over the runtime's own containers: what
 * iter(xs) returns, and what zip() walks.  Generators emitted by slotc
 * implement the same protocol (slot_iter first, then their state).
 */
#include "slot_internal.h"

#include <string.h>

/* A list's or a tuple's items, by index: the length is read at each step,
 * so a list that grows while it is walked shows its new items. */
typedef struct iter__seq {
    slot_iter iter;
    const void *seq;
    int64_t index;
} iter__seq;

static bool iter__list_next(slot_iter *self, void *item)
{
    iter__seq *it = (iter__seq *)self;
    const slot_list *xs = it->seq;
    if (it->index >= xs->len)
        return false;
    memcpy(item, xs->items + (size_t)it->index++ * xs->item_size, xs->item_size);
    return true;
}

static bool iter__tuple_next(slot_iter *self, void *item)
{
    iter__seq *it = (iter__seq *)self;
    const slot_tuple *xs = it->seq;
    if (it->index >= xs->len)
        return false;
    memcpy(item, xs->items + (size_t)it->index++ * (size_t)xs->item_size, (size_t)xs->item_size);
    return true;
}

static slot_iter *iter__seq_new(const void *seq, slot_next_fn next)
{
    iter__seq *it = slot_alloc(sizeof *it);
    it->iter.next = next;
    it->seq = seq;
    return &it->iter;
}

slot_iter *slot_list_iter(const slot_list *xs)
{
    return iter__seq_new(xs, iter__list_next);
}

slot_iter *slot_tuple_iter(const slot_tuple *xs)
{
    return iter__seq_new(xs, iter__tuple_next);
}

typedef struct iter__range {
    slot_iter iter;
    int64_t start, step, count, index;
} iter__range;

static bool iter__range_next(slot_iter *self, void *item)
{
    iter__range *it = (iter__range *)self;
    if (it->index >= it->count)
        return false;
    *(int64_t *)item = slot_range_item(it->start, it->step, it->index++);
    return true;
}

slot_iter *slot_range_iter(int64_t start, int64_t stop, int64_t step)
{
    iter__range *it = slot_alloc_atomic(sizeof *it);
    it->iter.next = iter__range_next;
    it->start = start;
    it->step = step;
    it->count = slot_range_len(start, stop, step);
    return &it->iter;
}

typedef struct iter__file {
    slot_iter iter;
    slot_file *file;
} iter__file;

static bool iter__file_next(slot_iter *self, void *item)
{
    const slot_str *line = slot_file_next(((iter__file *)self)->file);
    if (!line)
        return false;
    *(const slot_str **)item = line;
    return true;
}

slot_iter *slot_file_iter(slot_file *self)
{
    iter__file *it = slot_alloc(sizeof *it);
    it->iter.next = iter__file_next;
    it->file = self;
    return &it->iter;
}
