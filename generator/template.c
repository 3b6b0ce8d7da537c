/*
 * template.c - the small renderer behind every emitted file.
 *
 * Template syntax (the only rules):
 *
 *   {{name}}   is replaced by the value named `name`.  Names are letters,
 *              digits and underscores.  An unknown name is an error.
 *   A placeholder alone on its line (only spaces before it) is replaced by
 *   a multi-line value with every line indented by those spaces, and an
 *   empty value removes the line entirely.
 *   Everything else is copied as it is, except that runs of blank lines
 *   are squeezed to one.
 *
 * Templates live in files under the template directory (templates/ in the
 * source tree, installed under <datadir>/slotc/templates; paths.c); the
 * scaffolding of emitted C is there, not in the code.  `--templates DIR`
 * replaces any of them by the user's file of the same name.
 */
#include "slotc.h"

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* --templates DIR: the user's templates, each used instead of the default
 * of the same name (the others stay the defaults). */
static const char *user_dir;

/* false when dir cannot be read as a directory.  A file there that is not
 * the name of a template is most likely a typo: a warning says so. */
bool template_set_user_dir(const char *dir)
{
    DIR *d = opendir(dir);
    if (!d)
        return false;
    for (struct dirent *e; (e = readdir(d));)
        if (e->d_name[0] != '.' && access(arena_printf("%s/%s", paths_templates(), e->d_name), F_OK) != 0)
            fprintf(stderr, "slotc: warning: %s/%s is not one of slotc's templates; it is not read\n", dir,
                    e->d_name);
    closedir(d);
    user_dir = dir;
    return true;
}

/* Where the template called name is read from. */
static const char *template_path(const char *name)
{
    if (user_dir) {
        const char *path = arena_printf("%s/%s", user_dir, name);
        if (access(path, F_OK) == 0)
            return path;
    }
    return arena_printf("%s/%s", paths_templates(), name);
}

/* A mistake in a template: the user's error in one of theirs (--templates),
 * slotc's own bug in a default one.  Rendering comes before any file is
 * written, so stopping here loses nothing. */
static _Noreturn void template_error(const char *path, const char *format, const char *detail)
{
    if (!user_dir || strncmp(path, user_dir, strlen(user_dir)) != 0)
        die(format, path, detail);
    fputs("slotc: error: ", stderr);
    fprintf(stderr, format, path, detail);
    fputc('\n', stderr);
    exit(2);
}

/* The text of the template called name. */
const char *template_load(const char *name)
{
    const char *path = template_path(name);
    FILE *f = fopen(path, "rb");
    if (!f)
        template_error(path, "cannot read the template %s: %s", strerror(errno));
    Str s = {0};
    char buf[4096];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, f)) > 0)
        str_addn(&s, buf, n);
    fclose(f);
    return str_finish(&s);
}

static const char *lookup(const char *key, size_t len, const char *const *keys,
                          const char *const *values, int n)
{
    for (int i = 0; i < n; i++)
        if (strlen(keys[i]) == len && strncmp(keys[i], key, len) == 0)
            return values[i];
    return NULL;
}

/* Appends value with each line after a newline indented by indent spaces. */
static void add_indented(Str *out, const char *value, int indent)
{
    for (const char *p = value; *p; p++) {
        str_addn(out, p, 1);
        if (*p == '\n' && p[1] && p[1] != '\n')
            for (int i = 0; i < indent; i++)
                str_add(out, " ");
    }
}

enum { COLUMN_LIMIT = 100 }; /* as in .clang-format */

/* Offset of the first " = " outside parentheses and strings, or -1. */
static long top_level_assign(const char *line, size_t n)
{
    int depth = 0;
    for (size_t i = 0; i + 2 < n; i++) {
        char c = line[i];
        if (c == '"')
            for (i++; i < n && line[i] != '"'; i++)
                i += line[i] == '\\';
        else if (c == '(' || c == '[' || c == '{')
            depth++;
        else if (c == ')' || c == ']' || c == '}')
            depth--;
        else if (depth == 0 && c == ' ' && line[i + 1] == '=' && line[i + 2] == ' ')
            return (long)i;
    }
    return -1;
}

/* Appends line with the arguments of the call whose '(' is line[open]
 * packed while they fit, continuations aligned after the paren. */
static void wrap_arguments(Str *out, const char *line, size_t n, size_t open)
{
    size_t commas[256];
    int m = 0, depth = 0;
    for (size_t i = open; i < n && m < 256; i++) {
        char c = line[i];
        if (c == '"') {
            for (i++; i < n && line[i] != '"'; i++)
                i += line[i] == '\\';
            continue;
        }
        depth += (c == '(' || c == '[' || c == '{') - (c == ')' || c == ']' || c == '}');
        if (depth == 0) /* the call's arguments end here */
            break;
        if (depth == 1 && c == ',' && i + 1 < n) /* one that ends the line is a break already */
            commas[m++] = i;
    }
    size_t start = 0, column = 0;
    for (int j = 0; j < m; j++) {
        size_t next_end = j + 1 < m ? commas[j + 1] + 1 : n;
        if (column + (next_end - start) <= COLUMN_LIMIT)
            continue;
        str_addn(out, line + start, commas[j] + 1 - start);
        str_add(out, "\n");
        for (size_t k = 0; k <= open; k++)
            str_add(out, " ");
        start = commas[j] + 2;
        column = open + 1;
    }
    str_addn(out, line + start, n - start);
}

