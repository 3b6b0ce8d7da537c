/*
 * classes.c - the fixed attribute set of every class.
 *
 * Python lets an object grow attributes at any time; slotc gives each class
 * a struct, so it first has to find the whole set.  It comes from the form
 * the class is written in:
 *
 *   plain class          every `self.x = ...` in any method, __init__ first
 *   __slots__            the names in __slots__ (and nothing else may be set)
 *   namedtuple(...)      the field list, as a list or a 'a b' / 'a, b' string
 *   typing.NamedTuple    the class-level annotations, with defaults
 *   @dataclass(...)      the class-level annotations, with defaults; the
 *                        decorator's flags (slots, frozen, eq, order, repr)
 *
 * Types are not decided here (infer.c does that); a field keeps its
 * annotation and default for it.
 */
#include "slotc.h"

#include <string.h>

typedef struct Ctx {
    Module *m;
    const Source *src;
} Ctx;

static bool name_is(const Expr *e, const char *name)
{
    return e && ((e->kind == EX_NAME && strcmp(e->name, name) == 0) ||
                 (e->kind == EX_ATTR && strcmp(e->name, name) == 0));
}

const char *class_kind_name(const Class *c)
{
    static const char *names[] = {"plain", "slots", "namedtuple", "NamedTuple", "dataclass"};
    return c->enumeration ? "Enum" : names[c->kind];
}

bool class_is_record(const Class *c)
{
    return c->kind == CK_NAMEDTUPLE || c->kind == CK_NAMEDTUPLE_TYPED ||
           (c->kind == CK_DATACLASS && c->frozen);
}

/* Records with eq (namedtuples, NamedTuples, dataclasses) compare and hash
 * by their fields; other classes by identity. */
bool class_compares_by_value(const Class *c)
{
    return c->eq && c->kind != CK_PLAIN && c->kind != CK_SLOTS;
}

Class *module_find_class(const Module *m, const char *name)
{
    for (int i = 0; i < m->classes.len; i++)
        if (strcmp(VEC_AT(Class *, m->classes, i)->name, name) == 0)
            return VEC_AT(Class *, m->classes, i);
    return NULL;
}

/* A function by name; a static method's name is "Class.name". */
Func *module_find_func(const Module *m, const char *name)
{
    for (int i = 0; i < m->funcs.len; i++) {
        Func *f = VEC_AT(Func *, m->funcs, i);
        const char *full = f->owner ? arena_printf("%s.%s", f->owner->name, f->name) : f->name;
        if (strcmp(full, name) == 0)
            return f;
    }
    return NULL;
}

Func *class_find_static(const Class *c, const char *name)
{
    for (; c; c = c->base)
        for (int i = 0; i < c->statics.len; i++)
            if (strcmp(VEC_AT(Func *, c->statics, i)->name, name) == 0)
                return VEC_AT(Func *, c->statics, i);
    return NULL;
}

/* An ordinary method (not a property's getter or setter). */
/* Methods and fields are looked up in the class, then in its bases. */
Func *class_find_method(const Class *c, const char *name)
{
    for (; c; c = c->base)
        for (int i = 0; i < c->methods.len; i++) {
            Func *f = VEC_AT(Func *, c->methods, i);
            if (f->kind == FN_PLAIN && strcmp(f->name, name) == 0)
                return f;
        }
    return NULL;
}

const Class *class_root(const Class *c)
{
    while (c->base)
        c = c->base;
    return c;
}

/* Whether objects of c can be ordered (<, sorted, min): dataclass(order=True)
 * and namedtuples, field by field, when every field can be. */
bool class_orderable(const Class *c)
{
    if (class_find_method(c, "__lt__")) /* what sorted(), min() and max() call */
        return true;
    if (!c->order)
        return false;
    /* a tuple orders while its items differ: (priority, count, task) with an
     * unorderable task orders, and raises TypeError on a full tie, as in CPython */
    for (int i = 0; i < (c->tuple ? 1 : c->fields.len); i++) {
        const Type *t = VEC_AT(Field *, c->fields, i)->var.type;
        if (!type_orderable(t) || (t->kind == TY_CLASS && t->cls == c))
            return false;
    }
    return true;
}

/* Whether values of type t can be ordered: numbers, strings, orderable
 * objects (not None), and lists and tuples of those. */
bool type_orderable(const Type *t)
{
    if (!t)
        return false;
    switch (t->kind) {
    case TY_INT:
    case TY_FLOAT:
    case TY_BOOL:
    case TY_STR:
        return true;
    case TY_LIST:
    case TY_TUPLE:
        return type_orderable(t->item);
    case TY_CLASS:
        return !t->optional && class_orderable(t->cls);
    default:
        return false;
    }
}

Class *class_parent(const Class *c)
{
    return c->base ? c->base : c->exc_base;
}

