/*
 * enums.c - Enum classes, rewritten as records before classes.c reads them.
 *
 *     class Color(Enum):
 *         RED = 1
 *         GREEN = auto()
 *
 * becomes a frozen dataclass that compares by identity, with the fields
 * `name: str` and `value: int` (the type of its members' values), whose
 * members are its class attributes: Color.RED = Color("RED", 1).  An alias
 * (a second name for an earlier member's value) is that member.  Around
 * them it gets what Enum gives a class, spelled in Python:
 *
 *     _members_ = [Color.RED, Color.GREEN]        definition order, no aliases
 *     def __repr__(self): return f"<Color.{self.name}: {self.value!r}>"
 *     def __str__(self): return f"Color.{self.name}"
 *     def __hash__(self): return hash(self.name)
 *     @staticmethod
 *     def _from_value_(value: int) -> Color:      Color(v)
 *         for member in Color._members_: if member.value == value: return member
 *         raise ValueError(f"{value!r} is not a valid Color")
 *     @staticmethod
 *     def _from_name_(name: str) -> Color:        Color["RED"]
 *         if name == "RED": return Color.RED ... raise KeyError(name)
 *
 * (CPython reserves _sunder_ names in an Enum's body, so these cannot
 * collide with the program's own.)  The module's code is rewritten to use
 * them: Color(v) calls _from_value_, Color[s] calls _from_name_, and the
 * class where an iterable is expected (for, a comprehension, list(), len(),
 * `in`) is its _members_ list.
 */
#include "slotc.h"

#include <string.h>

typedef struct Enums {
    Module *m;
    const Source *src;
} Enums;

/* ---- building Python in the AST ---------------------------------------- */

static Expr *node(ExprKind kind, const Expr *at)
{
    Expr *e = arena_alloc(sizeof *e);
    e->kind = kind;
    e->loc = at->loc;
    e->start = at->start;
    e->end = at->end;
    return e;
}

static Expr *name(const char *text, const Expr *at)
{
    Expr *e = node(EX_NAME, at);
    e->name = text;
    return e;
}

static Expr *text(const char *s, const Expr *at)
{
    Expr *e = node(EX_STR, at);
    e->sval = s;
    e->slen = strlen(s);
    return e;
}

static Expr *attr(Expr *object, const char *field)
{
    Expr *e = node(EX_ATTR, object);
    e->lhs = object;
    e->name = field;
    return e;
}

/* Pushes the Expr arguments up to a NULL. */
static void push_items(Vec *items, va_list ap)
{
    for (Expr *item = va_arg(ap, Expr *); item; item = va_arg(ap, Expr *))
        vec_push(items, item);
}

/* callee(arg, ...): args end with NULL */
static Expr *call(Expr *callee, ...)
{
    Expr *e = node(EX_CALL, callee);
    e->lhs = callee;
    va_list ap;
    va_start(ap, callee);
    push_items(&e->items, ap);
    va_end(ap);
    return e;
}

static Expr *equals(Expr *a, Expr *b)
{
    Expr *e = node(EX_COMPARE, a);
    vec_push(&e->items, a);
    vec_push(&e->items, b);
    e->ops = arena_alloc(sizeof *e->ops);
    e->ops[0] = OP_EQ;
    return e;
}

/* f"{value!r} ...": pieces end with NULL */
static Expr *fstring(const Expr *at, ...)
{
    Expr *e = node(EX_FSTRING, at);
    va_list ap;
    va_start(ap, at);
    push_items(&e->items, ap);
    va_end(ap);
    return e;
}

static Expr *shown_as_repr(Expr *e)
{
    e->repr = e->convert = true;
    return e;
}

static Stmt *stmt(StmtKind kind, Loc loc, Expr *value)
{
    Stmt *s = arena_alloc(sizeof *s);
    s->kind = kind;
    s->loc = loc;
    s->value = value;
    return s;
}

/* if test: return result */
static Stmt *return_if(Expr *test, Expr *result)
{
    Stmt *s = stmt(ST_IF, test->loc, test);
    vec_push(&s->body, stmt(ST_RETURN, test->loc, result));
    return s;
}

static Param *param(const char *pname, Expr *annotation, Loc loc)
{
    Param *p = arena_alloc(sizeof *p);
    p->name = pname;
    p->annotation = annotation;
    p->loc = loc;
    return p;
}

/* def fname(pname: ptype) -> returns: body, a method of c (static when
 * self_name is NULL). */
static Func *method(Class *c, const char *fname, const char *self_name, Param *p, Expr *returns)
{
    Func *f = arena_alloc(sizeof *f);
    f->name = fname;
    f->loc = c->loc;
    f->cls = c;
    f->returns = returns;
    if (self_name)
        vec_push(&f->params, param(self_name, NULL, c->loc));
    else
        vec_push(&f->decorators, name("staticmethod", returns));
    if (p)
        vec_push(&f->params, p);
    vec_push(&c->methods, f);
    return f;
}

