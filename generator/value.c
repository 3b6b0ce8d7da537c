/*
 * value.c - which classes are value types, stored inline.
 *
 * An object whose fields never change after __init__ and whose identity
 * the program never observes can be copied freely: nothing can tell the
 * copy from the original.  Such a class is a value type.  Its C type is
 * the struct itself, not a pointer: a list of them is an array of structs,
 * a field of that type is embedded in its owner, and making one allocates
 * nothing.  Methods take self by value; __init__ becomes the function that
 * returns the new value.
 *
 * A class is a value type unless one of these holds (the first found is
 * kept, with its line, for `slotc inspect`):
 *
 *   - it has a base class or subclasses, is an exception, has no field, or
 *     has more than eight (copies would cost more than pointers);
 *   - a field is assigned outside __init__, or __init__ hands self to
 *     anything (a call, a container, a method) before it is complete;
 *   - it defines __enter__, __iter__ or __next__, a generator method or a
 *     cached_property (each keeps state in the object);
 *   - a value of it may be None, or is tested for truth;
 *   - its identity is observed: `is`, id(), or for a class that compares by
 *     identity (no __eq__, not a record) `==`, `in`, hash(), list.index/
 *     count/remove, a dict key or a set element; or, for a class whose
 *     repr is CPython's default (it shows the address), its repr or str;
 *     a field of a record that compares by value counts as compared;
 *   - it contains itself by value (through other value types).
 */
#include "slotc.h"

#include <string.h>

typedef struct Values {
    Module *m;
    Func *func; /* the function being walked */
} Values;

static void refuse(Class *c, Loc where, const char *why)
{
    if (c->value_why)
        return;
    c->value_why = why;
    c->value_loc = where;
}

/* Calls visit on every class a type mentions (a list's items, a dict's
 * keys and values ...). */
static void each_class(const Type *t, void (*visit)(Class *c, Loc where, const char *why), Loc where,
                       const char *why)
{
    if (!t)
        return;
    if (t->kind == TY_CLASS)
        visit(t->cls, where, why);
    each_class(t->item, visit, where, why);
    each_class(t->value, visit, where, why);
}

static bool by_identity(const Class *c)
{
    return !class_compares_by_value(c) && !class_find_method(c, "__eq__");
}

static void identity_eq(Class *c, Loc where, const char *why)
{
    if (by_identity(c))
        refuse(c, where, why);
}

/* A class whose repr is CPython's default: <__main__.C object at 0x...>. */
static bool default_repr(const Class *c)
{
    return !class_find_method(c, "__repr__") && (!c->repr || c->kind == CK_PLAIN || c->kind == CK_SLOTS);
}

static void shows_address(Class *c, Loc where, const char *why)
{
    if (default_repr(c))
        refuse(c, where, why);
}

/* A type as a whole: may it be None; does it key a dict or a set. */
static void check_type(const Type *t, Loc where)
{
    if (!t)
        return;
    if (t->kind == TY_CLASS && t->optional)
        refuse(t->cls, where, "a value of it may be None");
    if (t->kind == TY_DICT || t->kind == TY_SET)
        each_class(t->item, identity_eq, where, t->kind == TY_DICT ? "it is a dict key" : "it is a set element");
    check_type(t->item, where);
    check_type(t->value, where);
}

static void truth_tested(const Expr *e)
{
    if (e && e->type && e->type->kind == TY_CLASS)
        refuse(e->type->cls, e->loc, "it is tested for truth");
}

static bool is_builtin_call(const Expr *e, const char *name)
{
    return e->kind == EX_CALL && e->lhs->kind == EX_NAME && !e->callee && !e->cls &&
           strcmp(e->lhs->name, name) == 0;
}

/* print(), str(), repr(), f-strings, % and str.format(): what formats its
 * arguments' repr or str. */
static void check_formatting(const Expr *e)
{
    bool formats = is_builtin_call(e, "print") || is_builtin_call(e, "str") || is_builtin_call(e, "repr") ||
                   is_builtin_call(e, "format") || e->kind == EX_FSTRING ||
                   (e->kind == EX_CALL && e->lhs->kind == EX_ATTR && strcmp(e->lhs->name, "format") == 0 &&
                    e->lhs->lhs->type && e->lhs->lhs->type->kind == TY_STR);
    for (int i = 0; formats && i < e->items.len; i++) {
        const Expr *x = VEC_AT(Expr *, e->items, i);
        each_class(x->type, shows_address, x->loc, "its default repr shows its address");
    }
    if (e->kind == EX_BINARY && e->op == OP_MOD && e->lhs->type && e->lhs->type->kind == TY_STR)
        each_class(e->rhs->type, shows_address, e->rhs->loc, "its default repr shows its address");
}

