/*
 * derive.c - stored fields that can be computed become functions.
 *
 * The seed's Rectangle stores `self.area = width * height`: 8 bytes per
 * object for a value the program could compute.  A field F becomes a
 * function of the fields it reads (and takes no space) only when that
 * cannot change what the program does:
 *
 *   - F is assigned exactly once in the whole module, at the top level of
 *     __init__, from a pure expression: literals, arithmetic, comparisons,
 *     `and`/`or`/`not`, conditional expressions, abs/min/max/len/int/float/
 *     str/bool, of immutable values: __init__'s parameters that are stored
 *     as they are into fields, and fields of self;
 *   - every field it reads is itself assigned exactly once, in __init__
 *     before F (or is derived in turn): not in a method, not through
 *     another variable, not by augmented assignment, not through a setter;
 *   - nothing in __init__ before F's assignment could read F early (only
 *     plain field stores that do not mention self come before it).
 *
 * Otherwise F stays stored, with Python's behaviour (a stale value
 * included), and the field records why, for `slotc inspect`.  A derived
 * field's assignment in __init__ still evaluates its expression when that
 * can raise, so an error happens where CPython raises it.
 */
#include "slotc.h"

#include <string.h>

/* ---- where each field is assigned ----------------------------------------- */

static void count_target(Expr *t, Func *f, Stmt *s, int depth)
{
    if (t->kind == EX_TUPLE || t->kind == EX_LIST) {
        for (int i = 0; i < t->items.len; i++)
            count_target(VEC_AT(Expr *, t->items, i), f, s, depth);
        return;
    }
    if (t->kind != EX_ATTR || !t->cls || t->prop)
        return;
    Field *field = class_find_field(t->cls, t->name);
    if (!field)
        return;
    field->stores++;
    bool in_init = f == t->cls->init && depth == 0 && s->kind == ST_ASSIGN && t == s->target &&
                   t->lhs->kind == EX_NAME && t->lhs->var == VEC_AT(Param *, f->params, 0)->var;
    if (in_init && !field->init_store)
        field->init_store = s;
    else
        field->other_store = s->loc;
}

static void count_block(Vec *body, Func *f, int depth)
{
    for (int i = 0; i < body->len; i++) {
        Stmt *s = VEC_AT(Stmt *, *body, i);
        bool assigns = s->kind == ST_ASSIGN || s->kind == ST_AUGASSIGN || s->kind == ST_FOR ||
                       (s->kind == ST_ANNASSIGN && s->value);
        if (assigns)
            count_target(s->target, f, s, depth);
        count_block(&s->body, f, depth + 1);
        count_block(&s->orelse, f, depth + 1);
        count_block(&s->handlers, f, depth + 1);
        count_block(&s->final, f, depth + 1);
    }
}

static void count_stores(Module *m)
{
    for (int i = 0; i < m->classes.len; i++) {
        Class *c = VEC_AT(Class *, m->classes, i);
        for (int j = 0; j < c->methods.len; j++)
            count_block(&VEC_AT(Func *, c->methods, j)->body, VEC_AT(Func *, c->methods, j), 0);
    }
    for (int i = 0; i < m->funcs.len; i++)
        count_block(&VEC_AT(Func *, m->funcs, i)->body, VEC_AT(Func *, m->funcs, i), 0);
    count_block(&m->entry->body, m->entry, 0);
}

/* ---- is the value a pure function of stored fields? ---------------------- */

typedef struct Derive {
    Module *m;
    Class *c;
    Var *self;          /* __init__'s self */
    int position;       /* index in __init__'s body of the store being judged */
    const char *why;    /* why not, once known */
    Loc where;
} Derive;

enum { UNDECIDED, DECIDING, DERIVED, STORED };

static bool derivable(Derive *D, Field *f, int *state);

static bool refuse(Derive *D, Loc where, const char *why)
{
    if (!D->why) {
        D->why = why;
        D->where = where;
    }
    return false;
}

static bool immutable(const Type *t)
{
    return t && (t->kind == TY_INT || t->kind == TY_FLOAT || t->kind == TY_BOOL || t->kind == TY_STR ||
                 (t->kind == TY_TUPLE && immutable(t->item)));
}

/* The position of the store `self.G = expr` in __init__, or -1. */
static int store_position(Derive *D, const Field *g)
{
    Vec *body = &D->c->init->body;
    for (int i = 0; i < body->len; i++)
        if (VEC_AT(Stmt *, *body, i) == g->init_store)
            return i;
    return -1;
}

