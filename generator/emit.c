/*
 * emit.c - the header and the source of a module, and writing them.
 *
 * The scaffolding comes from templates/ (see template.c for the syntax);
 * this file computes the values: one struct per class in layout order, the
 * constructor, repr, equality, hash and ordering that the class's form
 * implies, the module's string literals, the translated functions and, when
 * the module has an entry point, main().  Files are written through a
 * temporary file in the output directory and renamed over the target, so a
 * failed build never leaves a half-written file.
 */
#include "slotc.h"
#include "slot.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define KEYS(...) (const char *const[]){__VA_ARGS__}
#define RENDER(name, keys, values)                                                            \
    template_render(name, template_load(name), keys, values,                                  \
                    (int)(sizeof(keys) / sizeof(keys)[0]))

typedef struct Emit {
    Module *m;
    Str typedefs, structs, prototypes, classes;
    Vec done; /* of Class: emitted */
} Emit;

static const char *field_decl(const Field *f)
{
    return arena_printf("%s%s;", c_decl(field_c_type(f), f->var.cname), f->packed ? " : 1" : "");
}

/* The field declarations in layout order, each with its offset in a
 * comment; the comments are aligned, as clang-format aligns them. */
static const char *struct_fields(const Class *c)
{
    if (c->layout.len == 0)
        return "char unused_; /* C has no empty structs */";
    int width = 0;
    for (int i = 0; i < c->layout.len; i++) {
        int n = (int)strlen(field_decl(VEC_AT(Field *, c->layout, i)));
        width = n > width ? n : width;
    }
    Str s = {0};
    for (int i = 0; i < c->layout.len; i++) {
        Field *f = VEC_AT(Field *, c->layout, i);
        if (f->packed)
            str_printf(&s, "%s%-*s /* offset %d, bit %d */", i ? "\n" : "", width, field_decl(f), f->offset, f->bit);
        else
            str_printf(&s, "%s%-*s /* offset %d */", i ? "\n" : "", width, field_decl(f), f->offset);
    }
    return str_finish(&s);
}

/* _Static_assert lines for the size and every field's offset. */
static const char *layout_checks(const Class *c)
{
    Str s = {0};
    str_printf(&s, "_Static_assert(sizeof(%s) == %d, \"%s: size\");", c->name, c->size, c->name);
    for (int i = 0; i < c->layout.len; i++) {
        Field *f = VEC_AT(Field *, c->layout, i);
        if (f->packed) /* a bit-field has no offsetof: `slotc inspect --verify` checks its bit */
            continue;
        str_printf(&s, "\n_Static_assert(offsetof(%s, %s) == %d, \"%s.%s: offset\");", c->name, f->var.cname,
                   f->offset, c->name, f->var.name);
    }
    return str_finish(&s);
}

static const char *params_of(const Class *c)
{
    Str s = {0};
    for (int i = 0; i < c->fields.len; i++) {
        const Field *f = VEC_AT(Field *, c->fields, i);
        const char *t = type_c(f->var.type);
        str_printf(&s, "%s%s", i ? ", " : "", c_decl(t, f->var.cname));
    }
    return s.len ? str_finish(&s) : "void";
}

/* Whether an object holds no pointer, inherited fields included. */
static bool pointer_free(const Class *c)
{
    for (; c; c = c->base)
        for (int i = 0; i < c->fields.len; i++)
            if (!type_pointer_free(VEC_AT(Field *, c->fields, i)->var.type))
                return false;
    return true;
}

static const char *alloc_fn(const Class *c)
{
    return pointer_free(c) ? "slot_alloc_atomic" : "slot_alloc";
}

/* A record's constructor body: each field stored from its parameter. */
static const char *field_stores(const Class *c, const char *self)
{
    Str stores = {0};
    for (int i = 0; i < c->fields.len; i++) {
        const Field *f = VEC_AT(Field *, c->fields, i);
        str_printf(&stores, "%s%s%s = %s;", i ? "\n" : "", self, f->var.cname, translate_narrow(c, f, f->var.cname));
    }
    return str_finish(&stores);
}

/* A value record's Name_new returns the struct: nothing is allocated. */
static void emit_value_constructor(Emit *E, Class *c)
{
    const char *p = params_of(c);
    str_printf(&E->prototypes, "%s %s_new(%s);\n", c->name, c->name, p);
    str_add(&E->classes, RENDER("new_value.c", KEYS("source", "line", "name", "params", "stores"),
                                KEYS(E->m->src->path, arena_printf("%d", c->loc.line), c->name, p,
                                     field_stores(c, "self."))));
}

