/*
 * diag.c - the one sink for user diagnostics.
 *
 * Diagnostics look like GCC's, so editors and people read them the same way:
 *
 *     team.py:3:5: error: metaclasses are not supported
 *         class T(metaclass=M):
 *                 ^
 *
 * Errors are counted, never fatal: a stage reports every problem it finds
 * and the driver stops after the stage.  Tests redirect the stream.
 */
#include "slotc.h"

#include <string.h>

static FILE *diag_stream;
static int error_count;

static const char *level_name[] = {"error", "warning", "note"};

void diag_set_stream(FILE *stream)
{
    diag_stream = stream;
}

static FILE *stream(void)
{
    return diag_stream ? diag_stream : stderr;
}

enum { SHOWN_WIDTH = 120 }; /* longer lines are shown around the column */

/* The source line, then spaces up to the column and a caret.  Tabs are kept
 * so the caret lines up in a terminal; a very long line is cut to a window
 * around the column, marked with "...". */
static void show_line(const Source *src, Loc loc)
{
    int len;
    const char *text = source_line(src, loc.line, &len);
    if (!text)
        return;
    int from = 0, to = len;
    if (len > SHOWN_WIDTH) {
        from = loc.col - 1 > SHOWN_WIDTH / 2 ? loc.col - 1 - SHOWN_WIDTH / 2 : 0;
        to = from + SHOWN_WIDTH < len ? from + SHOWN_WIDTH : len;
        while (from > 0 && ((unsigned char)text[from] & 0xc0) == 0x80)
            from--; /* whole UTF-8 sequences only */
        while (to < len && ((unsigned char)text[to] & 0xc0) == 0x80)
            to++;
    }
    const char *before = from > 0 ? "..." : "", *after = to < len ? "..." : "";
    fprintf(stream(), "    %s%.*s%s\n    %s", before, to - from, text + from, after, from > 0 ? "   " : "");
    for (int i = from; i < loc.col - 1 && i < to; i++)
        fputc(text[i] == '\t' ? '\t' : ' ', stream());
    fputs("^\n", stream());
}

void diag_vat(const Source *src, Loc loc, DiagLevel level, const char *format, va_list ap)
{
    fprintf(stream(), "%s:%d:%d: %s: ", src->path, loc.line, loc.col, level_name[level]);
    vfprintf(stream(), format, ap);
    fputc('\n', stream());
    show_line(src, loc);
    if (level == DIAG_ERROR)
        error_count++;
}

void diag_at(const Source *src, Loc loc, DiagLevel level, const char *format, ...)
{
    va_list ap;
    va_start(ap, format);
    diag_vat(src, loc, level, format, ap);
    va_end(ap);
}

void diag_plain(const char *format, ...)
{
    va_list ap;
    va_start(ap, format);
    fputs("slotc: error: ", stream());
    vfprintf(stream(), format, ap);
    fputc('\n', stream());
    va_end(ap);
    error_count++;
}

int diag_error_count(void)
{
    return error_count;
}

void diag_reset(void)
{
    error_count = 0;
}
