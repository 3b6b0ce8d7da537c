/*
 * slot_internal.h - what the runtime's own files share and emitted code never
 * sees.  slot.h is the contract with emitted code; this header holds the few
 * helpers that cross file boundaries inside libslot.  Every symbol here is
 * hidden, so a program or a shared library built on the runtime cannot bind
 * to it by accident.
 */
#ifndef SLOT_INTERNAL_H
#define SLOT_INTERNAL_H

#include "slot.h"

#if defined(__GNUC__)
#define SLOT_HIDDEN __attribute__((visibility("hidden")))
#else
#define SLOT_HIDDEN
#endif

/* alloc.c */

/* Reports that size bytes could not be had and aborts: running out of memory
 * is not something the runtime can recover from. */
SLOT_HIDDEN SLOT_NORETURN void slot_alloc__out_of_memory(size_t size);
/* realloc that never returns NULL.  The caller owns the block (plain heap
 * memory, invisible to the collector) and frees it with free(). */
SLOT_HIDDEN void *slot_alloc__xrealloc(void *block, size_t size);
/* Short-lived zeroed memory the collector scans unless atomic (a sort's
 * temporary copy of the items).  The caller owns it and hands it back to
 * slot_alloc__scratch_free as soon as it is done, so the arena build does not
 * keep it until exit. */
SLOT_HIDDEN void *slot_alloc__scratch(size_t size, bool atomic);
SLOT_HIDDEN void slot_alloc__scratch_free(void *block);
/* n * size, or out of memory when that does not fit in size_t. */
SLOT_HIDDEN size_t slot_alloc__array_size(size_t n, size_t size);

#endif /* SLOT_INTERNAL_H */