/* The '(' of the first call in [p, end), past casts such as "(void)". */
static const char *first_call(const char *p, const char *end)
{
    for (const char *q = p; q < end; q++)
        if (*q == '(' && q > p && (isalnum((unsigned char)q[-1]) || q[-1] == '_'))
            return q;
    return NULL;
}

/* Breaks a statement longer than the column limit the way clang-format
 * does in the common cases: after ' = ' when the right side then fits,
 * otherwise between the arguments of the first call. */
static void wrap_line(Str *out, const char *line, size_t n)
{
    size_t indent = strspn(line, " ");
    const char *body = line + indent;
    long assign = top_level_assign(line, n);
    bool control = strncmp(body, "for (", 5) == 0 || strncmp(body, "if (", 4) == 0 ||
                   strncmp(body, "while (", 7) == 0 || strncmp(body, "} else if (", 11) == 0;
    if (n <= COLUMN_LIMIT || control || body[0] == '#' || body[0] == '/' || body[0] == '*') {
        str_addn(out, line, n);
        return;
    }
    if (assign > 0 && indent + 4 + (n - (size_t)assign - 3) <= COLUMN_LIMIT) {
        str_addn(out, line, (size_t)assign + 2);
        str_add(out, "\n");
        for (size_t k = 0; k < indent + 4; k++)
            str_add(out, " ");
        str_addn(out, line + assign + 3, n - (size_t)assign - 3);
        return;
    }
    const char *paren = first_call(line + (assign > 0 ? assign : 0), line + n);
    if (!paren) {
        str_addn(out, line, n);
        return;
    }
    wrap_arguments(out, line, n, (size_t)(paren - line));
}

static char *wrap_long_lines(const char *text)
{
    Str out = {0};
    for (const char *p = text; *p;) {
        const char *end = strchr(p, '\n');
        size_t n = end ? (size_t)(end - p) : strlen(p);
        wrap_line(&out, p, n);
        if (end)
            str_add(&out, "\n");
        p += n + (end != NULL);
    }
    return str_finish(&out);
}

/* Keeps at most one blank line in a row (empty values leave gaps). */
static char *squeeze_blank_lines(Str *text)
{
    Str out = {0};
    int newlines = 0;
    for (size_t i = 0; i < text->len; i++) {
        newlines = text->data[i] == '\n' ? newlines + 1 : 0;
        if (newlines <= 2)
            str_addn(&out, &text->data[i], 1);
    }
    str_free(text);
    return str_finish(&out);
}

/* The 1-based line of p in text. */
static int line_of(const char *text, const char *p)
{
    int line = 1;
    for (; text < p; text++)
        line += *text == '\n';
    return line;
}

char *template_render(const char *name, const char *text, const char *const *keys,
                      const char *const *values, int n)
{
    Str out = {0};
    const char *p = text;
    while (*p) {
        const char *open = strstr(p, "{{");
        if (!open) {
            str_add(&out, p);
            break;
        }
        const char *key = open + 2, *end = key;
        while (isalnum((unsigned char)*end) || *end == '_')
            end++;
        if (strncmp(end, "}}", 2) != 0) { /* not a placeholder: one brace on */
            str_addn(&out, p, (size_t)(open + 1 - p));
            p = open + 1;
            continue;
        }
        const char *value = lookup(key, (size_t)(end - key), keys, values, n);
        if (!value)
            template_error(arena_printf("%s:%d", template_path(name), line_of(text, open)),
                           "%s: the template uses an unknown name '%s'", arena_strndup(key, (size_t)(end - key)));
        /* Is the placeholder alone on its line? */
        const char *bol = open;
        while (bol > text && bol[-1] == ' ')
            bol--;
        bool alone = (bol == text || bol[-1] == '\n') && (end[2] == '\n' || end[2] == '\0');
        str_addn(&out, p, (size_t)(open - p));
        p = end + 2;
        if (alone && !*value) {
            out.len -= (size_t)(open - bol); /* drop the indentation */
            out.data[out.len] = '\0';
            p += *p == '\n';
            continue;
        }
        size_t vlen = strlen(value);
        add_indented(&out, value, alone ? (int)(open - bol) : 0);
        if (alone && vlen && value[vlen - 1] == '\n' && *p == '\n')
            p++;
    }
    return wrap_long_lines(squeeze_blank_lines(&out));
}