/* ---- the class ----------------------------------------------------------- */

static bool is_name(const Expr *e, const char *text)
{
    return e && ((e->kind == EX_NAME && strcmp(e->name, text) == 0) ||
                 (e->kind == EX_ATTR && strcmp(e->name, text) == 0 && e->lhs->kind == EX_NAME &&
                  strcmp(e->lhs->name, "enum") == 0));
}

/* Enum itself, or one of the kinds slotc does not translate (NULL for
 * other bases). */
static const char *enum_base(const Class *c)
{
    static const char *kinds[] = {"Enum", "IntEnum", "StrEnum", "Flag", "IntFlag", "ReprEnum"};
    for (int i = 0; i < c->bases.len; i++)
        for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++)
            if (is_name(VEC_AT(Expr *, c->bases, i), kinds[k]))
                return kinds[k];
    return NULL;
}

static bool is_enum(const Module *m, const char *cname)
{
    const Class *c = module_find_class(m, cname);
    return c && c->enumeration;
}

/* A member's value: an int, float or str literal (a negative number too),
 * or auto() (the previous int value plus one, 1 at first).  Returns the
 * literal and its Python type's name, or NULL after a diagnostic. */
static Expr *member_value(Enums *N, Stmt *s, int64_t *last, const char **type)
{
    Expr *v = s->value, *number = v->kind == EX_UNARY && v->op == OP_NEG ? v->lhs : v;
    const char *kind = number->kind == EX_INT ? "int" : number->kind == EX_FLOAT ? "float"
                       : v->kind == EX_STR    ? "str" : NULL;
    if (v->kind == EX_CALL && is_name(v->lhs, "auto") && !v->items.len && !v->keywords.len) {
        v = node(EX_INT, v);
        v->ival = *last + 1;
        kind = "int";
    }
    if (!kind) {
        diag_at(N->src, v->loc, DIAG_ERROR,
                "this Enum member's value is not supported by slotc (an int, float or str literal, or auto(), is)");
        return NULL;
    }
    if (*type && strcmp(*type, kind) != 0) {
        diag_at(N->src, v->loc, DIAG_ERROR, "an Enum whose members' values are of different types (%s and %s) is "
                                            "not supported by slotc", *type, kind);
        return NULL;
    }
    *type = kind;
    if (strcmp(kind, "int") == 0)
        *last = v->kind == EX_INT ? v->ival : -v->lhs->ival;
    return v;
}

static bool same_literal(const Expr *a, const Expr *b)
{
    if (a->kind != b->kind)
        return false;
    switch (a->kind) {
    case EX_INT:
        return a->ival == b->ival;
    case EX_FLOAT:
        return a->fval == b->fval;
    case EX_STR:
        return a->slen == b->slen && memcmp(a->sval, b->sval, a->slen) == 0;
    case EX_UNARY:
        return same_literal(a->lhs, b->lhs);
    default:
        return false;
    }
}

/* The member an earlier name of c gave this value, or NULL. */
static Stmt *aliased(Class *c, int i, Vec *values)
{
    for (int j = 0; j < i; j++)
        if (same_literal(VEC_AT(Expr *, *values, j), VEC_AT(Expr *, *values, i)))
            return VEC_AT(Stmt *, c->attrs, j);
    return NULL;
}

/* Color.RED = Color("RED", 1), or the earlier member for an alias; the
 * members (aliases left out) in the list members; @unique allows no alias.  Returns the values'
 * type's name, NULL after a diagnostic. */
static const char *make_members(Enums *N, Class *c, Expr *members, bool unique)
{
    const char *type = NULL;
    int64_t last = 0;
    Vec values = {0};
    for (int i = 0; i < c->attrs.len; i++) {
        Stmt *s = VEC_AT(Stmt *, c->attrs, i);
        Expr *v = member_value(N, s, &last, &type);
        if (!v)
            return NULL;
        vec_push(&values, v);
        Stmt *earlier = aliased(c, i, &values);
        if (earlier && unique) {
            diag_at(N->src, s->loc, DIAG_ERROR, "duplicate values found in @unique Enum '%s': %s -> %s", c->name,
                    strchr(s->target->name, '.') + 1, strchr(earlier->target->name, '.') + 1);
            return NULL;
        }
        if (earlier) {
            s->value = name(earlier->target->name, v);
            continue;
        }
        s->value = call(name(c->name, v), text(strchr(s->target->name, '.') + 1, v), v, NULL);
        vec_push(&members->items, name(s->target->name, v));
    }
    if (!type)
        diag_at(N->src, c->loc, DIAG_ERROR, "an Enum without members ('%s') is not supported by slotc", c->name);
    return type;
}