/* Name_new: __init__'s parameters for a plain class, the fields for a record
 * (a plain value class's comes from its __init__: translate.c). */
static void emit_constructor(Emit *E, Class *c)
{
    const char *src = E->m->src->path, *line = arena_printf("%d", c->loc.line);
    if (c->value && (c->kind == CK_PLAIN || c->kind == CK_SLOTS))
        return;
    if (c->kind == CK_PLAIN || c->kind == CK_SLOTS) {
        Str params = {0}, args = {0};
        Func *init = c->init;
        for (int i = 1; init && i < init->params.len; i++) {
            Var *v = VEC_AT(Param *, init->params, i)->var;
            const char *t = type_c(v->type);
            str_printf(&params, "%s%s", i > 1 ? ", " : "", c_decl(t, v->cname));
            str_printf(&args, ", %s", v->cname);
        }
        const char *p = params.len ? str_finish(&params) : "void";
        const char *self = init && init->cls != c ? arena_printf("(%s *)self", init->cls->name) : "self";
        const char *call = init ? arena_printf("%s(%s%s);", init->cname, self, args.len ? args.data : "") : "";
        if (c->class_id) /* in a hierarchy: the object's class, for dispatch and isinstance */
            call = arena_printf("self->%s = %d;%s%s", class_member(c, class_root(c)->tag), c->class_id,
                                *call ? "\n" : "", call);
        str_free(&args);
        str_printf(&E->prototypes, "%s *%s_new(%s);\n", c->name, c->name, p);
        str_add(&E->classes, RENDER("new_plain.c", KEYS("source", "line", "name", "params", "alloc", "init_call"),
                                    KEYS(src, line, c->name, p, alloc_fn(c), call)));
        return;
    }
    if (c->value) { /* a record that is a value: one compound literal */
        emit_value_constructor(E, c);
        return;
    }
    const char *p = params_of(c);
    str_printf(&E->prototypes, "%s *%s_new(%s);\n", c->name, c->name, p);
    str_add(&E->classes, RENDER("new_record.c", KEYS("source", "line", "name", "params", "alloc", "stores"),
                                KEYS(src, line, c->name, p, alloc_fn(c), field_stores(c, "self->"))));
}

/* The object an item pointer (a const void *) of a list of c points at, as
 * c's repr, eq and cmp take it: the pointer stored in the list, or for a
 * value type the item itself. */
static const char *item_object(const Class *c, const char *item)
{
    return c->value ? arena_printf("(const %s *)%s", c->name, item) : arena_printf("*(%s *const *)%s", c->name, item);
}

static void emit_repr(Emit *E, Class *c)
{
    str_printf(&E->prototypes, "void %s_repr(slot_buf *out, const %s *self);\n", c->name, c->name);
    if (class_find_method(c, "__repr__")) {
        /* methods take no const; a value's take the struct */
        const char *self = c->value ? "*self" : arena_printf("(%s *)self", c->name);
        str_add(&E->classes, RENDER("repr_method.c", KEYS("name", "call"),
                                    KEYS(c->name, translate_special_call(c, "__repr__", self, NULL))));
        return;
    }
    if (!c->repr || c->kind == CK_PLAIN || c->kind == CK_SLOTS) {
        str_add(&E->classes, RENDER("repr_plain.c", KEYS("name"), KEYS(c->name)));
        return;
    }
    Str fields = {0};
    if (c->tuple) {
        for (int i = 0; i < c->fields.len; i++) {
            Field *f = VEC_AT(Field *, c->fields, i);
            str_printf(&fields, "%s%s", i ? "\nslot_buf_cstr(out, \", \");\n" : "",
                       translate_format(E->m, "out", f->var.type, arena_printf("self->%s", f->var.cname), true));
        }
        str_add(&E->classes, RENDER("repr_tuple.c", KEYS("name", "python", "items"),
                                    KEYS(c->name, class_python(c), str_finish(&fields))));
        return;
    }
    for (int i = 0, shown = 0; i < c->fields.len; i++) {
        Field *f = VEC_AT(Field *, c->fields, i);
        if (f->no_repr)
            continue;
        str_printf(&fields, "%sslot_buf_cstr(out, \"%s%s=\");\n%s", shown ? "\n" : "", shown ? ", " : "",
                   f->var.name, translate_format(E->m, "out", f->var.type, arena_printf("self->%s", f->var.cname), true));
        shown++;
    }
    str_add(&E->classes, RENDER("repr_record.c", KEYS("name", "fields"), KEYS(c->name, str_finish(&fields))));
}

