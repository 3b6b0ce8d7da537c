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
    const char *origin = !f->var.why                 ? ""
                         : f->var.type_loc.line == 0 ? f->var.why
                                                     : arena_printf("line %d: %s", f->var.type_loc.line, f->var.why);
    if (f->bits)
        origin = arena_printf("%s; %s", origin, f->bits_why);
    if (f->packed)
        origin = arena_printf("%s; bit %d of its byte (--pack-bools)", origin, f->bit);
    fprintf(out, "    %-16s %-14s %-20s %6d %5d   %s\n", f->var.name, field_python_type(f), field_c_type(f),
            f->offset, f->size, origin);
}

/* The source text of e. */
static const char *source_text(const Source *src, const Expr *e)
{
    return arena_strndup(src->text + e->start, e->end - e->start);
}

/* Derived fields (the expression and no storage), and computed fields
 * that stay stored, with the reason and where it comes from. */
static void inspect_derivation(const Source *src, const Class *c, FILE *out)
{
    for (int i = 0; i < c->props.len; i++) {
        Prop *p = VEC_AT(Prop *, c->props, i);
        if (p->cache)
            fprintf(out, "    cached_property: %s -> %s  (%s(); costs the slot '%s', %d bytes, and the flag '%s', %d byte)\n",
                    p->name, type_python(p->getter->result->type), p->getter->cname, p->cache->var.name, p->cache->size,
                    p->cached->var.name, p->cached->size);
        else
            fprintf(out, "    property: %s -> %s  (%s()%s; no storage)\n", p->name, type_python(p->getter->result->type),
                    p->getter->cname, p->setter ? arena_printf(", setter %s()", p->setter->cname) : "");
    }
    for (int i = 0; i < c->fields.len; i++) {
        Field *f = VEC_AT(Field *, c->fields, i);
        if (f->derived)
            fprintf(out, "    derived: %s = %s  (a function %s(); no storage)\n", f->var.name,
                    source_text(src, f->init_store->value), f->getter->cname);
        else if (f->stored_why)
            fprintf(out, "    stored:  %s = %s  (not derived: %s, line %d)\n", f->var.name,
                    source_text(src, f->init_store->value), f->stored_why, f->stored_loc.line);
    }
}

static void inspect_class(const Source *src, const Class *c, FILE *out)
{
    int used = 0;
    for (int i = 0; i < c->layout.len; i++)
        used += VEC_AT(Field *, c->layout, i)->size;
    int padding = c->layout.len ? c->size - used : 0;
    /* a tuple record is named by its item types */
    fprintf(out, "class %s (%s, line %d): %d bytes, align %d, %d field%s, %d bytes of padding\n", c->name,
            c->tuple ? class_python(c) : class_kind_name(c), c->loc.line, c->size, c->align, c->layout.len,
            c->layout.len == 1 ? "" : "s", padding);
    if (c->unpacked_size != c->size)
        fprintf(out, "    --pack-bools: %d bytes instead of %d\n", c->size, c->unpacked_size);
    if (c->value)
        fputs("    a value type: stored inline in lists and other objects, never allocated\n", out);
    else
        fprintf(out, "    not a value type: %s (line %d)\n", c->value_why, c->value_loc.line);
    fprintf(out, "    %-16s %-14s %-20s %6s %5s   %s\n", "field", "python", "c", "offset", "size", "type from");
    int at = 0;
    for (int i = 0; i < c->layout.len; i++) {
        Field *f = VEC_AT(Field *, c->layout, i);
        if (f->offset > at)
            fprintf(out, "    /* %d-byte hole */\n", f->offset - at);
        inspect_field(f, out);
        at = f->offset + f->size > at ? f->offset + f->size : at; /* packed bools share a byte */
    }
    if (c->layout.len && c->size > at)
        fprintf(out, "    /* %d bytes of tail padding */\n", c->size - at);
    inspect_derivation(src, c, out);
}

/* A generator: its state struct, which is all it costs however many items
 * it makes. */
