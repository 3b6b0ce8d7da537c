/*
 * heap.c - the heapq module on a list: heappush, heappop, heapify,
 * heappushpop and heapreplace.
 *
 * The algorithm is CPython's (Modules/_heapqmodule.c): sifting up moves the
 * smaller child up until a leaf, then sifts the item down to its place, and
 * every test is `a < b`.  Items that compare equal but print differently
 * (tuples with equal priorities) therefore come out in CPython's order.
 * Items are moved by swapping their bytes, which leaves them where CPython's
 * moves of a held item leave them.
 */
#include "slot_internal.h"

#include <string.h>

static unsigned char *heap__at(const slot_list *heap, int64_t i)
{
    return heap->items + (size_t)i * heap->item_size;
}

static void heap__swap(slot_list *heap, int64_t i, int64_t j)
{
    unsigned char *a = heap__at(heap, i), *b = heap__at(heap, j);
    for (uint32_t k = 0; k < heap->item_size; k++) {
        unsigned char t = a[k];
        a[k] = b[k];
        b[k] = t;
    }
}

static bool heap__less(const slot_list *heap, int64_t i, int64_t j, slot_cmp_fn cmp)
{
    return cmp(heap__at(heap, i), heap__at(heap, j)) < 0;
}

/* The item at pos moves toward the root (not past start) while it is
 * smaller than its parent. */
static void heap__sift_down(slot_list *heap, int64_t start, int64_t pos, slot_cmp_fn cmp)
{
    while (pos > start) {
        int64_t parent = (pos - 1) >> 1;
        if (!heap__less(heap, pos, parent, cmp))
            break;
        heap__swap(heap, pos, parent);
        pos = parent;
    }
}

/* The smaller child moves up from pos to a leaf; the item that was at pos
 * then sifts down from there. */
static void heap__sift_up(slot_list *heap, int64_t pos, slot_cmp_fn cmp)
{
    int64_t end = heap->len, start = pos, limit = end >> 1;
    while (pos < limit) {
        int64_t child = 2 * pos + 1;
        if (child + 1 < end && !heap__less(heap, child, child + 1, cmp))
            child++;
        heap__swap(heap, pos, child);
        pos = child;
    }
    heap__sift_down(heap, start, pos, cmp);
}

void slot_heap_push(slot_list *heap, const void *item, slot_cmp_fn cmp)
{
    memcpy(slot_list_push(heap), item, heap->item_size);
    heap__sift_down(heap, 0, heap->len - 1, cmp);
}

void slot_heap_pop(slot_list *heap, void *out, slot_cmp_fn cmp)
{
    if (heap->len == 0)
        slot_raise(SLOT_INDEX_ERROR, "index out of range");
    heap__swap(heap, 0, heap->len - 1);
    memcpy(out, heap__at(heap, heap->len - 1), heap->item_size);
    heap->len--;
    memset(heap__at(heap, heap->len), 0, heap->item_size); /* keep no stale pointer for the collector */
    if (heap->len > 0)
        heap__sift_up(heap, 0, cmp);
}

void slot_heap_replace(slot_list *heap, const void *item, void *out, slot_cmp_fn cmp)
{
    if (heap->len == 0)
        slot_raise(SLOT_INDEX_ERROR, "index out of range");
    unsigned char *top = heap__at(heap, 0);
    memcpy(out, top, heap->item_size);
    memcpy(top, item, heap->item_size);
    heap__sift_up(heap, 0, cmp);
}

void slot_heap_pushpop(slot_list *heap, const void *item, void *out, slot_cmp_fn cmp)
{
    if (heap->len == 0 || cmp(heap__at(heap, 0), item) >= 0) { /* not heap[0] < item */
        memcpy(out, item, heap->item_size);
        return;
    }
    slot_heap_replace(heap, item, out, cmp);
}

void slot_heapify(slot_list *heap, slot_cmp_fn cmp)
{
    for (int64_t i = heap->len / 2 - 1; i >= 0; i--)
        heap__sift_up(heap, i, cmp);
}
