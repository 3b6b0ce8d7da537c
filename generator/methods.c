/*
 * methods.c - the methods of built-in types that slotc translates: str's
 * and a text file's.  One table says, for each, the Python signature
 * (infer.c checks the arguments and types the result) and the runtime
 * function with the C text of each omitted argument (translate.c calls it).
 *
 * Signature letters: s str, i int, b bool, L list[str]; a letter after '|' is
 * optional.  Results: s str, i int, b bool, n None, L list[str],
 * T tuple[str, ...].
 */
#include "slotc.h"

#include <stdlib.h>
#include <string.h>

static const Method methods[] = {
    /* str */
    {TY_STR, "upper", "", 's', "slot_str_upper", {0}},
    {TY_STR, "lower", "", 's', "slot_str_lower", {0}},
    {TY_STR, "split", "|si", 'L', "slot_str_split", {"NULL", "-1"}},
    {TY_STR, "rsplit", "|si", 'L', "slot_str_rsplit", {"NULL", "-1"}},
    {TY_STR, "splitlines", "|b", 'L', "slot_str_splitlines", {"false"}},
    {TY_STR, "strip", "|s", 's', "slot_str_strip", {"NULL"}},
    {TY_STR, "lstrip", "|s", 's', "slot_str_lstrip", {"NULL"}},
    {TY_STR, "rstrip", "|s", 's', "slot_str_rstrip", {"NULL"}},
    {TY_STR, "join", "L", 's', "slot_str_join", {0}},
    {TY_STR, "replace", "ss|i", 's', "slot_str_replace", {NULL, NULL, "-1"}},
    {TY_STR, "find", "s", 'i', "slot_str_find", {0}},
    {TY_STR, "rfind", "s", 'i', "slot_str_rfind", {0}},
    {TY_STR, "index", "s", 'i', "slot_str_index", {0}},
    {TY_STR, "rindex", "s", 'i', "slot_str_rindex", {0}},
    {TY_STR, "count", "s", 'i', "slot_str_count", {0}},
    {TY_STR, "startswith", "s", 'b', "slot_str_startswith", {0}},
    {TY_STR, "endswith", "s", 'b', "slot_str_endswith", {0}},
    {TY_STR, "ljust", "i|s", 's', "slot_str_ljust", {NULL, "NULL"}},
    {TY_STR, "rjust", "i|s", 's', "slot_str_rjust", {NULL, "NULL"}},
    {TY_STR, "center", "i|s", 's', "slot_str_center", {NULL, "NULL"}},
    {TY_STR, "zfill", "i", 's', "slot_str_zfill", {0}},
    {TY_STR, "isdigit", "", 'b', "slot_str_isdigit", {0}},
    {TY_STR, "isalpha", "", 'b', "slot_str_isalpha", {0}},
    {TY_STR, "isalnum", "", 'b', "slot_str_isalnum", {0}},
    {TY_STR, "isspace", "", 'b', "slot_str_isspace", {0}},
    {TY_STR, "isupper", "", 'b', "slot_str_isupper", {0}},
    {TY_STR, "isdecimal", "", 'b', "slot_str_isdecimal", {0}},
    {TY_STR, "isnumeric", "", 'b', "slot_str_isnumeric", {0}},
    {TY_STR, "islower", "", 'b', "slot_str_islower", {0}},
    {TY_STR, "partition", "s", 'T', "slot_str_partition", {0}},
    {TY_STR, "rpartition", "s", 'T', "slot_str_rpartition", {0}},
    /* text files */
    {TY_FILE, "write", "s", 'i', "slot_file_write", {0}},
    {TY_FILE, "read", "", 's', "slot_file_read", {0}},
    {TY_FILE, "readline", "", 's', "slot_file_readline", {0}},
    {TY_FILE, "close", "", 'n', "slot_file_close", {0}},
};

const Method *method_find(TypeKind self, const char *name)
{
    for (size_t i = 0; i < sizeof methods / sizeof methods[0]; i++)
        if (methods[i].self == self && strcmp(methods[i].name, name) == 0)
            return &methods[i];
    return NULL;
}

/* The type a signature letter stands for. */
Type *method_type(char letter)
{
    switch (letter) {
    case 's':
        return type_new(TY_STR);
    case 'i':
        return type_new(TY_INT);
    case 'b':
        return type_new(TY_BOOL);
    case 'L':
        return type_list(type_new(TY_STR));
    case 'T':
        return type_tuple(type_new(TY_STR));
    default:
        return type_new(TY_NONE);
    }
}

/* How many arguments a method takes: at least *min, at most *max. */
void method_arity(const Method *m, int *min, int *max)
{
    const char *bar = strchr(m->args, '|');
    *max = (int)strlen(m->args) - (bar ? 1 : 0);
    *min = bar ? (int)(bar - m->args) : *max;
}

/* The signature letter of argument i. */
char method_arg(const Method *m, int i)
{
    const char *p = m->args;
    for (int k = 0; *p; p++) {
        if (*p == '|')
            continue;
        if (k++ == i)
            return *p;
    }
    return 0;
}

/* Ends a list of format fields with the literal text after the last one
 * (index -2). */
static Vec *end_fields(Vec *out, Str *lit)
{
    FormatField *tail = arena_alloc(sizeof *tail);
    tail->literal = str_finish(lit);
    tail->index = -2;
    vec_push(out, tail);
    return out;
}

/* ---- str.format(): the replacement fields of a literal format string ----- */

