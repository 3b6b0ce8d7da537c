/*
 * str_parse.c - int(s) and float(s).
 *
 * Python's number syntax is stricter than strtoll / strtod in some places
 * (no hex floats, no "0x" prefix for int() with base 10, underscores only
 * between digits) and looser in others (underscores, surrounding Unicode
 * whitespace is stripped).  Each string is checked against Python's grammar
 * first, copied without its underscores, and only then converted by the C
 * library, so every accepted text means what it means in Python.
 */
#include "slot_internal.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Python's str.strip() for the ASCII whitespace it strips. */
static void parse__strip(const char **p, const char **end)
{
    while (*p < *end && strchr(" \t\n\r\v\f", **p))
        (*p)++;
    while (*end > *p && strchr(" \t\n\r\v\f", (*end)[-1]))
        (*end)--;
}

static bool parse__digit(char c)
{
    return c >= '0' && c <= '9';
}

/* digits ('_'? digits)*: copies the digits to out; false if malformed. */
static bool parse__digits(const char **p, const char *end, char *out, size_t *n)
{
    if (*p >= end || !parse__digit(**p))
        return false;
    while (*p < end) {
        if (**p == '_' && *p + 1 < end && parse__digit((*p)[1]))
            (*p)++;
        if (!parse__digit(**p))
            break;
        out[(*n)++] = *(*p)++;
    }
    return true;
}

/* The text without surrounding whitespace, its sign copied to a new buffer
 * (the caller frees it) that the number's characters go to next. */
static char *parse__begin(const slot_str *s, const char **p, const char **end, size_t *n)
{
    *p = s->data;
    *end = s->data + s->size;
    parse__strip(p, end);
    char *out = slot_alloc__xrealloc(NULL, (size_t)s->size + 2);
    *n = 0;
    if (*p < *end && (**p == '+' || **p == '-'))
        out[(*n)++] = *(*p)++;
    return out;
}

/* Raises CPython's ValueError for text that is not a number. */
static SLOT_NORETURN void parse__invalid(const char *what, const slot_str *s)
{
    slot_buf b;
    slot_buf_init(&b);
    slot_buf_str_repr(&b, s);
    slot_raise(SLOT_VALUE_ERROR, "%s: %.*s", what, (int)b.size, b.data);
}

int64_t slot_str_to_int(const slot_str *s)
{
    const char *p, *end;
    size_t n;
    char *digits = parse__begin(s, &p, &end, &n);
    bool ok = parse__digits(&p, end, digits, &n) && p == end;
    digits[n] = '\0';
    errno = 0;
    long long v = ok ? strtoll(digits, NULL, 10) : 0;
    int overflow = errno == ERANGE;
    free(digits);
    if (!ok)
        parse__invalid("invalid literal for int() with base 10", s);
    if (overflow)
        slot_raise(SLOT_OVERFLOW_ERROR, "integer overflow");
    return (int64_t)v;
}

/* digits? ('.' digits?)? exponent? with at least one digit; or the words */
static bool parse__float_body(const char **p, const char *end, char *out, size_t *n)
{
    static const char *words[] = {"infinity", "inf", "nan"};
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++) {
        size_t len = strlen(words[i]);
        if ((size_t)(end - *p) == len && strncasecmp(*p, words[i], len) == 0) {
            memcpy(out + *n, words[i], len);
            *n += len;
            *p = end;
            return true;
        }
    }
    bool whole = parse__digits(p, end, out, n), fraction = false;
    if (*p < end && **p == '.') {
        out[(*n)++] = *(*p)++;
        fraction = parse__digits(p, end, out, n);
    }
    if (!whole && !fraction)
        return false;
    if (*p < end && (**p == 'e' || **p == 'E')) {
        out[(*n)++] = *(*p)++;
        if (*p < end && (**p == '+' || **p == '-'))
            out[(*n)++] = *(*p)++;
        return parse__digits(p, end, out, n);
    }
    return true;
}

double slot_str_to_float(const slot_str *s)
{
    const char *p, *end;
    size_t n;
    char *text = parse__begin(s, &p, &end, &n);
    bool ok = parse__float_body(&p, end, text, &n) && p == end;
    text[n] = '\0';
    double v = ok ? strtod(text, NULL) : 0.0; /* overflow gives inf, as in Python */
    free(text);
    if (!ok)
        parse__invalid("could not convert string to float", s);
    return v;
}
