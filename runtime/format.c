/*
 * format.c - format(value, spec) and f-string format specs, CPython 3.11's
 * format-specification mini-language character for character.
 *
 *     spec = [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]
 *
 * The parser is CPython's parse_internal_render_format_spec
 * (Python/formatter_unicode.c), including its quirks: the fill is any one
 * code point but only when an alignment follows it; a '0' before the width
 * means fill '0' with '=' alignment for numbers; width and precision may be
 * written in any Unicode decimal digits; "," then "_" (or the reverse) is
 * an error, but ",," parses with ',' as the type.  The errors are CPython's
 * ValueErrors, raised in CPython's order: parse errors first, then unknown
 * type codes, then what the type itself refuses.
 *
 * Every number is rendered the way CPython's fill_number lays it out:
 *
 *     <lpadding> <sign> <prefix> <spadding> <grouped digits> <.> <remainder> <rpadding>
 *
 * where the digits are the integer part (grouped by ',' or '_', zero-padded
 * inside the grouping for the '0' flag, so "09," gives "0,001,234") and the
 * remainder is everything after the point: fraction, exponent, '%', or the
 * whole of "inf" and "nan".  Only one padding is ever non-empty.
 *
 * Float text is CPython's PyOS_double_to_string: correctly rounded digits
 * laid out by format_float_short's rules.  The digits come from the C
 * library instead of David Gay's dtoa: "%.*e" gives the n significant
 * digits of dtoa's mode 2 and "%.*f" the fixed digits of mode 3 (glibc
 * rounds the exact binary value half to even, as dtoa does), and repr()
 * from float_text.c gives mode 0's shortest digits.  The layout is then
 * done by hand, so 'g' drops trailing zeros and switches to an exponent
 * exactly when Python's does, and the empty type keeps a ".0".
 *
 * Widths count code points.  Nothing depends on the locale: 'n' is 'd' for
 * ints and 'g' for floats, as in the C locale CPython starts in.
 */
#include "slot_internal.h"

#include <inttypes.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A parsed spec.  width and precision are -1 when absent; type is 0 when
 * absent; group is how many digits go between separators (0: none). */
typedef struct format_spec {
    uint32_t fill;
    char align;
    char sign;
    bool no_neg_0;
    bool alternate;
    int64_t width;
    char separator;
    int group;
    int64_t precision;
    uint32_t type;
} format_spec;

/* ---- parsing ------------------------------------------------------------ */

/* The code point at p (0 at the end), storing where the next one starts in
 * *next.  Specs come from strings, so they are valid UTF-8; a truncated
 * sequence still stops at the NUL. */
static uint32_t format__peek(const char *p, const char **next)
{
    const unsigned char *s = (const unsigned char *)p;
    int n = 1;
    if (s[0] >= 0xF0)
        n = 4;
    else if (s[0] >= 0xE0)
        n = 3;
    else if (s[0] >= 0xC0)
        n = 2;
    uint32_t c = n == 1 ? s[0] : s[0] & (0x7Fu >> n);
    int i = 1;
    for (; i < n && (s[i] & 0xC0) == 0x80; i++)
        c = (c << 6) | (s[i] & 0x3Fu);
    *next = p + (c ? i : 0);
    return c;
}

static bool format__is_align(uint32_t c)
{
    return c == '<' || c == '>' || c == '=' || c == '^';
}

/* The value of a Unicode decimal digit (what Py_UNICODE_TODECIMAL gives),
 * or -1.  Decimal digits come in runs of ten, 0 to 9 (a Unicode stability
 * policy), so the value is the distance from the start of the run, mod 10. */
static int format__decimal(uint32_t c)
{
    if (c < 0x80)
        return c >= '0' && c <= '9' ? (int)(c - '0') : -1;
    if (!slot_unicode__is_decimal(c))
        return -1;
    uint32_t start = c;
    while (slot_unicode__is_decimal(start - 1))
        start--;
    return (int)((c - start) % 10);
}

/* CPython's get_integer: reads decimal digits at *p into *value and
 * returns how many there were. */
