/*
 * types.c - slotc's types and how they look in Python and in C.
 *
 *   int -> int64_t      float -> double      bool -> bool
 *   str -> const slot_str *        None -> (no value; a function's void)
 *   list[T] -> slot_list *  (items stored unboxed)
 *   tuple[T, ...] -> slot_tuple *  (length-prefixed immutable array)
 *   a user class C -> C *, or the struct C itself for a value type (value.c)
 *   Iterator[T] -> slot_iter *  (a generator's state, or iter() of a list)
 *   a text file -> slot_file *
 *
 * A type may be partly known while inference runs (the item type of an empty
 * list literal); type_complete says when nothing is missing.
 */
#include "slotc.h"

#include <string.h>

Type *type_new(TypeKind kind)
{
    Type *t = arena_alloc(sizeof *t);
    t->kind = kind;
    return t;
}

Type *type_list(Type *item)
{
    Type *t = type_new(TY_LIST);
    t->item = item;
    return t;
}

Type *type_tuple(Type *item)
{
    Type *t = type_new(TY_TUPLE);
    t->item = item;
    return t;
}

Type *type_iter(Type *item)
{
    Type *t = type_new(TY_ITER);
    t->item = item;
    return t;
}

Type *type_dict(Type *key, Type *value)
{
    Type *t = type_new(TY_DICT);
    t->item = key;
    t->value = value;
    return t;
}

Type *type_set(Type *item)
{
    Type *t = type_new(TY_SET);
    t->item = item;
    return t;
}

Type *type_deque(Type *item)
{
    Type *t = type_new(TY_DEQUE);
    t->item = item;
    return t;
}

Type *type_class(Class *c)
{
    Type *t = type_new(TY_CLASS);
    t->cls = c;
    return t;
}

Type *type_optional(Class *c)
{
    Type *t = type_class(c);
    t->optional = true;
    return t;
}

/* Equal representations: a class and the same class | None are one
 * pointer type; an unknown type equals only an unknown one. */
bool type_eq(const Type *a, const Type *b)
{
    bool unknown_a = !a || a->kind == TY_UNKNOWN, unknown_b = !b || b->kind == TY_UNKNOWN;
    if (unknown_a || unknown_b) /* not known yet, whether as NULL or as '?' */
        return unknown_a && unknown_b;
    if (a->kind != b->kind)
        return false;
    if (a->kind == TY_LIST || a->kind == TY_TUPLE || a->kind == TY_ITER || a->kind == TY_SET || a->kind == TY_DEQUE)
        return type_eq(a->item, b->item);
    if (a->kind == TY_DICT)
        return type_eq(a->item, b->item) && type_eq(a->value, b->value);
    if (a->kind == TY_CLASS)
        return a->cls == b->cls;
    return true;
}

bool type_complete(const Type *t)
{
    if (!t || t->kind == TY_UNKNOWN)
        return false;
    if (t->kind == TY_LIST || t->kind == TY_TUPLE || t->kind == TY_ITER || t->kind == TY_SET || t->kind == TY_DEQUE)
        return type_complete(t->item);
    if (t->kind == TY_DICT)
        return type_complete(t->item) && type_complete(t->value);
    return true;
}

const char *class_python(const Class *c)
{
    if (!c->tuple)
        return c->name;
    Str s = {0};
    str_add(&s, "tuple[");
    for (int i = 0; i < c->fields.len; i++)
        str_printf(&s, "%s%s", i ? ", " : "", type_python(VEC_AT(Field *, c->fields, i)->var.type));
    str_add(&s, "]");
    return str_finish(&s);
}

const char *type_python(const Type *t)
{
    if (!t)
        return "?";
    switch (t->kind) {
    case TY_UNKNOWN:
        return "?";
    case TY_NONE:
        return "None";
    case TY_BOOL:
        return "bool";
    case TY_INT:
        return "int";
    case TY_FLOAT:
        return "float";
    case TY_STR:
        return "str";
    case TY_LIST:
        return arena_printf("list[%s]", type_python(t->item));
    case TY_TUPLE:
        return arena_printf("tuple[%s, ...]", type_python(t->item));
    case TY_CLASS:
        return t->optional ? arena_printf("%s | None", class_python(t->cls)) : class_python(t->cls);
    case TY_ITER:
        return arena_printf("Iterator[%s]", type_python(t->item));
    case TY_FILE:
        return "TextIO";
    case TY_DICT:
        return arena_printf("dict[%s, %s]", type_python(t->item), type_python(t->value));
    case TY_SET:
        return arena_printf("set[%s]", type_python(t->item));
    case TY_DEQUE:
        return arena_printf("deque[%s]", type_python(t->item));
    case TY_RANGE:
        return "range";
    }
    return "?";
}

const char *type_c(const Type *t)
{
    switch (t ? t->kind : TY_UNKNOWN) {
    case TY_NONE:
        return "void";
    case TY_BOOL:
        return "bool";
    case TY_INT:
        return "int64_t";
    case TY_FLOAT:
        return "double";
    case TY_STR:
        return "const slot_str *";
    case TY_LIST:
        return "slot_list *";
    case TY_TUPLE:
        return "slot_tuple *";
    case TY_CLASS: /* a built-in exception class has no struct of its own */
        if (t->cls->exc_kind)
            return "slot_exception *";
        return t->cls->value ? t->cls->name : arena_printf("%s *", t->cls->name);
    case TY_ITER:
        return "slot_iter *";
    case TY_FILE:
        return "slot_file *";
    case TY_DICT:
        return "slot_dict *";
    case TY_SET:
        return "slot_set *";
    case TY_DEQUE:
        return "slot_deque *";
    case TY_RANGE:
        return "slot_range";
    case TY_UNKNOWN:
        break;
    }
    die("type_c of an unknown type");
}

/* A field's C type: its Python type's, its narrowed width's, or its own (a
 * base class member, a hierarchy's class id, a generator's header). */
const char *field_c_type(const Field *f)
{
    if (f->bits)
        return arena_printf("%sint%d_t", f->is_unsigned ? "u" : "", f->bits);
    return f->c_type ? f->c_type : type_c(f->var.type);
}

const char *field_python_type(const Field *f)
{
    return f->var.type ? type_python(f->var.type) : f->c_type && strcmp(f->var.name, "base") == 0 ? f->c_type : "-";
}

/* "int64_t age", "Person *owner": a C type and a name, spaced as the
 * project's style writes them. */
const char *c_decl(const char *ctype, const char *name)
{
    return arena_printf("%s%s%s", ctype, ctype[strlen(ctype) - 1] == '*' ? "" : " ", name);
}

bool type_pointer_free(const Type *t)
{
    if (t->kind == TY_CLASS && t->cls->value) { /* the struct itself */
        for (int i = 0; i < t->cls->fields.len; i++)
            if (!type_pointer_free(VEC_AT(Field *, t->cls->fields, i)->var.type))
                return false;
        return true;
    }
    return t->kind == TY_BOOL || t->kind == TY_INT || t->kind == TY_FLOAT || t->kind == TY_RANGE;
}