bool class_derives(const Class *a, const Class *b)
{
    for (; a; a = class_parent(a))
        if (a == b)
            return true;
    return false;
}

Class *class_common(Class *a, Class *b)
{
    for (Class *c = a; c; c = class_parent(c))
        if (class_derives(b, c))
            return c;
    return NULL;
}

/* ---- exception classes ------------------------------------------------------ */

/* The built-in exception classes a program can raise, catch and derive
 * from: CPython's names and hierarchy, and the runtime's slot_exc kind. */
static const struct {
    const char *name, *base, *kind;
} builtin_exceptions[] = {
    {"BaseException", NULL, "SLOT_BASE_EXCEPTION"},
    {"Exception", "BaseException", "SLOT_EXCEPTION"},
    {"ArithmeticError", "Exception", "SLOT_ARITHMETIC_ERROR"},
    {"AssertionError", "Exception", "SLOT_ASSERTION_ERROR"},
    {"AttributeError", "Exception", "SLOT_ATTRIBUTE_ERROR"},
    {"LookupError", "Exception", "SLOT_LOOKUP_ERROR"},
    {"NameError", "Exception", "SLOT_NAME_ERROR"},
    {"OSError", "Exception", "SLOT_OS_ERROR"},
    {"RuntimeError", "Exception", "SLOT_RUNTIME_ERROR"},
    {"StopIteration", "Exception", "SLOT_STOP_ITERATION"},
    {"SystemExit", "BaseException", "SLOT_SYSTEM_EXIT"},
    {"TypeError", "Exception", "SLOT_TYPE_ERROR"},
    {"ValueError", "Exception", "SLOT_VALUE_ERROR"},
    {"FileExistsError", "OSError", "SLOT_FILE_EXISTS_ERROR"},
    {"FileNotFoundError", "OSError", "SLOT_FILE_NOT_FOUND_ERROR"},
    {"IsADirectoryError", "OSError", "SLOT_IS_A_DIRECTORY_ERROR"},
    {"NotADirectoryError", "OSError", "SLOT_NOT_A_DIRECTORY_ERROR"},
    {"PermissionError", "OSError", "SLOT_PERMISSION_ERROR"},
    {"IndexError", "LookupError", "SLOT_INDEX_ERROR"},
    {"KeyError", "LookupError", "SLOT_KEY_ERROR"},
    {"NotImplementedError", "RuntimeError", "SLOT_NOT_IMPLEMENTED_ERROR"},
    {"OverflowError", "ArithmeticError", "SLOT_OVERFLOW_ERROR"},
    {"ZeroDivisionError", "ArithmeticError", "SLOT_ZERO_DIVISION_ERROR"},
    {"UnicodeError", "ValueError", "SLOT_UNICODE_ERROR"},
    {"UnicodeDecodeError", "UnicodeError", "SLOT_UNICODE_DECODE_ERROR"},
};

Class *class_builtin_exception(Module *m, const char *name)
{
    for (int i = 0; i < m->exceptions.len; i++)
        if (strcmp(VEC_AT(Class *, m->exceptions, i)->name, name) == 0)
            return VEC_AT(Class *, m->exceptions, i);
    for (size_t i = 0; i < sizeof builtin_exceptions / sizeof builtin_exceptions[0]; i++) {
        if (strcmp(builtin_exceptions[i].name, name) != 0)
            continue;
        Class *c = arena_alloc(sizeof *c);
        c->name = builtin_exceptions[i].name;
        c->exc_kind = builtin_exceptions[i].kind;
        if (builtin_exceptions[i].base)
            c->base = class_builtin_exception(m, builtin_exceptions[i].base);
        vec_push(&m->exceptions, c);
        return c;
    }
    return NULL;
}

Class *class_exception_base(const Class *c)
{
    if (c->exc_kind)
        return (Class *)c;
    while (c->base)
        c = c->base;
    return c->exc_base;
}

bool class_is_exception(const Class *c)
{
    return class_exception_base(c) != NULL;
}

/* class Error(Exception): the root of a user exception hierarchy.  Its
 * struct starts with the runtime's slot_exception (class and arguments),
 * a field no Python name reaches, typed as the base (it holds pointers,
 * so objects are allocated for the collector to scan). */
static void derive_from_exception(Class *c, Class *base)
{
    c->exc_base = base;
    c->header = arena_alloc(sizeof *c->header);
    c->header->var.name = "(exception)";
    c->header->var.cname = "exc";
    c->header->var.what = arena_printf("the exception part of %s", c->name);
    c->header->var.type = type_class(base);
    c->header->var.loc = c->header->var.type_loc = c->loc;
    c->header->var.why = "its base class";
    c->header->c_type = "slot_exception";
    vec_push(&c->fields, c->header);
}