/* A field read by F's value: stored once, before F, or derived itself. */
static bool readable_field(Derive *D, Field *g, Loc at, int *state)
{
    if (g->stores == 1 && g->init_store && store_position(D, g) < D->position)
        return true;
    if (g->stores == 1 && g->init_store && derivable(D, g, state))
        return true;
    if (g->stores > 1)
        return refuse(D, g->other_store,
                      arena_printf("it reads '%s', which is assigned again here", g->var.name));
    return refuse(D, at, arena_printf("it reads '%s' before __init__ sets it", g->var.name));
}

/* A parameter of __init__ stored as it is into a field before F: reading
 * the parameter is reading that field. */
static Field *stored_parameter(Derive *D, const Var *p)
{
    Vec *body = &D->c->init->body;
    for (int i = 0; i < D->position; i++) {
        Stmt *s = VEC_AT(Stmt *, *body, i);
        if (s->kind == ST_ASSIGN && s->value->kind == EX_NAME && s->value->var == p &&
            s->target->kind == EX_ATTR && s->target->cls == D->c && !s->target->prop)
            return class_find_field(D->c, s->target->name);
    }
    return NULL;
}

static bool assigned_in(const Vec *body, const Var *v)
{
    for (int i = 0; i < body->len; i++) {
        Stmt *s = VEC_AT(Stmt *, *body, i);
        bool assigns = s->kind == ST_ASSIGN || s->kind == ST_AUGASSIGN || s->kind == ST_FOR ||
                       s->kind == ST_ANNASSIGN;
        if (assigns && s->target->kind == EX_NAME && s->target->var == v)
            return true;
        if (assigned_in(&s->body, v) || assigned_in(&s->orelse, v) || assigned_in(&s->handlers, v) ||
            assigned_in(&s->final, v))
            return true;
    }
    return false;
}

static bool pure_builtin(const Expr *call)
{
    static const char *names[] = {"abs", "min", "max", "len", "int", "float", "str", "bool", "ord", "chr"};
    if (call->math)
        return true;
    if (call->callee || call->cls || call->lhs->kind != EX_NAME || call->keywords.len)
        return false;
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (strcmp(call->lhs->name, names[i]) == 0)
            return true;
    return false;
}

static bool pure(Derive *D, Expr *e, int *state);
static bool pure_getter(Derive *D, const Prop *p, int *state);

static bool pure_name(Derive *D, Expr *e, int *state)
{
    if (!immutable(e->type))
        return refuse(D, e->loc, arena_printf("it reads '%s', a %s, which can change", e->name,
                                              type_python(e->type)));
    Field *g = stored_parameter(D, e->var);
    if (!g || assigned_in(&D->c->init->body, e->var))
        return refuse(D, e->loc, arena_printf("it reads '%s', which is not stored as it is into a field",
                                              e->name));
    return readable_field(D, g, e->loc, state);
}

static bool pure_items(Derive *D, Expr *e, int *state)
{
    for (int i = 0; i < e->items.len; i++)
        if (!pure(D, VEC_AT(Expr *, e->items, i), state))
            return false;
    return true;
}

/* Whether e computes the same value at any later time, from immutable
 * inputs that never change. */
static bool pure(Derive *D, Expr *e, int *state)
{
    switch (e->kind) {
    case EX_INT:
    case EX_FLOAT:
    case EX_STR:
    case EX_TRUE:
    case EX_FALSE:
        return true;
    case EX_NAME:
        return e->math || pure_name(D, e, state);
    case EX_ATTR: {
        if (e->math)
            return true;
        if (e->prop && e->cls == D->c && e->lhs->kind == EX_NAME && e->lhs->var == D->self)
            return pure_getter(D, e->prop, state);
        Field *g = e->cls == D->c && !e->prop ? class_find_field(D->c, e->name) : NULL;
        if (!g || e->lhs->kind != EX_NAME || e->lhs->var != D->self)
            return refuse(D, e->loc, "it reads an attribute other than a field of self");
        if (!immutable(g->var.type))
            return refuse(D, e->loc, arena_printf("it reads '%s', a %s, which can change", g->var.name,
                                                  type_python(g->var.type)));
        return readable_field(D, g, e->loc, state);
    }
    case EX_BINARY:
    case EX_AND:
    case EX_OR:
        return pure(D, e->lhs, state) && pure(D, e->rhs, state);
    case EX_UNARY:
    case EX_NOT:
        return pure(D, e->lhs, state);
    case EX_IFEXP:
        return pure(D, e->cond, state) && pure(D, e->lhs, state) && pure(D, e->rhs, state);
    case EX_COMPARE:
        return pure_items(D, e, state);
    case EX_CALL:
        if (!pure_builtin(e))
            return refuse(D, e->loc, "it calls a function that could depend on more than its arguments");
        return pure_items(D, e, state);
    default:
        return refuse(D, e->loc, "its value is not a pure expression of the fields");
    }
}

