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
 *   Everything else is copied as it is.
 *
 * Templates live in files under the template directory (templates/ in the
 * source tree); the scaffolding of emitted C is there, not in the code.
 */
#include "slotc.h"

#include <ctype.h>
#include <string.h>

static const char *template_dir = SLOTC_TEMPLATE_DIR;

void template_set_dir(const char *dir)
{
    template_dir = dir;
}

/* The text of templates/<name>; dies if the install is broken. */
const char *template_load(const char *name)
{
    const char *path = arena_printf("%s/%s", template_dir, name);
    FILE *f = fopen(path, "rb");
    if (!f)
        die("cannot read the template %s", path);
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
            die("template %s uses an unknown name '%.*s'", name, (int)(end - key), key);
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
    return str_finish(&out);
}
