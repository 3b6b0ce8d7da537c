/*
 * str.c - immutable UTF-8 strings and the buffer that builds text.
 *
 * A slot_str is a header and its bytes in one allocation: the header pointer
 * is the only pointer anyone keeps, and the data field points into the same
 * block, so the block is allocated atomic (the collector has nothing to scan
 * in it) and stays alive as long as the header does.  len counts code points,
 * which is what Python's len() returns; the runtime only ever receives valid
 * UTF-8, so counting the bytes that do not continue a sequence is enough.
 * Comparison is bytewise, which for UTF-8 is code point order.
 *
 * slot_buf is the scratch side: print(), str() and repr() append pieces to
 * a malloc'd buffer, then either write it out (slot_print) or freeze it into
 * a string (slot_buf_take).  It lives outside the collector because it is
 * short-lived and never referenced from the heap.  Float text lives in
 * float_text.c; this file renders everything else.
 */
#include "slot_internal.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- str ---------------------------------------------------------------- */

/* A string of size bytes whose data the caller fills in before calling
 * str__finish; the collector owns it. */
static slot_str *str__alloc(size_t size)
{
    if (size > SIZE_MAX - sizeof(slot_str) - 1)
        slot_alloc__out_of_memory(size);
    slot_str *s = slot_alloc_atomic(sizeof(slot_str) + size + 1);
    s->size = (int64_t)size;
    s->data = (const char *)(s + 1);
    return s;
}

/* The writable bytes of a string made by str__alloc. */
static char *str__bytes(slot_str *s)
{
    return (char *)(s + 1);
}

/* Fills in len and hash once the bytes are final (the NUL is already there:
 * the block came zeroed). */
static const slot_str *str__finish(slot_str *s)
{
    int64_t len = 0;
    for (int64_t i = 0; i < s->size; i++)
        len += ((unsigned char)s->data[i] & 0xC0) != 0x80;
    s->len = len;
    s->hash = slot_hash_bytes(s->data, (size_t)s->size);
    return s;
}

/* The caller keeps data; the new string is the collector's. */
const slot_str *slot_str_new(const char *data, size_t size)
{
    slot_str *s = str__alloc(size);
    if (size > 0)
        memcpy(str__bytes(s), data, size);
    return str__finish(s);
}

const slot_str *slot_str_from_cstr(const char *text)
{
    return slot_str_new(text, strlen(text));
}

/* Returns a or b itself when the other is empty: strings never change, so
 * sharing is invisible. */
const slot_str *slot_str_concat(const slot_str *a, const slot_str *b)
{
    if (b->size == 0)
        return a;
    if (a->size == 0)
        return b;
    slot_str *s = str__alloc((size_t)a->size + (size_t)b->size);
    memcpy(str__bytes(s), a->data, (size_t)a->size);
    memcpy(str__bytes(s) + a->size, b->data, (size_t)b->size);
    return str__finish(s);
}

bool slot_str_eq(const slot_str *a, const slot_str *b)
{
    if (a == b)
        return true;
    return a->size == b->size && a->hash == b->hash &&
           memcmp(a->data, b->data, (size_t)a->size) == 0;
}

int slot_str_cmp(const slot_str *a, const slot_str *b)
{
    size_t common = (size_t)(a->size < b->size ? a->size : b->size);
    int c = common ? memcmp(a->data, b->data, common) : 0;
    if (c != 0)
        return c;
    return (a->size > b->size) - (a->size < b->size);
}

/* A copy of self with bytes in [from, from + 25] moved by delta; ASCII
 * only, so multi-byte sequences (all bytes >= 0x80) pass through. */
static const slot_str *str__shift_case(const slot_str *self, char from, int delta)
{
    slot_str *s = str__alloc((size_t)self->size);
    char *out = str__bytes(s);
    for (int64_t i = 0; i < self->size; i++) {
        char c = self->data[i];
        out[i] = (c >= from && c <= from + 25) ? (char)(c + delta) : c;
    }
    return str__finish(s);
}

/* New string owned by the collector. */
const slot_str *slot_str_upper(const slot_str *self)
{
    return str__shift_case(self, 'a', 'A' - 'a');
}

/* New string owned by the collector. */
const slot_str *slot_str_lower(const slot_str *self)
{
    return str__shift_case(self, 'A', 'a' - 'A');
}

const slot_str *slot_str_from_int(int64_t v)
{
    char text[24];
    int n = snprintf(text, sizeof text, "%" PRId64, v);
    return slot_str_new(text, (size_t)n);
}

/* One of two shared constants: strings are immutable.  The hashes are
 * slot_hash_bytes of the text (the unit tests check they still are). */
const slot_str *slot_str_from_bool(bool v)
{
    static const slot_str true_str = {4, 4, 4824847228149373378, "True"};
    static const slot_str false_str = {5, 5, 4119215945098293612, "False"};
    return v ? &true_str : &false_str;
}

/* Substring search; the empty needle is in every string, as in Python. */
bool slot_str_contains(const slot_str *self, const slot_str *needle)
{
    if (needle->size == 0)
        return true;
    if (needle->size > self->size)
        return false;
    const char *first = self->data;
    const char *last = self->data + (self->size - needle->size);
    while (first <= last) {
        first = memchr(first, needle->data[0], (size_t)(last - first) + 1);
        if (!first)
            return false;
        if (memcmp(first, needle->data, (size_t)needle->size) == 0)
            return true;
        first++;
    }
    return false;
}