static const char *field_equal(Emit *E, const Field *f)
{
    const char *a = arena_printf("a->%s", f->var.cname), *b = arena_printf("b->%s", f->var.cname);
    switch (f->var.type->kind) {
    case TY_STR:
        return arena_printf("slot_str_eq(%s, %s)", a, b);
    case TY_LIST:
    case TY_TUPLE:
        return arena_printf("slot_%s_eq(%s, %s, %s)", f->var.type->kind == TY_LIST ? "list" : "tuple", a, b,
                            translate_eq_fn(E->m, f->var.type->item));
    case TY_DICT:
        return arena_printf("slot_dict_eq(%s, %s, %s)", a, b, translate_eq_fn(E->m, f->var.type->value));
    case TY_SET:
        return arena_printf("slot_set_eq(%s, %s)", a, b);
    case TY_DEQUE:
        return arena_printf("slot_list_eq(&%s->items, &%s->items, %s)", a, b, translate_eq_fn(E->m, f->var.type->item));
    case TY_RANGE:
        return arena_printf("slot_range_eq(%s, %s)", a, b);
    case TY_CLASS:
        if (class_compares_by_value(f->var.type->cls))
            return arena_printf("%s_eq(%s, %s)", f->var.type->cls->name, translate_ref(f->var.type, a),
                                translate_ref(f->var.type, b));
        return arena_printf("%s == %s", a, b);
    default:
        return arena_printf("%s == %s", a, b);
    }
}

/* Records that compare by value: Name_eq and Name_hash. */
static void emit_eq(Emit *E, Class *c)
{
    if (!class_compares_by_value(c))
        return;
    Str test = {0}, hashes = {0};
    int compared = 0;
    for (int i = 0; i < c->fields.len; i++) {
        Field *f = VEC_AT(Field *, c->fields, i);
        if (f->no_compare)
            continue;
        /* one field per line, aligned after "return " */
        str_printf(&test, "%s%s", compared ? " &&\n           " : "", field_equal(E, f));
        str_printf(&hashes, "%s%s", compared ? ", " : "",
                   translate_hash(f->var.type, arena_printf("self->%s", f->var.cname)));
        compared++;
    }
    const char *count = arena_printf("%d", compared);
    str_printf(&E->prototypes, "bool %s_eq(const %s *a, const %s *b);\n", c->name, c->name, c->name);
    str_printf(&E->prototypes, "int64_t %s_hash(const %s *self);\n", c->name, c->name);
    str_add(&E->classes, RENDER("eq_record.c", KEYS("name", "test", "hashes", "count"),
                                KEYS(c->name, test.len ? str_finish(&test) : "true",
                                     hashes.len ? str_finish(&hashes) : "0", count)));
}

/* order=True: Name_cmp, field by field. */
static void emit_cmp(Emit *E, Class *c)
{
    if (!class_orderable(c))
        return;
    str_printf(&E->prototypes, "int %s_cmp(const %s *a, const %s *b);\n", c->name, c->name, c->name);
    str_printf(&E->prototypes, "int %s_item_cmp(const void *a, const void *b);\n", c->name);
    const char *item_a = item_object(c, "a"), *item_b = item_object(c, "b");
    if (class_find_method(c, "__lt__")) { /* its own __lt__, all sorted() and min() use */
        const char *a = c->value ? "*a" : arena_printf("(%s *)a", c->name);
        const char *b = c->value ? "*b" : arena_printf("(%s *)b", c->name);
        str_add(&E->classes, RENDER("cmp_method.c", KEYS("name", "a_lt_b", "b_lt_a", "item_a", "item_b"),
                                    KEYS(c->name, translate_special_call(c, "__lt__", a, b),
                                         translate_special_call(c, "__lt__", b, a), item_a, item_b)));
        return;
    }
    Str steps = {0};
    for (int i = 0; i < c->fields.len; i++) {
        Field *f = VEC_AT(Field *, c->fields, i);
        const char *n = f->var.cname;
        if (f->no_compare)
            continue;
        if (!type_orderable(f->var.type)) { /* a tuple's item that cannot order: an error when reached */
            const char *name = type_python(f->var.type);
            name = arena_strndup(name, strcspn(name, "[ "));
            str_printf(&steps, "if (!(%s))\n    slot_raise(SLOT_TYPE_ERROR, \"'<' not supported between instances of "
                               "'%s' and '%s'\");\n",
                       field_equal(E, f), name, name);
        } else if (f->var.type->kind == TY_LIST || f->var.type->kind == TY_TUPLE)
            str_printf(&steps, "int c%d = slot_%s_cmp(a->%s, b->%s, %s);\nif (c%d != 0)\n    return c%d;\n", i,
                       f->var.type->kind == TY_LIST ? "list" : "tuple", n, n,
                       translate_cmp_fn(E->m, f->var.type->item), i, i);
        else if (f->var.type->kind == TY_STR || f->var.type->kind == TY_CLASS)
            str_printf(&steps, "int c%d = %s_cmp(%s, %s);\nif (c%d != 0)\n    return c%d;\n", i,
                       f->var.type->kind == TY_STR ? "slot_str" : f->var.type->cls->name,
                       translate_ref(f->var.type, arena_printf("a->%s", n)),
                       translate_ref(f->var.type, arena_printf("b->%s", n)), i, i);
        else
            str_printf(&steps, "if (a->%s != b->%s)\n    return a->%s < b->%s ? -1 : 1;\n", n, n, n, n);
    }
    str_add(&E->classes, RENDER("cmp_record.c", KEYS("name", "steps", "item_a", "item_b"),
                                KEYS(c->name, str_finish(&steps), item_a, item_b)));
}