static bool mentions_self(const Expr *e, const Var *self);

/* self.p for a @property whose getter is `return <pure expression of
 * self's fields>` (and no setter, no cache): as pure as that expression. */
static bool pure_getter(Derive *D, const Prop *p, int *state)
{
    const Func *g = p->getter;
    const Stmt *ret = g->body.len == 1 ? VEC_AT(Stmt *, g->body, 0) : NULL;
    if (p->setter || p->cache || !ret || ret->kind != ST_RETURN || !ret->value)
        return refuse(D, g->loc, arena_printf("it reads the property '%s', which does more than return a value",
                                              p->name));
    Var *init_self = D->self;
    D->self = VEC_AT(Param *, g->params, 0)->var; /* the getter's own self */
    bool ok = pure(D, ret->value, state);
    D->self = init_self;
    return ok;
}

static bool is_self(const Expr *e, const void *self)
{
    return e->kind == EX_NAME && e->var == self;
}

static bool mentions_self(const Expr *e, const Var *self)
{
    return expr_any(e, is_self, self);
}

/* Before F's store, __init__ may only store values that do not involve
 * self, or fields that are derivable themselves (and so read only fields
 * already set): anything else could read F before it is set. */
static bool quiet_prefix(Derive *D, int position, int *state)
{
    Vec *body = &D->c->init->body;
    for (int i = 0; i < position; i++) {
        Stmt *s = VEC_AT(Stmt *, *body, i);
        bool store = s->kind == ST_ASSIGN && s->target->kind == EX_ATTR && s->target->lhs->kind == EX_NAME &&
                     s->target->lhs->var == D->self && !s->target->prop;
        if (store && !mentions_self(s->value, D->self))
            continue;
        Field *g = store ? class_find_field(D->c, s->target->name) : NULL;
        const char *why = D->why;
        if (g && derivable(D, g, state))
            continue;
        D->why = why; /* g's own reason is not F's */
        return refuse(D, s->loc, "__init__ runs code here that could read it before it is assigned");
    }
    return true;
}

/* Decides F (memoised in state[F->index]); D->why says why not. */
static bool derivable(Derive *D, Field *f, int *state)
{
    if (state[f->index] == DERIVED || state[f->index] == STORED)
        return state[f->index] == DERIVED;
    if (state[f->index] == DECIDING)
        return refuse(D, f->var.loc, "its value depends on itself");
    if (f->stores != 1 || !f->init_store) {
        state[f->index] = STORED;
        return refuse(D, f->stores > 1 ? f->other_store : f->var.loc,
                      f->stores > 1 ? "it is assigned again here" : "it is not assigned at the top of __init__");
    }
    int saved = D->position;
    D->position = store_position(D, f);
    state[f->index] = DECIDING;
    bool ok = quiet_prefix(D, D->position, state) && pure(D, f->init_store->value, state);
    state[f->index] = ok ? DERIVED : STORED;
    D->position = saved;
    return ok;
}

/* ---- the function that replaces a derived field ------------------------- */

/* A copy of e reading fields through self (the getter's parameter):
 * a stored parameter becomes self.field, __init__'s self the new self. */
