/*
 * str_methods.c - the str methods translated programs call: split, strip,
 * join, replace, find, the padding methods, partition and the predicates,
 * each with CPython's results.
 *
 * Strings are valid UTF-8 (the runtime makes no other kind), which keeps
 * the methods bytewise: a valid needle found anywhere in a valid haystack
 * starts on a code point boundary, so searching compares bytes, and only
 * the answers that are indexes convert byte offsets to code points (free
 * for ASCII strings, whose len equals their size).  Whitespace and the
 * predicates go code point by code point: ASCII is answered here, beyond it
 * the tables of unicode_ctype.c, which are CPython 3.11's answers for every
 * code point.
 *
 * The algorithms are CPython's own (Objects/stringlib/split.h, the pad and
 * zfill of unicodeobject.c) moved from code point indexes to UTF-8 byte
 * positions, so the corner cases come out the same: maxsplit, a separator
 * at either end, the empty needle of find, count and replace.  Results are
 * new strings (slot_str_new, or a slot_buf taken) owned by the collector;
 * a method that would return its input unchanged returns the input itself.
 */
#include "slot_internal.h"

#include <string.h>

/* ---- code points ---------------------------------------------------------- */

/* The code point at *p, moving *p past it (valid UTF-8: the lead byte gives
 * the length). */
static uint32_t methods__decode(const char **p)
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

/* The code point ending at *p, moving *p back to its first byte. */
static uint32_t methods__decode_before(const char *start, const char **p)
{
    const char *q = *p - 1;
    while (q > start && ((unsigned char)*q & 0xC0) == 0x80)
        q--;
    *p = q;
    return methods__decode(&q);
}

/* The code point index of byte position p in self. */
static int64_t methods__index(const slot_str *self, const char *p)
{
    int64_t bytes = p - self->data;
    if (self->len == self->size)
        return bytes;
    int64_t n = 0;
    for (int64_t i = 0; i < bytes; i++)
        n += ((unsigned char)self->data[i] & 0xC0) != 0x80;
    return n;
}

/* str.isspace() of one code point. */
static bool methods__space(uint32_t c)
{
    if (c < 0x80)
        return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F);
    return slot_unicode__is_space(c);
}

/* ---- building results ----------------------------------------------------- */

/* The bytes [from, to) of a string as a string; self itself when they are
 * all of it. */
static const slot_str *methods__slice(const slot_str *self, const char *from, const char *to)
{
    if (from == self->data && to == self->data + self->size)
        return self;
    return slot_str_new(from, (size_t)(to - from));
}

/* An empty list of strings. */
static slot_list *methods__list(void)
{
    return slot_list_new(sizeof(const slot_str *), false);
}

static void methods__push(slot_list *list, const char *from, const char *to)
{
    SLOT_ITEM(const slot_str *, slot_list_push(list)) = slot_str_new(from, (size_t)(to - from));
}

/* rsplit collects its pieces from the right, then turns the list around. */
static slot_list *methods__reverse(slot_list *list)
{
    const slot_str **items = (const slot_str **)list->items;
    for (int64_t i = 0, j = list->len - 1; i < j; i++, j--) {
        const slot_str *t = items[i];
        items[i] = items[j];
        items[j] = t;
    }
    return list;
}

/* A three-string tuple, what partition returns. */
static slot_tuple *methods__triple(const slot_str *a, const slot_str *b, const slot_str *c)
{
    const slot_str *items[3] = {a, b, c};
    return slot_tuple_from(sizeof items[0], false, 3, items);
}

/* ---- searching ------------------------------------------------------------ */

/* The first occurrence of needle[0, n) in [p, end), or NULL; p itself for
 * the empty needle. */
static const char *methods__find(const char *p, const char *end, const char *needle, size_t n)
{
    if (n == 0)
        return p;
    if ((size_t)(end - p) < n)
        return NULL;
    const char *last = end - n;
    while (p <= last) {
        p = memchr(p, needle[0], (size_t)(last - p) + 1);
        if (!p)
            return NULL;
        if (memcmp(p, needle, n) == 0)
            return p;
        p++;
    }
    return NULL;
}

/* The last occurrence of needle[0, n) in [start, end), or NULL; end itself
 * for the empty needle. */
static const char *methods__rfind(const char *start, const char *end, const char *needle,
                                  size_t n)
{
    if (n == 0)
        return end;
    if ((size_t)(end - start) < n)
        return NULL;
    for (const char *p = end - n;; p--) {
        if (*p == needle[0] && memcmp(p, needle, n) == 0)
            return p;
        if (p == start)
            return NULL;
    }
}