/* name: str and value: T, as a dataclass declares them */
static void add_fields(Class *c, Expr *at, const char *type)
{
    static const char *fields[] = {"name", "value"};
    for (int i = 0; i < 2; i++) {
        Stmt *s = stmt(ST_ANNASSIGN, c->loc, NULL);
        s->target = name(fields[i], at);
        s->annotation = name(i == 0 ? "str" : type, at);
        vec_push(&c->body, s);
    }
}

/* __repr__, __str__ and __hash__ (the name's), unless the class has its own */
static void add_text_methods(Class *c, Expr *at)
{
    Expr *self_name = attr(name("self", at), "name");
    const char *prefix = arena_printf("%s.", c->name);
    if (!class_find_method(c, "__repr__")) {
        Expr *shown = fstring(at, text(arena_printf("<%s", prefix), at), self_name, text(": ", at),
                              shown_as_repr(attr(name("self", at), "value")), text(">", at), NULL);
        vec_push(&method(c, "__repr__", "self", NULL, name("str", at))->body, stmt(ST_RETURN, c->loc, shown));
    }
    if (!class_find_method(c, "__str__")) {
        Expr *shown = fstring(at, text(prefix, at), self_name, NULL);
        vec_push(&method(c, "__str__", "self", NULL, name("str", at))->body, stmt(ST_RETURN, c->loc, shown));
    }
    if (!class_find_method(c, "__hash__")) {
        Expr *hashed = call(name("hash", at), attr(name("self", at), "name"), NULL);
        vec_push(&method(c, "__hash__", "self", NULL, name("int", at))->body, stmt(ST_RETURN, c->loc, hashed));
    }
}

/* _from_value_(value) and _from_name_(name), as the header shows them */
static void add_lookups(Class *c, Expr *at, const char *type)
{
    Func *f = method(c, "_from_value_", NULL, param("value", name(type, at), c->loc), name(c->name, at));
    Stmt *loop = stmt(ST_FOR, c->loc, attr(name(c->name, at), "_members_"));
    loop->target = name("member", at);
    vec_push(&loop->body, return_if(equals(attr(name("member", at), "value"), name("value", at)), name("member", at)));
    vec_push(&f->body, loop);
    Expr *message = fstring(at, shown_as_repr(name("value", at)),
                            text(arena_printf(" is not a valid %s", c->name), at), NULL);
    vec_push(&f->body, stmt(ST_RAISE, c->loc, call(name("ValueError", at), message, NULL)));

    Func *g = method(c, "_from_name_", NULL, param("name", name("str", at), c->loc), name(c->name, at));
    for (int i = 0; i < c->attrs.len; i++) {
        const char *member = VEC_AT(Stmt *, c->attrs, i)->target->name;
        vec_push(&g->body, return_if(equals(name("name", at), text(strchr(member, '.') + 1, at)),
                                     name(member, at)));
    }
    vec_push(&g->body, stmt(ST_RAISE, c->loc, call(name("KeyError", at), name("name", at), NULL)));
}

/* @dataclass(frozen=True, eq=False): members are constants, compared by
 * identity */
static Expr *dataclass(Expr *at)
{
    Expr *d = call(name("dataclass", at), NULL);
    static const char *flags[] = {"frozen", "eq"};
    for (int i = 0; i < 2; i++) {
        Keyword *k = arena_alloc(sizeof *k);
        k->name = flags[i];
        k->value = node(i == 0 ? EX_TRUE : EX_FALSE, at);
        k->loc = at->loc;
        vec_push(&d->keywords, k);
    }
    return d;
}

/* Inserts s into the module's globals after `after`. */
static void insert_global(Module *m, const Stmt *after, Stmt *s)
{
    Vec globals = {0};
    for (int i = 0; i < m->globals.len; i++) {
        vec_push(&globals, m->globals.items[i]);
        if (m->globals.items[i] == after)
            vec_push(&globals, s);
    }
    m->globals = globals;
}

/* Makes the class the record the header describes. */
static void build_enum(Enums *N, Class *c)
{
    Expr *at = name(c->name, &(Expr){.loc = c->loc});
    for (int i = 0; i < c->methods.len; i++)
        if (strcmp(VEC_AT(Func *, c->methods, i)->name, "__init__") == 0)
            diag_at(N->src, VEC_AT(Func *, c->methods, i)->loc, DIAG_ERROR,
                    "__init__ in an Enum ('%s') is not supported by slotc", c->name);
    Expr *members = node(EX_LIST, at);
    const char *type = make_members(N, c, members, c->decorators.len == 1);
    if (!type)
        return;
    c->bases = c->decorators = (Vec){0};
    vec_push(&c->decorators, dataclass(at));
    c->kind = CK_DATACLASS;
    add_fields(c, at, type);
    add_text_methods(c, at);
    add_lookups(c, at, type);
    Stmt *list = stmt(ST_ASSIGN, c->loc, members);
    list->target = name(arena_printf("%s._members_", c->name), at);
    insert_global(N->m, VEC_AT(Stmt *, c->attrs, c->attrs.len - 1), list);
    vec_push(&c->attrs, list);
}

