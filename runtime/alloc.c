/*
 * alloc.c - start-up, shut-down and every byte the runtime hands out.
 *
 * Emitted code allocates through two functions only: slot_alloc for memory
 * that may hold pointers to runtime objects and slot_alloc_atomic for memory
 * that never does (string bytes, lists of ints).  Keeping the choice of
 * allocator behind them lets one set of sources build two runtimes:
 *
 *   default      The Boehm collector, set up with all-interior-pointers off.
 *                Objects then carry no padding byte and the collector only
 *                honours pointers to the start of an object, which is all
 *                emitted code keeps.  Atomic blocks are not scanned.
 *
 *   SLOT_ARENA   A bump allocator over large zeroed chunks from calloc.
 *                Nothing is collected; an atexit handler frees every chunk,
 *                so AddressSanitizer and valgrind see a program that frees
 *                all it allocated and can report real errors.
 *
 * Running out of memory is not an exception the runtime can recover from:
 * it prints a message and aborts.  slot_init also gives stdout a large
 * buffer, because emitted programs print line by line and a line-buffered
 * terminal or a small pipe buffer would dominate their run time.
 */
#define _GNU_SOURCE /* mremap, MAP_ANONYMOUS: Linux's, for large lists */

#include "slot_internal.h"

#include <stdalign.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef SLOT_ARENA
#include <gc.h>
#include <sys/mman.h>
#include <unistd.h>
#endif

/* stdout's buffer; static so it outlives every atexit handler. */
static char alloc__stdout_buffer[1 << 16];

void slot_alloc__out_of_memory(size_t size)
{
    fflush(stdout);
    fprintf(stderr, "slot: out of memory allocating %zu bytes\n", size);
    abort();
}

void *slot_alloc__xrealloc(void *block, size_t size)
{
    void *p = realloc(block, size ? size : 1);
    if (!p)
        slot_alloc__out_of_memory(size);
    return p;
}

size_t slot_alloc__array_size(size_t n, size_t size)
{
    size_t total;
    if (__builtin_mul_overflow(n, size, &total))
        slot_alloc__out_of_memory(SIZE_MAX);
    return total;
}

/* Both backends: the stdout buffer and the process status. */
static void alloc__init_stdout(void)
{
    static bool done;
    if (done)
        return;
    done = true;
    setvbuf(stdout, alloc__stdout_buffer, _IOFBF, sizeof alloc__stdout_buffer);
}

/* stdout first, then the files still open: CPython's shutdown flushes the
 * standard streams before it closes the files its modules leave behind. */
int slot_exit(void)
{
    int status = fflush(stdout) != 0 || ferror(stdout) ? 1 : 0;
    slot_file__close_all();
    return status;
}

#ifdef SLOT_ARENA

/* ---- arena backend ------------------------------------------------------ */

/* Every block handed out is a multiple of 16 bytes from a 16-aligned start. */
#define ARENA_ALIGN 16
/* Chunk size; requests above a quarter of it get a chunk of their own so
 * that a big list does not waste the rest of the current chunk. */
#define ARENA_CHUNK ((size_t)1 << 20)

/* A chunk starts with this header, padded to ARENA_ALIGN bytes. */
typedef struct arena_chunk {
    struct arena_chunk *next;
} arena_chunk;

_Static_assert(sizeof(arena_chunk) <= ARENA_ALIGN, "chunk header fits its padding");
_Static_assert(alignof(max_align_t) >= ARENA_ALIGN, "malloc returns 16-aligned memory");

static arena_chunk *arena__chunks; /* every chunk, newest first */
static unsigned char *arena__next; /* bump pointer in the current chunk */
static unsigned char *arena__end;  /* end of the current chunk */

/* atexit handler: gives every chunk back to malloc. */
static void arena__free_all(void)
{
    while (arena__chunks) {
        arena_chunk *next = arena__chunks->next;
        free(arena__chunks);
        arena__chunks = next;
    }
    arena__next = arena__end = NULL;
}

/* A new zeroed chunk with room for size bytes after its header; the arena
 * owns it.  Returns the first usable byte. */
static unsigned char *arena__new_chunk(size_t size)
{
    static bool registered;
    if (!registered) {
        registered = true;
        atexit(arena__free_all);
    }
    if (size > SIZE_MAX - ARENA_ALIGN)
        slot_alloc__out_of_memory(size);
    arena_chunk *chunk = calloc(1, ARENA_ALIGN + size);
    if (!chunk)
        slot_alloc__out_of_memory(size);
    chunk->next = arena__chunks;
    arena__chunks = chunk;
    return (unsigned char *)chunk + ARENA_ALIGN;
}

/* Zeroed, 16-aligned memory owned by the arena until exit. */
static void *arena__alloc(size_t size)
{
    if (size > SIZE_MAX - ARENA_ALIGN)
        slot_alloc__out_of_memory(size);
    size = (size + ARENA_ALIGN - 1) & ~(size_t)(ARENA_ALIGN - 1);
    if (size == 0)
        size = ARENA_ALIGN;
    if (size > ARENA_CHUNK / 4)
        return arena__new_chunk(size);
    if ((size_t)(arena__end - arena__next) < size) {
        arena__next = arena__new_chunk(ARENA_CHUNK);
        arena__end = arena__next + ARENA_CHUNK;
    }
    void *p = arena__next;
    arena__next += size;
    return p;
}

void slot_init(int argc, char **argv)
{
    slot_sys__set_argv(argc, argv);
    alloc__init_stdout();
}

void *slot_alloc(size_t size)
{
    return arena__alloc(size);
}

void *slot_alloc_atomic(size_t size)
{
    return arena__alloc(size);
}

void *slot_alloc__scratch(size_t size, bool atomic)
{
    (void)atomic;
    void *p = calloc(1, size ? size : 1);
    if (!p)
        slot_alloc__out_of_memory(size);
    return p;
}