static void inspect_generator(const Func *f, FILE *out)
{
    const Class *s = f->shape;
    fprintf(out, "generator %s%s%s (line %d): %s, %d bytes of state\n", f->cls ? f->cls->name : "", f->cls ? "." : "",
            f->name, f->loc.line, s->name, s->size);
    fprintf(out, "    %-16s %-14s %-20s %6s %5s\n", "kept", "python", "c", "offset", "size");
    for (int i = 0; i < s->layout.len; i++) {
        const Field *fl = VEC_AT(Field *, s->layout, i);
        fprintf(out, "    %-16s %-14s %-20s %6d %5d\n", fl->var.name, fl->var.type ? type_python(fl->var.type) : "-",
                fl->c_type, fl->offset, fl->size);
    }
}

void inspect_module(const Module *m, FILE *out)
{
    fprintf(out, "%s: %d class%s, %d generator%s\n", m->src->path, m->classes.len, m->classes.len == 1 ? "" : "es",
            m->generators.len, m->generators.len == 1 ? "" : "s");
    for (int i = 0; i < m->classes.len; i++) {
        fputc('\n', out);
        inspect_class(m->src, VEC_AT(Class *, m->classes, i), out);
    }
    for (int i = 0; i < m->generators.len; i++) {
        fputc('\n', out);
        inspect_generator(VEC_AT(Func *, m->generators, i), out);
    }
}

/* ---- inspect --json --------------------------------------------------------- */

/* A JSON string: quotes, backslashes and control characters escaped. */
static void json_string(FILE *out, const char *s)
{
    fputc('"', out);
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (*p == '"' || *p == '\\')
            fprintf(out, "\\%c", *p);
        else if (*p < 0x20)
            fprintf(out, "\\u%04x", *p);
        else
            fputc(*p, out);
    }
    fputc('"', out);
}

/* The fields of self a derived field's function reads, as a JSON array. */
static void json_reads(FILE *out, const Expr *e, bool *first)
{
    if (!e)
        return;
    if (e->kind == EX_ATTR && e->lhs->kind == EX_NAME) {
        fputs(*first ? "" : ", ", out);
        json_string(out, e->name);
        *first = false;
        return;
    }
    json_reads(out, e->lhs, first);
    json_reads(out, e->rhs, first);
    json_reads(out, e->cond, first);
    for (int i = 0; i < e->items.len; i++)
        json_reads(out, VEC_AT(Expr *, e->items, i), first);
}

static void json_field(const Source *src, const Field *f, FILE *out)
{
    fputs("        {\"name\": ", out);
    json_string(out, f->var.name);
    fputs(", \"python_type\": ", out);
    json_string(out, field_python_type(f));
    if (f->derived) {
        fputs(", \"derived\": true, \"expression\": ", out);
        json_string(out, source_text(src, f->init_store->value));
        fputs(", \"function\": ", out);
        json_string(out, f->getter->cname);
        fputs(", \"reads\": [", out);
        bool first = true;
        json_reads(out, VEC_AT(Stmt *, f->getter->body, 0)->value, &first);
        fputs("]}", out);
        return;
    }
    fputs(", \"c_type\": ", out);
    json_string(out, field_c_type(f));
    fprintf(out, ", \"offset\": %d, \"size\": %d, \"type_from\": {\"line\": %d, \"why\": ", f->offset, f->size,
            f->var.type_loc.line);
    json_string(out, f->var.why ? f->var.why : "");
    fputc('}', out);
    if (f->bits) {
        fputs(", \"narrowed_by\": ", out);
        json_string(out, f->bits_why);
    }
    if (f->packed)
        fprintf(out, ", \"bit\": %d", f->bit);
    if (f->stored_why) {
        fputs(", \"derived\": false, \"expression\": ", out);
        json_string(out, source_text(src, f->init_store->value));
        fprintf(out, ", \"stored_because\": {\"line\": %d, \"why\": ", f->stored_loc.line);
        json_string(out, f->stored_why);
        fputc('}', out);
    }
    fputc('}', out);
}