static bool owns_field(const Class *c, const Field *f)
{
    for (int i = 0; i < c->fields.len; i++)
        if (VEC_AT(Field *, c->fields, i) == f)
            return true;
    return c->tag == f || c->header == f;
}

const char *class_member(const Class *c, const Field *f)
{
    Str s = {0};
    for (; c && !owns_field(c, f); c = c->base)
        str_add(&s, "base.");
    str_add(&s, f->var.cname);
    return str_finish(&s);
}

bool class_overridden_below(const Class *c, const char *method)
{
    for (int i = 0; i < c->subclasses.len; i++) {
        const Class *sub = VEC_AT(Class *, c->subclasses, i);
        for (int k = 0; k < sub->methods.len; k++)
            if (strcmp(VEC_AT(Func *, sub->methods, k)->name, method) == 0)
                return true;
        if (class_overridden_below(sub, method))
            return true;
    }
    return false;
}

Prop *class_find_prop(const Class *c, const char *name)
{
    for (int i = 0; i < c->props.len; i++)
        if (strcmp(VEC_AT(Prop *, c->props, i)->name, name) == 0)
            return VEC_AT(Prop *, c->props, i);
    return NULL;
}

Field *class_find_field(const Class *c, const char *name)
{
    for (; c; c = c->base)
        for (int i = 0; i < c->fields.len; i++)
            if (strcmp(VEC_AT(Field *, c->fields, i)->var.name, name) == 0)
                return VEC_AT(Field *, c->fields, i);
    return NULL;
}

/* Adds a field unless the class already has it; returns it either way. */
static Field *add_field(Class *c, const char *name, Loc loc)
{
    Field *f = class_find_field(c, name);
    if (f)
        return f;
    f = arena_alloc(sizeof *f);
    f->var.name = name;
    f->var.what = arena_printf("field '%s' of %s", name, c->name);
    f->var.cname = c_ident(name);
    f->var.loc = loc;
    f->index = c->fields.len;
    vec_push(&c->fields, f);
    return f;
}

/* ---- the form of a class ------------------------------------------------- */

/* @dataclass or @dataclass(flag=True, ...): sets the flags Python's
 * defaults give (eq and repr on, the others off) and then the keywords. */
static void read_dataclass(Ctx *C, Class *c, Expr *d)
{
    c->kind = CK_DATACLASS;
    c->eq = c->repr = true;
    if (d->kind != EX_CALL)
        return;
    for (int i = 0; i < d->keywords.len; i++) {
        Keyword *k = VEC_AT(Keyword *, d->keywords, i);
        bool on = k->value->kind == EX_TRUE;
        if (k->value->kind != EX_TRUE && k->value->kind != EX_FALSE) {
            diag_at(C->src, k->loc, DIAG_ERROR, "dataclass flag '%s' must be True or False",
                    k->name);
            continue;
        }
        if (strcmp(k->name, "frozen") == 0)
            c->frozen = on;
        else if (strcmp(k->name, "slots") == 0)
            c->has_slots = on;
        else if (strcmp(k->name, "eq") == 0)
            c->eq = on;
        else if (strcmp(k->name, "order") == 0)
            c->order = on;
        else if (strcmp(k->name, "repr") == 0)
            c->repr = on;
        else
            diag_at(C->src, k->loc, DIAG_ERROR, "dataclass flag '%s' is not supported by slotc",
                    k->name);
    }
    if (c->order && !c->eq)
        diag_at(C->src, d->loc, DIAG_ERROR, "dataclass: order=True requires eq=True");
}

static void read_decorators(Ctx *C, Class *c)
{
    for (int i = 0; i < c->decorators.len; i++) {
        Expr *d = VEC_AT(Expr *, c->decorators, i);
        Expr *callee = d->kind == EX_CALL ? d->lhs : d;
        if (name_is(callee, "dataclass"))
            read_dataclass(C, c, d);
        else
            diag_at(C->src, d->loc, DIAG_ERROR, "class decorator is not supported by slotc");
    }
}

/* class Derived(Base): Base must come first in the module, as Python
 * requires, and both be plain or slotted classes. */
static void derive_from(Ctx *C, Class *c, Class *base, Expr *b)
{
    bool earlier = false;
    for (int i = 0; i < C->m->classes.len && VEC_AT(Class *, C->m->classes, i) != c; i++)
        earlier = earlier || VEC_AT(Class *, C->m->classes, i) == base;
    if (!earlier) {
        diag_at(C->src, b->loc, DIAG_ERROR, "class '%s' derives from '%s', which is defined after it", c->name,
                base->name);
        return;
    }
    c->base = base;
    vec_push(&base->subclasses, c);
}