static Expr *rewrite(Derive *D, Expr *e, Var *self)
{
    if (!e)
        return NULL;
    Expr *copy = arena_alloc(sizeof *copy);
    *copy = *e;
    if (e->kind == EX_NAME && e->var == D->self) {
        copy->var = self;
        return copy;
    }
    if (e->kind == EX_NAME && e->var) { /* a parameter (callees and math names have no var) */
        Field *g = stored_parameter(D, e->var);
        if (!g)
            die("derive: parameter %s has no field", e->name);
        Expr *obj = arena_alloc(sizeof *obj);
        *obj = (Expr){.kind = EX_NAME, .loc = e->loc, .name = "self", .var = self, .type = self->type};
        *copy = (Expr){.kind = EX_ATTR, .loc = e->loc, .lhs = obj, .name = g->var.name, .cls = D->c,
                       .type = g->var.type, .start = e->start, .end = e->end};
        return copy;
    }
    copy->lhs = rewrite(D, e->lhs, self);
    copy->rhs = rewrite(D, e->rhs, self);
    copy->cond = rewrite(D, e->cond, self);
    copy->items = (Vec){0};
    for (int i = 0; i < e->items.len; i++)
        vec_push(&copy->items, rewrite(D, VEC_AT(Expr *, e->items, i), self));
    return copy;
}

/* Whether e calls a function on self: a property's getter or another
 * derived field's (those take a plain, non-const self). */
static bool is_call_on_self(const Expr *e, const void *context)
{
    (void)context;
    if (e->kind != EX_ATTR || (!e->prop && !e->cls))
        return false;
    Field *f = e->prop ? NULL : class_find_field(e->cls, e->name);
    return e->prop || (f && f->derived);
}

static bool calls_on_self(const Expr *e)
{
    return expr_any(e, is_call_on_self, NULL);
}

/* `def F(self): return <value>` as a getter method of the class. */
static void make_getter(Derive *D, Field *f)
{
    Func *g = arena_alloc(sizeof *g);
    g->name = f->var.name;
    g->loc = f->init_store->loc;
    g->kind = FN_GETTER;
    g->cls = D->c;
    Param *p = arena_alloc(sizeof *p);
    p->name = "self";
    p->var = arena_alloc(sizeof(Var));
    *p->var = (Var){.name = "self", .cname = "self", .type = type_class(D->c)};
    vec_push(&g->params, p);
    vec_push(&g->locals, p->var);
    Stmt *ret = arena_alloc(sizeof *ret);
    D->position = store_position(D, f); /* the parameters stored before F */
    *ret = (Stmt){.kind = ST_RETURN, .loc = f->init_store->loc, .value = rewrite(D, f->init_store->value, p->var)};
    p->var->read = mentions_self(ret->value, p->var); /* a constant does not read self */
    vec_push(&g->body, ret);
    g->result = arena_alloc(sizeof(Var));
    *g->result = (Var){.name = g->name, .type = f->var.type};
    g->has_return_value = true;
    g->cname = infer_function_cname(D->m, g);
    vec_push(&D->c->methods, g);
    f->getter = g;
    f->derived = true;
    f->init_store->derived_store = true;
}

/* A value that is more than a parameter or a literal: worth explaining
 * why it stays stored. */
static bool computed(const Expr *e)
{
    return e->kind != EX_NAME && e->kind != EX_INT && e->kind != EX_FLOAT && e->kind != EX_STR &&
           e->kind != EX_TRUE && e->kind != EX_FALSE && e->kind != EX_NONE;
}

static void derive_class(Module *m, Class *c)
{
    if ((c->kind != CK_PLAIN && c->kind != CK_SLOTS) || !c->init || c->init->params.len == 0)
        return;
    if (c->base || c->subclasses.len) /* not yet: getters would need casts */
        return;
    int *state = arena_alloc(sizeof(int) * (size_t)(c->fields.len + 1));
    Derive D = {.m = m, .c = c, .self = VEC_AT(Param *, c->init->params, 0)->var};
    for (int i = 0; i < c->fields.len; i++) {
        Field *f = VEC_AT(Field *, c->fields, i);
        D.why = NULL;
        if (derivable(&D, f, state))
            continue;
        if (f->init_store && computed(f->init_store->value)) {
            f->stored_why = D.why;
            f->stored_loc = D.where;
        }
    }
    for (int i = 0; i < c->fields.len; i++)
        if (state[i] == DERIVED)
            make_getter(&D, VEC_AT(Field *, c->fields, i));
    /* A getter that only reads stored fields takes `const Class *self`. */
    for (int i = 0; i < c->fields.len; i++) {
        Field *f = VEC_AT(Field *, c->fields, i);
        if (f->derived)
            f->getter->const_self = !calls_on_self(VEC_AT(Stmt *, f->getter->body, 0)->value);
    }
}

void derive_module(Module *m)
{
    count_stores(m);
    for (int i = 0; i < m->classes.len; i++)
        derive_class(m, VEC_AT(Class *, m->classes, i));
}