static int format__integer(const char **p, int64_t *value)
{
    int count = 0;
    int64_t acc = 0;
    for (;;) {
        const char *next;
        int d = format__decimal(format__peek(*p, &next));
        if (d < 0)
            break;
        if (acc > (INT64_MAX - d) / 10)
            slot_raise(SLOT_VALUE_ERROR, "Too many decimal digits in format string");
        acc = acc * 10 + d;
        *p = next;
        count++;
    }
    *value = acc;
    return count;
}

/* "'x'" for a printable ASCII type code, "'\x..'" for any other, as
 * CPython's messages quote it. */
static const char *format__quote_type(uint32_t type, char text[16])
{
    if (type > 32 && type < 128)
        snprintf(text, 16, "'%c'", (char)type);
    else
        snprintf(text, 16, "'\\x%x'", (unsigned)type);
    return text;
}

/* Which types take ',' and '_' (PEP 378, PEP 515): '_' splits b, o, x and
 * X every four digits; anything else raises. */
static void format__check_grouping(format_spec *self)
{
    char quoted[16];
    switch (self->type) {
    case 'd':
    case 'e':
    case 'f':
    case 'g':
    case 'E':
    case 'G':
    case '%':
    case 'F':
    case 0:
        return;
    case 'b':
    case 'o':
    case 'x':
    case 'X':
        if (self->separator == '_') {
            self->group = 4;
            return;
        }
        break;
    default:
        break;
    }
    slot_raise(SLOT_VALUE_ERROR, "Cannot specify '%c' with %s.", self->separator,
               format__quote_type(self->type, quoted));
}

/* [[fill]align][sign][z][#][0][width][grouping][.precision][type] ->
 * self, as CPython's parse_internal_render_format_spec.  The defaults are
 * the type's ('d' and '>' for int, 0 and '>' for float, 's' and '<' for
 * str); type_name is the Python type in the "Invalid format specifier"
 * message. */
static void format__parse(format_spec *self, const char *spec, char default_type, char default_align,
                          const char *type_name)
{
    *self = (format_spec){' ', default_align, 0, false, false, -1, 0, 0, -1, (uint32_t)default_type};
    const char *p = spec;
    const char *second;
    const char *third = spec;
    uint32_t first = format__peek(p, &second);
    uint32_t next = first ? format__peek(second, &third) : 0;
    bool fill_given = false;
    bool align_given = false;
    if (first && format__is_align(next)) {
        self->fill = first;
        self->align = (char)next;
        fill_given = align_given = true;
        p = third;
    } else if (format__is_align(first)) {
        self->align = (char)first;
        align_given = true;
        p = second;
    }
    if (*p == '+' || *p == '-' || *p == ' ')
        self->sign = *p++;
    if (*p == 'z') {
        self->no_neg_0 = true;
        p++;
    }
    if (*p == '#') {
        self->alternate = true;
        p++;
    }
    if (!fill_given && *p == '0') {
        self->fill = '0';
        if (!align_given && default_align == '>')
            self->align = '=';
        p++;
    }
    if (format__integer(&p, &self->width) == 0)
        self->width = -1;
    if (*p == ',') {
        self->separator = ',';
        p++;
    }
    if (*p == '_') {
        if (self->separator)
            slot_raise(SLOT_VALUE_ERROR, "Cannot specify both ',' and '_'.");
        self->separator = '_';
        p++;
    }
    if (*p == ',' && self->separator == '_')
        slot_raise(SLOT_VALUE_ERROR, "Cannot specify both ',' and '_'.");
    if (*p == '.') {
        p++;
        if (format__integer(&p, &self->precision) == 0)
            slot_raise(SLOT_VALUE_ERROR, "Format specifier missing precision");
    }
    if (*p) {
        const char *end;
        self->type = format__peek(p, &end);
        if (*end)
            slot_raise(SLOT_VALUE_ERROR, "Invalid format specifier '%s' for object of type '%s'", spec, type_name);
    }
    if (self->separator) {
        self->group = 3;
        format__check_grouping(self);
    }
}

static SLOT_NORETURN void format__unknown_type(uint32_t type, const char *type_name)
{
    char quoted[16];
    slot_raise(SLOT_VALUE_ERROR, "Unknown format code %s for object of type '%s'",
               format__quote_type(type, quoted), type_name);
}

/* ---- padding and grouping ----------------------------------------------- */