int64_t slot_str_find(const slot_str *self, const slot_str *sub)
{
    const char *end = self->data + self->size;
    const char *p = methods__find(self->data, end, sub->data, (size_t)sub->size);
    return p ? methods__index(self, p) : -1;
}

int64_t slot_str_rfind(const slot_str *self, const slot_str *sub)
{
    const char *end = self->data + self->size;
    const char *p = methods__rfind(self->data, end, sub->data, (size_t)sub->size);
    return p ? methods__index(self, p) : -1;
}

int64_t slot_str_index(const slot_str *self, const slot_str *sub)
{
    int64_t i = slot_str_find(self, sub);
    if (i < 0)
        slot_raise(SLOT_VALUE_ERROR, "substring not found");
    return i;
}

int64_t slot_str_rindex(const slot_str *self, const slot_str *sub)
{
    int64_t i = slot_str_rfind(self, sub);
    if (i < 0)
        slot_raise(SLOT_VALUE_ERROR, "substring not found");
    return i;
}

int64_t slot_str_count(const slot_str *self, const slot_str *sub)
{
    if (sub->size == 0)
        return self->len + 1;
    const char *p = self->data;
    const char *end = self->data + self->size;
    int64_t n = 0;
    while ((p = methods__find(p, end, sub->data, (size_t)sub->size)) != NULL) {
        n++;
        p += sub->size;
    }
    return n;
}

bool slot_str_startswith(const slot_str *self, const slot_str *prefix)
{
    return prefix->size <= self->size &&
           memcmp(self->data, prefix->data, (size_t)prefix->size) == 0;
}

bool slot_str_endswith(const slot_str *self, const slot_str *suffix)
{
    return suffix->size <= self->size &&
           memcmp(self->data + (self->size - suffix->size), suffix->data, (size_t)suffix->size) == 0;
}

/* ---- split ---------------------------------------------------------------- */

/* The first position from p whose code point is (space true) or is not
 * whitespace, or end. */
static const char *methods__skip(const char *p, const char *end, bool space)
{
    while (p < end) {
        const char *at = p;
        if (methods__space(methods__decode(&p)) != space)
            return at;
    }
    return end;
}

/* The same going left from p: the position just after the last code point
 * before p that is (space true) or is not whitespace, or start. */
static const char *methods__skip_back(const char *start, const char *p, bool space)
{
    while (p > start) {
        const char *at = p;
        if (methods__space(methods__decode_before(start, &p)) != space)
            return at;
    }
    return start;
}

/* Any negative maxsplit means no limit. */
static int64_t methods__limit(int64_t maxsplit)
{
    return maxsplit < 0 ? INT64_MAX : maxsplit;
}

/* split() without sep (stringlib's split_whitespace): words between runs of
 * whitespace; once maxsplit words are out, the rest after its leading
 * whitespace is the last item, trailing whitespace included. */
static slot_list *methods__split_whitespace(const slot_str *self, int64_t maxsplit)
{
    slot_list *out = methods__list();
    const char *p = self->data;
    const char *end = self->data + self->size;
    for (; maxsplit > 0; maxsplit--) {
        p = methods__skip(p, end, true);
        if (p == end)
            break;
        const char *word_end = methods__skip(p, end, false);
        methods__push(out, p, word_end);
        p = word_end;
    }
    p = methods__skip(p, end, true);
    if (p < end)
        methods__push(out, p, end);
    return out;
}

/* rsplit() without sep: split_whitespace from the right. */
static slot_list *methods__rsplit_whitespace(const slot_str *self, int64_t maxsplit)
{
    slot_list *out = methods__list();
    const char *start = self->data;
    const char *q = self->data + self->size;
    for (; maxsplit > 0; maxsplit--) {
        q = methods__skip_back(start, q, true);
        if (q == start)
            break;
        const char *word = methods__skip_back(start, q, false);
        methods__push(out, word, q);
        q = word;
    }
    q = methods__skip_back(start, q, true);
    if (q > start)
        methods__push(out, start, q);
    return methods__reverse(out);
}

static void methods__check_sep(const slot_str *sep)
{
    if (sep->size == 0)
        slot_raise(SLOT_VALUE_ERROR, "empty separator");
}

