/*
 * inspect.c - `slotc inspect`: what each class costs, and why.
 *
 * For every class: its form, its size and alignment, the padding the
 * layout leaves, and per field the Python type, the C type, the offset and
 * size, and where the type was decided.  Padding holes are shown where
 * they fall, the way pahole does.
 */
#include "slotc.h"

static void inspect_field(const Field *f, FILE *out)
{
    const char *origin = f->var.why ? arena_printf("line %d: %s", f->var.type_loc.line, f->var.why) : "";
    fprintf(out, "    %-16s %-14s %-20s %6d %5d   %s\n", f->var.name, type_python(f->var.type),
            type_c(f->var.type), f->offset, f->size, origin);
}

static void inspect_class(const Class *c, FILE *out)
{
    int used = 0;
    for (int i = 0; i < c->layout.len; i++)
        used += VEC_AT(Field *, c->layout, i)->size;
    int padding = c->layout.len ? c->size - used : 0;
    fprintf(out, "class %s (%s, line %d): %d bytes, align %d, %d field%s, %d bytes of padding\n", c->name,
            class_kind_name(c->kind), c->loc.line, c->size, c->align, c->fields.len,
            c->fields.len == 1 ? "" : "s", padding);
    fprintf(out, "    %-16s %-14s %-20s %6s %5s   %s\n", "field", "python", "c", "offset", "size", "type from");
    int at = 0;
    for (int i = 0; i < c->layout.len; i++) {
        Field *f = VEC_AT(Field *, c->layout, i);
        if (f->offset > at)
            fprintf(out, "    /* %d-byte hole */\n", f->offset - at);
        inspect_field(f, out);
        at = f->offset + f->size;
    }
    if (c->layout.len && c->size > at)
        fprintf(out, "    /* %d bytes of tail padding */\n", c->size - at);
}

void inspect_module(const Module *m, FILE *out)
{
    fprintf(out, "%s: %d class%s\n", m->src->path, m->classes.len, m->classes.len == 1 ? "" : "es");
    for (int i = 0; i < m->classes.len; i++) {
        fputc('\n', out);
        inspect_class(VEC_AT(Class *, m->classes, i), out);
    }
}