/* Writes c as UTF-8 to text and returns how many bytes that took. */
static size_t format__utf8(uint32_t c, char text[4])
{
    if (c < 0x80) {
        text[0] = (char)c;
        return 1;
    }
    if (c < 0x800) {
        text[0] = (char)(0xC0 | (c >> 6));
        text[1] = (char)(0x80 | (c & 0x3F));
        return 2;
    }
    if (c < 0x10000) {
        text[0] = (char)(0xE0 | (c >> 12));
        text[1] = (char)(0x80 | ((c >> 6) & 0x3F));
        text[2] = (char)(0x80 | (c & 0x3F));
        return 3;
    }
    text[0] = (char)(0xF0 | (c >> 18));
    text[1] = (char)(0x80 | ((c >> 12) & 0x3F));
    text[2] = (char)(0x80 | ((c >> 6) & 0x3F));
    text[3] = (char)(0x80 | (c & 0x3F));
    return 4;
}

/* Appends n copies of code point c. */
static void format__fill(slot_buf *out, uint32_t c, int64_t n)
{
    char text[4];
    size_t size = format__utf8(c, text);
    for (int64_t i = 0; i < n; i++)
        slot_buf_bytes(out, text, size);
}

static int64_t format__max(int64_t a, int64_t b)
{
    return a > b ? a : b;
}

static int64_t format__min(int64_t a, int64_t b)
{
    return a < b ? a : b;
}

/* Writes one group backwards before *end: the separator (unless 0), the
 * chars digits before *d, then zeros zeros; moves *end and *d back. */
static void format__group_write(char **end, const char **d, char separator, int64_t chars, int64_t zeros)
{
    if (separator)
        *--*end = separator;
    *end -= chars;
    *d -= chars;
    memcpy(*end, *d, (size_t)chars);
    *end -= zeros;
    memset(*end, '0', (size_t)zeros);
}

/* CPython's _PyUnicode_InsertThousandsGrouping: the n digits with a
 * separator every group digits from the right (group 0: none), padded
 * with zeros (grouped too) to at least min_width.  Returns the length;
 * when end is not NULL, also writes the text backwards, ending at end.
 * A leading group can be a lone zero: "08," makes "0,001,234", nine wide. */
static int64_t format__group(char *end, const char *digits, int64_t n, int64_t min_width, int group,
                             char separator)
{
    int64_t count = 0;
    int64_t remaining = n;
    bool use_separator = false;
    const char *d = digits + n;
    min_width = format__max(min_width, 0);
    while (group > 0) { /* ends at the return */
        int64_t len = format__min(group, format__max(format__max(remaining, min_width), 1));
        int64_t zeros = format__max(0, len - remaining);
        int64_t chars = format__max(0, format__min(remaining, len));
        count += use_separator + zeros + chars;
        if (end)
            format__group_write(&end, &d, use_separator ? separator : 0, chars, zeros);
        use_separator = true;
        remaining -= chars;
        min_width -= len;
        if (remaining <= 0 && min_width <= 0)
            return count;
        min_width -= 1;
    }
    /* No grouping: the digits, zero-padded to min_width. */
    int64_t len = format__max(format__max(remaining, min_width), 1);
    int64_t zeros = format__max(0, len - remaining);
    if (end)
        format__group_write(&end, &d, 0, remaining, zeros);
    return count + zeros + remaining;
}

/* The pieces of a number, as CPython's calc_number_widths receives them:
 * digits are the integer part, point says a '.' follows them, remainder is
 * the rest (rest_len code points: 'c' makes one of up to four bytes). */
typedef struct format_number {
    char sign;
    const char *prefix;
    const char *digits;
    int64_t n_digits;
    bool point;
    const char *rest;
    size_t rest_size;
    int64_t rest_len;
} format_number;

/* Lays the number out in the spec's width (CPython's calc_number_widths
 * and fill_number). */