slot_list *slot_str_split(const slot_str *self, const slot_str *sep, int64_t maxsplit)
{
    maxsplit = methods__limit(maxsplit);
    if (!sep)
        return methods__split_whitespace(self, maxsplit);
    methods__check_sep(sep);
    slot_list *out = methods__list();
    const char *p = self->data;
    const char *end = self->data + self->size;
    for (; maxsplit > 0; maxsplit--) {
        const char *q = methods__find(p, end, sep->data, (size_t)sep->size);
        if (!q)
            break;
        methods__push(out, p, q);
        p = q + sep->size;
    }
    methods__push(out, p, end);
    return out;
}

slot_list *slot_str_rsplit(const slot_str *self, const slot_str *sep, int64_t maxsplit)
{
    maxsplit = methods__limit(maxsplit);
    if (!sep)
        return methods__rsplit_whitespace(self, maxsplit);
    methods__check_sep(sep);
    slot_list *out = methods__list();
    const char *start = self->data;
    const char *q = self->data + self->size;
    for (; maxsplit > 0; maxsplit--) {
        const char *p = methods__rfind(start, q, sep->data, (size_t)sep->size);
        if (!p)
            break;
        methods__push(out, p + sep->size, q);
        q = p;
    }
    methods__push(out, start, q);
    return methods__reverse(out);
}

/* The length in bytes of the line boundary at p, 0 if there is none:
 * "\r\n" counts as one, and the boundaries beyond ASCII are U+0085
 * (C2 85), U+2028 and U+2029 (E2 80 A8/A9). */
static size_t methods__line_break(const char *p, const char *end)
{
    const unsigned char *s = (const unsigned char *)p;
    size_t left = (size_t)(end - p);
    if (s[0] == '\r')
        return left >= 2 && s[1] == '\n' ? 2 : 1;
    if (s[0] == '\n' || s[0] == '\v' || s[0] == '\f' || (s[0] >= 0x1C && s[0] <= 0x1E))
        return 1;
    if (s[0] == 0xC2 && left >= 2 && s[1] == 0x85)
        return 2;
    if (s[0] == 0xE2 && left >= 3 && s[1] == 0x80 && (s[2] == 0xA8 || s[2] == 0xA9))
        return 3;
    return 0;
}

/* The boundaries' lead bytes never continue a sequence, so stepping byte by
 * byte finds them only where they start a code point. */
slot_list *slot_str_splitlines(const slot_str *self, bool keepends)
{
    slot_list *out = methods__list();
    const char *line = self->data;
    const char *end = self->data + self->size;
    for (const char *p = line; p < end;) {
        size_t boundary = methods__line_break(p, end);
        if (boundary == 0) {
            p++;
            continue;
        }
        methods__push(out, line, keepends ? p + boundary : p);
        p += boundary;
        line = p;
    }
    if (line < end)
        methods__push(out, line, end);
    return out;
}

/* ---- partition ------------------------------------------------------------ */

slot_tuple *slot_str_partition(const slot_str *self, const slot_str *sep)
{
    methods__check_sep(sep);
    const char *end = self->data + self->size;
    const char *p = methods__find(self->data, end, sep->data, (size_t)sep->size);
    const slot_str *empty = slot_str_new("", 0);
    if (!p)
        return methods__triple(self, empty, empty);
    return methods__triple(methods__slice(self, self->data, p), sep,
                           methods__slice(self, p + sep->size, end));
}

slot_tuple *slot_str_rpartition(const slot_str *self, const slot_str *sep)
{
    methods__check_sep(sep);
    const char *end = self->data + self->size;
    const char *p = methods__rfind(self->data, end, sep->data, (size_t)sep->size);
    const slot_str *empty = slot_str_new("", 0);
    if (!p)
        return methods__triple(empty, empty, self);
    return methods__triple(methods__slice(self, self->data, p), sep,
                           methods__slice(self, p + sep->size, end));
}

/* ---- strip ---------------------------------------------------------------- */

/* Is the code point c, whose UTF-8 is at[0, width), one strip removes:
 * whitespace when chars is NULL, else one of chars' code points (found as
 * bytes, since both are valid UTF-8)? */
static bool methods__strips(const slot_str *chars, uint32_t c, const char *at, size_t width)
{
    if (!chars)
        return methods__space(c);
    const char *end = chars->data + chars->size;
    return methods__find(chars->data, end, at, width) != NULL;
}

/* The first position of self that strip keeps from the left, or end. */
static const char *methods__strip_left(const slot_str *self, const slot_str *chars)
{
    const char *p = self->data;
    const char *end = self->data + self->size;
    while (p < end) {
        const char *at = p;
        uint32_t c = methods__decode(&p);
        if (!methods__strips(chars, c, at, (size_t)(p - at)))
            return at;
    }
    return end;
}

