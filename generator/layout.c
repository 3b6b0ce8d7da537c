/*
 * layout.c - the order and offset of every field.
 *
 * Fields are sorted by alignment, largest first, ties kept in source order,
 * which leaves the least padding the types allow (at most the tail padding
 * that rounds the size up to the alignment).  The offsets computed here must
 * be what the C compiler does with the emitted struct; the tests check them
 * against the compiled code.
 */
#include "slotc.h"
#include "slot.h"

#include <stdalign.h>
#include <string.h>

void type_size_align(const Type *t, int *size, int *align)
{
    switch (t->kind) {
    case TY_BOOL:
        *size = *align = 1;
        return;
    case TY_INT:
    case TY_FLOAT:
    case TY_STR:
    case TY_LIST:
    case TY_TUPLE:
    case TY_ITER:
    case TY_FILE:
    case TY_DICT:
    case TY_SET:
    case TY_DEQUE:
        *size = *align = 8;
        return;
    case TY_RANGE: /* start, stop, step */
        *size = 24;
        *align = 8;
        return;
    case TY_CLASS: /* a value type is embedded (laid out first) */
        *size = t->cls->value ? t->cls->size : 8;
        *align = t->cls->value ? t->cls->align : 8;
        return;
    case TY_NONE:
    case TY_UNKNOWN:
        break;
    }
    die("no layout for type %s", type_python(t));
}

/* Insertion sort: stable, and classes have few fields. */
static void sort_by_alignment(Vec *fields)
{
    for (int i = 1; i < fields->len; i++) {
        Field *f = VEC_AT(Field *, *fields, i);
        int j = i;
        while (j > 0 && VEC_AT(Field *, *fields, j - 1)->align < f->align) {
            fields->items[j] = fields->items[j - 1];
            j--;
        }
        fields->items[j] = f;
    }
}

/* A derived class's struct begins with its base's, whole: the member
 * "base", so that a Derived * converts to a Base * and the inherited
 * fields keep their offsets. */
static Field *base_member(const Class *base)
{
    Field *f = arena_alloc(sizeof *f);
    f->var.name = f->var.cname = "base";
    f->c_type = base->name;
    f->size = base->size;
    f->align = base->align;
    f->var.why = arena_printf("the base class %s", base->name);
    return f;
}

/* --pack-bools: bool fields become one-bit fields, eight to a byte. */
static bool pack_bools;

void layout_set_pack_bools(bool on)
{
    pack_bools = on;
}

/* Stable: the bools keep their order, and so do the others. */
static void move_bools_last(Vec *layout)
{
    Vec bools = {0};
    int n = 0;
    for (int i = 0; i < layout->len; i++) {
        Field *f = VEC_AT(Field *, *layout, i);
        if (f->var.type && f->var.type->kind == TY_BOOL)
            vec_push(&bools, f);
        else
            layout->items[n++] = f;
    }
    for (int i = 0; i < bools.len; i++)
        layout->items[n++] = bools.items[i];
}

/* Gives each field of c's layout its offset (and a packed bool its bit, as
 * a C compiler allocates bool bit-fields: the first in the lowest bit, a
 * new byte after eight); sets c's alignment and returns its size. */
static int place(Class *c, bool pack)
{
    int offset = 0, bits = 0;
    c->align = 1;
    for (int i = 0; i < c->layout.len; i++) {
        Field *f = VEC_AT(Field *, c->layout, i);
        f->packed = pack && f->var.type && f->var.type->kind == TY_BOOL;
        if (f->packed && bits % 8) { /* the byte the previous bool opened */
            f->offset = offset - 1;
            f->bit = bits++ % 8;
            f->size = 0;
            continue;
        }
        f->bit = 0;
        f->size = f->packed ? 1 : f->size;
        bits += f->packed;
        offset = (offset + f->align - 1) / f->align * f->align;
        f->offset = offset;
        offset += f->size;
        if (f->align > c->align)
            c->align = f->align;
    }
    /* C has no empty structs: a class without fields keeps one byte. */
    return offset == 0 ? 1 : (offset + c->align - 1) / c->align * c->align;
}

static void layout_class(Class *c)
{
    if (c->layout.len) /* done: a value type embedded in a class before it */
        return;
    for (int i = 0; i < c->fields.len; i++) {
        const Type *t = VEC_AT(Field *, c->fields, i)->var.type;
        if (t && t->kind == TY_CLASS && t->cls->value)
            layout_class(t->cls);
    }
    c->layout = (Vec){0};
    for (int i = 0; i < c->fields.len; i++) {
        Field *f = VEC_AT(Field *, c->fields, i);
        if (f == c->header)
            continue;
        type_size_align(f->var.type, &f->size, &f->align);
        if (f->bits) /* a narrowed int */
            f->size = f->align = f->bits / 8;
        if (!f->derived) /* a derived field is a function and takes no space */
            vec_push(&c->layout, f);
    }
    if (c->tag) {
        c->tag->size = c->tag->align = 4;
        vec_push(&c->layout, c->tag);
    }
    sort_by_alignment(&c->layout);
    Field *first = c->base ? base_member(c->base) : c->header;
    if (c->header) { /* the runtime's part of an exception object */
        c->header->size = (int)sizeof(slot_exception);
        c->header->align = (int)alignof(slot_exception);
    }
    if (first) { /* first, whatever its alignment */
        vec_push(&c->layout, NULL);
        memmove(c->layout.items + 1, c->layout.items, sizeof(void *) * (size_t)(c->layout.len - 1));
        c->layout.items[0] = first;
    }
    if (pack_bools) { /* the bools last, where they share bytes */
        c->unpacked_size = place(c, false);
        move_bools_last(&c->layout);
    }
    c->size = place(c, pack_bools);
    if (!pack_bools)
        c->unpacked_size = c->size;
}

void layout_module(Module *m)
{
    for (int i = 0; i < m->classes.len; i++)
        layout_class(VEC_AT(Class *, m->classes, i));
}