void slot_alloc__scratch_free(void *block)
{
    free(block);
}

void slot_alloc__list_items(slot_list *self, int64_t cap)
{
    unsigned char *items = arena__alloc(slot_alloc__array_size((size_t)cap, self->item_size));
    if (self->len > 0)
        memcpy(items, self->items, (size_t)self->len * self->item_size);
    self->items = items; /* the old array stays in the arena until exit */
    self->cap = cap;
}

#else /* !SLOT_ARENA */

/* ---- collector backend -------------------------------------------------- */

void slot_init(int argc, char **argv)
{
    slot_sys__set_argv(argc, argv);
    /* Must precede GC_INIT: only pointers to an object's start keep it. */
    GC_set_all_interior_pointers(0);
    GC_INIT();
    alloc__init_stdout();
}

void *slot_alloc(size_t size)
{
    void *p = GC_MALLOC(size);
    if (!p)
        slot_alloc__out_of_memory(size);
    return p;
}

void *slot_alloc_atomic(size_t size)
{
    void *p = GC_MALLOC_ATOMIC(size);
    if (!p)
        slot_alloc__out_of_memory(size);
    memset(p, 0, size);
    return p;
}

void *slot_alloc__scratch(size_t size, bool atomic)
{
    return atomic ? slot_alloc_atomic(size) : slot_alloc(size);
}

void slot_alloc__scratch_free(void *block)
{
    GC_FREE(block);
}

/* Item arrays from 1 MiB up are mapped outside the collected heap, at most
 * this many non-atomic ones (each is one of the collector's root sets,
 * whose number is bounded); past that they stay in the heap. */
#define ALLOC_MAPPED_MIN   ((size_t)1 << 20)
#define ALLOC_MAPPED_ROOTS 1000

static int alloc__mapped_roots;
/* The collector counts only its own heap, so mapped arrays would never
 * make it run: the bytes mapped now, and after the last collection this
 * file asked for.  When the mapped bytes have grown by 64 MiB and by as
 * much as there were then (doubled), a collection finds the lists that
 * died, and their finalizers unmap their items. */
static size_t alloc__mapped_now, alloc__mapped_then;
#define ALLOC_COLLECT_MIN  ((size_t)64 << 20)

static size_t alloc__pages(size_t size)
{
    size_t page = (size_t)sysconf(_SC_PAGESIZE);
    return (size + page - 1) / page * page;
}

/* The finalizer of a list whose items are mapped: runs once the list is
 * unreachable (and so its items, which only it points to). */
static void alloc__unmap_items(void *object, void *data)
{
    (void)data;
    slot_list *self = object;
    size_t size = (size_t)self->cap * self->item_size;
    if (!self->atomic) {
        GC_remove_roots(self->items, self->items + size);
        alloc__mapped_roots--;
    }
    munmap(self->items, alloc__pages(size));
    alloc__mapped_now -= alloc__pages(size);
    if (alloc__mapped_then > alloc__mapped_now) /* the lists that died unnoticed */
        alloc__mapped_then = alloc__mapped_now;
}

static void alloc__count_mapping(size_t added)
{
    alloc__mapped_now += added;
    size_t grown = alloc__mapped_now - alloc__mapped_then;
    if (grown < ALLOC_COLLECT_MIN || grown < alloc__mapped_then)
        return;
    GC_gcollect();
    GC_invoke_finalizers();
    alloc__mapped_then = alloc__mapped_now;
}

/* Moves self's items to a mapped array of size bytes that grows in place. */
static unsigned char *alloc__mapped_items(slot_list *self, size_t size)
{
    size_t old = (size_t)self->cap * self->item_size;
    alloc__count_mapping(alloc__pages(size) - (self->mapped ? alloc__pages(old) : 0));
    void *items;
    if (self->mapped) {
        if (!self->atomic)
            GC_remove_roots(self->items, self->items + old);
        items = mremap(self->items, alloc__pages(old), alloc__pages(size), MREMAP_MAYMOVE);
    } else {
        items = mmap(NULL, alloc__pages(size), PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (items != MAP_FAILED && self->len > 0)
            memcpy(items, self->items, (size_t)self->len * self->item_size);
        if (items != MAP_FAILED && self->items)
            GC_FREE(self->items);
        if (items != MAP_FAILED) {
            self->mapped = true;
            alloc__mapped_roots += !self->atomic;
            GC_REGISTER_FINALIZER_NO_ORDER(self, alloc__unmap_items, NULL, NULL, NULL);
        }
    }
    if (items == MAP_FAILED)
        slot_alloc__out_of_memory(size);
    if (!self->atomic) /* the collector scans it while the list lives */
        GC_add_roots(items, (unsigned char *)items + size);
    return items;
}

void slot_alloc__list_items(slot_list *self, int64_t cap)
{
    size_t size = slot_alloc__array_size((size_t)cap, self->item_size);
    unsigned char *items;
    if (self->mapped ||
        (size >= ALLOC_MAPPED_MIN && (self->atomic || alloc__mapped_roots < ALLOC_MAPPED_ROOTS))) {
        items = alloc__mapped_items(self, size);
    } else {
        /* atomic arrays are not cleared: their bytes are written before
         * they are read, and a large one's spare pages stay untouched */
        items = self->atomic ? GC_MALLOC_ATOMIC(size) : GC_MALLOC(size);
        if (!items)
            slot_alloc__out_of_memory(size);
        if (self->len > 0)
            memcpy(items, self->items, (size_t)self->len * self->item_size);
        if (self->items) /* only the list pointed to it */
            GC_FREE(self->items);
    }
    self->items = items;
    self->cap = cap;
}

#endif /* SLOT_ARENA */