static void read_bases(Ctx *C, Class *c)
{
    if (c->bases.len > 1) {
        diag_at(C->src, VEC_AT(Expr *, c->bases, 1)->loc, DIAG_ERROR,
                "multiple inheritance is not supported by slotc (class '%s' has %d bases)",
                c->name, c->bases.len);
        return;
    }
    if (c->bases.len == 0)
        return;
    Expr *b = VEC_AT(Expr *, c->bases, 0);
    if (name_is(b, "NamedTuple")) {
        c->kind = CK_NAMEDTUPLE_TYPED;
        c->frozen = c->eq = c->repr = c->order = true; /* ordered as tuples */
    }
    else if (b->kind == EX_NAME && module_find_class(C->m, b->name) && module_find_class(C->m, b->name) != c)
        derive_from(C, c, module_find_class(C->m, b->name), b);
    else if (b->kind == EX_NAME && class_builtin_exception(C->m, b->name))
        derive_from_exception(c, class_builtin_exception(C->m, b->name));
    else if (!name_is(b, "object"))
        diag_at(C->src, b->loc, DIAG_ERROR, "class '%s' derives from '%s', which is not a class of this module",
                c->name, b->kind == EX_NAME ? b->name : "an expression");
}

/* ---- fields from the class body ------------------------------------------ */

/* namedtuple('N', ['a', 'b']) / namedtuple('N', 'a b') / 'a, b' */
static void read_namedtuple(Ctx *C, Class *c, Stmt *s)
{
    Expr *call = s->value;
    c->frozen = c->eq = c->repr = c->order = true; /* ordered as tuples */
    if (call->keywords.len)
        diag_at(C->src, VEC_AT(Keyword *, call->keywords, 0)->loc, DIAG_ERROR,
                "namedtuple() keyword arguments are not supported by slotc");
    Expr *tname = call->items.len > 0 ? VEC_AT(Expr *, call->items, 0) : NULL;
    Expr *names = call->items.len > 1 ? VEC_AT(Expr *, call->items, 1) : NULL;
    if (call->items.len != 2 || tname->kind != EX_STR || strcmp(tname->sval, c->name) != 0) {
        diag_at(C->src, call->loc, DIAG_ERROR,
                "namedtuple() takes the name '%s' and a list of field names here", c->name);
        return;
    }
    if (names->kind == EX_STR) {
        char *copy = arena_strdup(names->sval);
        for (char *tok = strtok(copy, " ,\t\n"); tok; tok = strtok(NULL, " ,\t\n"))
            add_field(c, tok, names->loc);
        return;
    }
    if (names->kind != EX_LIST && names->kind != EX_TUPLE) {
        diag_at(C->src, names->loc, DIAG_ERROR, "namedtuple() field names must be literal");
        return;
    }
    for (int i = 0; i < names->items.len; i++) {
        Expr *n = VEC_AT(Expr *, names->items, i);
        if (n->kind == EX_STR)
            add_field(c, n->sval, n->loc);
        else
            diag_at(C->src, n->loc, DIAG_ERROR, "namedtuple() field names must be strings");
    }
}

/* __slots__ = ('a', 'b') | ['a', 'b'] | 'a' */
static void read_slots(Ctx *C, Class *c, Stmt *s)
{
    c->kind = c->kind == CK_PLAIN ? CK_SLOTS : c->kind;
    c->has_slots = true;
    Expr *v = s->value;
    if (v->kind == EX_STR) {
        add_field(c, v->sval, v->loc);
        return;
    }
    if (v->kind != EX_LIST && v->kind != EX_TUPLE) {
        diag_at(C->src, v->loc, DIAG_ERROR, "__slots__ must be a literal tuple or list of names");
        return;
    }
    for (int i = 0; i < v->items.len; i++) {
        Expr *n = VEC_AT(Expr *, v->items, i);
        if (n->kind == EX_STR)
            add_field(c, n->sval, n->loc);
        else
            diag_at(C->src, n->loc, DIAG_ERROR, "__slots__ entries must be strings");
    }
}

/* A True or False literal (a field() flag), else a diagnostic and the default. */
static bool flag_value(Ctx *C, const Keyword *kw, bool otherwise)
{
    if (kw->value->kind == EX_TRUE || kw->value->kind == EX_FALSE)
        return kw->value->kind == EX_TRUE;
    diag_at(C->src, kw->value->loc, DIAG_ERROR, "field(%s=...) takes True or False in slotc", kw->name);
    return otherwise;
}

/* field(default=value) or field(default_factory=f), with repr= and
 * compare= flags: the expression each construction without the argument
 * evaluates: value, f(), or the body of f = lambda: body.  NULL for field()
 * (no default) or after an error. */