/* ---- slot_buf ----------------------------------------------------------- */

void slot_buf_init(slot_buf *self)
{
    self->data = NULL;
    self->size = 0;
    self->cap = 0;
}

/* Makes room for extra more bytes, doubling so appends stay amortised O(1). */
static void buf__reserve(slot_buf *self, size_t extra)
{
    if (extra > SIZE_MAX - self->size)
        slot_alloc__out_of_memory(SIZE_MAX);
    size_t need = self->size + extra;
    if (need <= self->cap)
        return;
    size_t cap = self->cap ? self->cap : 64;
    while (cap < need)
        cap = cap > SIZE_MAX / 2 ? need : cap * 2;
    self->data = slot_alloc__xrealloc(self->data, cap);
    self->cap = cap;
}

/* The buffer copies size bytes from data; the caller keeps data. */
void slot_buf_bytes(slot_buf *self, const char *data, size_t size)
{
    if (size == 0)
        return;
    buf__reserve(self, size);
    memcpy(self->data + self->size, data, size);
    self->size += size;
}

void slot_buf_cstr(slot_buf *self, const char *text)
{
    slot_buf_bytes(self, text, strlen(text));
}

void slot_buf_char(slot_buf *self, char c)
{
    buf__reserve(self, 1);
    self->data[self->size++] = c;
}

void slot_buf_int(slot_buf *self, int64_t v)
{
    char text[24];
    int n = snprintf(text, sizeof text, "%" PRId64, v);
    slot_buf_bytes(self, text, (size_t)n);
}

void slot_buf_bool(slot_buf *self, bool v)
{
    slot_buf_cstr(self, v ? "True" : "False");
}

void slot_buf_none(slot_buf *self)
{
    slot_buf_cstr(self, "None");
}

void slot_buf_str(slot_buf *self, const slot_str *s)
{
    slot_buf_bytes(self, s->data, (size_t)s->size);
}

/* Appends \xNN for byte b, in CPython's lower-case hex. */
static void buf__hex_escape(slot_buf *self, unsigned char b)
{
    static const char hex[] = "0123456789abcdef";
    char text[4] = {'\\', 'x', hex[b >> 4], hex[b & 15]};
    slot_buf_bytes(self, text, sizeof text);
}

/* Single quotes unless the string holds ' and no ", like CPython. */
static char buf__repr_quote(const slot_str *s)
{
    size_t size = (size_t)s->size;
    bool single = size && memchr(s->data, '\'', size);
    bool dbl = size && memchr(s->data, '"', size);
    return single && !dbl ? '"' : '\'';
}

/* Is the two-byte sequence 0xC2 b a Latin-1 code point CPython escapes?
 * U+0080..U+00A0 (C1 controls and no-break space) and U+00AD (soft hyphen)
 * are not printable, so repr() shows them as \xNN. */
static bool buf__latin1_unprintable(const char *p, const char *end)
{
    if (end - p < 2 || (unsigned char)p[0] != 0xC2)
        return false;
    unsigned char b = (unsigned char)p[1];
    return b <= 0xA0 || b == 0xAD;
}

/* repr() of a string.  Escapes: backslash, the chosen quote, \n \r \t, other
 * ASCII controls and DEL as \xNN, and the unprintable Latin-1 code points
 * above.  CPython also escapes unprintable code points beyond U+00FF (as \u
 * or \U, e.g. U+2028 LINE SEPARATOR); slotc copies those through, since
 * telling them apart needs the Unicode database. */
void slot_buf_str_repr(slot_buf *self, const slot_str *s)
{
    char quote = buf__repr_quote(s);
    const char *p = s->data;
    const char *end = s->data + s->size;
    slot_buf_char(self, quote);
    for (; p < end; p++) {
        unsigned char c = (unsigned char)*p;
        if (c == '\\' || c == (unsigned char)quote) {
            slot_buf_char(self, '\\');
            slot_buf_char(self, (char)c);
        } else if (c == '\n') {
            slot_buf_cstr(self, "\\n");
        } else if (c == '\r') {
            slot_buf_cstr(self, "\\r");
        } else if (c == '\t') {
            slot_buf_cstr(self, "\\t");
        } else if (c < 0x20 || c == 0x7F) {
            buf__hex_escape(self, c);
        } else if (buf__latin1_unprintable(p, end)) {
            buf__hex_escape(self, (unsigned char)*++p);
        } else {
            slot_buf_char(self, (char)c);
        }
    }
    slot_buf_char(self, quote);
}

/* Writes the text and a newline to stdout (buffered; slot_exit reports a
 * failed write) and frees the storage, leaving self empty. */
void slot_print(slot_buf *self)
{
    if (self->size > 0)
        fwrite(self->data, 1, self->size, stdout);
    putc('\n', stdout);
    free(self->data);
    slot_buf_init(self);
}

/* The new string is the collector's; self is left empty. */
const slot_str *slot_buf_take(slot_buf *self)
{
    const slot_str *s = slot_str_new(self->data, self->size);
    free(self->data);
    slot_buf_init(self);
    return s;
}