static void check_compare(const Expr *e)
{
    for (int i = 0; i + 1 < e->items.len; i++) {
        const Expr *a = VEC_AT(Expr *, e->items, i), *b = VEC_AT(Expr *, e->items, i + 1);
        Op op = e->ops[i];
        if (op == OP_IS || op == OP_IS_NOT) {
            each_class(a->type, refuse, e->loc, "it is compared with 'is'");
            each_class(b->type, refuse, e->loc, "it is compared with 'is'");
        } else if (op == OP_EQ || op == OP_NE || op == OP_IN || op == OP_NOT_IN) {
            each_class(a->type, identity_eq, e->loc, "it is compared by identity");
            each_class(b->type, identity_eq, e->loc, "it is compared by identity");
        }
    }
}

static void check_call(const Expr *e)
{
    if (is_builtin_call(e, "id"))
        for (int i = 0; i < e->items.len; i++)
            each_class(VEC_AT(Expr *, e->items, i)->type, refuse, e->loc, "id() is taken of it");
    if (is_builtin_call(e, "bool"))
        for (int i = 0; i < e->items.len; i++)
            truth_tested(VEC_AT(Expr *, e->items, i));
    if (is_builtin_call(e, "any") || is_builtin_call(e, "all"))
        for (int i = 0; i < e->items.len; i++) {
            const Type *t = VEC_AT(Expr *, e->items, i)->type;
            if (t && t->item && t->item->kind == TY_CLASS)
                refuse(t->item->cls, e->loc, "it is tested for truth");
        }
    if (is_builtin_call(e, "hash"))
        for (int i = 0; i < e->items.len; i++)
            each_class(VEC_AT(Expr *, e->items, i)->type, identity_eq, e->loc, "it is hashed by identity");
    if (e->lhs->kind == EX_ATTR && e->lhs->lhs->type &&
        (e->lhs->lhs->type->kind == TY_LIST || e->lhs->lhs->type->kind == TY_DEQUE)) {
        const char *n = e->lhs->name;
        if (strcmp(n, "index") == 0 || strcmp(n, "count") == 0 || strcmp(n, "remove") == 0)
            each_class(e->lhs->lhs->type->item, identity_eq, e->loc, "it is compared by identity");
    }
}

static bool visit_expr(const Expr *e, const void *context)
{
    (void)context;
    check_type(e->type, e->loc);
    switch (e->kind) {
    case EX_COMPARE:
        check_compare(e);
        break;
    case EX_CALL:
        check_call(e);
        break;
    case EX_NOT:
        truth_tested(e->lhs);
        break;
    case EX_AND:
    case EX_OR:
        truth_tested(e->lhs);
        truth_tested(e->rhs);
        for (int i = 0; i < e->items.len; i++)
            truth_tested(VEC_AT(Expr *, e->items, i));
        break;
    case EX_IFEXP:
    case EX_LISTCOMP:
    case EX_GENEXP:
    case EX_DICTCOMP:
    case EX_SETCOMP:
        truth_tested(e->cond);
        break;
    case EX_LAMBDA:
        if (e->var)
            check_type(e->var->type, e->loc);
        break;
    default:
        break;
    }
    check_formatting(e);
    return false;
}

static void walk_expr(const Expr *e)
{
    if (e)
        expr_any(e, visit_expr, NULL);
}

/* An assignment to a field: allowed only to self in its class's __init__. */
static void check_store(Values *V, const Expr *t, Loc where)
{
    if (t->kind == EX_TUPLE || t->kind == EX_LIST) {
        for (int i = 0; i < t->items.len; i++)
            check_store(V, VEC_AT(Expr *, t->items, i), where);
        return;
    }
    if (t->kind != EX_ATTR || !t->lhs->type || t->lhs->type->kind != TY_CLASS)
        return;
    Class *c = t->lhs->type->cls;
    Func *f = V->func;
    bool own_init = f == c->init && t->lhs->kind == EX_NAME && !t->prop &&
                    t->lhs->var == VEC_AT(Param *, f->params, 0)->var;
    if (!own_init)
        refuse(c, where, arena_printf("%s.%s is assigned after __init__", c->name, t->name));
}

static void walk_block(Values *V, Vec *body)
{
    for (int i = 0; i < body->len; i++) {
        Stmt *s = VEC_AT(Stmt *, *body, i);
        if (s->target && s->kind != ST_FOR && s->kind != ST_WITH && s->kind != ST_EXCEPT)
            check_store(V, s->target, s->loc);
        if (s->kind == ST_IF || s->kind == ST_WHILE)
            truth_tested(s->value);
        walk_expr(s->target);
        walk_expr(s->value);
        walk_expr(s->cause);
        walk_block(V, &s->body);
        walk_block(V, &s->orelse);
        walk_block(V, &s->handlers);
        walk_block(V, &s->final);
    }
}

/* ---- __init__ must not hand self on ------------------------------------- */

typedef struct SelfUse {
    const Class *c;
    const Var *self;
} SelfUse;

static bool is_field_of_self(const Expr *e, const SelfUse *u)
{
    return e->kind == EX_ATTR && !e->prop && e->lhs->kind == EX_NAME && e->lhs->var == u->self &&
           class_find_field(u->c, e->name);
}