static void json_prop(const Prop *p, FILE *out)
{
    fputs("        {\"name\": ", out);
    json_string(out, p->name);
    fputs(", \"python_type\": ", out);
    json_string(out, type_python(p->getter->result->type));
    fputs(", \"getter\": ", out);
    json_string(out, p->getter->cname);
    fputs(", \"setter\": ", out);
    if (p->setter)
        json_string(out, p->setter->cname);
    else
        fputs("null", out);
    fprintf(out, ", \"cached\": %s, \"bytes\": %d}", p->cache ? "true" : "false",
            p->cache ? p->cache->size + p->cached->size : 0);
}

static void json_class(const Source *src, const Class *c, FILE *out)
{
    int used = 0;
    for (int i = 0; i < c->layout.len; i++)
        used += VEC_AT(Field *, c->layout, i)->size;
    fputs("    {\"name\": ", out);
    json_string(out, c->name);
    fputs(", \"kind\": ", out);
    json_string(out, c->tuple ? "tuple" : class_kind_name(c));
    fprintf(out, ", \"line\": %d, \"size\": %d, \"align\": %d, \"padding\": %d,\n     ", c->loc.line, c->size,
            c->align, c->layout.len ? c->size - used : 0);
    if (c->unpacked_size != c->size) /* --pack-bools saved something */
        fprintf(out, "\"unpacked_size\": %d, ", c->unpacked_size);
    fprintf(out, "\"value_type\": %s, \"value_why\": ", c->value ? "true" : "false");
    if (c->value) {
        fputs("null", out);
    } else {
        fprintf(out, "{\"line\": %d, \"why\": ", c->value_loc.line);
        json_string(out, c->value_why);
        fputs("}", out);
    }
    fputs(",\n     \"fields\": [\n", out);
    bool first = true;
    for (int i = 0; i < c->layout.len; i++, first = false) { /* memory order, then derived ones */
        fputs(first ? "" : ",\n", out);
        json_field(src, VEC_AT(Field *, c->layout, i), out);
    }
    for (int i = 0; i < c->fields.len; i++) {
        const Field *f = VEC_AT(Field *, c->fields, i);
        if (f->derived) {
            fputs(first ? "" : ",\n", out);
            json_field(src, f, out);
            first = false;
        }
    }
    fputs("\n     ],\n     \"properties\": [\n", out);
    for (int i = 0; i < c->props.len; i++) {
        fputs(i ? ",\n" : "", out);
        json_prop(VEC_AT(Prop *, c->props, i), out);
    }
    fputs("\n     ]}", out);
}

static void json_generator(const Func *f, FILE *out)
{
    fputs("    {\"name\": ", out);
    json_string(out, f->cls ? arena_printf("%s.%s", f->cls->name, f->name) : f->name);
    fputs(", \"struct\": ", out);
    json_string(out, f->shape->name);
    fprintf(out, ", \"line\": %d, \"size\": %d,\n     \"fields\": [\n", f->loc.line, f->shape->size);
    for (int i = 0; i < f->shape->layout.len; i++) {
        const Field *fl = VEC_AT(Field *, f->shape->layout, i);
        fputs(i ? ",\n" : "", out);
        fputs("       {\"name\": ", out);
        json_string(out, fl->var.name);
        fputs(", \"python_type\": ", out);
        if (fl->var.type)
            json_string(out, type_python(fl->var.type));
        else
            fputs("null", out);
        fputs(", \"c_type\": ", out);
        json_string(out, fl->c_type);
        fprintf(out, ", \"offset\": %d, \"size\": %d}", fl->offset, fl->size);
    }
    fputs("\n     ]}", out);
}

void inspect_module_json(const Module *m, FILE *out)
{
    fputs("{\"file\": ", out);
    json_string(out, m->src->path);
    fprintf(out, ", \"slotc\": \"%s\", \"classes\": [\n", SLOTC_VERSION);
    for (int i = 0; i < m->classes.len; i++) {
        fputs(i ? ",\n" : "", out);
        json_class(m->src, VEC_AT(Class *, m->classes, i), out);
    }
    fputs("\n], \"generators\": [\n", out);
    for (int i = 0; i < m->generators.len; i++) {
        fputs(i ? ",\n" : "", out);
        json_generator(VEC_AT(Func *, m->generators, i), out);
    }
    fputs("\n]}\n", out);
}