static void format__number(slot_buf *out, const format_spec *spec, const format_number *num)
{
    char sign = 0;
    if (spec->sign == '+' || spec->sign == ' ')
        sign = num->sign == '-' ? '-' : spec->sign;
    else if (num->sign == '-')
        sign = '-';
    int64_t prefix_len = (int64_t)strlen(num->prefix);
    int64_t other = (sign != 0) + prefix_len + num->point + num->rest_len;
    int64_t min_width = spec->fill == '0' && spec->align == '=' ? spec->width - other : 0;
    int64_t grouped = 0;
    if (num->n_digits > 0)
        grouped = format__group(NULL, num->digits, num->n_digits, min_width, spec->group, spec->separator);
    int64_t padding = spec->width - (other + grouped);
    int64_t left = 0;
    int64_t inside = 0;
    int64_t right = 0;
    if (padding > 0 && spec->align == '<') {
        right = padding;
    } else if (padding > 0 && spec->align == '^') {
        left = padding / 2;
        right = padding - left;
    } else if (padding > 0 && spec->align == '=') {
        inside = padding;
    } else if (padding > 0) {
        left = padding;
    }
    format__fill(out, spec->fill, left);
    if (sign)
        slot_buf_char(out, sign);
    slot_buf_bytes(out, num->prefix, (size_t)prefix_len);
    format__fill(out, spec->fill, inside);
    if (grouped > 0) {
        format__fill(out, '0', grouped);
        format__group(out->data + out->size, num->digits, num->n_digits, min_width, spec->group, spec->separator);
    }
    if (num->point)
        slot_buf_char(out, '.');
    slot_buf_bytes(out, num->rest, num->rest_size);
    format__fill(out, spec->fill, right);
}

/* Splits CPython's float text ("-123.45e+06", "inf", "12%") into a
 * number: sign, integer digits, point, remainder (CPython's parse_number). */
static void format__number_text(slot_buf *out, const format_spec *spec, const char *text, size_t size)
{
    format_number num = {0, "", text, 0, false, NULL, 0, 0};
    const char *end = text + size;
    if (*text == '-') {
        num.sign = '-';
        num.digits = ++text;
    }
    const char *p = text;
    while (p < end && *p >= '0' && *p <= '9')
        p++;
    num.n_digits = p - text;
    if (p < end && *p == '.') {
        num.point = true;
        p++;
    }
    num.rest = p;
    num.rest_size = (size_t)(end - p);
    num.rest_len = end - p;
    format__number(out, spec, &num);
}

/* ---- int ---------------------------------------------------------------- */

/* format(v, spec) for the int types b c d o x X n, the spec parsed. */
static void format__int_text(slot_buf *out, int64_t v, const format_spec *spec)
{
    if (spec->precision != -1)
        slot_raise(SLOT_VALUE_ERROR, "Precision not allowed in integer format specifier");
    if (spec->no_neg_0)
        slot_raise(SLOT_VALUE_ERROR, "Negative zero coercion (z) not allowed in integer format specifier");
    char text[72];
    format_number num = {v < 0 ? '-' : 0, "", NULL, 0, false, "", 0, 0};
    if (spec->type == 'c') {
        /* chr(v), laid out as a remainder with no digits, as CPython does. */
        if (spec->sign)
            slot_raise(SLOT_VALUE_ERROR, "Sign not allowed with integer format specifier 'c'");
        if (spec->alternate)
            slot_raise(SLOT_VALUE_ERROR, "Alternate form (#) not allowed with integer format specifier 'c'");
        if (v < 0 || v > 0x10FFFF)
            slot_raise(SLOT_OVERFLOW_ERROR, "%%c arg not in range(0x110000)");
        num.rest = text;
        num.rest_size = format__utf8((uint32_t)v, text);
        num.rest_len = 1;
        format__number(out, spec, &num);
        return;
    }
    unsigned base = 10;
    const char *digit_chars = "0123456789abcdef";
    if (spec->type == 'b') {
        base = 2;
        num.prefix = "0b";
    } else if (spec->type == 'o') {
        base = 8;
        num.prefix = "0o";
    } else if (spec->type == 'x' || spec->type == 'X') {
        base = 16;
        num.prefix = spec->type == 'x' ? "0x" : "0X";
        if (spec->type == 'X')
            digit_chars = "0123456789ABCDEF";
    }
    if (!spec->alternate)
        num.prefix = "";
    uint64_t u = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
    char *p = text + sizeof text;
    do {
        *--p = digit_chars[u % base];
        u /= base;
    } while (u);
    num.digits = p;
    num.n_digits = text + sizeof text - p;
    format__number(out, spec, &num);
}

/* ---- float -------------------------------------------------------------- */