static void emit_items(Emit *E, Class *c)
{
    const char *a = item_object(c, "a"), *b = item_object(c, "b");
    const char *eq = class_compares_by_value(c) ? arena_printf("%s_eq(%s, %s)", c->name, a, b)
                                                : arena_printf("%s == %s", a, b);
    if (class_find_method(c, "__eq__") && c->value) /* a value has no identity: its __eq__ alone */
        eq = translate_special_call(c, "__eq__", arena_printf("*%s", a), arena_printf("*%s", b));
    else if (class_find_method(c, "__eq__")) /* the same object, or equal by its __eq__, as in CPython's lists */
        eq = arena_printf("%s == %s || %s", a, b, translate_special_call(c, "__eq__", a, b));
    str_printf(&E->prototypes, "void %s_item_repr(slot_buf *out, const void *item);\n", c->name);
    str_printf(&E->prototypes, "bool %s_item_eq(const void *a, const void *b);\n", c->name);
    str_add(&E->classes,
            RENDER("items.c", KEYS("name", "item", "item_eq"), KEYS(c->name, item_object(c, "item"), eq)));
}

static void emit_class(Emit *E, Class *c)
{
    for (int i = 0; i < E->done.len; i++)
        if (VEC_AT(Class *, E->done, i) == c)
            return;
    vec_push(&E->done, c);
    for (int i = 0; i < c->fields.len; i++) { /* an embedded value's struct comes first */
        const Type *t = VEC_AT(Field *, c->fields, i)->var.type;
        if (t && t->kind == TY_CLASS && t->cls->value)
            emit_class(E, t->cls);
    }
    str_printf(&E->typedefs, "typedef struct %s %s;\n", c->name, c->name);
    str_add(&E->structs,
            RENDER("struct.h", KEYS("source", "line", "name", "kind", "size", "fields", "checks"),
                   KEYS(E->m->src->path, arena_printf("%d", c->loc.line), c->name, class_kind_name(c),
                        arena_printf("%d", c->size), struct_fields(c), layout_checks(c))));
    emit_constructor(E, c);
    if (!value_opaque(c))
        emit_repr(E, c);
    emit_eq(E, c);
    emit_cmp(E, c);
    if (!value_opaque(c))
        emit_items(E, c);
}

/* A C string literal for UTF-8 bytes: printable ASCII as is, the rest as
 * octal escapes (which, unlike \x, cannot swallow the next character). */
static const char *c_string(const char *s, size_t n)
{
    Str out = {0};
    str_add(&out, "\"");
    for (size_t i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)s[i];
        if (ch == '"' || ch == '\\')
            str_printf(&out, "\\%c", ch);
        else if (ch == '?' && i + 1 < n && s[i + 1] == '?')
            str_add(&out, "?\\"); /* no trigraphs */
        else if (ch >= 0x20 && ch < 0x7f)
            str_addn(&out, (const char *)&ch, 1);
        else
            str_printf(&out, "\\%03o", ch);
    }
    str_add(&out, "\"");
    return str_finish(&out);
}

static int64_t code_points(const char *s, size_t n)
{
    int64_t len = 0;
    for (size_t i = 0; i < n; i++)
        len += ((unsigned char)s[i] & 0xc0) != 0x80;
    return len;
}

