/*
 * source.c - reading one input file.
 *
 * The file is read whole, checked to be UTF-8 without NUL bytes (tree-sitter
 * and the C we emit both rely on it) and below SOURCE_MAX_BYTES, and indexed
 * by line so diagnostics can show the offending line.
 */
#include "slotc.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* Length of the UTF-8 sequence at p (at most n bytes), 0 if invalid. */
static int utf8_sequence(const unsigned char *p, size_t n)
{
    int len = p[0] < 0x80 ? 1 : p[0] < 0xc2 ? 0 : p[0] < 0xe0 ? 2 : p[0] < 0xf0 ? 3 : p[0] < 0xf5 ? 4 : 0;
    if (len == 0 || (size_t)len > n)
        return 0;
    for (int i = 1; i < len; i++)
        if ((p[i] & 0xc0) != 0x80)
            return 0;
    if (len == 3 && ((p[0] == 0xe0 && p[1] < 0xa0) || (p[0] == 0xed && p[1] >= 0xa0)))
        return 0; /* overlong, or a surrogate */
    if (len == 4 && ((p[0] == 0xf0 && p[1] < 0x90) || (p[0] == 0xf4 && p[1] >= 0x90)))
        return 0; /* overlong, or past U+10FFFF */
    return len;
}

/* Finds the first byte that is not UTF-8 or is NUL; reports it. */
static bool check_text(Source *src)
{
    const unsigned char *p = (const unsigned char *)src->text;
    for (size_t i = 0; i < src->size;) {
        int len = p[i] ? utf8_sequence(p + i, src->size - i) : 0;
        if (len == 0) {
            int line = 1;
            size_t start = 0;
            for (size_t j = 0; j < i; j++)
                if (p[j] == '\n')
                    line++, start = j + 1;
            Loc loc = {line, (int)(i - start) + 1};
            diag_at(src, loc, DIAG_ERROR, p[i] ? "the file is not valid UTF-8 (byte 0x%02x)"
                                               : "the file contains a NUL byte",
                    p[i]);
            return false;
        }
        i += (size_t)len;
    }
    return true;
}

static void index_lines(Source *src)
{
    int cap = 64;
    src->line_starts = arena_alloc(sizeof(int) * (size_t)cap);
    src->nlines = 0;
    src->line_starts[src->nlines++] = 0;
    for (size_t i = 0; i < src->size; i++) {
        if (src->text[i] != '\n')
            continue;
        if (src->nlines == cap) {
            int *bigger = arena_alloc(sizeof(int) * (size_t)cap * 2);
            memcpy(bigger, src->line_starts, sizeof(int) * (size_t)cap);
            src->line_starts = bigger;
            cap *= 2;
        }
        src->line_starts[src->nlines++] = (int)i + 1;
    }
}

/* Reads the whole file; NULL after an I/O error. */
static char *read_all(const char *path, size_t *size)
{
    struct stat st;
    if (stat(path, &st) != 0) {
        diag_plain("cannot read '%s': %s", path, strerror(errno));
        return NULL;
    }
    if (S_ISDIR(st.st_mode)) {
        diag_plain("cannot read '%s': it is a directory", path);
        return NULL;
    }
    if ((unsigned long long)st.st_size > SOURCE_MAX_BYTES) {
        diag_plain("'%s' is %lld bytes; slotc reads files up to %u bytes", path,
                   (long long)st.st_size, SOURCE_MAX_BYTES);
        return NULL;
    }
    FILE *f = fopen(path, "rb");
    if (!f) {
        diag_plain("cannot read '%s': %s", path, strerror(errno));
        return NULL;
    }
    char *text = xmalloc((size_t)st.st_size + 1);
    *size = fread(text, 1, (size_t)st.st_size, f);
    bool failed = ferror(f) || fgetc(f) != EOF;
    fclose(f);
    if (failed) {
        diag_plain("cannot read '%s': the file changed or could not be read", path);
        free(text);
        return NULL;
    }
    text[*size] = '\0';
    return text;
}

Source *source_from_memory(const char *path, const char *text, size_t size)
{
    Source *src = arena_alloc(sizeof *src);
    src->path = arena_strdup(path);
    src->text = arena_strndup(text, size);
    src->size = size;
    index_lines(src);
    return check_text(src) ? src : NULL;
}

Source *source_read(const char *path, bool *io_error)
{
    size_t size = 0;
    char *text = read_all(path, &size);
    *io_error = text == NULL;
    if (!text)
        return NULL;
    Source *src = source_from_memory(path, text, size);
    free(text);
    return src;
}

const char *source_line(const Source *src, int line, int *len)
{
    if (line < 1 || line > src->nlines)
        return NULL;
    int start = src->line_starts[line - 1];
    int end = line < src->nlines ? src->line_starts[line] - 1 : (int)src->size;
    if (end > start && src->text[end - 1] == '\r')
        end--;
    *len = end - start;
    return src->text + start;
}