/* Whether e uses self other than as self.field. */
static bool escapes(const Expr *e, const SelfUse *u)
{
    if (!e || is_field_of_self(e, u))
        return false;
    if (e->kind == EX_NAME && e->var == u->self)
        return true;
    if (escapes(e->lhs, u) || escapes(e->rhs, u) || escapes(e->cond, u) || escapes(e->target, u) ||
        escapes(e->iter, u))
        return true;
    for (int i = 0; i < e->items.len; i++)
        if (escapes(VEC_AT(Expr *, e->items, i), u))
            return true;
    for (int i = 0; i < e->keywords.len; i++)
        if (escapes(VEC_AT(Keyword *, e->keywords, i)->value, u))
            return true;
    return false;
}

static const Stmt *self_escape(const Vec *body, SelfUse *u)
{
    for (int i = 0; i < body->len; i++) {
        const Stmt *s = VEC_AT(Stmt *, *body, i);
        if (escapes(s->target, u) || escapes(s->value, u) || escapes(s->cause, u))
            return s;
        const Vec *blocks[] = {&s->body, &s->orelse, &s->handlers, &s->final};
        for (size_t k = 0; k < sizeof blocks / sizeof *blocks; k++) {
            const Stmt *inner = self_escape(blocks[k], u);
            if (inner)
                return inner;
        }
    }
    return NULL;
}

/* ---- the class itself ------------------------------------------------------ */

static void check_class(Class *c)
{
    if (class_is_exception(c))
        refuse(c, c->loc, "it is an exception");
    else if (c->base)
        refuse(c, c->loc, "it has a base class");
    else if (c->subclasses.len)
        refuse(c, c->loc, "it has subclasses");
    else if (c->fields.len == 0)
        refuse(c, c->loc, "it has no fields");
    else if (c->fields.len > 8)
        refuse(c, c->loc, "it has more than eight fields");
    for (int i = 0; i < c->methods.len; i++) {
        Func *f = VEC_AT(Func *, c->methods, i);
        if (f->generator)
            refuse(c, f->loc, arena_printf("its method %s() is a generator", f->name));
        if (strcmp(f->name, "__enter__") == 0 || strcmp(f->name, "__iter__") == 0 ||
            strcmp(f->name, "__next__") == 0)
            refuse(c, f->loc, arena_printf("it defines %s", f->name));
    }
    for (int i = 0; class_compares_by_value(c) && i < c->fields.len; i++) { /* compared with it */
        const Field *f = VEC_AT(Field *, c->fields, i);
        each_class(f->var.type, identity_eq, f->var.loc,
                   arena_printf("it is a field of %s, which compares by value", c->name));
    }
    for (int i = 0; i < c->props.len; i++)
        if (VEC_AT(Prop *, c->props, i)->cache)
            refuse(c, c->loc, "it has a cached_property");
    if (c->init && c->init->params.len) {
        SelfUse u = {.c = c, .self = VEC_AT(Param *, c->init->params, 0)->var};
        const Stmt *s = self_escape(&c->init->body, &u);
        if (s)
            refuse(c, s->loc, "__init__ passes self on before it is complete");
    }
}

/* Whether a value type c holds itself, through fields of value types. */
static bool holds(const Class *c, const Class *target, int depth)
{
    for (int i = 0; depth < 64 && i < c->fields.len; i++) {
        const Type *t = VEC_AT(Field *, c->fields, i)->var.type;
        if (t && t->kind == TY_CLASS && !t->cls->value_why &&
            (t->cls == target || holds(t->cls, target, depth + 1)))
            return true;
    }
    return false;
}

static void walk_func(Values *V, Func *f)
{
    if (!f)
        return;
    V->func = f;
    for (int i = 0; i < f->locals.len; i++) {
        Var *v = VEC_AT(Var *, f->locals, i);
        check_type(v->type, v->loc);
    }
    if (f->result)
        check_type(f->result->type, f->loc);
    walk_block(V, &f->body);
}

bool value_opaque(const Class *c)
{
    return c->value && default_repr(c) && by_identity(c);
}

void value_module(Module *m)
{
    Values V = {.m = m};
    for (int i = 0; i < m->classes.len; i++)
        check_class(VEC_AT(Class *, m->classes, i));
    for (int i = 0; i < m->funcs.len; i++)
        walk_func(&V, VEC_AT(Func *, m->funcs, i));
    for (int i = 0; i < m->classes.len; i++) {
        Class *c = VEC_AT(Class *, m->classes, i);
        for (int j = 0; j < c->fields.len; j++) {
            Field *f = VEC_AT(Field *, c->fields, j);
            check_type(f->var.type, f->var.loc);
        }
        for (int j = 0; j < c->methods.len; j++)
            walk_func(&V, VEC_AT(Func *, c->methods, j));
    }
    walk_func(&V, m->entry);
    walk_func(&V, m->init);
    for (int i = 0; i < m->classes.len; i++) {
        Class *c = VEC_AT(Class *, m->classes, i);
        if (!c->value_why && holds(c, c, 0))
            refuse(c, c->loc, "it contains itself");
    }
    for (int i = 0; i < m->classes.len; i++) {
        Class *c = VEC_AT(Class *, m->classes, i);
        c->value = !c->value_why;
    }
}