/* static const slot_str *const str_0 = &(const slot_str){...}; for every
 * literal: a constant pointer to a static string object. */
static const char *string_table(const Module *m)
{
    Str s = {0};
    for (int i = 0; i < m->strings.len; i++) {
        Expr *e = VEC_AT(Expr *, m->strings, i);
        str_printf(&s, "%sstatic const slot_str *const str_%d = SLOT_STR(%zu, %lld, INT64_C(%lld), %s);", i ? "\n" : "", i,
                   e->slen, (long long)code_points(e->sval, e->slen),
                   (long long)slot_hash_bytes(e->sval, e->slen), c_string(e->sval, e->slen));
    }
    return s.len ? str_finish(&s) : "";
}

static const char *banner(const Module *m, const char *file)
{
    return arena_printf("%s: generated by slotc %s from %s; do not edit, regenerate", file, SLOTC_VERSION,
                        m->src->path);
}

static const char *header_guard(const Module *m)
{
    Str s = {0};
    for (const char *p = m->cname; *p; p++)
        str_printf(&s, "%c", *p >= 'a' && *p <= 'z' ? *p - 'a' + 'A' : *p);
    str_add(&s, "_SLOTC_H");
    return str_finish(&s);
}

Output *emit_module(Module *m)
{
    Emit E = {.m = m};
    for (int i = 0; i < m->classes.len; i++)
        emit_class(&E, VEC_AT(Class *, m->classes, i));
    Str decls = {0};
    char *functions = translate_module(m, &decls);
    str_add(&E.prototypes, decls.data ? decls.data : "");
    str_free(&decls);
    Output *out = arena_alloc(sizeof *out);
    out->header_name = arena_printf("%s.h", m->name);
    out->source_name = arena_printf("%s.c", m->name);
    if (m->has_entry || m->script)
        functions = arena_printf("%s%s", functions,
                                 RENDER("main.c", KEYS("source", "init", "entry"),
                                        KEYS(m->src->path, m->globals.len ? arena_printf("%s();", m->init->cname) : "",
                                             m->has_entry ? arena_printf("%s();", m->entry->cname) : "")));
    out->header = RENDER("header.h",
                         KEYS("banner", "guard", "major", "minor", "patch", "version", "typedefs", "structs",
                              "prototypes"),
                         KEYS(banner(m, out->header_name), header_guard(m), arena_printf("%d", SLOT_VERSION_MAJOR),
                              arena_printf("%d", SLOT_VERSION_MINOR), arena_printf("%d", SLOT_VERSION_PATCH),
                              SLOTC_VERSION, str_finish(&E.typedefs), str_finish(&E.structs),
                              str_finish(&E.prototypes)));
    out->source = RENDER("source.c", KEYS("banner", "header", "strings", "helpers", "classes", "functions"),
                         KEYS(banner(m, out->source_name), out->header_name, string_table(m),
                              str_finish(&m->helpers), str_finish(&E.classes), functions));
    return out;
}

/* Writes text to a new temporary file beside dir/name; NULL on error. */
static char *write_temporary(const char *dir, const char *name, const char *text)
{
    char *tmp = arena_printf("%s/.%s.XXXXXX", dir, name);
    int fd = mkstemp(tmp);
    if (fd < 0) {
        diag_plain("cannot write to '%s': %s", dir, strerror(errno));
        return NULL;
    }
    FILE *f = fdopen(fd, "wb");
    size_t n = strlen(text);
    bool ok = f && fwrite(text, 1, n, f) == n;
    ok = f && fclose(f) == 0 && ok;
    if (!f)
        close(fd);
    if (!ok) {
        diag_plain("cannot write to '%s': %s", dir, strerror(errno));
        unlink(tmp);
        return NULL;
    }
    return tmp;
}

/* Both files are written to temporaries first and renamed only when both
 * are complete, so an error leaves the earlier outputs as they were. */
bool emit_write(const Output *out, const char *dir)
{
    char *header = write_temporary(dir, out->header_name, out->header);
    char *source = header ? write_temporary(dir, out->source_name, out->source) : NULL;
    const char *header_path = arena_printf("%s/%s", dir, out->header_name);
    const char *source_path = arena_printf("%s/%s", dir, out->source_name);
    if (source && rename(header, header_path) == 0 && rename(source, source_path) == 0)
        return true;
    if (source)
        diag_plain("cannot write into '%s': %s", dir, strerror(errno));
    if (header)
        unlink(header);
    if (source)
        unlink(source);
    return false;
}