/* The position after the last code point of [start, end of self) that
 * strip keeps from the right, or start. */
static const char *methods__strip_right(const slot_str *self, const char *start,
                                        const slot_str *chars)
{
    const char *p = self->data + self->size;
    while (p > start) {
        const char *after = p;
        uint32_t c = methods__decode_before(start, &p);
        if (!methods__strips(chars, c, p, (size_t)(after - p)))
            return after;
    }
    return start;
}

const slot_str *slot_str_strip(const slot_str *self, const slot_str *chars)
{
    const char *from = methods__strip_left(self, chars);
    return methods__slice(self, from, methods__strip_right(self, from, chars));
}

const slot_str *slot_str_lstrip(const slot_str *self, const slot_str *chars)
{
    return methods__slice(self, methods__strip_left(self, chars), self->data + self->size);
}

const slot_str *slot_str_rstrip(const slot_str *self, const slot_str *chars)
{
    return methods__slice(self, self->data, methods__strip_right(self, self->data, chars));
}

/* ---- join and replace ----------------------------------------------------- */

/* The items are the caller's; the result is the collector's. */
const slot_str *slot_str_join(const slot_str *sep, const slot_list *items)
{
    if (items->len == 1)
        return SLOT_ITEM(const slot_str *, slot_list_at(items, 0));
    slot_buf b;
    slot_buf_init(&b);
    for (int64_t i = 0; i < items->len; i++) {
        if (i > 0)
            slot_buf_str(&b, sep);
        slot_buf_str(&b, SLOT_ITEM(const slot_str *, slot_list_at(items, i)));
    }
    return slot_buf_take(&b);
}

/* replace() with an empty old: replacement before each of the first count
 * code points, and at the end when count reaches past the last one. */
static const slot_str *methods__replace_empty(const slot_str *self, const slot_str *replacement,
                                              int64_t count)
{
    const char *p = self->data;
    const char *end = self->data + self->size;
    slot_buf b;
    slot_buf_init(&b);
    slot_buf_str(&b, replacement);
    for (count--; p < end && count > 0; count--) {
        const char *at = p;
        methods__decode(&p);
        slot_buf_bytes(&b, at, (size_t)(p - at));
        slot_buf_str(&b, replacement);
    }
    slot_buf_bytes(&b, p, (size_t)(end - p));
    return slot_buf_take(&b);
}

const slot_str *slot_str_replace(const slot_str *self, const slot_str *old,
                                 const slot_str *replacement, int64_t count)
{
    count = methods__limit(count);
    if (count == 0)
        return self;
    if (old->size == 0)
        return methods__replace_empty(self, replacement, count);
    const char *p = self->data;
    const char *end = self->data + self->size;
    const char *q = methods__find(p, end, old->data, (size_t)old->size);
    if (!q)
        return self;
    slot_buf b;
    slot_buf_init(&b);
    for (; q && count > 0; count--) {
        slot_buf_bytes(&b, p, (size_t)(q - p));
        slot_buf_str(&b, replacement);
        p = q + old->size;
        q = methods__find(p, end, old->data, (size_t)old->size);
    }
    slot_buf_bytes(&b, p, (size_t)(end - p));
    return slot_buf_take(&b);
}

/* ---- padding -------------------------------------------------------------- */

/* The fill character's bytes: a space for NULL, else exactly one code
 * point, or CPython's TypeError. */
static const slot_str *methods__fill(const slot_str *fillchar)
{
    if (!fillchar)
        return slot_str_new(" ", 1);
    if (fillchar->len != 1)
        slot_raise(SLOT_TYPE_ERROR, "The fill character must be exactly one character long");
    return fillchar;
}

/* self between left and right copies of fill (CPython's pad()); self
 * itself when both are 0. */
static const slot_str *methods__pad(const slot_str *self, int64_t left, int64_t right,
                                    const slot_str *fill)
{
    if (left <= 0 && right <= 0)
        return self;
    slot_buf b;
    slot_buf_init(&b);
    for (int64_t i = 0; i < left; i++)
        slot_buf_str(&b, fill);
    slot_buf_str(&b, self);
    for (int64_t i = 0; i < right; i++)
        slot_buf_str(&b, fill);
    return slot_buf_take(&b);
}

/* How many fill characters width asks for beyond self, at least 0. */
static int64_t methods__margin(const slot_str *self, int64_t width)
{
    return width > self->len ? width - self->len : 0;
}