/* Correctly rounded decimal digits of a finite double: no leading zeros,
 * no trailing zeros, "0" for zero.  decpt is where the point goes: the
 * value is 0.DIGITS * 10**decpt, as dtoa returns it. */
typedef struct format_digits {
    char *digits; /* malloc'd, NUL-terminated */
    int64_t len;
    int64_t decpt;
} format_digits;

/* Reads the digits out of printf's or repr()'s text ("1.2345e+06",
 * "0.001", "1e-05", "120.0"), taking ownership of the malloc'd text.
 * Whatever is not a digit before the 'e' is the radix character, so a
 * locale's "1,5" reads as well as "1.5". */
static void format__read_digits(format_digits *self, char *text)
{
    int64_t len = 0;
    int64_t before_point = -1;
    const char *p = text;
    for (; *p && *p != 'e'; p++) {
        if (*p >= '0' && *p <= '9')
            text[len++] = *p;
        else if (before_point < 0)
            before_point = len;
    }
    int64_t exponent = *p == 'e' ? strtol(p + 1, NULL, 10) : 0;
    if (before_point < 0)
        before_point = len;
    int64_t zeros = 0;
    while (zeros < len && text[zeros] == '0')
        zeros++;
    memmove(text, text + zeros, (size_t)(len - zeros));
    len -= zeros;
    while (len > 0 && text[len - 1] == '0')
        len--;
    self->digits = text;
    self->len = len;
    self->decpt = before_point - zeros + exponent;
    if (len == 0) {
        text[0] = '0';
        self->len = 1;
        self->decpt = 1;
    }
    text[self->len] = '\0';
}

/* printf's "%.*f" (fixed) or "%.*e" of v into a new malloc'd string.  A
 * precision printf cannot take (CPython would need gigabytes too) is out
 * of memory. */
static char *format__printf(bool fixed, int64_t precision, double v)
{
    if (precision > INT_MAX - 1)
        slot_alloc__out_of_memory(SIZE_MAX);
    int n = fixed ? snprintf(NULL, 0, "%.*f", (int)precision, v) : snprintf(NULL, 0, "%.*e", (int)precision, v);
    if (n < 0)
        slot_alloc__out_of_memory(SIZE_MAX);
    char *text = slot_alloc__xrealloc(NULL, (size_t)n + 1);
    if (fixed)
        snprintf(text, (size_t)n + 1, "%.*f", (int)precision, v);
    else
        snprintf(text, (size_t)n + 1, "%.*e", (int)precision, v);
    return text;
}

/* The digits of v (finite, not negative) for dtoa's mode: 0 shortest
 * round-trip, 2 the first ndigits significant digits, 3 ndigits digits
 * after the point. */
static void format__digits(format_digits *self, double v, int mode, int64_t ndigits)
{
    if (mode == 2) {
        format__read_digits(self, format__printf(false, ndigits - 1, v));
    } else if (mode == 3) {
        format__read_digits(self, format__printf(true, ndigits, v));
    } else {
        slot_buf repr;
        slot_buf_init(&repr);
        slot_buf_float(&repr, v);
        slot_buf_char(&repr, '\0');
        format__read_digits(self, slot_buf__detach(&repr));
    }
}

/* Appends n copies of the ASCII byte c. */
static void format__repeat(slot_buf *out, char c, int64_t n)
{
    for (int64_t i = 0; i < n; i++)
        slot_buf_char(out, c);
}

/* Lays digits out as CPython's format_float_short does for code 'e', 'f',
 * 'g' or 'r' (repr): the exponent choice, the zeros on either side, the
 * point ('#' keeps a trailing one; add_dot_0 adds ".0" to integers
 * written without exponent) and an exponent of at least two digits. */