static Expr *field_default(Ctx *C, Field *f, Expr *call)
{
    Expr *result = NULL;
    if (call->items.len)
        diag_at(C->src, call->loc, DIAG_ERROR, "field() takes keyword arguments only");
    for (int k = 0; k < call->keywords.len; k++) {
        Keyword *kw = VEC_AT(Keyword *, call->keywords, k);
        Expr *v = kw->value;
        if (strcmp(kw->name, "default") == 0) {
            result = v;
        } else if (strcmp(kw->name, "default_factory") == 0 && v->kind == EX_LAMBDA && !v->name) {
            result = v->lhs;
        } else if (strcmp(kw->name, "default_factory") == 0 && v->kind == EX_NAME) {
            result = arena_alloc(sizeof *result);
            *result = (Expr){.kind = EX_CALL, .loc = v->loc, .lhs = v, .start = v->start, .end = v->end};
        } else if (strcmp(kw->name, "default_factory") == 0) {
            diag_at(C->src, v->loc, DIAG_ERROR, "default_factory= takes a name or a lambda without parameters");
        } else if (strcmp(kw->name, "repr") == 0) {
            f->no_repr = !flag_value(C, kw, true);
        } else if (strcmp(kw->name, "compare") == 0) {
            f->no_compare = !flag_value(C, kw, true);
        } else {
            diag_at(C->src, v->loc, DIAG_ERROR, "field(%s=...) is not supported by slotc", kw->name);
        }
    }
    return result;
}

/* name: T [= default], in a NamedTuple or dataclass body */
static void read_annotation(Ctx *C, Class *c, Stmt *s)
{
    if (s->target->kind != EX_NAME) {
        diag_at(C->src, s->loc, DIAG_ERROR, "only 'name: type' annotations are supported here");
        return;
    }
    if (c->kind == CK_PLAIN || c->kind == CK_SLOTS) {
        diag_at(C->src, s->loc, DIAG_ERROR,
                "class-level annotations are supported in dataclasses and NamedTuples; for "
                "'%s', annotate the assignment in __init__ instead",
                c->name);
        return;
    }
    Field *f = add_field(c, s->target->name, s->loc);
    f->annotation = s->annotation;
    f->default_value = s->value;
    if (s->value && s->value->kind == EX_CALL && name_is(s->value->lhs, "field"))
        f->default_value = field_default(C, f, s->value);
}

static void read_body(Ctx *C, Class *c)
{
    for (int i = 0; i < c->body.len; i++) {
        Stmt *s = VEC_AT(Stmt *, c->body, i);
        if (c->kind == CK_NAMEDTUPLE)
            read_namedtuple(C, c, s);
        else if (s->kind == ST_ASSIGN && s->target->kind == EX_NAME &&
                 strcmp(s->target->name, "__slots__") == 0)
            read_slots(C, c, s);
        else if (s->kind == ST_ANNASSIGN)
            read_annotation(C, c, s);
        else
            diag_at(C->src, s->loc, DIAG_ERROR,
                    "this statement in the body of class '%s' is not supported by slotc (a class body may hold "
                    "methods, field annotations, __slots__ and NAME = value class attributes)",
                    c->name);
    }
}

/* ---- fields from methods -------------------------------------------------- */

static void scan_target(Ctx *C, Class *c, const char *self, Expr *t);

/* self.x = ... (or inside a tuple target) adds x to a class whose attribute
 * set is open, and must name a declared field in one whose set is closed. */
static void scan_target(Ctx *C, Class *c, const char *self, Expr *t)
{
    if (t->kind == EX_TUPLE || t->kind == EX_LIST) {
        for (int i = 0; i < t->items.len; i++)
            scan_target(C, c, self, VEC_AT(Expr *, t->items, i));
        return;
    }
    if (t->kind != EX_ATTR || t->lhs->kind != EX_NAME || strcmp(t->lhs->name, self) != 0)
        return;
    if (class_find_prop(c, t->name))
        return; /* goes through the property's setter (infer.c checks there is one) */
    bool closed = c->has_slots || c->kind == CK_NAMEDTUPLE_TYPED;
    if (!closed || class_find_field(c, t->name)) {
        add_field(c, t->name, t->loc);
        return;
    }
    diag_at(C->src, t->loc, DIAG_ERROR,
            "'%s' object has no attribute '%s': it is not among the class's %s", c->name,
            t->name, c->has_slots ? "__slots__" : "fields");
}

static void scan_block(Ctx *C, Class *c, const char *self, Vec *body)
{
    for (int i = 0; i < body->len; i++) {
        Stmt *s = VEC_AT(Stmt *, *body, i);
        if (s->kind == ST_ASSIGN || s->kind == ST_ANNASSIGN || s->kind == ST_AUGASSIGN)
            scan_target(C, c, self, s->target);
        if (s->kind == ST_FOR)
            scan_target(C, c, self, s->target);
        scan_block(C, c, self, &s->body);
        scan_block(C, c, self, &s->orelse);
        scan_block(C, c, self, &s->handlers);
        scan_block(C, c, self, &s->final);
    }
}

/* @property def x(self) / @x.setter def x(self, value): the getter makes
 * a property, the setter joins the property of the same name. */