/* ---- the module's code ---------------------------------------------------- */

/* The class name where an iterable is expected becomes its members' list. */
static void iterate_members(const Module *m, Expr **slot)
{
    Expr *e = *slot;
    if (e && e->kind == EX_NAME && is_enum(m, e->name))
        *slot = attr(e, "_members_");
}

static bool takes_class(const Expr *callee)
{
    return is_name(callee, "isinstance") || is_name(callee, "issubclass") || is_name(callee, "type");
}

/* Color(v), Color[s] and Color as an iterable, in one expression node. */
static bool rewrite_expr(const Expr *e, const void *context)
{
    Enums *N = (Enums *)context;
    Expr *x = (Expr *)e;
    bool enum_lhs = x->lhs && x->lhs->kind == EX_NAME && is_enum(N->m, x->lhs->name);
    if (x->kind == EX_CALL && enum_lhs && x->items.len == 1 && !x->keywords.len) {
        x->lhs = attr(x->lhs, "_from_value_");
    } else if (x->kind == EX_CALL && enum_lhs) {
        diag_at(N->src, x->loc, DIAG_ERROR, "Enum '%s' is called with one value (its member with that value); "
                                            "other calls are not supported by slotc", x->lhs->name);
    } else if (x->kind == EX_INDEX && enum_lhs) {
        Expr *key = x->rhs;
        *x = *call(attr(x->lhs, "_from_name_"), key, NULL);
    }
    if (x->kind == EX_CALL && !takes_class(x->lhs))
        for (int i = 0; i < x->items.len; i++)
            iterate_members(N->m, (Expr **)&x->items.items[i]);
    for (int i = 0; x->kind == EX_COMPARE && i + 1 < x->items.len; i++)
        if (x->ops[i] == OP_IN || x->ops[i] == OP_NOT_IN)
            iterate_members(N->m, (Expr **)&x->items.items[i + 1]);
    iterate_members(N->m, &x->iter);
    return false;
}

static void rewrite_block(Enums *N, Vec *body)
{
    for (int i = 0; i < body->len; i++) {
        Stmt *s = VEC_AT(Stmt *, *body, i);
        expr_any(s->target, rewrite_expr, N);
        expr_any(s->value, rewrite_expr, N);
        expr_any(s->cause, rewrite_expr, N);
        if (s->kind == ST_FOR)
            iterate_members(N->m, &s->value);
        rewrite_block(N, &s->body);
        rewrite_block(N, &s->orelse);
        rewrite_block(N, &s->handlers);
        rewrite_block(N, &s->final);
    }
}

static void rewrite_module(Enums *N)
{
    Module *m = N->m;
    rewrite_block(N, &m->globals);
    rewrite_block(N, &m->main_body);
    for (int i = 0; i < m->funcs.len; i++)
        rewrite_block(N, &VEC_AT(Func *, m->funcs, i)->body);
    for (int i = 0; i < m->classes.len; i++) {
        Class *c = VEC_AT(Class *, m->classes, i);
        for (int j = 0; j < c->methods.len; j++)
            rewrite_block(N, &VEC_AT(Func *, c->methods, j)->body);
    }
}

void enums_build(Module *m)
{
    Enums N = {m, m->src};
    for (int i = 0; i < m->classes.len; i++) {
        Class *c = VEC_AT(Class *, m->classes, i);
        const char *base = enum_base(c);
        if (base && strcmp(base, "Enum") != 0)
            diag_at(m->src, c->loc, DIAG_ERROR, "%s ('%s') is not supported by slotc (Enum is)", base, c->name);
        else if (base && (c->bases.len != 1 || c->decorators.len > 1 ||
                          (c->decorators.len && !is_name(VEC_AT(Expr *, c->decorators, 0), "unique"))))
            diag_at(m->src, c->loc, DIAG_ERROR, "an Enum with other bases or decorators ('%s') is not supported "
                                                "by slotc", c->name);
        c->enumeration = base && strcmp(base, "Enum") == 0;
    }
    rewrite_module(&N);
    for (int i = 0; i < m->classes.len; i++)
        if (VEC_AT(Class *, m->classes, i)->enumeration)
            build_enum(&N, VEC_AT(Class *, m->classes, i));
}