static void format__layout(slot_buf *out, const format_digits *d, char code, int64_t precision,
                           bool add_dot_0, bool alternate, char e)
{
    int64_t decpt = d->decpt;
    int64_t end = d->len;
    bool use_exp = false;
    if (code == 'e') {
        use_exp = true;
        end = precision;
    } else if (code == 'f') {
        end = decpt + precision;
    } else if (code == 'g') {
        use_exp = decpt <= -4 || decpt > (add_dot_0 ? precision - 1 : precision);
        if (alternate)
            end = precision;
    } else {
        use_exp = decpt <= -4 || decpt > 16;
    }
    int64_t exponent = decpt - 1;
    if (use_exp)
        decpt = 1;
    int64_t start = decpt <= 0 ? decpt - 1 : 0;
    if (!use_exp && add_dot_0)
        end = end > decpt ? end : decpt + 1;
    else
        end = end > decpt ? end : decpt;
    size_t before = out->size;
    if (decpt <= 0) {
        format__repeat(out, '0', decpt - start);
        slot_buf_char(out, '.');
        format__repeat(out, '0', -decpt);
    } else {
        format__repeat(out, '0', -start);
    }
    if (decpt > 0 && decpt <= d->len) {
        slot_buf_bytes(out, d->digits, (size_t)decpt);
        slot_buf_char(out, '.');
        slot_buf_bytes(out, d->digits + decpt, (size_t)(d->len - decpt));
    } else {
        slot_buf_bytes(out, d->digits, (size_t)d->len);
    }
    if (d->len < decpt) {
        format__repeat(out, '0', decpt - d->len);
        slot_buf_char(out, '.');
        format__repeat(out, '0', end - decpt);
    } else {
        format__repeat(out, '0', end - d->len);
    }
    if (out->size > before && out->data[out->size - 1] == '.' && !alternate)
        out->size--;
    if (use_exp) {
        char text[24];
        int n = snprintf(text, sizeof text, "%c%c%02" PRId64, e, exponent < 0 ? '-' : '+',
                         exponent < 0 ? -exponent : exponent);
        slot_buf_bytes(out, text, (size_t)n);
    }
}

/* Did the text come out as zero ("0.00", "0e+00")?  'z' drops its sign. */
static bool format__all_zero(const char *text, size_t size)
{
    for (size_t i = 0; i < size && text[i] != 'e' && text[i] != 'E'; i++) {
        if (text[i] >= '1' && text[i] <= '9')
            return false;
    }
    return true;
}

/* CPython's PyOS_double_to_string for format(): the sign and text of v for
 * the type e E f F g G or 'r' (the empty type without a precision). */
static void format__float_body(slot_buf *out, double v, char type, int64_t precision, const format_spec *spec,
                               bool add_dot_0)
{
    bool upper = type == 'E' || type == 'F' || type == 'G';
    char code = upper ? (char)(type + ('a' - 'A')) : type;
    if (isnan(v)) {
        slot_buf_cstr(out, upper ? "NAN" : "nan");
        return;
    }
    size_t start = out->size;
    if (signbit(v))
        slot_buf_char(out, '-');
    v = fabs(v);
    if (isinf(v)) {
        slot_buf_cstr(out, upper ? "INF" : "inf");
        return;
    }
    /* PyOS_double_to_string's adjustments: 'e' asks for one digit more
     * than its precision, 'g' for at least one. */
    if (code == 'e')
        precision++;
    if (code == 'g' && precision == 0)
        precision = 1;
    format_digits d;
    if (code == 'e' || code == 'g')
        format__digits(&d, v, 2, precision);
    else if (code == 'f')
        format__digits(&d, v, 3, precision);
    else
        format__digits(&d, v, 0, 0);
    format__layout(out, &d, code, precision, add_dot_0, spec->alternate, upper ? 'E' : 'e');
    free(d.digits);
    if (spec->no_neg_0 && out->data[start] == '-' && format__all_zero(out->data + start + 1, out->size - start - 1)) {
        memmove(out->data + start, out->data + start + 1, out->size - start - 1);
        out->size--;
    }
}

/* format(v, spec) for the float types, the spec parsed (CPython's
 * format_float_internal).  The empty type is repr() without a precision,
 * 'g' keeping a ".0" with one; 'n' is 'g'; '%' is 'f' of v * 100. */
static void format__float_text(slot_buf *out, double v, const format_spec *spec)
{
    if (spec->precision > INT_MAX)
        slot_raise(SLOT_VALUE_ERROR, "precision too big");
    char type = (char)spec->type;
    int64_t precision = spec->precision;
    bool add_dot_0 = false;
    int64_t default_precision = 6;
    if (type == 0) {
        add_dot_0 = true;
        type = 'r';
        default_precision = 0;
    }
    if (type == 'n')
        type = 'g';
    bool percent = type == '%';
    if (percent) {
        type = 'f';
        v *= 100;
    }
    if (precision < 0)
        precision = default_precision;
    else if (type == 'r')
        type = 'g';
    slot_buf text;
    slot_buf_init(&text);
    format__float_body(&text, v, type, precision, spec, add_dot_0);
    if (percent)
        slot_buf_char(&text, '%');
    format__number_text(out, spec, text.data, text.size);
    free(slot_buf__detach(&text));
}