static void read_property(Ctx *C, Class *c, Func *f)
{
    Expr *d = VEC_AT(Expr *, f->decorators, 0);
    bool cached = f->decorators.len == 1 && name_is(d, "cached_property");
    bool getter = cached || (f->decorators.len == 1 && d->kind == EX_NAME && strcmp(d->name, "property") == 0);
    bool setter = f->decorators.len == 1 && d->kind == EX_ATTR && strcmp(d->name, "setter") == 0 &&
                  d->lhs->kind == EX_NAME && strcmp(d->lhs->name, f->name) == 0;
    if (!getter && !setter) {
        diag_at(C->src, d->loc, DIAG_ERROR,
                "this decorator is not supported by slotc yet (@property, @name.setter, @cached_property, "
                "@staticmethod and @classmethod are)");
        return;
    }
    if (cached && c->kind != CK_PLAIN) {
        diag_at(C->src, d->loc, DIAG_ERROR,
                "@cached_property needs a plain class: it stores its value in the instance's "
                "__dict__, which a %s '%s' does not have (CPython raises TypeError)",
                class_kind_name(c), c->name);
        return;
    }
    int params = getter ? 1 : 2;
    if (f->params.len != params) {
        diag_at(C->src, f->loc, DIAG_ERROR, "a property %s takes %s", getter ? "getter" : "setter",
                getter ? "only self" : "self and the value");
        return;
    }
    Prop *p = class_find_prop(c, f->name);
    if (getter && !p) {
        p = arena_alloc(sizeof *p);
        p->name = f->name;
        vec_push(&c->props, p);
    }
    if (!p || (getter ? p->getter : p->setter)) {
        diag_at(C->src, f->loc, DIAG_ERROR, "%s for property '%s'", !p ? "a setter without a getter" : "a second definition",
                f->name);
        return;
    }
    f->kind = getter ? FN_GETTER : FN_SETTER;
    if (getter)
        p->getter = f;
    else
        p->setter = f;
    if (cached) { /* a slot for the value and a flag saying it is filled */
        p->cache = add_field(c, f->name, f->loc);
        p->cached = add_field(c, arena_printf("%s_cached", f->name), f->loc);
        p->cached->var.type = type_new(TY_BOOL);
        p->cached->var.type_loc = f->loc;
        p->cached->var.why = "@cached_property";
    }
}

