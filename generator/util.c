/*
 * util.c - memory and text helpers shared by every stage.
 *
 * The model (AST, classes, types) is allocated from one arena and freed at
 * once at exit: no stage frees a node.  Text being built goes through Str,
 * a heap buffer whose result is moved into the arena when finished.
 * Out-of-memory is not a user error: die() reports it and exits with 2.
 */
#include "slotc.h"

#include <stdlib.h>
#include <string.h>

_Noreturn void die(const char *format, ...)
{
    va_list ap;
    va_start(ap, format);
    fputs("slotc: internal error: ", stderr);
    vfprintf(stderr, format, ap);
    fputc('\n', stderr);
    va_end(ap);
    exit(2);
}

void *xmalloc(size_t size)
{
    void *p = malloc(size ? size : 1);
    if (!p)
        die("out of memory (%zu bytes)", size);
    return p;
}

void *xrealloc(void *p, size_t size)
{
    p = realloc(p, size ? size : 1);
    if (!p)
        die("out of memory (%zu bytes)", size);
    return p;
}

/* The arena is a chain of blocks; big requests get a block of their own. */
typedef struct Block {
    struct Block *next;
    size_t used;
    size_t cap;
    max_align_t data[];
} Block;

enum { BLOCK_SIZE = 1 << 20 };
static Block *arena_head;

void *arena_alloc(size_t size)
{
    size = (size + 15) & ~(size_t)15;
    if (!arena_head || arena_head->used + size > arena_head->cap) {
        size_t cap = size > BLOCK_SIZE ? size : BLOCK_SIZE;
        Block *b = xmalloc(sizeof(Block) + cap);
        b->next = arena_head;
        b->used = 0;
        b->cap = cap;
        arena_head = b;
    }
    void *p = (char *)arena_head->data + arena_head->used;
    arena_head->used += size;
    memset(p, 0, size);
    return p;
}

void arena_free_all(void)
{
    while (arena_head) {
        Block *next = arena_head->next;
        free(arena_head);
        arena_head = next;
    }
}

char *arena_strndup(const char *s, size_t n)
{
    char *p = arena_alloc(n + 1);
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

char *arena_strdup(const char *s)
{
    return arena_strndup(s, strlen(s));
}

char *arena_printf(const char *format, ...)
{
    Str s = {0};
    va_list ap;
    va_start(ap, format);
    char small[256];
    int n = vsnprintf(small, sizeof small, format, ap);
    va_end(ap);
    if (n < (int)sizeof small)
        return arena_strndup(small, (size_t)n);
    char *big = xmalloc((size_t)n + 1);
    va_start(ap, format);
    vsnprintf(big, (size_t)n + 1, format, ap);
    va_end(ap);
    str_add(&s, big);
    free(big);
    return str_finish(&s);
}

void vec_push(Vec *v, void *item)
{
    if (v->len == v->cap) {
        int cap = v->cap ? v->cap * 2 : 8;
        void **items = arena_alloc(sizeof(void *) * (size_t)cap);
        if (v->len)
            memcpy(items, v->items, sizeof(void *) * (size_t)v->len);
        v->items = items;
        v->cap = cap;
    }
    v->items[v->len++] = item;
}

void str_addn(Str *s, const char *text, size_t n)
{
    if (s->len + n + 1 > s->cap) {
        size_t cap = s->cap ? s->cap : 256;
        while (cap < s->len + n + 1)
            cap *= 2;
        s->data = xrealloc(s->data, cap);
        s->cap = cap;
    }
    memcpy(s->data + s->len, text, n);
    s->len += n;
    s->data[s->len] = '\0';
}

void str_add(Str *s, const char *text)
{
    str_addn(s, text, strlen(text));
}

void str_printf(Str *s, const char *format, ...)
{
    va_list ap;
    va_start(ap, format);
    int n = vsnprintf(NULL, 0, format, ap);
    va_end(ap);
    char *tmp = xmalloc((size_t)n + 1);
    va_start(ap, format);
    vsnprintf(tmp, (size_t)n + 1, format, ap);
    va_end(ap);
    str_addn(s, tmp, (size_t)n);
    free(tmp);
}

void str_free(Str *s)
{
    free(s->data);
    *s = (Str){0};
}

char *str_finish(Str *s)
{
    char *p = arena_strndup(s->data ? s->data : "", s->len);
    str_free(s);
    return p;
}