/* Splits text into literal pieces and fields ("{}", "{0}", "{name!r:>8}"),
 * numbering automatic fields as Python does.  NULL, with *error set, when
 * the string is malformed or uses what slotc does not translate (nested
 * fields, attribute or index lookups, mixing automatic and manual
 * numbering). */
Vec *format_fields(const char *text, size_t len, const char **error)
{
    Vec *out = arena_alloc(sizeof *out);
    Str lit = {0};
    int automatic = 0, manual = 0;
    for (size_t i = 0; i < len; i++) {
        char c = text[i];
        if ((c == '{' || c == '}') && i + 1 < len && text[i + 1] == c) { /* {{ and }} */
            str_addn(&lit, &c, 1);
            i++;
            continue;
        }
        if (c == '}') {
            *error = "Single '}' encountered in format string";
            goto fail;
        }
        if (c != '{') {
            str_addn(&lit, &c, 1);
            continue;
        }
        size_t end = i + 1;
        while (end < len && text[end] != '}' && text[end] != '{')
            end++;
        if (end >= len || text[end] != '}') {
            *error = end >= len ? "expected '}' before end of string" : "nested replacement fields are not supported by slotc";
            goto fail;
        }
        FormatField *f = arena_alloc(sizeof *f);
        f->literal = str_finish(&lit);
        const char *field = arena_strndup(text + i + 1, end - i - 1);
        char *colon = strchr(field, ':'), *bang = strchr(field, '!');
        if (bang && (!colon || bang < colon)) {
            f->conversion = bang[1];
            *bang = '\0';
        }
        if (colon) {
            f->spec = colon + 1;
            *colon = '\0';
        }
        if (f->conversion && f->conversion != 'r' && f->conversion != 's') {
            *error = "only the conversions !r and !s are supported by slotc";
            goto fail;
        }
        if (strpbrk(field, ".[")) {
            *error = "attribute and index lookups in replacement fields are not supported by slotc";
            goto fail;
        }
        size_t digits = strspn(field, "0123456789");
        if (!*field) {
            f->index = automatic++;
            f->name = arena_printf("%d", f->index); /* for the diagnostic */
        } else if (digits && !field[digits]) { /* a number (CPython's IndexError past the arguments) */
            f->index = digits > 9 ? INT32_MAX : atoi(field);
            f->name = field; /* its digits, for the diagnostic */
            manual++;
        } else {
            f->index = -1, f->name = field; /* a keyword, '1abc' included (KeyError in CPython) */
        }
        if (automatic && manual) {
            *error = "cannot switch between automatic field numbering and manual field specification";
            goto fail;
        }
        vec_push(out, f);
        i = end;
    }
    return end_fields(out, &lit);
fail: /* the literal text gathered so far */
    str_free(&lit);
    return NULL;
}

/* ---- "..." % args: printf-style conversions as format specifications ---- */

/* Splits a literal %-format string into literal pieces and conversions,
 * each conversion turned into the format() specification that gives the
 * same text ("%-8.2f" -> "<8.2f", "%05d" -> "05d"); %s and %r give the
 * text of str() / repr() (conversion 's' / 'r') with width and precision;
 * "%%" is a literal '%'.  NULL, with *error set, for what slotc does not
 * translate (a '*' width, a mapping key, an unknown conversion). */
Vec *percent_fields(const char *text, size_t len, const char **error)
{
    Vec *out = arena_alloc(sizeof *out);
    Str lit = {0};
    for (size_t i = 0; i < len; i++) {
        if (text[i] != '%') {
            str_addn(&lit, text + i, 1);
            continue;
        }
        if (i + 1 < len && text[i + 1] == '%') {
            str_add(&lit, "%");
            i++;
            continue;
        }
        Str spec = {0};
        size_t j = i + 1;
        const char *flags = "";
        for (; j < len && strchr("-0+ #", text[j]); j++)
            flags = arena_printf("%s%c", flags, text[j]);
        size_t num = j;
        while (j < len && ((text[j] >= '0' && text[j] <= '9') || text[j] == '.'))
            j++;
        if (j >= len || !strchr("diouxXeEfFgGcsr", text[j])) {
            *error = j < len && (text[j] == '*' || text[j] == '(')
                         ? "a '*' width or a mapping key in a %-format is not supported by slotc"
                         : "unsupported format character in a %-format string";
            goto fail;
        }
        char conv = text[j] == 'i' || text[j] == 'u' ? 'd' : text[j];
        if (strchr(flags, '-'))
            str_add(&spec, "<");
        else if (conv == 's' || conv == 'r') /* printf right-aligns text, format() left-aligns it */
            str_add(&spec, ">");
        if (strchr(flags, '+'))
            str_add(&spec, "+");
        else if (strchr(flags, ' '))
            str_add(&spec, " ");
        if (strchr(flags, '#'))
            str_add(&spec, "#");
        if (strchr(flags, '0') && !strchr(flags, '-') && conv != 's' && conv != 'r' && conv != 'c')
            str_add(&spec, "0");
        str_addn(&spec, text + num, j - num);
        FormatField *f = arena_alloc(sizeof *f);
        f->literal = str_finish(&lit);
        f->conversion = conv == 's' || conv == 'r' ? conv : 0;
        if (!f->conversion && conv != 'd')
            str_addn(&spec, &conv, 1);
        else if (conv == 'd')
            str_add(&spec, "d");
        f->spec = str_finish(&spec);
        f->index = out->len;
        vec_push(out, f);
        i = j;
    }
    return end_fields(out, &lit);
fail: /* the literal text gathered so far */
    str_free(&lit);
    return NULL;
}