/* The special methods infer.c turns operators into calls of. */
bool class_operator_method(const char *name)
{
    static const char *const names[] = {
        "__add__", "__radd__", "__sub__", "__rsub__", "__mul__", "__rmul__", "__truediv__", "__rtruediv__",
        "__floordiv__", "__rfloordiv__", "__mod__", "__rmod__", "__neg__", "__eq__", "__ne__", "__lt__",
        "__le__", "__gt__", "__ge__", "__len__", "__contains__", "__getitem__", "__setitem__", "__bool__",
        "__call__", "__hash__", "__iadd__", "__isub__", "__imul__", "__itruediv__", "__ifloordiv__", "__imod__"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (strcmp(name, names[i]) == 0)
            return true;
    return false;
}

/* ---- __enter__ and __exit__ --------------------------------------------- */

/* Counts the reads of a name (context) in an expression. */
static bool count_reads(const Expr *e, const void *context)
{
    const char *const *name = context;
    if (e->kind == EX_NAME && strcmp(e->name, name[0]) == 0)
        (*(int *)name[1])++;
    return false;
}

/* Counts the reads of name that only test it against None: `x is None`,
 * `x is not None`, `if x:` and `not x`. */
static bool count_tests(const Expr *e, const void *context)
{
    const char *const *name = context;
    const Expr *x = NULL;
    if (e->kind == EX_COMPARE && e->items.len == 2 && (e->ops[0] == OP_IS || e->ops[0] == OP_IS_NOT) &&
        VEC_AT(Expr *, e->items, 1)->kind == EX_NONE)
        x = VEC_AT(Expr *, e->items, 0);
    else if (e->kind == EX_NOT)
        x = e->lhs;
    if (x && x->kind == EX_NAME && strcmp(x->name, name[0]) == 0)
        (*(int *)name[1])++;
    return false;
}

static void count_in_block(const Vec *body, const char *name, int *reads, int *tests)
{
    const void *r[] = {name, reads}, *t[] = {name, tests};
    for (int i = 0; i < body->len; i++) {
        Stmt *s = VEC_AT(Stmt *, *body, i);
        Expr *parts[] = {s->target, s->value, s->cause};
        for (int k = 0; k < 3; k++) {
            expr_any(parts[k], count_reads, r);
            expr_any(parts[k], count_tests, t);
        }
        bool truth = (s->kind == ST_IF || s->kind == ST_WHILE) && s->value->kind == EX_NAME &&
                     strcmp(s->value->name, name) == 0;
        *tests += truth;
        count_in_block(&s->body, name, reads, tests);
        count_in_block(&s->orelse, name, reads, tests);
        count_in_block(&s->handlers, name, reads, tests);
        count_in_block(&s->final, name, reads, tests);
    }
}

/* __exit__(self, exc_type, exc, tb): slotc passes the exception (or None)
 * as all three, each an Optional[BaseException] whatever its annotation.
 * exc is the exception itself; exc_type and tb may only be tested against
 * None, which gives what CPython's class and traceback give. */
static void read_exit(Ctx *C, Func *f)
{
    if (f->params.len != 4) {
        diag_at(C->src, f->loc, DIAG_ERROR, "__exit__ takes self and three parameters (exc_type, exc, tb)");
        return;
    }
    for (int i = 1; i < 4; i++) {
        Param *p = VEC_AT(Param *, f->params, i);
        Expr *optional = arena_alloc(sizeof *optional), *base = arena_alloc(sizeof *base);
        Expr *item = arena_alloc(sizeof *item);
        Loc loc = p->annotation ? p->annotation->loc : p->loc;
        *optional = (Expr){.kind = EX_NAME, .loc = loc, .name = "Optional"};
        *item = (Expr){.kind = EX_NAME, .loc = loc, .name = "BaseException"};
        *base = (Expr){.kind = EX_INDEX, .loc = loc, .lhs = optional, .rhs = item};
        p->annotation = base;
        int reads = 0, tests = 0;
        count_in_block(&f->body, p->name, &reads, &tests);
        if (i != 2 && reads != tests)
            diag_at(C->src, p->loc, DIAG_ERROR, "slotc passes __exit__'s '%s' only to be tested against None "
                                                "(`%s is None`, `if %s:`); other uses are not supported",
                    p->name, p->name, p->name);
    }
}

static void check_method(Ctx *C, Class *c, Func *f)
{
    if (strcmp(f->name, "__del__") == 0) {
        diag_at(C->src, f->loc, DIAG_ERROR,
                "'__del__' is not supported by slotc: objects are reclaimed by a collector, "
                "which gives no moment at which CPython would call it; release resources "
                "with an explicit close() method instead");
        return;
    }
    if (f->decorators.len) {
        read_property(C, c, f);
        return;
    }
    size_t n = strlen(f->name);
    bool generator_iter = strcmp(f->name, "__iter__") == 0 && f->generator;
    bool text = strcmp(f->name, "__repr__") == 0 || strcmp(f->name, "__str__") == 0; /* infer.c checks them */
    text = text || class_operator_method(f->name) || strcmp(f->name, "__enter__") == 0;
    if (strcmp(f->name, "__exit__") == 0) {
        read_exit(C, f);
        text = true;
    }
    if (strcmp(f->name, "__init__") != 0 && !generator_iter && !text && n > 4 && strncmp(f->name, "__", 2) == 0 &&
        strcmp(f->name + n - 2, "__") == 0)
        diag_at(C->src, f->loc, DIAG_ERROR, "special method '%s' is not supported by slotc yet%s", f->name,
                strcmp(f->name, "__iter__") == 0 ? " (an __iter__ written with 'yield' is)" : "");
    if (f->params.len == 0)
        diag_at(C->src, f->loc, DIAG_ERROR, "method '%s.%s' has no 'self' parameter", c->name, f->name);
}

/* Fields assigned through self, __init__ first so its order wins. */
static void read_methods(Ctx *C, Class *c)
{
    c->init = class_find_method(c, "__init__");
    if (c->init && (c->kind == CK_DATACLASS || c->kind == CK_NAMEDTUPLE_TYPED))
        diag_at(C->src, c->init->loc, DIAG_ERROR,
                "a hand-written __init__ in a %s is not supported by slotc",
                class_kind_name(c));
    for (int i = 0; i < c->methods.len; i++)
        check_method(C, c, VEC_AT(Func *, c->methods, i));
    for (int pass = 0; pass < 2; pass++)
        for (int i = 0; i < c->methods.len; i++) {
            Func *f = VEC_AT(Func *, c->methods, i);
            if ((f == c->init) == (pass == 0) && f->params.len > 0)
                scan_block(C, c, VEC_AT(Param *, f->params, 0)->name, &f->body);
        }
}

/* A hierarchy's classes get preorder ids (a subtree is a range, so
 * isinstance is two comparisons); its root gets the field that holds the
 * id in every object.  Only plain and slotted classes take part. */
static void number_hierarchy(Ctx *C, Class *c, int *id)
{
    if (c->kind != CK_PLAIN && c->kind != CK_SLOTS)
        diag_at(C->src, c->loc, DIAG_ERROR,
                "inheritance with a %s ('%s') is not supported by slotc yet (plain and __slots__ classes are)",
                class_kind_name(c), c->name);
    for (int i = 0; i < c->props.len; i++)
        diag_at(C->src, VEC_AT(Prop *, c->props, i)->getter->loc, DIAG_ERROR,
                "a property in a class hierarchy ('%s') is not supported by slotc yet", c->name);
    if (!c->base) {
        c->tag = arena_alloc(sizeof *c->tag);
        c->tag->var.name = "__class__";
        c->tag->var.cname = "class_id";
        c->tag->c_type = "uint32_t";
        c->tag->var.why = "the class hierarchy";
    }
    c->class_id = ++*id;
    for (int i = 0; i < c->subclasses.len; i++)
        number_hierarchy(C, VEC_AT(Class *, c->subclasses, i), id);
    c->last_id = *id;
}

/* ---- @staticmethod and @classmethod ------------------------------------- */

/* In a classmethod, `cls` names the class itself: cls(...) and cls.NAME. */
static bool rename_cls(const Expr *e, const void *context)
{
    const Func *f = context;
    Expr *x = (Expr *)e;
    if (x->kind == EX_NAME && strcmp(x->name, VEC_AT(Param *, f->params, 0)->name) == 0)
        x->name = f->owner->name;
    return false;
}

static void rename_cls_in(Vec *body, const Func *f)
{
    for (int i = 0; i < body->len; i++) {
        Stmt *s = VEC_AT(Stmt *, *body, i);
        expr_any(s->target, rename_cls, f);
        expr_any(s->value, rename_cls, f);
        expr_any(s->cause, rename_cls, f);
        rename_cls_in(&s->body, f);
        rename_cls_in(&s->orelse, f);
        rename_cls_in(&s->handlers, f);
        rename_cls_in(&s->final, f);
    }
}

/* Static and class methods have no self: they become module functions
 * named "Class.name" (Class_name in C), kept in c->statics for calls
 * through the class or an object.  A classmethod's first parameter is the
 * class itself, which it may only call or read attributes of. */
static void take_static_methods(Ctx *C, Class *c)
{
    int kept = 0;
    for (int i = 0; i < c->methods.len; i++) {
        Func *f = VEC_AT(Func *, c->methods, i);
        Expr *d = f->decorators.len == 1 ? VEC_AT(Expr *, f->decorators, 0) : NULL;
        bool is_static = d && name_is(d, "staticmethod"), is_class = d && name_is(d, "classmethod");
        if (!is_static && !is_class) {
            c->methods.items[kept++] = f;
            continue;
        }
        f->owner = c;
        f->classmethod = is_class;
        f->cls = NULL;
        f->decorators = (Vec){0};
        if (is_class && f->params.len == 0) {
            diag_at(C->src, f->loc, DIAG_ERROR, "classmethod '%s.%s' has no 'cls' parameter", c->name, f->name);
        } else if (is_class) {
            rename_cls_in(&f->body, f);
            memmove(f->params.items, f->params.items + 1, sizeof(void *) * (size_t)--f->params.len);
        }
        vec_push(&c->statics, f);
        vec_push(&C->m->funcs, f);
    }
    c->methods.len = kept;
}

static void build_class(Ctx *C, Class *c)
{
    take_static_methods(C, c);
    read_bases(C, c);
    read_decorators(C, c);
    read_body(C, c);
    read_methods(C, c);
    if (c->exc_base && c->kind != CK_PLAIN && c->kind != CK_SLOTS)
        diag_at(C->src, c->loc, DIAG_ERROR,
                "an exception class that is a %s ('%s') is not supported by slotc (plain and __slots__ classes are)",
                class_kind_name(c), c->name);
}

void classes_build(Module *m)
{
    Ctx C = {m, m->src};
    for (int i = 0; i < m->classes.len; i++)
        for (int j = 0; j < i; j++)
            if (strcmp(VEC_AT(Class *, m->classes, i)->name, VEC_AT(Class *, m->classes, j)->name) == 0)
                diag_at(m->src, VEC_AT(Class *, m->classes, i)->loc, DIAG_ERROR,
                        "class '%s' is defined twice", VEC_AT(Class *, m->classes, i)->name);
    for (int i = 0; i < m->classes.len; i++)
        build_class(&C, VEC_AT(Class *, m->classes, i));
    int id = 0;
    for (int i = 0; i < m->classes.len; i++) {
        Class *c = VEC_AT(Class *, m->classes, i);
        if (!c->base && c->subclasses.len)
            number_hierarchy(&C, c, &id);
    }
    for (int i = 0; i < m->funcs.len; i++) { /* cls would be the subclass a call names */
        Func *f = VEC_AT(Func *, m->funcs, i);
        if (f->classmethod && f->owner->subclasses.len)
            diag_at(m->src, f->loc, DIAG_ERROR,
                    "classmethod '%s.%s' of a class with subclasses is not supported by slotc yet", f->owner->name,
                    f->name);
    }
}