/* ---- the entry points --------------------------------------------------- */

/* int.__format__ (bool inherits it, with its own name in the errors). */
static void format__int(slot_buf *out, int64_t v, const char *spec, const char *type_name)
{
    format_spec parsed;
    format__parse(&parsed, spec, 'd', '>', type_name);
    switch (parsed.type) {
    case 'b':
    case 'c':
    case 'd':
    case 'o':
    case 'x':
    case 'X':
    case 'n':
        format__int_text(out, v, &parsed);
        return;
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case '%':
        format__float_text(out, (double)v, &parsed);
        return;
    default:
        format__unknown_type(parsed.type, type_name);
    }
}

/* format(v, spec) appended to out; an empty spec is str(v). */
void slot_buf_format_int(slot_buf *out, int64_t v, const char *spec)
{
    if (*spec == '\0') {
        slot_buf_int(out, v);
        return;
    }
    format__int(out, v, spec, "int");
}

/* True and False with an empty spec, 1 and 0 formatted as ints otherwise. */
void slot_buf_format_bool(slot_buf *out, bool v, const char *spec)
{
    if (*spec == '\0') {
        slot_buf_bool(out, v);
        return;
    }
    format__int(out, v, spec, "bool");
}

/* float.__format__: an empty spec is str(v), repr's text. */
void slot_buf_format_float(slot_buf *out, double v, const char *spec)
{
    if (*spec == '\0') {
        slot_buf_float(out, v);
        return;
    }
    format_spec parsed;
    format__parse(&parsed, spec, 0, '>', "float");
    switch (parsed.type) {
    case 0:
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case 'n':
    case '%':
        format__float_text(out, v, &parsed);
        return;
    default:
        format__unknown_type(parsed.type, "float");
    }
}

/* The byte size of the first n code points of s. */
static size_t format__prefix_size(const slot_str *s, int64_t n)
{
    if (s->len == s->size)
        return (size_t)n;
    int64_t i = 0;
    for (; n > 0 && i < s->size; n--) {
        i++;
        while (i < s->size && ((unsigned char)s->data[i] & 0xC0) == 0x80)
            i++;
    }
    return (size_t)i;
}

/* str.__format__: fill, align, width and a precision that truncates;
 * everything numeric raises CPython's ValueError. */
void slot_buf_format_str(slot_buf *out, const slot_str *s, const char *spec)
{
    if (*spec == '\0') {
        slot_buf_str(out, s);
        return;
    }
    format_spec parsed;
    format__parse(&parsed, spec, 's', '<', "str");
    if (parsed.type != 's')
        format__unknown_type(parsed.type, "str");
    if (parsed.sign == ' ')
        slot_raise(SLOT_VALUE_ERROR, "Space not allowed in string format specifier");
    if (parsed.sign)
        slot_raise(SLOT_VALUE_ERROR, "Sign not allowed in string format specifier");
    if (parsed.no_neg_0)
        slot_raise(SLOT_VALUE_ERROR, "Negative zero coercion (z) not allowed in string format specifier");
    if (parsed.alternate)
        slot_raise(SLOT_VALUE_ERROR, "Alternate form (#) not allowed in string format specifier");
    if (parsed.align == '=')
        slot_raise(SLOT_VALUE_ERROR, "'=' alignment not allowed in string format specifier");
    int64_t len = s->len;
    if (parsed.precision >= 0 && len >= parsed.precision)
        len = parsed.precision;
    int64_t padding = parsed.width > len ? parsed.width - len : 0;
    int64_t left = 0;
    if (parsed.align == '>')
        left = padding;
    else if (parsed.align == '^')
        left = padding / 2;
    format__fill(out, parsed.fill, left);
    slot_buf_bytes(out, s->data, format__prefix_size(s, len));
    format__fill(out, parsed.fill, padding - left);
}
