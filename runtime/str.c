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
 * upper(), lower() and repr() go code point by code point beyond ASCII,
 * asking unicode_tables.c (generated from CPython 3.11's own answers) for
 * case mappings and printability, so their results match CPython's for
 * every code point, final sigma included.
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

const slot_str *slot_str_repeat(const slot_str *self, int64_t n)
{
    if (n <= 0 || self->size == 0)
        return slot_str_new("", 0);
    if (n == 1)
        return self;
    if (self->size > (INT64_MAX / 2) / n)
        slot_raise(SLOT_OVERFLOW_ERROR, "repeated string is too long");
    slot_str *s = str__alloc((size_t)(self->size * n));
    for (int64_t i = 0; i < n; i++)
        memcpy(str__bytes(s) + i * self->size, self->data, (size_t)self->size);
    return str__finish(s);
}

/* The code point at index i (negative counts from the end) as a new
 * one-character string.  ASCII strings index bytes directly; others walk
 * the UTF-8 sequence, as their code points have different widths. */
const slot_str *slot_str_at(const slot_str *self, int64_t i)
{
    if (i < 0)
        i += self->len;
    if (i < 0 || i >= self->len)
        slot_raise(SLOT_INDEX_ERROR, "string index out of range");
    if (self->len == self->size)
        return slot_str_new(self->data + i, 1);
    const char *p = self->data;
    for (int64_t k = 0; k < i; k++)
        p += 1 + (((unsigned char)*p >= 0xc0) + ((unsigned char)*p >= 0xe0) + ((unsigned char)*p >= 0xf0));
    size_t width = 1 + (((unsigned char)*p >= 0xc0) + ((unsigned char)*p >= 0xe0) + ((unsigned char)*p >= 0xf0));
    return slot_str_new(p, width);
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

/* ---- UTF-8 -------------------------------------------------------------- */

/* The code point starting at *p, moving *p past it.  Strings are valid UTF-8
 * (the runtime never makes any other kind), so the lead byte gives the
 * length and nothing needs checking. */
static uint32_t str__decode(const char **p)
{
    const unsigned char *s = (const unsigned char *)*p;
    int n = 1;
    if (s[0] >= 0xF0)
        n = 4;
    else if (s[0] >= 0xE0)
        n = 3;
    else if (s[0] >= 0x80)
        n = 2;
    uint32_t c = n == 1 ? s[0] : s[0] & (0x7Fu >> n);
    for (int i = 1; i < n; i++)
        c = (c << 6) | (s[i] & 0x3Fu);
    *p += n;
    return c;
}

/* The code point ending at *p, moving *p back to its first byte; *p is past
 * start. */
static uint32_t str__decode_before(const char *start, const char **p)
{
    const char *q = *p - 1;
    while (q > start && ((unsigned char)*q & 0xC0) == 0x80)
        q--;
    *p = q;
    return str__decode(&q);
}

/* How many bytes UTF-8 takes for c. */
static size_t str__utf8_size(uint32_t c)
{
    if (c < 0x80)
        return 1;
    if (c < 0x800)
        return 2;
    return c < 0x10000 ? 3 : 4;
}

/* Writes c as UTF-8 at out and returns the byte after it. */
static char *str__encode(char *out, uint32_t c)
{
    size_t n = str__utf8_size(c);
    static const unsigned char lead[] = {0, 0, 0xC0, 0xE0, 0xF0};
    for (size_t i = n - 1; i > 0; i--) {
        out[i] = (char)(0x80 | (c & 0x3F));
        c >>= 6;
    }
    out[0] = (char)(lead[n] | c);
    return out + n;
}

/* ---- ord() and chr() ---------------------------------------------------- */

int64_t slot_str_ord(const slot_str *self)
{
    if (self->len != 1)
        slot_raise(SLOT_TYPE_ERROR, "ord() expected a character, but string of length %" PRId64 " found",
                   self->len);
    const char *p = self->data;
    return str__decode(&p);
}

const slot_str *slot_str_chr(int64_t i)
{
    if (i < 0 || i >= 0x110000)
        slot_raise(SLOT_VALUE_ERROR, "chr() arg not in range(0x110000)");
    if (i >= 0xD800 && i <= 0xDFFF)
        slot_raise(SLOT_VALUE_ERROR, "chr() of a surrogate (%#" PRIx64 ") is not supported by slotc", i);
    char text[4];
    return slot_str_new(text, (size_t)(str__encode(text, (uint32_t)i) - text));
}

/* ---- upper() and lower() ------------------------------------------------ */

/* A copy of self with bytes in [from, from + 25] moved by delta: upper() and
 * lower() of an all-ASCII string, the common case, without table lookups. */
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

/* Is the nearest code point before p that is not Case_Ignorable a Cased
 * one?  False when there is none. */
static bool str__cased_before(const char *start, const char *p)
{
    while (p > start) {
        uint32_t c = str__decode_before(start, &p);
        if (!slot_unicode__case_ignorable(c))
            return slot_unicode__cased(c);
    }
    return false;
}

/* Is the nearest code point from p on that is not Case_Ignorable a Cased
 * one?  False when there is none. */
static bool str__cased_after(const char *p, const char *end)
{
    while (p < end) {
        uint32_t c = str__decode(&p);
        if (!slot_unicode__case_ignorable(c))
            return slot_unicode__cased(c);
    }
    return false;
}

/* lower() of the capital sigma between at and after: final sigma (U+03C2)
 * when it ends a word, that is when a cased letter comes before it and none
 * after, skipping case-ignorable code points (apostrophes, combining marks)
 * both ways; small sigma (U+03C3) otherwise.  This is CPython's
 * handle_capital_sigma (Objects/unicodeobject.c), so "\u03a3" alone lowers
 * to U+03C3 and "A\u03a3" to "a\u03c2". */
static uint32_t str__lower_sigma(const slot_str *self, const char *at, const char *after)
{
    const char *end = self->data + self->size;
    bool final = str__cased_before(self->data, at) && !str__cased_after(after, end);
    return final ? 0x3C2 : 0x3C3;
}

/* The case mapping of the code point at *p, moving *p past it: writes 1 to
 * SLOT_UNICODE_CASE_MAX code points to out and returns how many. */
static int str__map_next(const slot_str *self, const char **p, bool upper,
                         uint32_t out[SLOT_UNICODE_CASE_MAX])
{
    const char *at = *p;
    uint32_t c = str__decode(p);
    if (upper)
        return slot_unicode__upper(c, out);
    if (c == 0x3A3) {
        out[0] = str__lower_sigma(self, at, *p);
        return 1;
    }
    return slot_unicode__lower(c, out);
}

/* upper() or lower() by the full Unicode case mappings, which may change the
 * length ("\u00df".upper() == "SS"): one pass sizes the result, a second
 * writes it, so the string is allocated once and exactly. */
static const slot_str *str__change_case(const slot_str *self, bool upper)
{
    const char *end = self->data + self->size;
    uint32_t mapped[SLOT_UNICODE_CASE_MAX];
    size_t size = 0;
    for (const char *p = self->data; p < end;) {
        int n = str__map_next(self, &p, upper, mapped);
        for (int i = 0; i < n; i++)
            size += str__utf8_size(mapped[i]);
    }
    slot_str *s = str__alloc(size);
    char *out = str__bytes(s);
    for (const char *p = self->data; p < end;) {
        int n = str__map_next(self, &p, upper, mapped);
        for (int i = 0; i < n; i++)
            out = str__encode(out, mapped[i]);
    }
    return str__finish(s);
}

/* New string owned by the collector: str.upper(), CPython's for every code
 * point.  len == size means the string is all ASCII. */
const slot_str *slot_str_upper(const slot_str *self)
{
    if (self->len == self->size)
        return str__shift_case(self, 'a', 'A' - 'a');
    return str__change_case(self, true);
}

/* New string owned by the collector: str.lower(), with the final-sigma rule. */
const slot_str *slot_str_lower(const slot_str *self)
{
    if (self->len == self->size)
        return str__shift_case(self, 'A', 'a' - 'A');
    return str__change_case(self, false);
}

/* ---- str from scalars and search ---------------------------------------- */

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

/* The storage of every buffer that holds some, oldest first.  A raise can
 * abandon a buffer half-filled (print("total:", d[key]) stops at the
 * KeyError); slot_throw frees what the code it abandons left here, so a
 * program that catches exceptions in a loop does not leak.  Buffers open
 * and close in nested order, so the one being closed is nearly always the
 * last entry. */
static char **buf__open;
static size_t buf__count, buf__cap;

/* Replaces old (NULL for a new block) by block in the registry. */
static void buf__track(char *old, char *block)
{
    for (size_t i = buf__count; old && i-- > 0;)
        if (buf__open[i] == old) {
            buf__open[i] = block;
            return;
        }
    if (buf__count == buf__cap) {
        buf__cap = buf__cap ? buf__cap * 2 : 16;
        buf__open = slot_alloc__xrealloc(buf__open, slot_alloc__array_size(buf__cap, sizeof *buf__open));
    }
    buf__open[buf__count++] = block;
}

/* Takes block (not NULL) out of the registry. */
static void buf__untrack(const char *block)
{
    for (size_t i = buf__count; i-- > 0;)
        if (buf__open[i] == block) {
            memmove(&buf__open[i], &buf__open[i + 1], (buf__count - i - 1) * sizeof *buf__open);
            buf__count--;
            return;
        }
}

size_t slot_buf__open_count(void)
{
    return buf__count;
}

void slot_buf__free_since(size_t count)
{
    while (buf__count > count)
        free(buf__open[--buf__count]);
}

char *slot_buf__detach(slot_buf *self)
{
    char *data = self->data;
    if (data)
        buf__untrack(data);
    slot_buf_init(self);
    return data;
}

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
    char *data = slot_alloc__xrealloc(self->data, cap);
    buf__track(self->data, data);
    self->data = data;
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

/* Appends CPython's escape for code point c, in lower-case hex: \xNN up to
 * U+00FF, \uNNNN up to U+FFFF, \UNNNNNNNN beyond. */
static void buf__escape(slot_buf *self, uint32_t c)
{
    static const char hex[] = "0123456789abcdef";
    char text[10] = {'\\', 'U'};
    int digits = 8;
    if (c <= 0xFF) {
        text[1] = 'x';
        digits = 2;
    } else if (c <= 0xFFFF) {
        text[1] = 'u';
        digits = 4;
    }
    for (int i = 0; i < digits; i++)
        text[2 + i] = hex[(c >> (4 * (digits - 1 - i))) & 15];
    slot_buf_bytes(self, text, (size_t)(2 + digits));
}

/* Single quotes unless the string holds ' and no ", like CPython. */
static char buf__repr_quote(const slot_str *s)
{
    size_t size = (size_t)s->size;
    bool single = size && memchr(s->data, '\'', size);
    bool dbl = size && memchr(s->data, '"', size);
    return single && !dbl ? '"' : '\'';
}

/* Appends the ASCII character c as repr() shows it inside quote. */
static void buf__repr_ascii(slot_buf *self, char c, char quote)
{
    if (c == '\\' || c == quote) {
        slot_buf_char(self, '\\');
        slot_buf_char(self, c);
    } else if (c == '\n') {
        slot_buf_cstr(self, "\\n");
    } else if (c == '\r') {
        slot_buf_cstr(self, "\\r");
    } else if (c == '\t') {
        slot_buf_cstr(self, "\\t");
    } else if (c < 0x20 || c == 0x7F) {
        buf__escape(self, (uint32_t)c);
    } else {
        slot_buf_char(self, c);
    }
}

/* repr() of a string, as CPython's unicode_repr writes it.  ASCII: backslash,
 * the chosen quote, \n \r \t, and the other controls and DEL as \xNN.
 * Beyond ASCII, a code point str.isprintable() accepts is copied, any other
 * (controls, format characters, separators, private use, unassigned) is
 * escaped: U+0085 as \x85, U+2028 as \u2028, U+E0001 as \U000e0001. */
void slot_buf_str_repr(slot_buf *self, const slot_str *s)
{
    char quote = buf__repr_quote(s);
    const char *p = s->data;
    const char *end = s->data + s->size;
    slot_buf_char(self, quote);
    while (p < end) {
        if ((unsigned char)*p < 0x80) {
            buf__repr_ascii(self, *p++, quote);
            continue;
        }
        const char *at = p;
        uint32_t c = str__decode(&p);
        if (slot_unicode__printable(c))
            slot_buf_bytes(self, at, (size_t)(p - at));
        else
            buf__escape(self, c);
    }
    slot_buf_char(self, quote);
}

/* Writes the text and a newline to stdout (buffered; slot_exit reports a
 * failed write) and frees the storage, leaving self empty. */
void slot_print(slot_buf *self)
{
    slot_buf_char(self, '\n');
    slot_write(self);
}

void slot_write(slot_buf *self)
{
    if (self->size > 0)
        fwrite(self->data, 1, self->size, stdout);
    free(slot_buf__detach(self));
}

/* The new string is the collector's; self is left empty. */
const slot_str *slot_buf_take(slot_buf *self)
{
    const slot_str *s = slot_str_new(self->data, self->size);
    free(slot_buf__detach(self));
    return s;
}

const slot_str *slot_str_next_char(const slot_str *self, int64_t *at)
{
    unsigned char c = (unsigned char)self->data[*at];
    size_t width = 1 + (c >= 0xc0) + (c >= 0xe0) + (c >= 0xf0);
    const slot_str *ch = slot_str_new(self->data + *at, width);
    *at += (int64_t)width;
    return ch;
}