const slot_str *slot_str_ljust(const slot_str *self, int64_t width, const slot_str *fillchar)
{
    const slot_str *fill = methods__fill(fillchar);
    return methods__pad(self, 0, methods__margin(self, width), fill);
}

const slot_str *slot_str_rjust(const slot_str *self, int64_t width, const slot_str *fillchar)
{
    const slot_str *fill = methods__fill(fillchar);
    return methods__pad(self, methods__margin(self, width), 0, fill);
}

/* CPython's rule: left = marg / 2 + (marg & width & 1), so the odd fill
 * character goes left only when both the margin and the width are odd. */
const slot_str *slot_str_center(const slot_str *self, int64_t width, const slot_str *fillchar)
{
    const slot_str *fill = methods__fill(fillchar);
    int64_t marg = methods__margin(self, width);
    int64_t left = marg / 2 + (marg & width & 1);
    return methods__pad(self, left, marg - left, fill);
}

/* Zeros on the left; a leading sign moves in front of them. */
const slot_str *slot_str_zfill(const slot_str *self, int64_t width)
{
    int64_t fill = methods__margin(self, width);
    if (fill == 0)
        return self;
    size_t sign = self->size > 0 && (self->data[0] == '+' || self->data[0] == '-') ? 1 : 0;
    slot_buf b;
    slot_buf_init(&b);
    slot_buf_bytes(&b, self->data, sign);
    for (int64_t i = 0; i < fill; i++)
        slot_buf_char(&b, '0');
    slot_buf_bytes(&b, self->data + sign, (size_t)self->size - sign);
    return slot_buf_take(&b);
}

/* ---- predicates ----------------------------------------------------------- */

static bool methods__decimal(uint32_t c)
{
    return c < 0x80 ? c >= '0' && c <= '9' : slot_unicode__is_decimal(c);
}

static bool methods__digit(uint32_t c)
{
    return c < 0x80 ? c >= '0' && c <= '9' : slot_unicode__is_digit(c);
}

static bool methods__numeric(uint32_t c)
{
    return c < 0x80 ? c >= '0' && c <= '9' : slot_unicode__is_numeric(c);
}

static bool methods__lower(uint32_t c)
{
    return c < 0x80 ? c >= 'a' && c <= 'z' : slot_unicode__is_lower(c);
}

static bool methods__upper(uint32_t c)
{
    return c < 0x80 ? c >= 'A' && c <= 'Z' : slot_unicode__is_upper(c);
}

static bool methods__alpha(uint32_t c)
{
    return c < 0x80 ? methods__lower(c) || methods__upper(c) : slot_unicode__is_alpha(c);
}

/* CPython's isalnum: any of the four. */
static bool methods__alnum(uint32_t c)
{
    return methods__alpha(c) || methods__decimal(c) || methods__digit(c) || methods__numeric(c);
}

/* Does every code point of a non-empty string satisfy test? */
static bool methods__all(const slot_str *self, bool (*test)(uint32_t))
{
    const char *p = self->data;
    const char *end = self->data + self->size;
    if (p == end)
        return false;
    while (p < end)
        if (!test(methods__decode(&p)))
            return false;
    return true;
}

bool slot_str_isdigit(const slot_str *self)
{
    return methods__all(self, methods__digit);
}

bool slot_str_isdecimal(const slot_str *self)
{
    return methods__all(self, methods__decimal);
}

bool slot_str_isnumeric(const slot_str *self)
{
    return methods__all(self, methods__numeric);
}

bool slot_str_isalpha(const slot_str *self)
{
    return methods__all(self, methods__alpha);
}

bool slot_str_isalnum(const slot_str *self)
{
    return methods__all(self, methods__alnum);
}

bool slot_str_isspace(const slot_str *self)
{
    return methods__all(self, methods__space);
}

/* CPython's isupper and islower: false at the first code point of the other
 * case or a titlecase one, true if at least one of the asked case came. */
static bool methods__all_cased(const slot_str *self, bool (*same)(uint32_t),
                               bool (*other)(uint32_t))
{
    const char *p = self->data;
    const char *end = self->data + self->size;
    bool cased = false;
    while (p < end) {
        uint32_t c = methods__decode(&p);
        if (other(c) || (c >= 0x80 && slot_unicode__is_title(c)))
            return false;
        cased = cased || same(c);
    }
    return cased;
}

bool slot_str_isupper(const slot_str *self)
{
    return methods__all_cased(self, methods__upper, methods__lower);
}

bool slot_str_islower(const slot_str *self)
{
    return methods__all_cased(self, methods__lower, methods__upper);
}
