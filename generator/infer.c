/*
 * infer.c - a type for every field, parameter, local and return value.
 *
 * Types come from annotations first, then from what the module does with a
 * name: default values, literals, operators, the arguments at every call
 * site of a function or constructor (how the seed's unannotated Person gets
 * `name: str, age: int`), `return` statements, attribute writes through
 * any object, and `append` on a list.  Inference walks every function
 * repeatedly until nothing changes (types only ever get more precise, so
 * this ends), then walks once more to report: conflicts (with the place
 * each type came from and the annotation that settles it), names whose type
 * is still unknown, and constructs that are well-formed Python but that
 * slotc does not translate.  Every Expr gets its type for translate.c.
 */
#include "slotc.h"

#include <ctype.h>
#include <string.h>

typedef struct Scope {
    Vec vars; /* of Var */
    struct Scope *parent;
} Scope;

typedef struct Infer {
    Module *m;
    const Source *src;
    Func *func;    /* the function being walked */
    Scope *scope;  /* innermost scope */
    Scope globals; /* the module's globals: every function's outer scope */
    bool changed;  /* a type became more precise in this pass */
    bool report;   /* the final pass: diagnostics on */
} Infer;

static Type *infer_expr(Infer *I, Expr *e);
static Type *infer_condition(Infer *I, Expr *e);
static void infer_block(Infer *I, Vec *body);

static void error(Infer *I, Loc loc, const char *format, ...) __attribute__((format(printf, 3, 4)));
static void error(Infer *I, Loc loc, const char *format, ...)
{
    if (!I->report)
        return;
    va_list ap;
    va_start(ap, format);
    diag_vat(I->src, loc, DIAG_ERROR, format, ap);
    va_end(ap);
}

static void note(Infer *I, Loc loc, const char *format, ...) __attribute__((format(printf, 3, 4)));
static void note(Infer *I, Loc loc, const char *format, ...)
{
    va_list ap;
    va_start(ap, format);
    diag_vat(I->src, loc, DIAG_NOTE, format, ap);
    va_end(ap);
}

static Type *scalar(TypeKind k)
{
    return type_new(k);
}

static bool is_kind(const Type *t, TypeKind k)
{
    return t && t->kind == k;
}

/* "an int", "a list[str]": a type's Python spelling with its article. */
static const char *a_type(const Type *t)
{
    const char *name = type_python(t);
    return arena_printf("%s %s", strchr("aeiouAEIOU", name[0]) ? "an" : "a", name);
}

static bool is_number(const Type *t)
{
    return t && (t->kind == TY_INT || t->kind == TY_FLOAT || t->kind == TY_BOOL);
}

static bool is_sequence(const Type *t)
{
    return t && (t->kind == TY_LIST || t->kind == TY_TUPLE);
}

/* dict keys and set items slotc can hash: numbers, strings, objects (but
 * not of a class that defines __eq__ without __hash__: Python makes those
 * unhashable) */
static bool hashable(const Type *t)
{
    if (is_kind(t, TY_TUPLE)) /* of numbers or strings */
        return !t->item || t->item->kind == TY_UNKNOWN || is_number(t->item) || is_kind(t->item, TY_STR);
    return !t || t->kind == TY_UNKNOWN || is_number(t) || is_kind(t, TY_STR) ||
           (is_kind(t, TY_CLASS) &&
            (!class_find_method(t->cls, "__eq__") || class_find_method(t->cls, "__hash__")));
}

/* Why t cannot be a key. */
static const char *unhashable(const Type *t)
{
    if (is_kind(t, TY_CLASS))
        return arena_printf("unhashable type: '%s' (it defines __eq__ and no __hash__; CPython raises TypeError "
                            "here)",
                            t->cls->name);
    return arena_printf("keys of type %s are not supported by slotc yet", type_python(t));
}

/* ---- merging what is known ----------------------------------------------- */

/* The more precise of two types that agree, NULL when they conflict.  A
 * missing part (the item of `[]`) agrees with anything. */
static Type *merge(Type *a, Type *b, bool *conflict)
{
    if (!type_complete(a) && (!a || a->kind == TY_UNKNOWN))
        return b;
    if (!b || b->kind == TY_UNKNOWN)
        return a;
    /* None and a class make the class's optional pointer */
    if ((a->kind == TY_NONE && b->kind == TY_CLASS) || (a->kind == TY_CLASS && b->kind == TY_NONE)) {
        Class *c = a->kind == TY_CLASS ? a->cls : b->cls;
        return (a->kind == TY_CLASS ? a : b)->optional ? (a->kind == TY_CLASS ? a : b) : type_optional(c);
    }
    if (a->kind == TY_CLASS && b->kind == TY_CLASS && a->cls == b->cls && b->optional && !a->optional)
        return b;
    if (a->kind == TY_CLASS && b->kind == TY_CLASS && a->cls != b->cls && class_common(a->cls, b->cls)) {
        /* a Dog and a Cat are both Animals */
        Class *c = class_common(a->cls, b->cls);
        return a->optional || b->optional ? type_optional(c) : c == a->cls ? a : type_class(c);
    }
    if (a->kind != b->kind || (a->kind == TY_CLASS && a->cls != b->cls)) {
        *conflict = true;
        return NULL;
    }
    if (a->kind == TY_DICT) {
        Type *key = merge(a->item, b->item, conflict);
        Type *value = *conflict ? NULL : merge(a->value, b->value, conflict);
        if (*conflict)
            return NULL;
        return key == a->item && value == a->value ? a : type_dict(key, value);
    }
    if (a->kind == TY_SET || a->kind == TY_DEQUE) {
        Type *item = merge(a->item, b->item, conflict);
        return *conflict ? NULL : item == a->item ? a : a->kind == TY_SET ? type_set(item) : type_deque(item);
    }
    if (a->kind == TY_LIST || a->kind == TY_TUPLE || a->kind == TY_ITER) {
        Type *item = merge(a->item, b->item, conflict);
        if (*conflict)
            return NULL;
        return item == a->item ? a : a->kind == TY_LIST ? type_list(item) : a->kind == TY_TUPLE ? type_tuple(item) : type_iter(item);
    }
    return a;
}

static const char *describe(const Var *v)
{
    return v->why ? arena_printf("%s at line %d", v->why, v->type_loc.line) : "its first use";
}

/* The annotation that would settle a conflict on v. */
static const char *suggestion(const Var *v, const Type *t)
{
    if (strncmp(v->what, "field", 5) == 0)
        return arena_printf("annotate it where it is assigned (for example 'self.%s: %s = ...') to "
                            "say which type it has",
                            v->name, type_python(t));
    return arena_printf("annotate it (for example '%s: %s') to say which type it has", v->name,
                        type_python(t));
}

/* Deeper than any type the source can spell (lower.c stops expressions at
 * 200 levels): only a value built from itself gets here. */
enum { MAX_TYPE_DEPTH = 256 };

static int type_depth(const Type *t)
{
    if (!t)
        return 0;
    int item = type_depth(t->item), value = type_depth(t->value);
    return 1 + (item > value ? item : value);
}

/* Records that v receives a value of type t at loc; why says how ("the
 * argument", "an assignment", ...).  A conflict is reported in the final
 * pass with both origins. */
static void bind(Infer *I, Var *v, Type *t, Loc loc, const char *why)
{
    if (!t)
        return;
    if (type_depth(t) > MAX_TYPE_DEPTH) { /* x = (x,): each pass nests it once more */
        if (I->report && !v->conflict) {
            v->conflict = true;
            error(I, loc, "the type of %s would nest without end: it is built from itself here", v->what);
        }
        return;
    }
    if (is_kind(v->type, TY_FLOAT) && is_kind(t, TY_INT)) {
        error(I, loc,
              "%s is a float (from %s) but receives an int here; CPython would keep the int "
              "and print it without '.0': write a float literal or use float(...)",
              v->what, describe(v));
        return;
    }
    bool conflict = false;
    Type *merged = merge(v->type, t, &conflict);
    if (conflict && (is_kind(t, TY_NONE) || is_kind(v->type, TY_NONE))) {
        if (I->report && !v->conflict) {
            v->conflict = true;
            error(I, loc, "%s is %s (from %s) and receives %s here: None in place of a value that is "
                          "not a class instance is not supported by slotc yet",
                  v->what, type_python(v->type), describe(v), type_python(t));
        }
        return;
    }
    if (conflict) {
        if (I->report && !v->conflict) {
            v->conflict = true;
            error(I, loc, "conflicting types for %s: %s from %s, and %s from %s here", v->what,
                  type_python(v->type), describe(v), type_python(t), why);
            note(I, v->type_loc, "it became %s here; %s", type_python(v->type),
                 suggestion(v, v->type));
        }
        return;
    }
    if (merged != v->type && !type_eq(merged, v->type)) {
        if (!v->type || !v->why) {
            v->type_loc = loc;
            v->why = why;
        }
        v->type = merged;
        I->changed = true;
    }
}

/* Whether receiver is t with t's unknown items known, or its None items
 * made objects-or-None: the type a display takes from what receives it. */
static bool refines(const Type *receiver, const Type *t)
{
    if (!t || t->kind == TY_UNKNOWN)
        return true;
    if (t->kind == TY_NONE)
        return is_kind(receiver, TY_CLASS) && receiver->optional;
    if (!receiver || receiver->kind != t->kind)
        return false;
    if (t->kind == TY_CLASS)
        return receiver->cls == t->cls;
    return refines(receiver->item, t->item) && refines(receiver->value, t->value);
}

static bool is_display(const Expr *e)
{
    return e->kind == EX_LIST || e->kind == EX_TUPLE || e->kind == EX_DICT || e->kind == EX_SET ||
           (e->kind == EX_CALL && e->lhs->kind == EX_NAME && !e->items.len); /* list(), dict(), set() */
}

static void settle(Expr *value, const Type *receiver);

/* The items of a display settle to the receiver's item types: [[], []] as
 * a list[list[str]] makes each [] a list[str]. */
static void settle_items(Expr *display, const Type *receiver)
{
    for (int i = 0; display->kind != EX_CALL && i < display->items.len; i++) {
        bool is_value = display->kind == EX_DICT && i % 2 == 1; /* a dict's items are key, value, ... */
        settle(VEC_AT(Expr *, display->items, i), is_value ? receiver->value : receiver->item);
    }
}

/* A display takes the type of what receives it, once known: `xs = []`
 * followed by `xs.append(1)` makes the literal a list[int]; so does
 * `[None] * n` received as a list[Optional[Node]]. */
static void settle(Expr *value, const Type *receiver)
{
    if (value && value->kind == EX_TUPLE && is_kind(receiver, TY_CLASS) && receiver->cls->tuple &&
        receiver->cls->fields.len == value->items.len && !type_complete(value->type)) {
        /* (-1, []) where a tuple[int, list[str]] is expected: each item settles */
        bool fits = true;
        for (int k = 0; k < value->items.len; k++) {
            Expr *x = VEC_AT(Expr *, value->items, k);
            const Type *t = VEC_AT(Field *, receiver->cls->fields, k)->var.type;
            settle(x, t);
            fits = fits && x->type && type_eq(x->type, t);
        }
        if (fits)
            value->type = (Type *)receiver;
        return;
    }
    if (value && value->kind == EX_BINARY && value->op == OP_MUL && is_kind(value->type, TY_LIST) &&
        type_complete(receiver) && refines(receiver, value->type)) { /* [x] * n, n * [x] */
        settle(is_kind(value->lhs->type, TY_LIST) ? value->lhs : value->rhs, receiver);
        value->type = (Type *)receiver;
        return;
    }
    if (!value || !is_display(value) || !value->type || !type_complete(receiver) || type_eq(receiver, value->type))
        return;
    if (type_complete(value->type) ? refines(receiver, value->type) : receiver->kind == value->type->kind) {
        value->type = (Type *)receiver;
        settle_items(value, receiver);
    }
}

/* An empty list or tuple whose items are never seen: any item type gives
 * the same program, and slotc picks int.  Changes t in place. */
static void default_items(Type *t)
{
    while (t && (t->kind == TY_LIST || t->kind == TY_TUPLE || t->kind == TY_SET || t->kind == TY_DICT ||
                 t->kind == TY_DEQUE)) {
        if (!t->item || t->item->kind == TY_UNKNOWN)
            t->item = type_new(TY_INT);
        if (t->kind == TY_DICT && (!t->value || t->value->kind == TY_UNKNOWN))
            t->value = type_new(TY_INT);
        default_items(t->value);
        t = t->item;
    }
}

/* ---- annotations ---------------------------------------------------------- */

static Type *annotation_type(Infer *I, Expr *a);
static Type *tuple_record(Infer *I, Type **types, int n, Loc loc);
static void bind_target(Infer *I, Expr *target, Type *t, const char *why);
static void container_arg(Infer *I, Expr *call, int i, const Type *t);

/* list[T] / List[T] / tuple[T, ...] / Tuple[T, ...] */
static Type *generic_type(Infer *I, Expr *a)
{
    const char *base = a->lhs->name;
    Expr *arg = a->rhs;
    bool is_list = strcmp(base, "list") == 0 || strcmp(base, "List") == 0;
    bool is_tuple = strcmp(base, "tuple") == 0 || strcmp(base, "Tuple") == 0;
    bool is_iter = strcmp(base, "Iterator") == 0 || strcmp(base, "Iterable") == 0;
    if (is_list && arg->kind != EX_TUPLE) {
        Type *item = annotation_type(I, arg);
        return item ? type_list(item) : NULL;
    }
    if ((strcmp(base, "set") == 0 || strcmp(base, "Set") == 0) && arg->kind != EX_TUPLE) {
        Type *item = annotation_type(I, arg);
        return item ? type_set(item) : NULL;
    }
    if ((strcmp(base, "deque") == 0 || strcmp(base, "Deque") == 0) && arg->kind != EX_TUPLE) {
        Type *item = annotation_type(I, arg);
        return item ? type_deque(item) : NULL;
    }
    if ((strcmp(base, "dict") == 0 || strcmp(base, "Dict") == 0) && arg->kind == EX_TUPLE && arg->items.len == 2) {
        Type *key = annotation_type(I, VEC_AT(Expr *, arg->items, 0));
        Type *value = annotation_type(I, VEC_AT(Expr *, arg->items, 1));
        return key && value ? type_dict(key, value) : NULL;
    }
    if (is_iter && arg->kind != EX_TUPLE) {
        Type *item = annotation_type(I, arg);
        return item ? type_iter(item) : NULL;
    }
    if (strcmp(base, "Generator") == 0 && arg->kind == EX_TUPLE && arg->items.len == 3 &&
        VEC_AT(Expr *, arg->items, 1)->kind == EX_NONE && VEC_AT(Expr *, arg->items, 2)->kind == EX_NONE) {
        Type *item = annotation_type(I, VEC_AT(Expr *, arg->items, 0));
        return item ? type_iter(item) : NULL;
    }
    if (is_tuple && arg->kind == EX_TUPLE && arg->items.len == 2 &&
        VEC_AT(Expr *, arg->items, 1)->kind == EX_NAME &&
        strcmp(VEC_AT(Expr *, arg->items, 1)->name, "...") == 0) {
        Type *item = annotation_type(I, VEC_AT(Expr *, arg->items, 0));
        return item ? type_tuple(item) : NULL;
    }
    if (is_tuple && arg->kind == EX_TUPLE) { /* tuple[int, int] is tuple[int, ...]; tuple[str, int] a record */
        int n = arg->items.len;
        Type **types = arena_alloc(sizeof(Type *) * (size_t)(n + 1));
        bool same = true;
        for (int k = 0; k < n; k++) {
            if (!(types[k] = annotation_type(I, VEC_AT(Expr *, arg->items, k))))
                return NULL;
            same = same && type_eq(types[k], types[0]);
        }
        return same ? type_tuple(types[0]) : tuple_record(I, types, n, a->loc);
    }
    error(I, a->loc, "the annotation '%s[...]' is not supported by slotc yet", base);
    return NULL;
}

/* A forward reference: "Node", "Node | None", "None | Node" or
 * "Optional[Node]", naming a class of the module. */
static Type *forward_reference(Infer *I, Expr *a)
{
    char name[256];
    size_t n = 0;
    for (const char *p = a->sval; *p && n + 1 < sizeof name; p++)
        if (*p != ' ')
            name[n++] = *p;
    name[n] = '\0';
    bool optional = false;
    char *bar = strchr(name, '|');
    if (bar && strcmp(bar, "|None") == 0)
        *bar = '\0', optional = true;
    else if (strncmp(name, "None|", 5) == 0)
        memmove(name, name + 5, strlen(name + 5) + 1), optional = true;
    else if (strncmp(name, "Optional[", 9) == 0 && name[strlen(name) - 1] == ']')
        name[strlen(name) - 1] = '\0', memmove(name, name + 9, strlen(name + 9) + 1), optional = true;
    Class *c = module_find_class(I->m, name);
    if (!c) {
        error(I, a->loc, "the annotation \"%s\" does not name a class of this module", a->sval);
        return NULL;
    }
    return optional ? type_optional(c) : type_class(c);
}

/* Optional[T] / T | None: a class's pointer that may be NULL. */
static Type *optional_type(Infer *I, Expr *a, Type *t)
{
    if (!t)
        return NULL;
    if (t->kind != TY_CLASS) {
        error(I, a->loc, "Optional[%s] is not supported by slotc yet (only classes may be None)",
              type_python(t));
        return NULL;
    }
    return type_optional(t->cls);
}

/* typing.Annotated[T, metadata...] */
static bool is_annotated(const Expr *a)
{
    return a && a->kind == EX_INDEX && a->lhs->kind == EX_NAME && strcmp(a->lhs->name, "Annotated") == 0 &&
           a->rhs->kind == EX_TUPLE && a->rhs->items.len >= 2;
}

/* The type an annotation names; NULL (and a diagnostic) if unsupported. */
static Type *annotation_type(Infer *I, Expr *a)
{
    if (a->kind == EX_NONE)
        return scalar(TY_NONE);
    if (a->kind == EX_NAME) {
        static const struct {
            const char *name;
            TypeKind kind;
        } names[] = {{"int", TY_INT}, {"float", TY_FLOAT}, {"bool", TY_BOOL}, {"str", TY_STR}, {"range", TY_RANGE}};
        for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
            if (strcmp(a->name, names[i].name) == 0)
                return scalar(names[i].kind);
        Class *c = module_find_class(I->m, a->name);
        if (!c)
            c = class_builtin_exception(I->m, a->name);
        if (c)
            return type_class(c);
    }
    if (is_annotated(a)) /* Annotated[T, ...] is a T; narrow_field reads the rest */
        return annotation_type(I, VEC_AT(Expr *, a->rhs->items, 0));
    if (a->kind == EX_INDEX && a->lhs->kind == EX_NAME && strcmp(a->lhs->name, "Optional") == 0)
        return optional_type(I, a, annotation_type(I, a->rhs));
    if (a->kind == EX_BINARY && a->op == OP_BITOR && (a->rhs->kind == EX_NONE || a->lhs->kind == EX_NONE))
        return optional_type(I, a, annotation_type(I, a->rhs->kind == EX_NONE ? a->lhs : a->rhs));
    if (a->kind == EX_INDEX && a->lhs->kind == EX_NAME)
        return generic_type(I, a);
    if (a->kind == EX_STR)
        return forward_reference(I, a);
    error(I, a->loc, "this type annotation is not supported by slotc");
    return NULL;
}

/* ---- names ---------------------------------------------------------------- */

static Var *scope_find(Scope *s, const char *name)
{
    for (; s; s = s->parent)
        for (int i = 0; i < s->vars.len; i++)
            if (strcmp(VEC_AT(Var *, s->vars, i)->name, name) == 0)
                return VEC_AT(Var *, s->vars, i);
    return NULL;
}

static Var *new_var(Scope *s, const char *name, Loc loc, const char *what)
{
    Var *v = arena_alloc(sizeof *v);
    v->name = name;
    v->what = arena_printf("%s '%s'", what, name);
    v->cname = c_ident(name);
    v->loc = loc;
    vec_push(&s->vars, v);
    return v;
}

/* Python's rule: a name assigned anywhere in a function is local to it. */
static void declare_target(Scope *s, Expr *t, const char *what)
{
    Scope local = {s->vars, NULL}; /* only this scope: a comprehension's names are its own */
    if (t->kind == EX_NAME && !scope_find(&local, t->name))
        new_var(s, t->name, t->loc, what);
    if (t->kind == EX_TUPLE || t->kind == EX_LIST)
        for (int i = 0; i < t->items.len; i++)
            declare_target(s, VEC_AT(Expr *, t->items, i), what);
}

static void declare_block(Scope *s, Vec *body, const char *what)
{
    for (int i = 0; i < body->len; i++) {
        Stmt *st = VEC_AT(Stmt *, *body, i);
        if ((st->kind == ST_ASSIGN || st->kind == ST_ANNASSIGN || st->kind == ST_FOR ||
             st->kind == ST_AUGASSIGN || st->kind == ST_WITH) &&
            st->target)
            declare_target(s, st->target, what);
        declare_block(s, &st->body, what);
        declare_block(s, &st->orelse, what);
        declare_block(s, &st->handlers, what); /* an `except ... as e` name is the handler's own */
        declare_block(s, &st->final, what);
    }
}

static bool arity(Infer *I, Expr *call, int lo, int hi, const char *name);
static Type *arg_type(Infer *I, Expr *call, int i);

/* ---- the math module ----------------------------------------------------- */

typedef struct MathFn {
    const char *name;
    int args;           /* 0 for a constant */
    TypeKind result;
    const char *c;      /* the C function, or the constant's value */
} MathFn;

static const MathFn math_fns[] = {
    {"sqrt", 1, TY_FLOAT, "slot_math_sqrt"}, {"exp", 1, TY_FLOAT, "slot_math_exp"},
    {"log", 1, TY_FLOAT, "slot_math_log"},   {"sin", 1, TY_FLOAT, "slot_math_sin"},
    {"cos", 1, TY_FLOAT, "slot_math_cos"},   {"tan", 1, TY_FLOAT, "slot_math_tan"},
    {"fabs", 1, TY_FLOAT, "fabs"},           {"floor", 1, TY_INT, "slot_math_floor"},
    {"ceil", 1, TY_INT, "slot_math_ceil"},   {"hypot", 2, TY_FLOAT, "hypot"},
    {"atan2", 2, TY_FLOAT, "atan2"},         {"pi", 0, TY_FLOAT, "3.141592653589793"},
    {"e", 0, TY_FLOAT, "2.718281828459045"}, {"tau", 0, TY_FLOAT, "6.283185307179586"},
    {"inf", 0, TY_FLOAT, "INFINITY"},        {"nan", 0, TY_FLOAT, "NAN"},
};

/* math.name (qualified) or a name taken with `from math import`; NULL if e
 * is neither (or the name is a local variable). */
static const MathFn *math_ref(Infer *I, const Expr *e)
{
    const char *name = NULL;
    if (e->kind == EX_ATTR && e->lhs->kind == EX_NAME && strcmp(e->lhs->name, "math") == 0 &&
        I->m->imports_math && !scope_find(I->scope, "math"))
        name = e->name;
    for (int i = 0; e->kind == EX_NAME && i < I->m->math_names.len; i++)
        if (strcmp(VEC_AT(const char *, I->m->math_names, i), e->name) == 0 && !scope_find(I->scope, e->name))
            name = e->name;
    if (!name)
        return NULL;
    for (size_t i = 0; i < sizeof math_fns / sizeof math_fns[0]; i++)
        if (strcmp(math_fns[i].name, name) == 0)
            return &math_fns[i];
    error(I, e->loc, "math.%s is not supported by slotc yet", name);
    return &math_fns[0];
}

/* math.f(x, ...): numbers in; a float (an int for floor and ceil) out. */
static Type *call_math(Infer *I, Expr *call, const MathFn *fn)
{
    if (!arity(I, call, fn->args, fn->args, fn->name))
        return NULL;
    for (int i = 0; i < call->items.len; i++) {
        Type *t = arg_type(I, call, i);
        if (t && !is_number(t))
            error(I, VEC_AT(Expr *, call->items, i)->loc, "math.%s() takes numbers, not %s", fn->name,
                  type_python(t));
    }
    call->math = fn->c;
    return scalar(fn->result);
}

/* ---- the random module --------------------------------------------------- */

/* module.name (qualified, after `import module`) or a name taken with
 * `from module import`: the name, or NULL if e is neither (or the name is a
 * local variable). */
static const char *module_ref(Infer *I, const Expr *e, const char *module, bool imported, const Vec *names)
{
    if (e->kind == EX_ATTR && e->lhs->kind == EX_NAME && strcmp(e->lhs->name, module) == 0 && imported &&
        !scope_find(I->scope, module))
        return e->name;
    for (int i = 0; e->kind == EX_NAME && i < names->len; i++)
        if (strcmp(VEC_AT(const char *, *names, i), e->name) == 0 && !scope_find(I->scope, e->name))
            return e->name;
    return NULL;
}

static const char *random_ref(Infer *I, const Expr *e)
{
    return module_ref(I, e, "random", I->m->imports_random, &I->m->random_names);
}

static const char *heapq_ref(Infer *I, const Expr *e)
{
    return module_ref(I, e, "heapq", I->m->imports_heapq, &I->m->heapq_names);
}

static const char *time_ref(Infer *I, const Expr *e)
{
    return module_ref(I, e, "time", I->m->imports_time, &I->m->time_names);
}

/* time.time(), perf_counter(), monotonic(), process_time() (floats of
 * seconds) and sleep(seconds).  What they measure differs from run to run,
 * so a program compared with CPython must not print it. */
static Type *call_time(Infer *I, Expr *call, const char *name)
{
    static const char *clocks[] = {"time", "perf_counter", "monotonic", "process_time"};
    for (size_t i = 0; i < sizeof clocks / sizeof clocks[0]; i++)
        if (strcmp(name, clocks[i]) == 0) {
            call->time = clocks[i];
            return arity(I, call, 0, 0, arena_printf("time.%s", name)) ? scalar(TY_FLOAT) : NULL;
        }
    if (strcmp(name, "sleep") != 0) {
        error(I, call->lhs->loc, "time.%s() is not supported by slotc (time(), perf_counter(), monotonic(), "
                                 "process_time() and sleep() are)", name);
        return NULL;
    }
    call->time = "sleep";
    if (!arity(I, call, 1, 1, "time.sleep"))
        return NULL;
    Type *t = arg_type(I, call, 0);
    if (t && !is_kind(t, TY_INT) && !is_kind(t, TY_FLOAT))
        error(I, call->loc, "time.sleep() takes a number of seconds");
    return scalar(TY_NONE);
}

static const char *sys_ref(Infer *I, const Expr *e)
{
    return module_ref(I, e, "sys", I->m->imports_sys, &I->m->sys_names);
}

/* ---- the sys module -------------------------------------------------------- */

/* sys.stdout or sys.stderr (or the name imported from sys): "stdout",
 * "stderr", or NULL. */
static const char *sys_stream(Infer *I, const Expr *e)
{
    const char *name = sys_ref(I, e);
    return name && (strcmp(name, "stdout") == 0 || strcmp(name, "stderr") == 0) ? name : NULL;
}

/* sys.argv, the one attribute of sys used as a value: a list of str. */
static Type *sys_value(Infer *I, Expr *e, const char *name)
{
    if (strcmp(name, "argv") != 0) {
        error(I, e->loc, "sys.%s is not supported by slotc (sys.argv, sys.exit(), sys.stdout.write() and "
                         "sys.stderr.write() are)", name);
        return NULL;
    }
    e->sys = "argv";
    return type_list(scalar(TY_STR));
}

/* sys.exit([code]), stream.write(text), stream.flush(): NULL when call is
 * none of these. */
static bool call_sys(Infer *I, Expr *call, Type **result)
{
    Expr *callee = call->lhs;
    const char *stream = callee->kind == EX_ATTR ? sys_stream(I, callee->lhs) : NULL;
    const char *name = stream ? callee->name : sys_ref(I, callee);
    if (!name)
        return false;
    *result = NULL;
    for (int k = 0; k < call->keywords.len; k++)
        error(I, VEC_AT(Keyword *, call->keywords, k)->loc, "this call takes no keyword arguments");
    if (!stream && strcmp(name, "exit") == 0) {
        if (!arity(I, call, 0, 1, "sys.exit"))
            return true;
        Type *t = call->items.len ? arg_type(I, call, 0) : NULL;
        if (t && !is_kind(t, TY_INT) && !is_kind(t, TY_BOOL) && !is_kind(t, TY_STR) && !is_kind(t, TY_NONE))
            error(I, call->loc, "sys.exit() takes an int, a str or None here, not %s", type_python(t));
        call->sys = "exit";
        *result = scalar(TY_NONE);
    } else if (stream && (strcmp(name, "write") == 0 || (strcmp(name, "flush") == 0))) {
        bool write = name[0] == 'w';
        if (!arity(I, call, write, write, arena_printf("sys.%s.%s", stream, name)))
            return true;
        Type *t = write ? arg_type(I, call, 0) : NULL;
        if (t && !is_kind(t, TY_STR))
            error(I, call->loc, "sys.%s.write() takes a str, not %s", stream, type_python(t));
        call->sys = arena_printf("%s.%s", stream, name);
        *result = scalar(write ? TY_INT : TY_NONE);
    } else {
        error(I, callee->loc, "%s%s() is not supported by slotc", stream ? arena_printf("sys.%s.", stream) : "sys.",
              name);
    }
    return true;
}

/* ---- the heapq module ------------------------------------------------------ */

/* heapq.f(heap, ...): heappush, heappop, heapify, heappushpop and
 * heapreplace on a list whose items can be ordered (runtime/heap.c, CPython's
 * algorithm, so equal keys come out in CPython's order). */
/* heapq.nsmallest(n, xs, key=f) is sorted(xs, key=f)[:n], as its
 * documentation says; nlargest sorts with reverse=True.  call becomes that
 * expression. */
static Type *heapq_select(Infer *I, Expr *call, bool largest)
{
    if (!arity(I, call, 2, 2, largest ? "heapq.nlargest" : "heapq.nsmallest"))
        return NULL;
    for (int k = 0; k < call->keywords.len; k++)
        if (strcmp(VEC_AT(Keyword *, call->keywords, k)->name, "key") != 0) {
            error(I, VEC_AT(Keyword *, call->keywords, k)->loc, "heapq.%s() takes key= only",
                  largest ? "nlargest" : "nsmallest");
            return NULL;
        }
    Expr *sorted = arena_alloc(sizeof *sorted), *fn = arena_alloc(sizeof *fn), *slice = arena_alloc(sizeof *slice);
    *fn = (Expr){.kind = EX_NAME, .loc = call->loc, .name = "sorted", .start = call->start, .end = call->end};
    *sorted = (Expr){.kind = EX_CALL, .loc = call->loc, .lhs = fn, .keywords = call->keywords,
                     .start = call->start, .end = call->end};
    vec_push(&sorted->items, VEC_AT(Expr *, call->items, 1));
    if (largest) {
        Keyword *reverse = arena_alloc(sizeof *reverse);
        reverse->name = "reverse";
        reverse->loc = call->loc;
        reverse->value = arena_alloc(sizeof(Expr));
        *reverse->value = (Expr){.kind = EX_TRUE, .loc = call->loc, .start = call->start, .end = call->end};
        sorted->keywords = (Vec){0};
        for (int k = 0; k < call->keywords.len; k++)
            vec_push(&sorted->keywords, VEC_AT(Keyword *, call->keywords, k));
        vec_push(&sorted->keywords, reverse);
    }
    *slice = (Expr){.kind = EX_SLICE, .loc = call->loc, .rhs = VEC_AT(Expr *, call->items, 0),
                    .start = call->start, .end = call->end};
    *call = (Expr){.kind = EX_INDEX, .loc = call->loc, .lhs = sorted, .rhs = slice, .start = call->start,
                   .end = call->end, .repr = call->repr, .convert = call->convert, .format = call->format};
    return infer_expr(I, call);
}

static Type *call_heapq(Infer *I, Expr *call, const char *name)
{
    static const char *fns[] = {"heappush", "heappop", "heapify", "heappushpop", "heapreplace"};
    if (strcmp(name, "nsmallest") == 0 || strcmp(name, "nlargest") == 0)
        return heapq_select(I, call, name[1] == 'l');
    size_t i = 0;
    while (i < sizeof fns / sizeof fns[0] && strcmp(fns[i], name) != 0)
        i++;
    if (i == sizeof fns / sizeof fns[0]) {
        error(I, call->lhs->loc, "heapq.%s() is not supported by slotc", name);
        return NULL;
    }
    bool item = strcmp(name, "heappop") != 0 && strcmp(name, "heapify") != 0;
    for (int k = 0; k < call->keywords.len; k++)
        error(I, VEC_AT(Keyword *, call->keywords, k)->loc, "heapq.%s() takes no keyword arguments", name);
    if (!arity(I, call, item ? 2 : 1, item ? 2 : 1, arena_printf("heapq.%s", name)))
        return NULL;
    call->heapq = fns[i];
    Expr *heap = VEC_AT(Expr *, call->items, 0);
    Type *h = infer_expr(I, heap);
    if (item) { /* an empty list takes the type of what is pushed */
        Type *x = arg_type(I, call, 1);
        if (x && h && (heap->kind == EX_NAME || heap->kind == EX_ATTR) && !type_complete(h)) {
            bind_target(I, heap, type_list(x), arena_printf("the heapq.%s", name));
            h = infer_expr(I, heap);
        }
        if (h && is_kind(h, TY_LIST))
            container_arg(I, call, 1, h->item);
    }
    if (h && !is_kind(h, TY_LIST)) {
        error(I, heap->loc, "heapq.%s() takes a list, not %s", name, type_python(h));
        return NULL;
    }
    if (h && type_complete(h->item) && !type_orderable(h->item))
        error(I, call->loc, "heapq.%s() needs items that can be ordered; %s cannot", name, type_python(h->item));
    if (strcmp(name, "heappush") == 0 || strcmp(name, "heapify") == 0)
        return scalar(TY_NONE);
    return h ? h->item : NULL;
}

/* Argument i of random.name(), which must be an int (a bool is one). */
static void random_int_arg(Infer *I, Expr *call, int i, const char *name)
{
    Type *t = arg_type(I, call, i);
    if (t && !is_kind(t, TY_INT) && !is_kind(t, TY_BOOL))
        error(I, VEC_AT(Expr *, call->items, i)->loc, "random.%s() takes an int here, not %s", name,
              type_python(t));
}

/* The population of random.choice() or random.sample(): a list, a tuple,
 * or (for choice) a str. */
static Type *random_sequence(Infer *I, Expr *call, const char *name, bool str)
{
    Expr *arg = VEC_AT(Expr *, call->items, 0);
    Type *t = infer_expr(I, arg);
    if (!t || is_sequence(t) || (str && is_kind(t, TY_STR)))
        return t;
    error(I, arg->loc, "random.%s() takes a list%s here, not %s", name, str ? ", a tuple or a str" : " or a tuple",
          type_python(t));
    return NULL;
}

/* random.f(...): the functions of Lib/random.py slotc draws as CPython
 * does (runtime/random.c), typed by what they return. */
static Type *call_random(Infer *I, Expr *call, const char *name)
{
    static const struct {
        const char *name;
        int min, max;
    } fns[] = {
        {"seed", 0, 1},      {"random", 0, 0},  {"getrandbits", 1, 1}, {"randrange", 1, 3}, {"randint", 2, 2},
        {"uniform", 2, 2},   {"choice", 1, 1},  {"shuffle", 1, 1},     {"sample", 2, 2},
        {"expovariate", 1, 1},
    };
    size_t i = 0;
    while (i < sizeof fns / sizeof fns[0] && strcmp(fns[i].name, name) != 0)
        i++;
    if (i == sizeof fns / sizeof fns[0]) {
        error(I, call->lhs->loc, "random.%s() is not supported by slotc", name);
        return NULL;
    }
    for (int k = 0; strcmp(name, "sample") == 0 && call->items.len == 1 && k < call->keywords.len; k++) {
        Keyword *kw = VEC_AT(Keyword *, call->keywords, k);
        if (strcmp(kw->name, "k") != 0)
            continue;
        /* sample(population, k=n) is sample(population, n) */
        vec_push(&call->items, kw->value);
        for (int j = k + 1; j < call->keywords.len; j++)
            call->keywords.items[j - 1] = call->keywords.items[j];
        call->keywords.len--;
    }
    for (int k = 0; k < call->keywords.len; k++)
        error(I, VEC_AT(Keyword *, call->keywords, k)->loc,
              "random.%s() with the keyword '%s' is not supported by slotc", name,
              VEC_AT(Keyword *, call->keywords, k)->name);
    if (!arity(I, call, fns[i].min, fns[i].max, arena_printf("random.%s", name)))
        return NULL;
    call->random = fns[i].name;
    if (strcmp(name, "random") == 0)
        return scalar(TY_FLOAT);
    if (strcmp(name, "uniform") == 0 || strcmp(name, "expovariate") == 0) {
        for (int k = 0; k < call->items.len; k++) {
            Type *t = arg_type(I, call, k);
            if (t && !is_number(t))
                error(I, VEC_AT(Expr *, call->items, k)->loc, "random.%s() takes numbers, not %s", name,
                      type_python(t));
        }
        return scalar(TY_FLOAT);
    }
    if (strcmp(name, "choice") == 0) {
        Type *t = random_sequence(I, call, name, true);
        return is_kind(t, TY_STR) ? t : t ? t->item : NULL;
    }
    if (strcmp(name, "shuffle") == 0) {
        Expr *arg = VEC_AT(Expr *, call->items, 0);
        Type *t = infer_expr(I, arg);
        if (t && !is_kind(t, TY_LIST))
            error(I, arg->loc, "random.shuffle() takes a list here, not %s", type_python(t));
        return scalar(TY_NONE);
    }
    if (strcmp(name, "sample") == 0) {
        Type *t = random_sequence(I, call, name, false);
        random_int_arg(I, call, 1, name);
        return t ? type_list(t->item) : NULL;
    }
    if (strcmp(name, "seed") == 0 && call->items.len) {
        Type *t = arg_type(I, call, 0);
        if (t && !is_kind(t, TY_INT) && !is_kind(t, TY_BOOL))
            error(I, VEC_AT(Expr *, call->items, 0)->loc,
                  "random.seed() of a %s is not supported by slotc (seed it with an int)", type_python(t));
        return scalar(TY_NONE);
    }
    for (int k = 0; k < call->items.len; k++) /* getrandbits, randrange, randint */
        random_int_arg(I, call, k, name);
    return scalar(TY_INT);
}

/* ---- calls ---------------------------------------------------------------- */

/* Binds a call's arguments to parameters (or fields); reports arity errors. */
static void bind_arguments(Infer *I, Expr *call, Var **params, Expr **defaults, int n,
                           const char *callee)
{
    bool *given = arena_alloc(sizeof(bool) * (size_t)(n + 1));
    if (call->items.len > n)
        error(I, call->loc, "%s takes %d argument%s but %d were given", callee, n,
              n == 1 ? "" : "s", call->items.len);
    for (int i = 0; i < call->items.len && i < n; i++) {
        Expr *arg = VEC_AT(Expr *, call->items, i);
        bind(I, params[i], infer_expr(I, arg), arg->loc,
             "the argument");
        settle(arg, params[i]->type);
        given[i] = true;
    }
    for (int k = 0; k < call->keywords.len; k++) {
        Keyword *kw = VEC_AT(Keyword *, call->keywords, k);
        int i = 0;
        while (i < n && strcmp(params[i]->name, kw->name) != 0)
            i++;
        Type *t = infer_expr(I, kw->value);
        if (i == n) {
            error(I, kw->loc, "%s got an unexpected keyword argument '%s'", callee, kw->name);
            continue;
        }
        bind(I, params[i], t, kw->loc, "the argument");
        settle(kw->value, params[i]->type);
        given[i] = true;
    }
    for (int i = 0; i < n; i++)
        if (!given[i] && !defaults[i])
            error(I, call->loc, "%s is missing the argument '%s'", callee, params[i]->name);
}

/* A user function or method: its parameters (without self) as Vars. */
static Type *call_function(Infer *I, Expr *call, Func *f, int skip)
{
    int n = f->params.len - skip;
    Var **params = arena_alloc(sizeof(Var *) * (size_t)(n + 1));
    Expr **defaults = arena_alloc(sizeof(Expr *) * (size_t)(n + 1));
    for (int i = 0; i < n; i++) {
        Param *p = VEC_AT(Param *, f->params, i + skip);
        params[i] = p->var;
        defaults[i] = p->default_value;
    }
    call->callee = f;
    bind_arguments(I, call, params, defaults, n,
                   f->cls ? arena_printf("%s.%s()", f->cls->name, f->name)
                          : arena_printf("%s()", f->name));
    return f->result->type;
}

/* E(args...) for a built-in exception class, and for a user one without
 * __init__: any positional arguments, kept as text (str() of the only
 * one, repr() of each). */
static Type *call_exception(Infer *I, Expr *call, Class *c)
{
    call->cls = c;
    for (int k = 0; k < call->keywords.len; k++)
        error(I, VEC_AT(Keyword *, call->keywords, k)->loc, "%s() takes no keyword arguments", c->name);
    for (int i = 0; i < call->items.len; i++) {
        Type *t = arg_type(I, call, i);
        if (is_kind(t, TY_ITER) || is_kind(t, TY_FILE))
            error(I, VEC_AT(Expr *, call->items, i)->loc,
                  "a %s as an exception's argument is not supported by slotc (CPython shows its address)",
                  type_python(t));
    }
    return type_class(c);
}

/* C(...): __init__'s parameters for a class, the fields for a record. */
static Type *call_class(Infer *I, Expr *call, Class *c)
{
    call->cls = c;
    if (class_is_exception(c) && !c->init)
        return call_exception(I, call, c);
    if (c->kind == CK_PLAIN || c->kind == CK_SLOTS) {
        if (c->init)
            call_function(I, call, c->init, 1);
        else if (call->items.len || call->keywords.len)
            error(I, call->loc, "%s() takes no arguments", c->name);
        return type_class(c);
    }
    int n = c->fields.len;
    Var **params = arena_alloc(sizeof(Var *) * (size_t)(n + 1));
    Expr **defaults = arena_alloc(sizeof(Expr *) * (size_t)(n + 1));
    for (int i = 0; i < n; i++) {
        Field *f = VEC_AT(Field *, c->fields, i);
        params[i] = &f->var;
        defaults[i] = f->default_value;
    }
    bind_arguments(I, call, params, defaults, n, arena_printf("%s()", c->name));
    return type_class(c);
}

/* e becomes list(e): its items in a list, where a list is needed. */
static void wrap_in_list(Expr *e)
{
    Expr *x = arena_alloc(sizeof *x), *callee = arena_alloc(sizeof *callee);
    *x = *e;
    *callee = (Expr){.kind = EX_NAME, .loc = x->loc, .name = "list", .start = x->start, .end = x->end};
    *e = (Expr){.kind = EX_CALL, .loc = x->loc, .lhs = callee, .start = x->start, .end = x->end};
    vec_push(&e->items, x);
}

/* A deque where its items are read as a list's (a loop, `in`, len(),
 * list(), sorted() ...): e becomes the view d.items of type list[T]
 * (translate: &d->items), which the runtime's list functions take. */
static void deque_items(Expr *e)
{
    if (!is_kind(e->type, TY_DEQUE))
        return;
    Expr *d = arena_alloc(sizeof *d);
    *d = *e;
    *e = (Expr){.kind = EX_ATTR, .loc = d->loc, .lhs = d, .name = DEQUE_ITEMS, .type = type_list(d->type->item),
                .start = d->start, .end = d->end};
}

/* The iterator a class's __iter__ returns, if it has one. */
static Type *class_iterator(const Class *c)
{
    Func *f = class_find_method(c, "__iter__");
    return f && f->result && is_kind(f->result->type, TY_ITER) ? f->result->type : NULL;
}

static bool is_range_call(Infer *I, const Expr *e);

/* The type of the items of an iterable, or NULL with a diagnostic. */
static Type *item_type(Infer *I, Expr *iterable, Type *t)
{
    if (is_kind(t, TY_RANGE))
        return scalar(TY_INT);
    if (is_kind(t, TY_DEQUE)) {
        deque_items(iterable);
        return t->item;
    }
    if (is_sequence(t) || is_kind(t, TY_ITER) || is_kind(t, TY_SET) || is_kind(t, TY_DICT))
        return t->item; /* a dict's keys */
    if (is_kind(t, TY_FILE) || is_kind(t, TY_STR))
        return scalar(TY_STR); /* lines, characters */
    if (is_kind(t, TY_CLASS) && class_find_method(t->cls, "__iter__"))
        return class_iterator(t->cls) ? class_iterator(t->cls)->item : NULL;
    if (t)
        error(I, iterable->loc, "iterating over a %s is not supported by slotc", type_python(t));
    return NULL;
}

/* range(...) called directly: iterable where a loop or a consumer takes
 * its items (the call's own type is an iterator of ints). */
static bool is_range_call(Infer *I, const Expr *e)
{
    return e->kind == EX_CALL && e->lhs->kind == EX_NAME && strcmp(e->lhs->name, "range") == 0 &&
           !scope_find(I->scope, "range") && !module_find_func(I->m, "range") && !module_find_class(I->m, "range");
}

static Type *range_items(Infer *I, Expr *call)
{
    if (arity(I, call, 1, 3, "range"))
        for (int i = 0; i < call->items.len; i++)
            if (!is_kind(arg_type(I, call, i), TY_INT))
                error(I, VEC_AT(Expr *, call->items, i)->loc, "range() takes int arguments");
    call->type = type_iter(scalar(TY_INT));
    return call->type->item;
}

/* The items of an iterable expression, range(...) included.  A generator
 * expression given here is consumed in place (it never becomes an object),
 * except where value says it is kept (zip(), iter()). */
/* d.keys(), d.values(), d.items() of a dict: the dict's type, or NULL. */
static Type *dict_view(Infer *I, Expr *e)
{
    if (e->kind != EX_CALL || e->lhs->kind != EX_ATTR || e->items.len || e->keywords.len)
        return NULL;
    const char *name = e->lhs->name;
    if (strcmp(name, "keys") != 0 && strcmp(name, "values") != 0 && strcmp(name, "items") != 0)
        return NULL;
    Type *d = infer_expr(I, e->lhs->lhs);
    return is_kind(d, TY_DICT) ? d : NULL;
}

static Type *iterable_as(Infer *I, Expr *e, bool value);

/* An operand that only reads (names, literals, attributes, arithmetic on
 * them): evaluating it later than written changes nothing. */
static bool reads_only(const Expr *e)
{
    switch (e->kind) {
    case EX_NAME:
    case EX_INT:
        return true;
    case EX_ATTR:
    case EX_UNARY:
        return reads_only(e->lhs);
    case EX_BINARY:
        return e->op != OP_DIV && e->op != OP_FLOORDIV && e->op != OP_MOD && e->op != OP_POW && reads_only(e->lhs) &&
               reads_only(e->rhs);
    default:
        return false;
    }
}

static Expr *int_node(const Expr *at, int64_t v)
{
    Expr *n = arena_alloc(sizeof *n);
    *n = (Expr){.kind = EX_INT, .loc = at->loc, .ival = v, .start = at->start, .end = at->end};
    return n;
}

/* x - 1, at x's place */
static Expr *minus_one(Expr *x)
{
    Expr *n = arena_alloc(sizeof *n);
    *n = (Expr){.kind = EX_BINARY, .loc = x->loc, .op = OP_SUB, .lhs = x, .rhs = int_node(x, 1), .start = x->start,
                .end = x->end};
    return n;
}

/* divmod(a, b) of two ints that are only read (names, literals, fields)
 * becomes (a // b, a % b): the same numbers and the same ZeroDivisionError.
 * Whether e was such a call (now rewritten). */
static bool divmod_instead(Infer *I, Expr *e)
{
    if (e->kind != EX_CALL || e->lhs->kind != EX_NAME || strcmp(e->lhs->name, "divmod") != 0 ||
        scope_find(I->scope, "divmod") || module_find_func(I->m, "divmod") || e->items.len != 2 || e->keywords.len)
        return false;
    Expr *a = VEC_AT(Expr *, e->items, 0), *b = VEC_AT(Expr *, e->items, 1);
    if (!is_kind(infer_expr(I, a), TY_INT) || !is_kind(infer_expr(I, b), TY_INT) || !reads_only(a) || !reads_only(b))
        return false;
    Expr *quotient = arena_alloc(sizeof *quotient), *remainder = arena_alloc(sizeof *remainder);
    *quotient = (Expr){.kind = EX_BINARY, .loc = e->loc, .op = OP_FLOORDIV, .lhs = a, .rhs = b, .start = e->start,
                       .end = e->end};
    *remainder = *quotient;
    remainder->op = OP_MOD;
    *e = (Expr){.kind = EX_TUPLE, .loc = e->loc, .start = e->start, .end = e->end, .repr = e->repr,
                .convert = e->convert, .format = e->format};
    vec_push(&e->items, quotient);
    vec_push(&e->items, remainder);
    return true;
}

static bool is_reversed_range(Infer *I, const Expr *e)
{
    return e->kind == EX_CALL && e->lhs->kind == EX_NAME && strcmp(e->lhs->name, "reversed") == 0 &&
           !scope_find(I->scope, "reversed") && e->items.len == 1 && is_range_call(I, VEC_AT(Expr *, e->items, 0));
}

/* reversed(xs) of a list, tuple or str becomes xs[::-1]; reversed(range(n))
 * and reversed(range(a, b)) become range(n - 1, -1, -1) and
 * range(b - 1, a - 1, -1).  Whether e was such a call (now rewritten). */
static bool reversed_instead(Infer *I, Expr *e)
{
    if (e->kind != EX_CALL || e->lhs->kind != EX_NAME || strcmp(e->lhs->name, "reversed") != 0 ||
        scope_find(I->scope, "reversed") || module_find_func(I->m, "reversed") || e->items.len != 1 ||
        e->keywords.len)
        return false;
    Expr *arg = VEC_AT(Expr *, e->items, 0);
    if (is_range_call(I, arg)) {
        int n = arg->items.len;
        bool plain = n <= 2;
        for (int i = 0; i < n; i++)
            plain = plain && reads_only(VEC_AT(Expr *, arg->items, i));
        if (!plain && I->report) { /* said once: the loop goes on over the range itself */
            error(I, arg->loc, "reversed(range(...)) with a step, or with bounds that call functions, is not "
                               "supported by slotc");
            *e = *arg;
            return true;
        }
        if (!plain)
            return false;
        Expr *start = n == 2 ? VEC_AT(Expr *, arg->items, 0) : int_node(arg, 0), *stop = VEC_AT(Expr *, arg->items, n - 1);
        *e = (Expr){.kind = EX_CALL, .loc = e->loc, .lhs = arg->lhs, .start = e->start, .end = e->end};
        vec_push(&e->items, minus_one(stop));
        vec_push(&e->items, minus_one(start));
        vec_push(&e->items, int_node(arg, -1));
        return true;
    }
    Expr *slice = arena_alloc(sizeof *slice);
    *slice = (Expr){.kind = EX_SLICE, .loc = e->loc, .cond = int_node(e, -1), .start = e->start, .end = e->end};
    *e = (Expr){.kind = EX_INDEX, .loc = e->loc, .lhs = arg, .rhs = slice, .start = e->start, .end = e->end,
                .repr = e->repr, .convert = e->convert, .format = e->format};
    return true;
}

/* zip(xs, ys) and enumerate(xs[, start]) consumed where they stand
 * (sorted(zip(...)), a comprehension over them): tuples of the items (the
 * count first), a tuple record when their types differ. */
static Type *zip_items(Infer *I, Expr *call)
{
    bool count = strcmp(call->lhs->name, "enumerate") == 0;
    int n = count ? 2 : call->items.len;
    Type **types = arena_alloc(sizeof(Type *) * (size_t)(n + 1));
    bool same = true;
    if (count && call->items.len == 2 && !is_kind(arg_type(I, call, 1), TY_INT))
        error(I, VEC_AT(Expr *, call->items, 1)->loc, "enumerate() takes an int start");
    for (int i = 0; i < n; i++) {
        types[i] = count && i == 0 ? scalar(TY_INT) : iterable_as(I, VEC_AT(Expr *, call->items, i - count), true);
        if (!types[i] || !type_complete(types[i]))
            return NULL;
        same = same && type_eq(types[i], types[0]);
    }
    Type *t = same ? type_tuple(types[0]) : tuple_record(I, types, n, call->loc);
    call->type = t ? type_list(t) : NULL;
    call->consumed = true;
    return t;
}

static Type *iterable_as(Infer *I, Expr *e, bool value)
{
    reversed_instead(I, e);
    Type *d = dict_view(I, e);
    if (d && strcmp(e->lhs->name, "items") == 0) { /* (key, value) pairs, walked in place */
        Type *pair[2] = {d->item, d->value};
        Type *t = type_eq(d->item, d->value) ? type_tuple(d->item) : tuple_record(I, pair, 2, e->loc);
        e->type = t ? type_list(t) : NULL;
        e->consumed = true;
        return t;
    }
    if (d) { /* a view, walked in place */
        e->type = type_list(e->lhs->name[0] == 'k' ? d->item : d->value);
        e->consumed = true;
        return e->type->item;
    }
    if (e->kind == EX_GENEXP)
        e->consumed = !value;
    if (is_range_call(I, e))
        return range_items(I, e);
    bool count = e->kind == EX_CALL && e->lhs->kind == EX_NAME && strcmp(e->lhs->name, "enumerate") == 0;
    if (e->kind == EX_CALL && e->lhs->kind == EX_NAME && (count || strcmp(e->lhs->name, "zip") == 0) &&
        !scope_find(I->scope, e->lhs->name) && !module_find_func(I->m, e->lhs->name) &&
        arity(I, e, 1, count ? 2 : 8, e->lhs->name))
        return zip_items(I, e);
    return item_type(I, e, infer_expr(I, e));
}

static Type *iterable(Infer *I, Expr *e)
{
    return iterable_as(I, e, false);
}

static bool arity(Infer *I, Expr *call, int lo, int hi, const char *name)
{
    int n = call->items.len;
    if (n >= lo && n <= hi)
        return true;
    int limit = n < lo ? lo : hi;
    error(I, call->loc, "%s() takes %s%d argument%s, not %d", name,
          lo == hi ? "" : n < lo ? "at least " : "at most ", limit, limit == 1 ? "" : "s", n);
    return false;
}

static Type *arg_type(Infer *I, Expr *call, int i)
{
    return infer_expr(I, VEC_AT(Expr *, call->items, i));
}

static bool is_builtin(const char *name);

/* key=lambda x: ... or key=function: the key of an item of type item; its
 * type (which must order) is left in f->type. */
static Type *key_function(Infer *I, Expr *f, Type *item)
{
    Type *key = NULL;
    if (f->kind == EX_NAME && is_builtin(f->name) && !scope_find(I->scope, f->name) &&
        !module_find_func(I->m, f->name)) { /* key=len: lambda x: len(x) */
        Expr *call = arena_alloc(sizeof *call), *arg = arena_alloc(sizeof *arg), *fn = arena_alloc(sizeof *fn);
        *fn = *f;
        *arg = *f;
        arg->name = "item";
        *call = (Expr){.kind = EX_CALL, .loc = f->loc, .lhs = fn, .start = f->start, .end = f->end};
        vec_push(&call->items, arg);
        f->kind = EX_LAMBDA;
        f->name = "item";
        f->lhs = call;
    }
    if (f->kind == EX_LAMBDA && !f->name) {
        error(I, f->loc, "key= needs a lambda of one parameter");
        return NULL;
    }
    if (f->kind == EX_LAMBDA) {
        Scope inner = {{0}, I->scope};
        f->var = new_var(&inner, f->name, f->loc, "lambda parameter");
        bind(I, f->var, item, f->loc, "the items it takes");
        I->scope = &inner;
        key = infer_expr(I, f->lhs);
        I->scope = inner.parent;
    } else if (f->kind == EX_NAME && module_find_func(I->m, f->name) && !scope_find(I->scope, f->name)) {
        Func *fn = module_find_func(I->m, f->name);
        if (fn->params.len != 1 || fn->generator) {
            error(I, f->loc, "key=%s needs a function of one parameter", f->name);
            return NULL;
        }
        f->callee = fn;
        bind(I, VEC_AT(Param *, fn->params, 0)->var, item, f->loc, "the key= argument");
        key = fn->result->type;
    } else {
        error(I, f->loc, "key= takes a lambda or a function of this module in slotc");
        return NULL;
    }
    if (key && !type_orderable(key))
        error(I, f->loc, "keys of type %s cannot be ordered", type_python(key));
    f->type = key;
    return key;
}

/* sorted(xs, reverse=...) and the other builtins that take an iterable. */
static Type *call_sequence_builtin(Infer *I, Expr *call, const char *name)
{
    if (call->items.len == 0) /* list(): an empty list, whose items later code decides, as for [] */
        return type_list(type_new(TY_UNKNOWN));
    Expr *arg = VEC_AT(Expr *, call->items, 0);
    Type *item = iterable(I, arg);
    Type *t = arg->type;
    for (int k = 0; k < call->keywords.len; k++) {
        Keyword *kw = VEC_AT(Keyword *, call->keywords, k);
        if (strcmp(name, "sorted") == 0 && strcmp(kw->name, "reverse") == 0) {
            if (!is_kind(infer_expr(I, kw->value), TY_BOOL))
                error(I, kw->loc, "sorted(reverse=...) takes a bool");
        } else if (strcmp(name, "sorted") == 0 && strcmp(kw->name, "key") == 0) {
            if (item)
                key_function(I, kw->value, item);
        } else {
            error(I, kw->loc, "%s() keyword '%s' is not supported by slotc", name, kw->name);
        }
    }
    if (!item)
        return NULL;
    if (strcmp(name, "tuple") == 0)
        return type_tuple(item);
    if (strcmp(name, "sum") == 0) {
        if (!is_number(item))
            error(I, call->loc, "sum() of %s is not supported", type_python(t));
        return is_kind(item, TY_BOOL) ? scalar(TY_INT) : item;
    }
    if (strcmp(name, "sorted") == 0 && type_complete(item) && !type_orderable(item) && !call_keyword(call, "key"))
        error(I, call->loc, "sorted() needs items that can be ordered; %s cannot", type_python(item));
    return type_list(item);
}

/* Whether str() or repr() (name) of a c has a text that does not depend on
 * its address: a record's, an exception's, or its own __repr__ / __str__. */
static bool shows_text(const Class *c, const char *name)
{
    return c->repr || class_is_exception(c) || class_find_method(c, "__repr__") ||
           (strcmp(name, "str") == 0 && class_find_method(c, "__str__"));
}

/* str() int() float() bool() of a scalar */
static bool truth_method(Expr *e);

static Type *call_conversion(Infer *I, Expr *call, const char *name)
{
    Type *t = arg_type(I, call, 0);
    if (strcmp(name, "bool") == 0 && truth_method(VEC_AT(Expr *, call->items, 0))) /* bool(x): x.__bool__() */
        t = arg_type(I, call, 0);
    TypeKind to = name[0] == 's' || name[0] == 'r' ? TY_STR
                  : name[0] == 'i'                 ? TY_INT
                  : name[0] == 'f'                 ? TY_FLOAT
                                                   : TY_BOOL;
    bool parses = is_kind(t, TY_STR) && (to == TY_INT || to == TY_FLOAT); /* int("12") */
    if (t && to != TY_STR && to != TY_BOOL && !is_number(t) && !parses)
        error(I, call->loc, "%s() of a %s is not supported by slotc yet", name, type_python(t));
    if (t && to == TY_STR && !is_number(t) && !is_kind(t, TY_STR) && !is_sequence(t) && !is_kind(t, TY_DICT) &&
        !is_kind(t, TY_SET) &&
        !(is_kind(t, TY_CLASS) && shows_text(t->cls, name)) && !is_kind(t, TY_NONE))
        error(I, call->loc, "%s() of a %s is not supported by slotc yet", name, type_python(t));
    return scalar(to);
}

/* print(...): any arguments, printed with str() */
static Type *builtin_print(Infer *I, Expr *call, const char *name)
{
    (void)name;
    for (int i = 0; i < call->items.len; i++) {
        Type *t = arg_type(I, call, i);
        if (is_kind(t, TY_ITER) || is_kind(t, TY_FILE))
            error(I, VEC_AT(Expr *, call->items, i)->loc,
                  "printing a %s is not supported by slotc (CPython prints its address, which changes from run "
                  "to run)",
                  is_kind(t, TY_ITER) ? "generator or iterator" : "file object");
    }
    for (int k = 0; k < call->keywords.len; k++) {
        Keyword *kw = VEC_AT(Keyword *, call->keywords, k);
        if (strcmp(kw->name, "file") == 0) {
            if (!sys_stream(I, kw->value))
                error(I, kw->loc, "print(file=...) takes sys.stdout or sys.stderr in slotc");
            continue;
        }
        Type *t = infer_expr(I, kw->value);
        bool text = strcmp(kw->name, "sep") == 0 || strcmp(kw->name, "end") == 0;
        if (!text && strcmp(kw->name, "flush") != 0)
            error(I, kw->loc, "print() keyword '%s' is not supported by slotc (sep, end, file and flush are)",
                  kw->name);
        else if (t && text && !is_kind(t, TY_STR))
            error(I, kw->loc, "print(%s=...) takes a str here", kw->name);
        else if (t && !text && !is_kind(t, TY_BOOL))
            error(I, kw->loc, "print(flush=...) takes a bool");
    }
    return scalar(TY_NONE);
}

static bool call_instead(Expr *e, Expr *self, const char *method, Expr *arg);
static Class *object_class(const Expr *e);

static Type *builtin_len(Infer *I, Expr *call, const char *name)
{
    Type *t = arg_type(I, call, 0);
    deque_items(VEC_AT(Expr *, call->items, 0));
    t = VEC_AT(Expr *, call->items, 0)->type;
    if (call_instead(call, VEC_AT(Expr *, call->items, 0), "__len__", NULL)) /* len(x) is x.__len__() */
        return infer_expr(I, call);
    bool sized = is_sequence(t) || is_kind(t, TY_STR) || is_kind(t, TY_DICT) || is_kind(t, TY_SET) || is_kind(t, TY_RANGE) ||
                 (is_kind(t, TY_CLASS) && class_is_record(t->cls) && t->cls->kind != CK_DATACLASS);
    if (t && !sized)
        error(I, call->loc, "%s() of a %s is not supported by slotc", name, type_python(t));
    return scalar(TY_INT);
}

static Type *builtin_hash(Infer *I, Expr *call, const char *name)
{
    Type *t = arg_type(I, call, 0);
    if (is_kind(t, TY_CLASS) && t->cls->kind == CK_DATACLASS && t->cls->eq && !t->cls->frozen)
        error(I, call->loc, "unhashable type: '%s' (a dataclass with eq=True and not frozen; "
                            "CPython raises TypeError here)",
              t->cls->name);
    else if (t && !is_number(t) && !is_kind(t, TY_STR) && !is_kind(t, TY_CLASS) && !(is_kind(t, TY_TUPLE) && hashable(t)))
        error(I, call->loc, "%s() of a %s is not supported by slotc", name, type_python(t));
    return scalar(TY_INT);
}

static Type *builtin_abs(Infer *I, Expr *call, const char *name)
{
    Type *t = arg_type(I, call, 0);
    if (t && !is_number(t))
        error(I, call->loc, "%s() of a %s is not supported", name, type_python(t));
    return is_kind(t, TY_BOOL) ? scalar(TY_INT) : t;
}

/* ord(s) of a str is an int; chr(i) of an int is a str */
static Type *builtin_ord_chr(Infer *I, Expr *call, const char *name)
{
    bool ord = name[0] == 'o';
    Type *t = arg_type(I, call, 0);
    if (t && (ord ? !is_kind(t, TY_STR) : !is_kind(t, TY_INT) && !is_kind(t, TY_BOOL)))
        error(I, call->loc, "%s() of a %s is not supported", name, type_python(t));
    return scalar(ord ? TY_INT : TY_STR);
}

/* min(a, b) / max(a, b) of two numbers or strings of one type; min(xs) /
 * max(xs) of an iterable of them */
static Type *builtin_minmax(Infer *I, Expr *call, const char *name)
{
    for (int k = 0; k < call->keywords.len; k++) {
        Keyword *kw = VEC_AT(Keyword *, call->keywords, k);
        if (strcmp(kw->name, "key") != 0 || call->items.len != 1)
            error(I, kw->loc, "%s() with the keyword '%s' is not supported by slotc", name, kw->name);
    }
    Expr *key = call_keyword(call, "key");
    if (call->items.len == 1 && key) {
        Type *item = iterable(I, VEC_AT(Expr *, call->items, 0));
        if (item)
            key_function(I, key, item);
        return item;
    }
    if (call->items.len == 1) {
        Type *item = iterable(I, VEC_AT(Expr *, call->items, 0));
        if (type_complete(item) && !type_orderable(item))
            error(I, call->loc, "%s() of items of type %s is not supported by slotc", name, type_python(item));
        return item;
    }
    Type *a = arg_type(I, call, 0), *b = arg_type(I, call, 1);
    if (a && b && (!type_eq(a, b) || !(is_number(a) || is_kind(a, TY_STR))))
        error(I, call->loc, "%s() of %s and %s is not supported by slotc", name, type_python(a),
              type_python(b));
    return a;
}

/* any(xs) / all(xs): the truth of every item */
static Type *builtin_truth(Infer *I, Expr *call, const char *name)
{
    Type *item = iterable(I, VEC_AT(Expr *, call->items, 0));
    if (is_kind(item, TY_CLASS) &&
        (class_find_method(item->cls, "__bool__") || class_find_method(item->cls, "__len__")))
        error(I, call->loc, "%s() of %s objects, whose truth is their __bool__ or __len__, is not supported by slotc "
                            "yet: write %s(bool(x) for x in ...)",
              name, item->cls->name, name);
    return scalar(TY_BOOL);
}

/* iter(xs): an iterator over any iterable */
static Type *builtin_iter(Infer *I, Expr *call, const char *name)
{
    (void)name;
    Type *item = iterable_as(I, VEC_AT(Expr *, call->items, 0), true);
    return item ? type_iter(item) : NULL;
}

/* next(it) / next(it, default): the next item of an iterator or a file */
static Type *builtin_next(Infer *I, Expr *call, const char *name)
{
    Expr *arg = VEC_AT(Expr *, call->items, 0);
    Type *t = arg_type(I, call, 0);
    if (t && !is_kind(t, TY_ITER) && !is_kind(t, TY_FILE)) {
        error(I, arg->loc, "'%s' object is not an iterator (CPython raises TypeError in %s())", type_python(t),
              name);
        return NULL;
    }
    Type *item = t ? item_type(I, arg, t) : NULL;
    if (call->items.len == 2) {
        Expr *fallback = VEC_AT(Expr *, call->items, 1);
        Type *d = arg_type(I, call, 1);
        if (item && d && !type_eq(item, d))
            error(I, fallback->loc, "the default of next() is a %s but the items are %s; slotc keeps one type",
                  type_python(d), type_python(item));
    }
    return item;
}

/* isinstance(x, C) for an object and a class of the module */
static Type *builtin_isinstance(Infer *I, Expr *call, const char *name)
{
    Type *t = arg_type(I, call, 0);
    Expr *c = VEC_AT(Expr *, call->items, 1);
    Class *exc = c->kind == EX_NAME && !module_find_class(I->m, c->name) ? class_builtin_exception(I->m, c->name) : NULL;
    if (exc && is_kind(t, TY_CLASS) && class_is_exception(t->cls))
        c->cls = exc;
    else if (exc && t)
        error(I, call->loc, "%s() of a %s with an exception class is not supported by slotc", name, type_python(t));
    else if (c->kind != EX_NAME || !module_find_class(I->m, c->name))
        error(I, c->loc, "%s() takes a class of this module as its second argument in slotc", name);
    else if (t && !is_kind(t, TY_CLASS))
        error(I, call->loc, "%s() of a %s is not supported by slotc (only of objects)", name, type_python(t));
    else
        c->cls = module_find_class(I->m, c->name);
    return scalar(TY_BOOL);
}

/* round(x) -> int, round(x, n) -> float, for a float x (round of an int
 * is the int) */
static Type *builtin_round(Infer *I, Expr *call, const char *name)
{
    Type *x = arg_type(I, call, 0);
    Type *n = call->items.len == 2 ? arg_type(I, call, 1) : NULL;
    if (x && !is_number(x))
        error(I, call->loc, "%s() of a %s is not supported by slotc", name, type_python(x));
    if (n && !is_kind(n, TY_INT))
        error(I, call->loc, "%s() takes an int number of digits", name);
    if (is_kind(x, TY_FLOAT))
        return scalar(n ? TY_FLOAT : TY_INT);
    if (n)
        error(I, call->loc, "%s() of an int with digits is not supported by slotc yet", name);
    return scalar(TY_INT);
}

/* set(), set(xs), dict(): new containers (an empty one takes its types
 * from what receives it) */
static Type *builtin_container(Infer *I, Expr *call, const char *name)
{
    if (name[0] == 'd')
        return type_dict(type_new(TY_UNKNOWN), type_new(TY_UNKNOWN));
    Type *item = call->items.len ? iterable(I, VEC_AT(Expr *, call->items, 0)) : type_new(TY_UNKNOWN);
    return item ? type_set(item) : NULL;
}

/* open(path, mode): a text file */
static Type *builtin_open(Infer *I, Expr *call, const char *name)
{
    for (int i = 0; i < call->items.len; i++) {
        Type *t = arg_type(I, call, i);
        if (t && !is_kind(t, TY_STR))
            error(I, VEC_AT(Expr *, call->items, i)->loc, "%s() takes a str %s here", name,
                  i == 0 ? "path" : "mode");
    }
    for (int k = 0; k < call->keywords.len; k++) {
        Keyword *kw = VEC_AT(Keyword *, call->keywords, k);
        bool utf8 = kw->value->kind == EX_STR &&
                    (strcmp(kw->value->sval, "utf-8") == 0 || strcmp(kw->value->sval, "utf8") == 0 ||
                     strcmp(kw->value->sval, "UTF-8") == 0);
        infer_expr(I, kw->value);
        if (strcmp(kw->name, "encoding") != 0 || !utf8)
            error(I, kw->loc, "open() with '%s=' is not supported by slotc (files are read and written as UTF-8)",
                  kw->name);
    }
    return type_new(TY_FILE);
}

/* range(...) kept as a value (a loop over a range call counts without
 * one: see range_items) */
static Type *builtin_range(Infer *I, Expr *call, const char *name)
{
    for (int i = 0; i < call->items.len; i++)
        if (!is_kind(arg_type(I, call, i), TY_INT))
            error(I, VEC_AT(Expr *, call->items, i)->loc, "%s() takes int arguments", name);
    return scalar(TY_RANGE);
}

static Type *builtin_loop_only(Infer *I, Expr *call, const char *name)
{
    error(I, call->loc, "%s() is supported only as the iterable of a for loop or comprehension", name);
    return NULL;
}

typedef struct Builtin {
    const char *name;
    int min_args, max_args;
    Type *(*infer)(Infer *I, Expr *call, const char *name);
} Builtin;

static const Builtin builtins[] = {
    {"print", 0, 1 << 20, builtin_print},
    {"len", 1, 1, builtin_len},
    {"hash", 1, 1, builtin_hash},
    {"abs", 1, 1, builtin_abs},
    {"ord", 1, 1, builtin_ord_chr},
    {"chr", 1, 1, builtin_ord_chr},
    {"min", 1, 2, builtin_minmax},
    {"max", 1, 2, builtin_minmax},
    {"any", 1, 1, builtin_truth},
    {"all", 1, 1, builtin_truth},
    {"iter", 1, 1, builtin_iter},
    {"next", 1, 2, builtin_next},
    {"open", 1, 2, builtin_open},
    {"isinstance", 2, 2, builtin_isinstance},
    {"set", 0, 1, builtin_container},
    {"round", 1, 2, builtin_round},
    {"dict", 0, 0, builtin_container},
    {"str", 1, 1, call_conversion},
    {"repr", 1, 1, call_conversion},
    {"int", 1, 1, call_conversion},
    {"float", 1, 1, call_conversion},
    {"bool", 1, 1, call_conversion},
    {"tuple", 1, 1, call_sequence_builtin},
    {"list", 0, 1, call_sequence_builtin},
    {"sorted", 1, 1, call_sequence_builtin},
    {"sum", 1, 1, call_sequence_builtin},
    {"range", 1, 3, builtin_range},
    {"enumerate", 1, 2, builtin_loop_only},
    {"zip", 1, 8, builtin_loop_only},
};

/* A call of a builtin slotc translates: its arity, then its own rule. */
static Type *call_builtin(Infer *I, Expr *call, const char *name)
{
    for (size_t i = 0; i < sizeof builtins / sizeof builtins[0]; i++) {
        const Builtin *b = &builtins[i];
        if (strcmp(name, b->name) != 0)
            continue;
        if (!arity(I, call, b->min_args, b->max_args, name))
            return NULL;
        bool keywords = b->infer == builtin_print || b->infer == call_sequence_builtin || b->infer == builtin_open ||
                        b->infer == builtin_minmax;
        for (int k = 0; !keywords && k < call->keywords.len; k++)
            error(I, VEC_AT(Keyword *, call->keywords, k)->loc, "%s() with the keyword '%s' is not supported by slotc",
                  name, VEC_AT(Keyword *, call->keywords, k)->name);
        return b->infer(I, call, name);
    }
    error(I, call->loc, "the builtin '%s()' is not supported by slotc", name);
    return NULL;
}

/* Refines the type of what a method call changes (xs.append(x) makes xs a
 * list of x's type), when that is a name or a field. */
static void bind_target(Infer *I, Expr *target, Type *t, const char *why);

/* s.split(","), f.write(s): a method of str or of a file (methods.c) */
static Type *call_library_method(Infer *I, Expr *call, const Method *method)
{
    int min, max;
    method_arity(method, &min, &max);
    if (!arity(I, call, min, max, method->name))
        return NULL;
    for (int k = 0; k < call->keywords.len; k++)
        error(I, VEC_AT(Keyword *, call->keywords, k)->loc, "%s() with keyword arguments is not supported by slotc",
              method->name);
    for (int i = 0; i < call->items.len; i++) {
        Type *want = method_type(method_arg(method, i));
        Expr *arg = VEC_AT(Expr *, call->items, i);
        if (want->kind == TY_LIST && arg->kind == EX_GENEXP) /* ", ".join(str(x) for x in xs): consumed at once */
            arg->kind = EX_LISTCOMP;
        Type *t = arg_type(I, call, i);
        settle(VEC_AT(Expr *, call->items, i), want);
        if (is_kind(t, TY_TUPLE) && want->kind == TY_LIST && type_eq(t->item, want->item))
            continue; /* " ".join(pair): the tuple's items, as a list's */
        if (t && type_complete(t) && !type_eq(t, want))
            error(I, VEC_AT(Expr *, call->items, i)->loc, "%s() takes %s here, not %s", method->name, a_type(want),
                  a_type(t));
    }
    return method_type(method->result);
}

static void container_arg(Infer *I, Expr *call, int i, const Type *t);

/* The type of call's argument i, or NULL. */
static Type *arg_type_at(Infer *I, Expr *call, int i)
{
    return i < call->items.len ? infer_expr(I, VEC_AT(Expr *, call->items, i)) : NULL;
}

/* d.setdefault(k, []) on a dict held by a variable or a field */
static bool is_setdefault_list(const Expr *e)
{
    return e->kind == EX_CALL && e->lhs->kind == EX_ATTR && strcmp(e->lhs->name, "setdefault") == 0 &&
           (e->lhs->lhs->kind == EX_NAME || e->lhs->lhs->kind == EX_ATTR) && e->items.len == 2 &&
           VEC_AT(Expr *, e->items, 1)->kind == EX_LIST && VEC_AT(Expr *, e->items, 1)->items.len == 0;
}

/* xs.insert(i, x), xs.extend(ys), s.add(x), s.update(t), d.setdefault(k, v)
 * and d.update(e) type an empty container as append does: the container (a
 * variable or a field) holds what they add. */
static void grow_container(Infer *I, Expr *call, const Type *obj)
{
    Expr *target = call->lhs->lhs;
    const char *name = call->lhs->name;
    if (target->kind != EX_NAME && target->kind != EX_ATTR)
        return;
    Type *t = NULL;
    if (obj->kind == TY_LIST && strcmp(name, "insert") == 0)
        t = arg_type_at(I, call, 1) ? type_list(arg_type_at(I, call, 1)) : NULL;
    else if (obj->kind == TY_SET && strcmp(name, "add") == 0)
        t = arg_type_at(I, call, 0) ? type_set(arg_type_at(I, call, 0)) : NULL;
    else if (obj->kind == TY_DICT && strcmp(name, "setdefault") == 0 && arg_type_at(I, call, 0) &&
             arg_type_at(I, call, 1))
        t = type_dict(arg_type_at(I, call, 0), arg_type_at(I, call, 1));
    else if (strcmp(name, "extend") == 0 || strcmp(name, "update") == 0)
        t = arg_type_at(I, call, 0);
    if (t && t->kind == obj->kind)
        bind_target(I, target, t, arena_printf("the %s", name));
}

/* xs.insert(i, x), xs.pop([i]), xs.remove(x), xs.index(x), xs.count(x),
 * xs.reverse(), xs.extend(ys), xs.clear(), xs.copy(), xs.sort([reverse=]) */
static Type *call_list_method(Infer *I, Expr *call, Type *obj)
{
    static const struct {
        const char *name;
        int min, max;
        const char *args; /* i int, x an item, l a list of items */
        char result;      /* n None, x an item, i int, l the list */
    } table[] = {
        {"insert", 2, 2, "ix", 'n'}, {"pop", 0, 1, "i", 'x'},   {"remove", 1, 1, "x", 'n'},
        {"index", 1, 1, "x", 'i'},   {"count", 1, 1, "x", 'i'}, {"reverse", 0, 0, "", 'n'},
        {"extend", 1, 1, "l", 'n'},  {"clear", 0, 0, "", 'n'},  {"copy", 0, 0, "", 'l'},
        {"sort", 0, 0, "", 'n'},
    };
    const char *name = call->lhs->name;
    for (size_t i = 0; i < sizeof table / sizeof table[0]; i++) {
        if (strcmp(table[i].name, name) != 0)
            continue;
        if (!arity(I, call, table[i].min, table[i].max, name))
            return NULL;
        grow_container(I, call, obj);
        for (int k = 0; k < call->keywords.len; k++) {
            Keyword *kw = VEC_AT(Keyword *, call->keywords, k);
            if (strcmp(name, "sort") == 0 && strcmp(kw->name, "key") == 0)
                key_function(I, kw->value, obj->item);
            else if (strcmp(name, "sort") != 0 || strcmp(kw->name, "reverse") != 0)
                error(I, kw->loc, "%s() with the keyword '%s' is not supported by slotc", name, kw->name);
            else if (!is_kind(infer_expr(I, kw->value), TY_BOOL))
                error(I, kw->loc, "sort(reverse=...) takes a bool");
        }
        if (strcmp(name, "sort") == 0 && type_complete(obj->item) && !type_orderable(obj->item) &&
            !call_keyword(call, "key"))
            error(I, call->loc, "sort() needs items that can be ordered; %s cannot", type_python(obj->item));
        for (int k = 0; k < call->items.len; k++) {
            char a = table[i].args[k];
            container_arg(I, call, k, a == 'i' ? scalar(TY_INT) : a == 'x' ? obj->item : obj);
        }
        return table[i].result == 'x' ? obj->item : table[i].result == 'i' ? scalar(TY_INT)
               : table[i].result == 'l' ? obj
                                        : scalar(TY_NONE);
    }
    error(I, call->lhs->loc, "the method '%s' of %s is not supported by slotc yet", name, type_python(obj));
    return NULL;
}

/* One argument of a container method, of the type t. */
static void container_arg(Infer *I, Expr *call, int i, const Type *t)
{
    Expr *arg = VEC_AT(Expr *, call->items, i);
    infer_expr(I, arg);
    settle(arg, t); /* an empty [] or {} takes the type it is given */
    Type *a = arg->type;
    if (a && type_complete(t) && !type_eq(a, t))
        error(I, arg->loc, "%s() takes %s here, not %s", call->lhs->name, a_type(t), a_type(a));
}

/* The methods of dict and set slotc translates (keys(), values() and
 * items() only as the iterable of a loop: see iterable()). */
static Type *call_container_method(Infer *I, Expr *call, Type *obj)
{
    static const struct {
        TypeKind self;
        const char *name;
        int min, max;
        const char *args; /* k key, v value, s the set, c the dict */
        char result;      /* v value, k key, n None, b bool, c copy */
    } table[] = {
        {TY_DICT, "get", 1, 2, "kv", 'v'},   {TY_DICT, "setdefault", 2, 2, "kv", 'v'},
        {TY_DICT, "pop", 1, 2, "kv", 'v'},   {TY_DICT, "clear", 0, 0, "", 'n'},
        {TY_DICT, "copy", 0, 0, "", 'c'},    {TY_DICT, "update", 1, 1, "c", 'n'},
        {TY_SET, "add", 1, 1, "k", 'n'},     {TY_SET, "remove", 1, 1, "k", 'n'},
        {TY_SET, "discard", 1, 1, "k", 'n'}, {TY_SET, "clear", 0, 0, "", 'n'},
        {TY_SET, "copy", 0, 0, "", 'c'},     {TY_SET, "update", 1, 1, "s", 'n'},
        {TY_SET, "pop", 0, 0, "", 'k'},      {TY_SET, "union", 1, 1, "s", 'c'},
        {TY_SET, "intersection", 1, 1, "s", 'c'}, {TY_SET, "difference", 1, 1, "s", 'c'},
        {TY_SET, "issubset", 1, 1, "s", 'b'}, {TY_SET, "isdisjoint", 1, 1, "s", 'b'},
    };
    const char *name = call->lhs->name;
    for (size_t i = 0; i < sizeof table / sizeof table[0]; i++) {
        if (table[i].self != obj->kind || strcmp(table[i].name, name) != 0)
            continue;
        if (!arity(I, call, table[i].min, table[i].max, name))
            return NULL;
        grow_container(I, call, obj);
        for (int k = 0; k < call->items.len; k++) {
            char a = table[i].args[k];
            container_arg(I, call, k, a == 'k' ? obj->item : a == 'v' ? obj->value : obj);
        }
        switch (table[i].result) {
        case 'v':
            return obj->value;
        case 'k':
            return obj->item;
        case 'b':
            return scalar(TY_BOOL);
        case 'c':
            return obj;
        default:
            return scalar(TY_NONE);
        }
    }
    if (strcmp(name, "keys") == 0 || strcmp(name, "values") == 0 || strcmp(name, "items") == 0)
        error(I, call->loc, "d.%s() is supported by slotc only as the iterable of a loop or comprehension, or in "
                            "list(), sorted(), sum(), min(), max()",
              name);
    else
        error(I, call->lhs->loc, "the method '%s' of %s is not supported by slotc yet", name, type_python(obj));
    return NULL;
}

/* deque(), deque(iterable), deque(iterable, maxlen), deque(maxlen=n):
 * the iterable's items in a list, the maxlen (None for none) in
 * call->items[1] (translate). */
static Type *call_deque(Infer *I, Expr *call)
{
    Expr *maxlen = call_keyword(call, "maxlen");
    if (call->items.len > 2 || call->keywords.len > (maxlen != NULL) || (maxlen && call->items.len > 1)) {
        error(I, call->loc, "deque() takes an iterable and a maxlen in slotc");
        return NULL;
    }
    if (maxlen) {
        call->keywords.len = 0;
        if (!call->items.len) { /* deque(maxlen=n): no items */
            Expr *empty = arena_alloc(sizeof *empty);
            *empty = (Expr){.kind = EX_LIST, .loc = call->loc, .start = call->start, .end = call->end};
            vec_push(&call->items, empty);
        }
        vec_push(&call->items, maxlen);
    }
    Type *item = NULL;
    if (call->items.len) {
        Expr *items = VEC_AT(Expr *, call->items, 0);
        if (is_range_call(I, items) || items->kind == EX_GENEXP)
            wrap_in_list(items);
        Type *t = infer_expr(I, items);
        item = items->kind == EX_LIST && !items->items.len ? NULL : t ? item_type(I, items, items->type) : NULL;
        if (t && !is_kind(items->type, TY_LIST))
            wrap_in_list(items);
    }
    if (call->items.len == 2) {
        Type *t = infer_expr(I, VEC_AT(Expr *, call->items, 1));
        if (t && !is_kind(t, TY_INT) && !is_kind(t, TY_NONE))
            error(I, VEC_AT(Expr *, call->items, 1)->loc, "deque()'s maxlen is an int or None");
    }
    if (call->type && is_kind(call->type, TY_DEQUE) && type_complete(call->type))
        item = call->type->item; /* settled by what receives it */
    return type_deque(item ? item : type_new(TY_UNKNOWN));
}

/* d.append(x) and the other methods of a deque; an empty deque takes its
 * item type from append, appendleft and extend. */
static Type *call_deque_method(Infer *I, Expr *call, Type *obj)
{
    static const struct {
        const char *name;
        int min, max;
        char arg;    /* x an item, l a list of items, i an int */
        char result; /* n None, x an item, i int */
    } table[] = {
        {"append", 1, 1, 'x', 'n'}, {"appendleft", 1, 1, 'x', 'n'}, {"pop", 0, 0, 0, 'x'},
        {"popleft", 0, 0, 0, 'x'},  {"extend", 1, 1, 'l', 'n'},     {"extendleft", 1, 1, 'l', 'n'},
        {"clear", 0, 0, 0, 'n'},    {"rotate", 0, 1, 'i', 'n'},     {"count", 1, 1, 'x', 'i'},
        {"remove", 1, 1, 'x', 'n'},
    };
    const char *name = call->lhs->name;
    for (size_t i = 0; i < sizeof table / sizeof table[0]; i++) {
        if (strcmp(table[i].name, name) != 0)
            continue;
        if (!arity(I, call, table[i].min, table[i].max, name))
            return NULL;
        Type *item = NULL;
        for (int k = 0; k < call->items.len; k++) {
            Expr *arg = VEC_AT(Expr *, call->items, k);
            if (table[i].arg == 'l' && (is_range_call(I, arg) || arg->kind == EX_GENEXP))
                wrap_in_list(arg);
            Type *t = infer_expr(I, arg);
            if (table[i].arg == 'l' && t) {
                deque_items(arg);
                item = item_type(I, arg, arg->type);
                if (!is_kind(arg->type, TY_LIST)) /* any iterable: its items in a list first */
                    wrap_in_list(arg);
            } else if (table[i].arg == 'x') {
                item = t;
            }
        }
        Expr *target = call->lhs->lhs;
        if (item && (target->kind == EX_NAME || target->kind == EX_ATTR))
            bind_target(I, target, type_deque(item), arena_printf("the %s", name));
        for (int k = 0; k < call->items.len; k++) {
            char a = table[i].arg;
            container_arg(I, call, k, a == 'i' ? scalar(TY_INT) : a == 'x' ? obj->item : type_list(obj->item));
        }
        return table[i].result == 'x' ? obj->item : table[i].result == 'i' ? scalar(TY_INT) : scalar(TY_NONE);
    }
    error(I, call->lhs->loc, "the method '%s' of %s is not supported by slotc yet", name, type_python(obj));
    return NULL;
}

/* super().method(...): the method of the enclosing class's base, called
 * directly (no dispatch) on self. */
static Type *call_super(Infer *I, Expr *call)
{
    Expr *callee = call->lhs;
    Class *c = I->func->cls;
    Vec *args = &callee->lhs->items;
    if (c && args->len == 2 && I->func->params.len && VEC_AT(Expr *, *args, 0)->kind == EX_NAME &&
        strcmp(VEC_AT(Expr *, *args, 0)->name, c->name) == 0 && VEC_AT(Expr *, *args, 1)->kind == EX_NAME &&
        strcmp(VEC_AT(Expr *, *args, 1)->name, VEC_AT(Param *, I->func->params, 0)->name) == 0)
        args->len = 0; /* super(Cls, self) is super() */
    if (callee->lhs->items.len || callee->lhs->keywords.len || !c || !class_parent(c) || I->func->params.len == 0) {
        error(I, callee->lhs->loc, "super() is supported only without arguments (or as super(ThisClass, self)), in a "
                                   "method of a derived class");
        return NULL;
    }
    Func *f = c->base ? class_find_method(c->base, callee->name) : NULL;
    if (!f && class_is_exception(c) && strcmp(callee->name, "__init__") == 0) {
        /* BaseException.__init__(self, *args): the object's arguments */
        callee->lhs->type = type_class(c);
        callee->lhs->var = VEC_AT(Param *, I->func->params, 0)->var;
        call_exception(I, call, class_exception_base(c));
        return scalar(TY_NONE);
    }
    if (!f) {
        error(I, callee->loc, "'super' object has no attribute '%s'", callee->name);
        return NULL;
    }
    callee->lhs->type = type_class(c);
    callee->lhs->var = VEC_AT(Param *, I->func->params, 0)->var;
    call->cls = c->base; /* marks the direct call */
    return call_function(I, call, f, 1);
}

static bool is_super_call(const Expr *e)
{
    return e->kind == EX_CALL && e->lhs->kind == EX_NAME && strcmp(e->lhs->name, "super") == 0;
}

/* Whether a value of type t can take the format specification spec. */
static void check_spec(Infer *I, Loc loc, const Type *t, char conversion, const char *spec)
{
    for (const char *p = spec; p && *p; p++)
        if (*p < 0x20 || *p >= 0x7f || *p == '"' || *p == '\\') {
            error(I, loc, "this format specification (quotes, backslashes or non-ASCII characters) is not supported "
                          "by slotc");
            return;
        }
    if (is_kind(t, TY_ITER) || is_kind(t, TY_FILE))
        error(I, loc, "formatting a %s is not supported by slotc (CPython shows its address)",
              is_kind(t, TY_ITER) ? "generator or iterator" : "file object");
    else if (t && spec && *spec && !conversion && !is_number(t) && !is_kind(t, TY_STR))
        error(I, loc, "a format specification for a %s is not supported by slotc (CPython raises TypeError "
                      "unless the class defines __format__)",
              type_python(t));
}

/* "...".format(args): a literal format string, its fields checked against
 * the arguments here (CPython would raise IndexError or KeyError) */
static Type *call_format(Infer *I, Expr *call)
{
    Expr *fmt = call->lhs->lhs;
    for (int i = 0; i < call->items.len; i++)
        arg_type(I, call, i);
    for (int k = 0; k < call->keywords.len; k++)
        infer_expr(I, VEC_AT(Keyword *, call->keywords, k)->value);
    if (fmt->kind != EX_STR) {
        error(I, fmt->loc, "str.format() of a string that is not a literal is not supported by slotc");
        return scalar(TY_STR);
    }
    const char *problem = NULL;
    Vec *fields = format_fields(fmt->sval, fmt->slen, &problem);
    if (!fields) {
        error(I, fmt->loc, "%s", problem);
        return scalar(TY_STR);
    }
    for (int i = 0; i < fields->len; i++) {
        FormatField *f = VEC_AT(FormatField *, *fields, i);
        Expr *arg = NULL;
        if (f->index >= 0 && f->index < call->items.len)
            arg = VEC_AT(Expr *, call->items, f->index);
        for (int k = 0; f->index == -1 && k < call->keywords.len; k++)
            if (strcmp(VEC_AT(Keyword *, call->keywords, k)->name, f->name) == 0)
                arg = VEC_AT(Keyword *, call->keywords, k)->value;
        if (f->index >= 0 && !arg)
            error(I, fmt->loc, "Replacement index %s out of range for positional args tuple (CPython raises "
                               "IndexError here)",
                  f->name);
        else if (f->index == -1 && !arg)
            error(I, fmt->loc, "no keyword argument '%s' for its field (CPython raises KeyError here)", f->name);
        else if (arg)
            check_spec(I, arg->loc, arg->type, f->conversion, f->spec);
    }
    return scalar(TY_STR);
}

static bool quiet(const Expr *e);

/* Cls.name(...) or obj.name(...) of a @staticmethod or @classmethod: a
 * call of the module function "Cls.name"; 0 when it is not one, -1 after
 * an error. */
static int static_call(Infer *I, Expr *call)
{
    Expr *callee = call->lhs;
    const Class *c = NULL;
    bool object = false;
    if (callee->lhs->kind == EX_NAME && !scope_find(I->scope, callee->lhs->name) &&
        module_find_class(I->m, callee->lhs->name))
        c = module_find_class(I->m, callee->lhs->name);
    else if (is_kind(callee->lhs->type, TY_CLASS)) /* its type from an earlier pass */
        c = callee->lhs->type->cls, object = true;
    Func *f = c ? class_find_static(c, callee->name) : NULL;
    if (!f)
        return 0;
    for (int i = 0; object && i < I->m->classes.len; i++) /* any class below c */
        if (class_derives(VEC_AT(Class *, I->m->classes, i), c) &&
            class_find_static(VEC_AT(Class *, I->m->classes, i), callee->name) != f) {
            error(I, callee->loc, "'%s' is defined again in a subclass of %s: calling it through an object is not "
                                  "supported by slotc yet",
                  callee->name, c->name);
            return -1;
        }
    if (object && !quiet(callee->lhs)) {
        error(I, callee->loc, "calling the static method '%s' through an expression is not supported by slotc: "
                              "write %s.%s(...)",
              callee->name, f->owner->name, callee->name);
        return -1;
    }
    callee->kind = EX_NAME;
    callee->name = arena_printf("%s.%s", f->owner->name, f->name);
    callee->lhs = NULL;
    return 1;
}

/* obj.method(...) */
/* Base.method(obj, ...) with obj a variable of Base or a class below it:
 * Base's own method called on obj, as super().method(...) calls it (no
 * dispatch).  Returns 0 when the call is not of that form. */
static int base_method_call(Infer *I, Expr *call, Type **result)
{
    Expr *callee = call->lhs;
    if (call->cls && call->callee) { /* rewritten by an earlier pass: obj.method(...) */
        infer_expr(I, callee->lhs);
        *result = call_function(I, call, class_find_method(call->cls, callee->name), 1);
        return 1;
    }
    Class *base = callee->lhs->kind == EX_NAME && !scope_find(I->scope, callee->lhs->name)
                      ? module_find_class(I->m, callee->lhs->name)
                      : NULL;
    Func *f = base ? class_find_method(base, callee->name) : NULL;
    Expr *obj = f && call->items.len ? VEC_AT(Expr *, call->items, 0) : NULL;
    if (!obj)
        return 0;
    Type *t = infer_expr(I, obj);
    if (obj->kind != EX_NAME || !is_kind(t, TY_CLASS) || t->optional || !class_derives(t->cls, base)) {
        error(I, obj->loc, "%s.%s() takes a variable of class %s (or of a class below it) first in slotc",
              base->name, callee->name, base->name);
        return -1;
    }
    callee->lhs = obj;
    memmove(call->items.items, call->items.items + 1, sizeof(void *) * (size_t)--call->items.len);
    call->cls = base; /* marks the direct call */
    *result = call_function(I, call, f, 1);
    return 1;
}

static Type *call_method(Infer *I, Expr *call)
{
    Expr *callee = call->lhs;
    if (is_super_call(callee->lhs))
        return call_super(I, call);
    Type *direct = NULL;
    int based = base_method_call(I, call, &direct);
    if (based)
        return based > 0 ? direct : NULL;
    int s = static_call(I, call);
    if (s)
        return s > 0 ? call_function(I, call, module_find_func(I->m, callee->name), 0) : NULL;
    Type *obj = infer_expr(I, callee->lhs);
    const char *name = callee->name;
    if (is_kind(obj, TY_CLASS)) {
        Func *f = class_find_method(obj->cls, name);
        if (f)
            return call_function(I, call, f, 1);
        error(I, callee->loc, "'%s' object has no method '%s'", obj->cls->name, name);
        return NULL;
    }
    if (is_kind(obj, TY_DICT) || is_kind(obj, TY_SET))
        return call_container_method(I, call, obj);
    if (is_kind(obj, TY_DEQUE))
        return call_deque_method(I, call, obj);
    if (is_kind(obj, TY_LIST) && strcmp(name, "append") != 0)
        return call_list_method(I, call, obj);
    if (is_kind(obj, TY_LIST) && strcmp(name, "append") == 0) {
        if (!arity(I, call, 1, 1, "append"))
            return NULL;
        Expr *arg = VEC_AT(Expr *, call->items, 0);
        Type *t = infer_expr(I, arg);
        Expr *list = callee->lhs;
        if (list->kind == EX_NAME || list->kind == EX_ATTR)
            bind_target(I, list, type_list(t), "the append");
        else if (is_setdefault_list(list) && t) /* d.setdefault(k, []).append(x) */
            bind_target(I, list->lhs->lhs, type_dict(arg_type_at(I, list, 0), type_list(t)), "the append");
        else if (t && !type_eq(t, obj->item) && type_complete(obj->item))
            error(I, arg->loc, "appending a %s to a %s", type_python(t), type_python(obj));
        settle(arg, obj->item);
        return scalar(TY_NONE);
    }
    if (is_kind(obj, TY_STR) && strcmp(name, "format") == 0)
        return call_format(I, call);
    const Method *method = obj ? method_find(obj->kind, name) : NULL;
    if (method)
        return call_library_method(I, call, method);
    if (obj)
        error(I, callee->loc, "the method '%s' of %s is not supported by slotc yet", name,
              type_python(obj));
    return NULL;
}

static bool is_builtin(const char *name)
{
    static const char *names[] = {"print", "len",   "range", "enumerate", "str",    "int",
                                  "float", "bool",  "abs",   "min",       "max",    "sum",
                                  "tuple", "list",  "sorted", "hash",     "isinstance",
                                  "repr",  "open",  "input", "iter",      "next",   "zip",
                                  "map",   "filter", "dict", "set",       "round",  "any",
                                  "all",   "reversed", "type", "id",      "super",  "divmod",
                                  "chr",   "ord",   "format", "object",   "frozenset"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (strcmp(name, names[i]) == 0)
            return true;
    return false;
}

static Type *infer_call(Infer *I, Expr *call)
{
    Expr *callee = call->lhs;
    if (callee->kind == EX_ATTR && strcmp(callee->name, "deque") == 0 && callee->lhs->kind == EX_NAME &&
        strcmp(callee->lhs->name, "collections") == 0 && !scope_find(I->scope, "collections")) {
        callee->kind = EX_NAME; /* collections.deque(...) */
        callee->lhs = NULL;
    }
    const MathFn *math = math_ref(I, callee);
    if (math && math->args)
        return call_math(I, call, math);
    if (math) {
        error(I, callee->loc, "math.%s is a constant, not a function", math->name);
        return NULL;
    }
    const char *random = random_ref(I, callee);
    if (random)
        return call_random(I, call, random);
    if (time_ref(I, callee))
        return call_time(I, call, time_ref(I, callee));
    const char *heapq = heapq_ref(I, callee);
    if (heapq)
        return call_heapq(I, call, heapq);
    Type *sys_result;
    if (call_sys(I, call, &sys_result))
        return sys_result;
    if (callee->kind == EX_ATTR)
        return call_method(I, call);
    bool object = callee->kind != EX_NAME || scope_find(I->scope, callee->name);
    if (object && infer_expr(I, callee) && object_class(callee) &&
        class_find_method(object_class(callee), "__call__")) { /* f(x), (p * q)(x) of an object: f.__call__(x) */
        Expr *attr = arena_alloc(sizeof *attr);
        *attr = (Expr){.kind = EX_ATTR, .loc = callee->loc, .lhs = callee, .name = "__call__",
                       .start = callee->start, .end = callee->end};
        call->lhs = attr;
        return call_method(I, call);
    }
    if (callee->kind != EX_NAME) {
        error(I, callee->loc, "calling this kind of expression is not supported by slotc");
        return NULL;
    }
    Class *c = module_find_class(I->m, callee->name);
    if (c)
        return call_class(I, call, c);
    if (strcmp(callee->name, "deque") == 0 && !scope_find(I->scope, "deque") && !module_find_func(I->m, "deque"))
        return call_deque(I, call);
    Func *f = module_find_func(I->m, callee->name);
    if (f && (f->owner || !scope_find(I->scope, callee->name)))
        return call_function(I, call, f, 0);
    if (!scope_find(I->scope, callee->name) && class_builtin_exception(I->m, callee->name))
        return call_exception(I, call, class_builtin_exception(I->m, callee->name));
    if (is_builtin(callee->name) && !scope_find(I->scope, callee->name))
        return call_builtin(I, call, callee->name);
    error(I, callee->loc, "'%s' is not a function or class slotc knows", callee->name);
    return NULL;
}

/* ---- expressions ---------------------------------------------------------- */

/* Arithmetic: int op int -> int (/ -> float), any float -> float, str + str,
 * str * int, list + list. */
/* "..." % args: a literal format string, its conversions checked against
 * the arguments (a tuple display for several: each item has its own type) */
static Type *infer_percent(Infer *I, Expr *e)
{
    infer_expr(I, e->lhs);
    Expr *args = e->rhs;
    int n = args->kind == EX_TUPLE ? args->items.len : 1;
    for (int i = 0; i < n; i++)
        infer_expr(I, args->kind == EX_TUPLE ? VEC_AT(Expr *, args->items, i) : args);
    const char *problem = NULL;
    Vec *fields = percent_fields(e->lhs->sval, e->lhs->slen, &problem);
    if (!fields) {
        error(I, e->lhs->loc, "%s", problem);
        return scalar(TY_STR);
    }
    if (fields->len - 1 != n)
        error(I, e->loc, "%s arguments for format string (CPython raises TypeError here)",
              fields->len - 1 > n ? "not enough" : "not all arguments converted:");
    for (int i = 0; i + 1 < fields->len && i < n; i++) {
        FormatField *f = VEC_AT(FormatField *, *fields, i);
        Expr *arg = args->kind == EX_TUPLE ? VEC_AT(Expr *, args->items, i) : args;
        if (arg->type && !f->conversion && !is_number(arg->type))
            error(I, arg->loc, "%%-format needs a number here, not a %s (CPython raises TypeError)",
                  type_python(arg->type));
    }
    return scalar(TY_STR);
}

/* ---- operator methods: a + b is a.__add__(b) -------------------------------- */

/* An operand whose evaluation has no effect, so that a reflected method
 * (b.__lt__(a) for a > b) may evaluate it out of Python's order. */
static bool quiet(const Expr *e)
{
    return e->kind == EX_NAME || e->kind == EX_INT || e->kind == EX_FLOAT || e->kind == EX_STR ||
           e->kind == EX_TRUE || e->kind == EX_FALSE || (e->kind == EX_ATTR && quiet(e->lhs));
}

/* The class of an object operand, or NULL (None may be an operand too). */
static Class *object_class(const Expr *e)
{
    return e->type && e->type->kind == TY_CLASS && !e->type->optional ? e->type->cls : NULL;
}

/* Turns e into the call self.method(arg...) when self's class defines the
 * method: the rest of slotc (inference, dispatch, translation) knows method
 * calls.  e keeps its location and source text. */
static bool call_instead(Expr *e, Expr *self, const char *method, Expr *arg)
{
    Class *c = object_class(self);
    if (!c || !class_find_method(c, method))
        return false;
    Expr *attr = arena_alloc(sizeof *attr);
    attr->kind = EX_ATTR;
    attr->loc = self->loc;
    attr->lhs = self;
    attr->name = method;
    attr->start = self->start;
    attr->end = self->end;
    /* e is a call now, and nothing of what it was (a field's owner class, a
     * variable, a property) but how an f-string formats it */
    *e = (Expr){.kind = EX_CALL, .loc = e->loc, .lhs = attr, .start = e->start, .end = e->end,
                .repr = e->repr, .convert = e->convert, .format = e->format};
    if (arg)
        vec_push(&e->items, arg);
    return true;
}

/* A new node at e's place in the source, for call_instead to fill. */
static Expr *node_at(const Expr *e)
{
    Expr *n = arena_alloc(sizeof *n);
    *n = (Expr){.loc = e->loc, .start = e->start, .end = e->end};
    return n;
}

/* a OP b between objects: __add__, __sub__, __mul__, __truediv__,
 * __floordiv__, __mod__; or b's reflected __radd__ ... when a is a number. */
static bool binary_method(Expr *e)
{
    static const char *const names[][2] = {
        [OP_ADD] = {"__add__", "__radd__"}, [OP_SUB] = {"__sub__", "__rsub__"},
        [OP_MUL] = {"__mul__", "__rmul__"}, [OP_DIV] = {"__truediv__", "__rtruediv__"},
        [OP_FLOORDIV] = {"__floordiv__", "__rfloordiv__"}, [OP_MOD] = {"__mod__", "__rmod__"},
    };
    if ((size_t)e->op >= sizeof names / sizeof names[0] || !names[e->op][0])
        return false;
    Expr *a = e->lhs, *b = e->rhs;
    if (call_instead(e, a, names[e->op][0], b))
        return true;
    return !object_class(a) && quiet(a) && call_instead(e, b, names[e->op][1], a);
}

/* Turns e into `not self.method(arg)` (x not in c, a != b without __ne__);
 * the method exists. */
static bool negated_call_instead(Expr *e, Expr *self, const char *method, Expr *arg)
{
    Expr *call = arena_alloc(sizeof *call);
    *call = *e;
    call_instead(call, self, method, arg);
    e->kind = EX_NOT;
    e->lhs = call;
    e->items = (Vec){0};
    e->ops = NULL;
    return true;
}

/* x in c, on an object whose class defines __contains__: c.__contains__(x)
 * (and not ... for not in).  Python evaluates x first: one of the two must
 * be free of effects. */
static bool contains_method(Expr *e)
{
    Expr *x = VEC_AT(Expr *, e->items, 0), *c = VEC_AT(Expr *, e->items, 1);
    if (!object_class(c) || !class_find_method(object_class(c), "__contains__") || (!quiet(x) && !quiet(c)))
        return false;
    if (e->ops[0] == OP_IN)
        return call_instead(e, c, "__contains__", x);
    return negated_call_instead(e, c, "__contains__", x);
}

/* a == b, a < b ... between objects whose class defines the comparison:
 * a.__eq__(b); a != b without __ne__ is not a.__eq__(b); a > b without
 * __gt__ is b.__lt__(a), as Python reflects it.  1 when e became a call,
 * -1 after an error, 0 otherwise. */
static int compare_method(Infer *I, Expr *e)
{
    static const char *const names[][2] = {
        [OP_EQ] = {"__eq__", "__eq__"}, [OP_NE] = {"__ne__", "__ne__"}, [OP_LT] = {"__lt__", "__gt__"},
        [OP_LE] = {"__le__", "__ge__"}, [OP_GT] = {"__gt__", "__lt__"}, [OP_GE] = {"__ge__", "__le__"},
    };
    if (e->items.len == 2 && (e->ops[0] == OP_IN || e->ops[0] == OP_NOT_IN))
        return contains_method(e);
    if (e->items.len != 2 || (size_t)e->ops[0] >= sizeof names / sizeof names[0] || !names[e->ops[0]][0])
        return false;
    Expr *a = VEC_AT(Expr *, e->items, 0), *b = VEC_AT(Expr *, e->items, 1);
    Op op = e->ops[0];
    if (call_instead(e, a, names[op][0], b))
        return true;
    if (op == OP_NE && object_class(a) && class_find_method(object_class(a), "__eq__"))
        return negated_call_instead(e, a, "__eq__", b);
    Class *rc = object_class(b);
    if (!rc || !class_find_method(rc, names[op][1]) || op == OP_EQ || op == OP_NE)
        return false;
    if (!quiet(a) || !quiet(b)) {
        error(I, e->loc, "slotc evaluates '%s' here as the right operand's %s, which would change the order in "
                         "which the operands are evaluated: name them first",
              op == OP_LT ? "<" : op == OP_LE ? "<=" : op == OP_GT ? ">" : ">=", names[op][1]);
        return -1;
    }
    return call_instead(e, b, names[op][1], a);
}

static Type *infer_binary(Infer *I, Expr *e)
{
    if (e->op == OP_MOD && e->lhs->kind == EX_STR)
        return infer_percent(I, e);
    Type *a = infer_expr(I, e->lhs), *b = infer_expr(I, e->rhs);
    if (!a || !b)
        return NULL;
    if (binary_method(e))
        return infer_expr(I, e);
    if (is_kind(a, TY_SET) && type_eq(a, b) && (e->op == OP_BITOR || e->op == OP_BITAND || e->op == OP_BITXOR ||
                                                  e->op == OP_SUB))
        return a;
    if (e->op >= OP_BITOR && e->op <= OP_RSHIFT) { /* bitwise: ints, and bools for & | ^ */
        bool bools = is_kind(a, TY_BOOL) && is_kind(b, TY_BOOL) && e->op <= OP_BITXOR;
        if (bools)
            return scalar(TY_BOOL);
        if ((is_kind(a, TY_INT) || is_kind(a, TY_BOOL)) && (is_kind(b, TY_INT) || is_kind(b, TY_BOOL)))
            return scalar(TY_INT);
        error(I, e->loc, "unsupported operand types for a bitwise operator: %s and %s", type_python(a),
              type_python(b));
        return NULL;
    }
    if (is_number(a) && is_number(b)) {
        if (e->op == OP_DIV || is_kind(a, TY_FLOAT) || is_kind(b, TY_FLOAT))
            return scalar(TY_FLOAT);
        return scalar(TY_INT);
    }
    if (e->op == OP_ADD && is_kind(a, TY_STR) && is_kind(b, TY_STR))
        return a;
    if (e->op == OP_MUL && ((is_kind(a, TY_STR) && is_kind(b, TY_INT)) || (is_kind(a, TY_INT) && is_kind(b, TY_STR))))
        return scalar(TY_STR); /* "ab" * 3 */
    if (e->op == OP_ADD && is_kind(a, TY_LIST) && type_eq(a, b))
        return a;
    if (e->op == OP_MUL && is_kind(a, TY_LIST) && (is_kind(b, TY_INT) || is_kind(b, TY_BOOL)))
        return a; /* [0.0] * n */
    if (e->op == OP_MUL && is_kind(b, TY_LIST) && (is_kind(a, TY_INT) || is_kind(a, TY_BOOL)))
        return b;
    error(I, e->loc, "unsupported operand types for this operator: %s and %s", type_python(a),
          type_python(b));
    return NULL;
}

static bool comparable(const Type *a, const Type *b, Op op)
{
    if ((op == OP_IN || op == OP_NOT_IN) && is_kind(b, TY_RANGE))
        return is_kind(a, TY_INT);
    if (op == OP_IN || op == OP_NOT_IN)
        return ((is_sequence(b) || is_kind(b, TY_DICT) || is_kind(b, TY_SET)) && type_eq(a, b->item)) ||
               (is_kind(a, TY_STR) && is_kind(b, TY_STR));
    bool none_a = is_kind(a, TY_NONE), none_b = is_kind(b, TY_NONE);
    if ((none_a || none_b) && (op == OP_IS || op == OP_IS_NOT || op == OP_EQ || op == OP_NE))
        return (none_a || is_kind(a, TY_CLASS)) && (none_b || is_kind(b, TY_CLASS));
    if (op == OP_IS || op == OP_IS_NOT) /* objects, and the mutable containers (never copied) */
        return (is_kind(a, TY_CLASS) || is_kind(a, TY_LIST) || is_kind(a, TY_DICT) || is_kind(a, TY_SET)) &&
               type_eq(a, b);
    if (is_number(a) && is_number(b))
        return true;
    if (!type_eq(a, b))
        return false;
    if (op == OP_EQ || op == OP_NE)
        return true;
    if (is_kind(a, TY_SET)) /* subset tests */
        return op != OP_IS && op != OP_IS_NOT;
    return type_orderable(a);
}

static Type *infer_compare(Infer *I, Expr *e)
{
    for (int i = 0; i + 1 < e->items.len; i++) {
        Expr *x = VEC_AT(Expr *, e->items, i), *y = VEC_AT(Expr *, e->items, i + 1);
        Type *a = infer_expr(I, x), *b = infer_expr(I, y);
        bool two_deques = is_kind(a, TY_DEQUE) && is_kind(b, TY_DEQUE);
        if (e->ops[i] == OP_IN || e->ops[i] == OP_NOT_IN || (two_deques && e->ops[i] != OP_IS && e->ops[i] != OP_IS_NOT)) {
            deque_items(y); /* compared item by item as lists are */
            if (two_deques)
                deque_items(x);
            a = x->type, b = y->type;
        }
        if (e->ops[i] == OP_EQ || e->ops[i] == OP_NE) {
            /* `xs == []`: the empty list has the other side's type */
            if (!type_complete(a) && type_complete(b))
                settle(x, b), a = x->type;
            if (!type_complete(b) && type_complete(a))
                settle(y, a), b = y->type;
        }
        int method = a && b && e->items.len == 2 ? compare_method(I, e) : 0;
        if (method)
            return method > 0 ? infer_expr(I, e) : scalar(TY_BOOL);
        if (a && b && !comparable(a, b, e->ops[i]))
            error(I, VEC_AT(Expr *, e->items, i)->loc,
                  "comparing %s with %s this way is not supported by slotc", type_python(a),
                  type_python(b));
    }
    return scalar(TY_BOOL);
}

/* math.pi and the other constants (math.sqrt without a call is not
 * supported: functions are not values in slotc). */
static Type *math_constant(Infer *I, Expr *e, const MathFn *fn)
{
    if (fn->args) {
        error(I, e->loc, "using math.%s as a value is not supported by slotc", fn->name);
        return NULL;
    }
    e->math = fn->c;
    return scalar(fn->result);
}

/* x.name: a field */
/* type(x).__name__ */
static bool is_type_name(const Expr *e)
{
    const Expr *call = e->lhs;
    return strcmp(e->name, "__name__") == 0 && call->kind == EX_CALL && call->lhs->kind == EX_NAME &&
           strcmp(call->lhs->name, "type") == 0 && call->items.len == 1 && !call->keywords.len;
}

/* type(x).__name__: the class an exception has at run time, or the
 * static class of an object whose class has no subclasses. */
static Expr *node_like(const Expr *e, ExprKind kind);

/* `value if isinstance(x, sub) else otherwise`, at x's place (x only reads) */
static Expr *pick_by_class(const Expr *x, const Class *sub, Expr *value, Expr *otherwise)
{
    Expr *test = node_like(x, EX_CALL), *obj = node_like(x, EX_NAME), *cls = node_like(x, EX_NAME);
    *obj = *x;
    test->lhs = node_like(x, EX_NAME);
    test->lhs->name = "isinstance";
    cls->name = sub->name;
    vec_push(&test->items, obj);
    vec_push(&test->items, cls);
    Expr *pick = node_like(x, EX_IFEXP);
    pick->lhs = value;
    pick->cond = test;
    pick->rhs = otherwise;
    return pick;
}

/* Wraps *chain, the name of x's static class c, in a test for each class
 * below c (preorder, so a deeper one is tested first): `"D" if
 * isinstance(x, D) else ...`. */
static void wrap_class_names(const Expr *x, const Class *c, Expr **chain)
{
    for (int i = 0; i < c->subclasses.len; i++) {
        const Class *sub = VEC_AT(Class *, c->subclasses, i);
        Expr *name = node_like(x, EX_STR);
        name->sval = sub->name;
        name->slen = strlen(sub->name);
        *chain = pick_by_class(x, sub, name, *chain);
        wrap_class_names(x, sub, chain);
    }
}

static Type *infer_type_name(Infer *I, Expr *e)
{
    Expr *x = VEC_AT(Expr *, e->lhs->items, 0);
    Type *t = infer_expr(I, x);
    if (is_kind(t, TY_CLASS) && !t->optional && !class_is_exception(t->cls) && t->cls->subclasses.len &&
        quiet(x)) { /* type(shape).__name__: chosen by the object's class */
        Expr *chain = node_like(e, EX_STR);
        chain->sval = t->cls->name;
        chain->slen = strlen(t->cls->name);
        wrap_class_names(x, t->cls, &chain);
        chain->repr = e->repr;
        chain->convert = e->convert;
        chain->format = e->format;
        *e = *chain;
        return infer_expr(I, e);
    }
    if (t && (!is_kind(t, TY_CLASS) || t->optional ||
              (!class_is_exception(t->cls) && t->cls->subclasses.len)))
        error(I, e->loc, "type(x).__name__ of a %s is not supported by slotc (of an exception or an object it is; "
                         "in a class hierarchy, of a variable)",
              type_python(t));
    return scalar(TY_STR);
}

/* What BaseException has that slotc's exceptions do not. */
static bool exception_attribute(const char *name)
{
    static const char *names[] = {"args", "__cause__", "__context__", "__traceback__", "__suppress_context__",
                                  "__notes__", "with_traceback", "add_note"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (strcmp(name, names[i]) == 0)
            return true;
    return false;
}

/* The class that defines the class attribute name, c or a base; NULL. */
static const Class *attribute_owner(const Class *c, const char *name)
{
    for (; c; c = c->base)
        for (int i = 0; i < c->attrs.len; i++)
            if (strcmp(strchr(VEC_AT(Stmt *, c->attrs, i)->target->name, '.') + 1, name) == 0)
                return c;
    return NULL;
}

/* Whether a class below c defines the class attribute name again. */
static bool attribute_overridden(const Class *c, const char *name)
{
    for (int i = 0; i < c->subclasses.len; i++) {
        const Class *sub = VEC_AT(Class *, c->subclasses, i);
        if (attribute_owner(sub, name) != c || attribute_overridden(sub, name))
            return true;
    }
    return false;
}

/* Cls.NAME, or obj.NAME on an object with no field NAME: a class
 * attribute, read from its global ("Cls.NAME"); e becomes that name (1).
 * -1 after an error, 0 for another attribute. */
/* A new node at e's place, as e's copy with the given kind. */
static Expr *node_like(const Expr *e, ExprKind kind)
{
    Expr *n = arena_alloc(sizeof *n);
    *n = (Expr){.kind = kind, .loc = e->loc, .start = e->start, .end = e->end};
    return n;
}

/* Wraps *chain, the value of obj.NAME for objects of c's class, in a test
 * for each class below c that defines NAME again (preorder, so that a
 * deeper one is tested first): `D.NAME if isinstance(obj, D) else ...`. */
static void wrap_overrides(const Expr *e, const Class *c, Expr **chain)
{
    for (int i = 0; i < c->subclasses.len; i++) {
        const Class *sub = VEC_AT(Class *, c->subclasses, i);
        if (attribute_owner(sub, e->name) == sub) {
            Expr *value = node_like(e, EX_NAME);
            value->name = arena_printf("%s.%s", sub->name, e->name);
            *chain = pick_by_class(e->lhs, sub, value, *chain);
        }
        wrap_overrides(e, sub, chain);
    }
}

/* obj.NAME of a class attribute some subclasses define again: chosen by
 * the object's class (isinstance tests, which are class-id ranges). */
static Expr *attribute_by_class(const Expr *e, const Class *c, const Class *owner)
{
    Expr *chain = node_like(e, EX_NAME);
    chain->name = arena_printf("%s.%s", owner->name, e->name);
    wrap_overrides(e, c, &chain);
    chain->repr = e->repr;
    chain->convert = e->convert;
    chain->format = e->format;
    return chain;
}

static int class_attribute(Infer *I, Expr *e)
{
    const Class *c = NULL;
    bool object = false; /* obj.NAME rather than Cls.NAME */
    if (e->lhs->kind == EX_NAME && !scope_find(I->scope, e->lhs->name))
        c = module_find_class(I->m, e->lhs->name);
    else if (e->lhs->type && e->lhs->type->kind == TY_CLASS && !class_find_field(e->lhs->type->cls, e->name))
        c = e->lhs->type->cls, object = true;
    const Class *owner = c ? attribute_owner(c, e->name) : NULL;
    if (!owner)
        return 0;
    if (object && attribute_overridden(c, e->name) && quiet(e->lhs)) {
        *e = *attribute_by_class(e, c, owner);
        return 1;
    }
    if (object && attribute_overridden(c, e->name)) {
        error(I, e->loc, "class attribute '%s' is defined again in a subclass of %s: reading it through an "
                         "expression is not supported by slotc (read it through a variable)",
              e->name, c->name);
        return -1;
    }
    if (object && !quiet(e->lhs)) {
        error(I, e->loc, "reading the class attribute '%s' through an expression is not supported by slotc: "
                         "write %s.%s",
              e->name, owner->name, e->name);
        return -1;
    }
    e->kind = EX_NAME;
    e->name = arena_printf("%s.%s", owner->name, e->name);
    e->lhs = NULL;
    return 1;
}

static Type *infer_attr(Infer *I, Expr *e)
{
    if (strcmp(e->name, DEQUE_ITEMS) == 0) { /* deque_items */
        Type *d = infer_expr(I, e->lhs);
        return d ? type_list(d->item) : NULL;
    }
    int attribute = class_attribute(I, e);
    if (attribute)
        return attribute > 0 ? infer_expr(I, e) : NULL;
    const MathFn *math = math_ref(I, e);
    if (math)
        return math_constant(I, e, math);
    if (sys_ref(I, e))
        return sys_value(I, e, sys_ref(I, e));
    if (random_ref(I, e) || heapq_ref(I, e) || time_ref(I, e)) {
        error(I, e->loc, "using %s.%s as a value is not supported by slotc (call it)",
              random_ref(I, e) ? "random" : heapq_ref(I, e) ? "heapq" : "time", e->name);
        return NULL;
    }
    if (is_type_name(e) && !scope_find(I->scope, "type"))
        return infer_type_name(I, e);
    Type *obj = infer_expr(I, e->lhs);
    if (!obj)
        return NULL;
    if ((attribute = class_attribute(I, e)))
        return attribute > 0 ? infer_expr(I, e) : NULL;
    if (is_kind(obj, TY_CLASS) && class_is_exception(obj->cls) && exception_attribute(e->name) &&
        !class_find_field(obj->cls, e->name) && !class_find_prop(obj->cls, e->name)) {
        error(I, e->loc, "'%s' of an exception is not supported by slotc (str(e), repr(e), type(e).__name__ and "
                         "the fields of its class are)",
              e->name);
        return NULL;
    }
    if (is_kind(obj, TY_CLASS)) {
        Field *f = class_find_field(obj->cls, e->name);
        e->cls = obj->cls;
        e->prop = class_find_prop(obj->cls, e->name);
        if (e->prop)
            return e->prop->getter->result->type;
        if (f)
            return f->var.type;
        error(I, e->loc, "'%s' object has no attribute '%s'", obj->cls->name, e->name);
        return NULL;
    }
    error(I, e->loc, "attribute '%s' of %s is not supported by slotc", e->name, type_python(obj));
    return NULL;
}

/* xs[i] on a list or tuple; t[0] on a namedtuple with a literal index */
static Type *infer_index(Infer *I, Expr *e)
{
    Type *obj = infer_expr(I, e->lhs);
    if (e->rhs->kind != EX_SLICE && call_instead(e, e->lhs, "__getitem__", e->rhs)) /* x[i]: x.__getitem__(i) */
        return infer_expr(I, e);
    if (e->rhs->kind == EX_SLICE) { /* xs[a:b:c]: a new list, tuple or str */
        Expr *parts[3] = {e->rhs->lhs, e->rhs->rhs, e->rhs->cond};
        for (int i = 0; i < 3; i++)
            if (parts[i] && !is_kind(infer_expr(I, parts[i]), TY_INT))
                error(I, parts[i]->loc, "slice indices must be ints in slotc");
        if (obj && !is_sequence(obj) && !is_kind(obj, TY_STR))
            error(I, e->loc, "slicing a %s is not supported by slotc", type_python(obj));
        return obj;
    }
    Type *index = infer_expr(I, e->rhs);
    if (!obj)
        return NULL;
    if (is_kind(obj, TY_DEQUE) || is_kind(obj, TY_RANGE)) {
        if (index && !is_kind(index, TY_INT) && !is_kind(index, TY_BOOL))
            error(I, e->rhs->loc, "%s indices must be ints", type_python(obj));
        return is_kind(obj, TY_RANGE) ? scalar(TY_INT) : obj->item;
    }
    if (is_kind(obj, TY_DICT)) {
        settle(e->rhs, obj->item);
        if (index && type_complete(obj->item) && !type_eq(index, obj->item))
            error(I, e->rhs->loc, "a key of type %s in a %s", type_python(index), type_python(obj));
        return obj->value;
    }
    if (is_kind(obj, TY_CLASS) && class_is_record(obj->cls) && obj->cls->kind != CK_DATACLASS) {
        int64_t i = e->rhs->kind == EX_INT ? e->rhs->ival
                    : e->rhs->kind == EX_UNARY && e->rhs->op == OP_NEG && e->rhs->lhs->kind == EX_INT
                        ? -e->rhs->lhs->ival
                        : INT64_MAX;
        int n = obj->cls->fields.len;
        if (i < -n || i >= n) {
            error(I, e->rhs->loc, "an index into %s must be a literal between %d and %d",
                  obj->cls->tuple ? arena_printf("a %s", class_python(obj->cls)) : arena_printf("'%s'", obj->cls->name),
                  -n, n - 1);
            return NULL;
        }
        return VEC_AT(Field *, obj->cls->fields, i < 0 ? i + n : i)->var.type;
    }
    if (is_kind(obj, TY_STR)) {
        if (index && !is_kind(index, TY_INT) && !is_kind(index, TY_BOOL))
            error(I, e->rhs->loc, "string indices must be integers, not %s", type_python(index));
        return obj;
    }
    if (!is_sequence(obj)) {
        error(I, e->loc, "indexing a %s is not supported by slotc", type_python(obj));
        return NULL;
    }
    if (index && !is_kind(index, TY_INT) && !is_kind(index, TY_BOOL))
        error(I, e->rhs->loc, "%s indices must be integers, not %s", type_python(obj), type_python(index));
    return obj->item;
}

/* [a, b, c] and (a, b, c): every item has one type */
/* {k: v, ...} (items alternate keys and values) and {a, b}: one key type
 * and one value type, which must be hashable. */
static Type *infer_hashed(Infer *I, Expr *e)
{
    Type *types[2] = {NULL, NULL};
    int step = e->kind == EX_DICT ? 2 : 1;
    for (int i = 0; i < e->items.len; i++) {
        Expr *x = VEC_AT(Expr *, e->items, i);
        Type *t = infer_expr(I, x);
        bool conflict = false;
        Type *merged = merge(types[i % step], t, &conflict);
        if (conflict) {
            error(I, x->loc, "items of different types (%s and %s) in one %s are not supported by slotc yet",
                  type_python(types[i % step]), type_python(t), e->kind == EX_DICT ? "dict" : "set");
            return NULL;
        }
        types[i % step] = merged;
    }
    for (int i = 0; i < 2; i++)
        if (!types[i])
            types[i] = type_new(TY_UNKNOWN);
    if (!hashable(types[0]))
        error(I, e->loc, "%s", unhashable(types[0]));
    return e->kind == EX_DICT ? type_dict(types[0], types[1]) : type_set(types[0]);
}

/* A name for a tuple record's C struct: tuple_str_int for tuple[str, int],
 * numbered when a class already has it. */
static const char *tuple_name(Infer *I, Type **types, int n)
{
    Str s = {0};
    str_add(&s, "tuple");
    for (int k = 0; k < n; k++) {
        str_add(&s, "_");
        for (const char *p = type_python(types[k]); *p; p++)
            if (isalnum((unsigned char)*p) || (*p == '_' && s.data[s.len - 1] != '_'))
                str_printf(&s, "%c", *p);
            else if (s.data[s.len - 1] != '_')
                str_add(&s, "_");
    }
    while (s.data[s.len - 1] == '_')
        s.data[--s.len] = '\0';
    const char *name = str_finish(&s);
    const char *numbered = name;
    for (int i = 2; module_find_class(I->m, numbered); i++)
        numbered = arena_printf("%s_%d", name, i);
    return numbered;
}

/* (name, 3): a tuple whose items differ in type is a record of its own, one
 * class per list of item types (a frozen namedtuple that orders as tuples
 * do), so it is stored inline and compared, hashed and printed as CPython
 * does the tuple.  NULL until every item's type is known. */
static Type *tuple_record(Infer *I, Type **types, int n, Loc loc)
{
    for (int k = 0; k < n; k++) {
        if (!type_complete(types[k]))
            return NULL;
        if (is_kind(types[k], TY_NONE)) {
            error(I, loc, "None as an item of a tuple whose items differ in type is not supported by slotc");
            return NULL;
        }
    }
    for (int i = 0; i < I->m->classes.len; i++) {
        Class *c = VEC_AT(Class *, I->m->classes, i);
        bool same = c->tuple && c->fields.len == n;
        for (int k = 0; same && k < n; k++)
            same = type_eq(VEC_AT(Field *, c->fields, k)->var.type, types[k]);
        if (same)
            return type_class(c);
    }
    Class *c = arena_alloc(sizeof *c);
    c->name = tuple_name(I, types, n);
    c->kind = CK_NAMEDTUPLE;
    c->loc = loc;
    c->tuple = c->frozen = c->eq = c->order = c->repr = true;
    for (int k = 0; k < n; k++) {
        Field *f = arena_alloc(sizeof *f);
        f->var.name = arena_printf("%d", k);
        f->var.cname = arena_printf("item%d", k);
        f->var.type = types[k];
        f->var.loc = f->var.type_loc = loc;
        f->var.why = "the tuple's items";
        f->index = k;
        vec_push(&c->fields, f);
    }
    for (int k = 0; k < n; k++)
        VEC_AT(Field *, c->fields, k)->var.what = arena_printf("item %d of %s", k, class_python(c));
    vec_push(&I->m->classes, c);
    return type_class(c);
}

/* [a, b, c] and (a, b, c): every item of a list has one type; a tuple's
 * items may differ (a tuple record) */
static Type *infer_items(Infer *I, Expr *e)
{
    Type *item = NULL;
    Type **types = arena_alloc(sizeof(Type *) * (size_t)(e->items.len + 1));
    bool differ = false, unknown = false;
    for (int i = 0; i < e->items.len; i++) {
        Expr *x = VEC_AT(Expr *, e->items, i);
        Type *t = types[i] = infer_expr(I, x);
        unknown = unknown || !t || t->kind == TY_UNKNOWN;
        bool conflict = false;
        Type *merged = differ ? NULL : merge(item, t, &conflict);
        differ = differ || (conflict && e->kind == EX_TUPLE);
        if (conflict && !differ) {
            error(I, x->loc, "items of different types (%s and %s) in one %s are not supported by slotc yet",
                  type_python(item), type_python(t), e->kind == EX_LIST ? "list" : "tuple");
            return NULL;
        }
        item = merged;
    }
    if (differ)
        return unknown ? NULL : tuple_record(I, types, e->items.len, e->loc);
    if (!item)
        item = type_new(TY_UNKNOWN);
    return e->kind == EX_LIST ? type_list(item) : type_tuple(item);
}

static void bind_loop_target(Infer *I, Expr *target, Expr *iter);

/* How many times a function may assign name: a loop's assignments count
 * as many. */
static int assignments(Vec *body, const Var *v, bool in_loop)
{
    int n = 0;
    for (int i = 0; i < body->len; i++) {
        Stmt *s = VEC_AT(Stmt *, *body, i);
        bool loop = in_loop || s->kind == ST_FOR || s->kind == ST_WHILE;
        if (s->target && s->target->kind == EX_NAME && s->target->var == v)
            n += loop ? 2 : 1;
        if (s->target && (s->target->kind == EX_TUPLE || s->target->kind == EX_LIST))
            for (int k = 0; k < s->target->items.len; k++)
                if (VEC_AT(Expr *, s->target->items, k)->var == v)
                    n += loop ? 2 : 1;
        n += assignments(&s->body, v, loop) + assignments(&s->orelse, v, loop) + assignments(&s->handlers, v, loop) +
             assignments(&s->final, v, loop);
    }
    return n;
}

/* A generator expression kept as an object copies the locals it reads
 * when it is made (translate.c); CPython reads them as each item is made.
 * The two agree when the local never changes afterwards. */
static bool reads_changing_local(const Expr *e, const void *context)
{
    Infer *I = (Infer *)context;
    if (e->kind != EX_NAME || !e->var)
        return false;
    for (int i = 0; i < I->func->locals.len; i++) {
        Var *v = VEC_AT(Var *, I->func->locals, i);
        if (v != e->var)
            continue;
        bool param = false;
        for (int k = 0; k < I->func->params.len; k++)
            param = param || VEC_AT(Param *, I->func->params, k)->var == v;
        if (assignments(&I->func->body, v, false) + param > 1) {
            error(I, e->loc, "this generator expression is kept as an object and reads '%s', which changes "
                             "later; slotc copies it when the generator is made: consume the generator where it is "
                             "written, or read a variable assigned once",
                  e->name);
            return true;
        }
    }
    return false;
}

/* The variables an earlier pass made for a comprehension's target: each
 * pass finds the same ones again, so their types carry over and the passes
 * reach a fixed point. */
static void redeclare_target(Scope *s, Expr *t)
{
    if (t->kind == EX_NAME && t->var)
        vec_push(&s->vars, t->var);
    if (t->kind == EX_TUPLE || t->kind == EX_LIST)
        for (int i = 0; i < t->items.len; i++)
            redeclare_target(s, VEC_AT(Expr *, t->items, i));
}

static bool narrow(const Expr *cond, const Vec *body, Scope *scope);

/* Enters the scope of comprehension g's for clause, after those of the
 * clauses before it (the clause nodes of its iter): its variables bound to
 * the items of the iterable, its filter inferred. */
static void enter_clause(Infer *I, Expr *g)
{
    Expr *iter = g->iter;
    if (iter->kind == EX_GENEXP && iter->clause) {
        enter_clause(I, iter);
        iter = iter->lhs;
    }
    Scope *inner = arena_alloc(sizeof *inner);
    inner->parent = I->scope;
    redeclare_target(inner, g->target);
    declare_target(inner, g->target, "comprehension variable");
    I->scope = inner;
    bind_loop_target(I, g->target, iter);
    if (iter != g->iter)
        g->iter->type = iter->type;
    if (g->cond)
        infer_condition(I, g->cond);
    Scope *narrowed = arena_alloc(sizeof *narrowed); /* `if isinstance(x, C)` narrows what follows */
    narrowed->parent = I->scope;
    if (g->cond && narrow(g->cond, NULL, narrowed))
        I->scope = narrowed;
}

/* [elt for target in iter if cond]: its own scope, as in Python 3 */
static Type *infer_listcomp(Infer *I, Expr *e)
{
    Scope *parent = I->scope;
    if (e->kind == EX_GENEXP && !e->consumed && e->iter->kind == EX_GENEXP && e->iter->clause)
        error(I, e->iter->loc, "a generator expression with several 'for' clauses is supported by slotc only where "
                               "it is consumed at once (sum(), max(), sorted(), ...): write a list comprehension");
    enter_clause(I, e);
    Type *elt = infer_expr(I, e->lhs);
    Type *value = e->kind == EX_DICTCOMP ? infer_expr(I, e->rhs) : NULL;
    I->scope = parent;
    if (I->report && e->kind == EX_GENEXP && !e->consumed && !expr_any(e->lhs, reads_changing_local, I))
        expr_any(e->cond, reads_changing_local, I);
    if (!elt || (e->kind == EX_DICTCOMP && !value))
        return NULL;
    if ((e->kind == EX_DICTCOMP || e->kind == EX_SETCOMP) && !hashable(elt))
        error(I, e->lhs->loc, "%s", unhashable(elt));
    return e->kind == EX_GENEXP    ? type_iter(elt)
           : e->kind == EX_DICTCOMP ? type_dict(elt, value)
           : e->kind == EX_SETCOMP  ? type_set(elt)
                                    : type_list(elt);
}

static Type *infer_name(Infer *I, Expr *e)
{
    Var *v = scope_find(I->scope, e->name);
    if (v) {
        e->var = v;
        v->read = true;
        return v->type;
    }
    const MathFn *math = math_ref(I, e);
    if (math)
        return math_constant(I, e, math);
    if (sys_ref(I, e))
        return sys_value(I, e, sys_ref(I, e));
    if (random_ref(I, e) || heapq_ref(I, e) || time_ref(I, e)) {
        error(I, e->loc, "using %s.%s as a value is not supported by slotc (call it)",
              random_ref(I, e) ? "random" : heapq_ref(I, e) ? "heapq" : "time", e->name);
        return NULL;
    }
    if (module_find_class(I->m, e->name) || module_find_func(I->m, e->name))
        error(I, e->loc, "using '%s' as a value is not supported by slotc", e->name);
    else if (!is_builtin(e->name))
        error(I, e->loc, "name '%s' is not defined", e->name);
    else
        error(I, e->loc, "using the builtin '%s' as a value is not supported by slotc", e->name);
    return NULL;
}

static Type *infer_expr_kind(Infer *I, Expr *e)
{
    switch (e->kind) {
    case EX_NAME:
        return infer_name(I, e);
    case EX_INT:
        return scalar(TY_INT);
    case EX_FLOAT:
        return scalar(TY_FLOAT);
    case EX_STR:
        return scalar(TY_STR);
    case EX_TRUE:
    case EX_FALSE:
        return scalar(TY_BOOL);
    case EX_NONE:
        return scalar(TY_NONE);
    case EX_BINARY:
        return infer_binary(I, e);
    case EX_UNARY: {
        Type *t = infer_expr(I, e->lhs);
        if (e->op == OP_NEG && call_instead(e, e->lhs, "__neg__", NULL))
            return infer_expr(I, e);
        if (t && !is_number(t))
            error(I, e->loc, "unary minus or plus of a %s", type_python(t));
        else if (e->op == OP_INVERT && is_kind(t, TY_FLOAT))
            error(I, e->loc, "bad operand type for unary ~: 'float' (CPython raises TypeError here)");
        return is_kind(t, TY_BOOL) ? scalar(TY_INT) : t;
    }
    case EX_NOT:
        infer_condition(I, e->lhs);
        return scalar(TY_BOOL);
    case EX_AND:
    case EX_OR: {
        Type *a = infer_expr(I, e->lhs), *b = infer_expr(I, e->rhs);
        if (a && b && !type_eq(a, b))
            error(I, e->loc, "'%s' between values of types %s and %s is not supported by slotc outside a condition",
                  e->kind == EX_AND ? "and" : "or", type_python(a), type_python(b));
        return a;
    }
    case EX_COMPARE:
        return infer_compare(I, e);
    case EX_CALL:
        if (is_reversed_range(I, e)) { /* a range iterator, which prints as an address */
            error(I, e->loc, "reversed(range(...)) is supported by slotc only as the iterable of a loop or of a "
                             "consumer (list(), sum(), ...)");
            return NULL;
        }
        if (reversed_instead(I, e) || divmod_instead(I, e)) /* xs[::-1], (a // b, a % b) now */
            return infer_expr(I, e);
        return infer_call(I, e);
    case EX_ATTR:
        return infer_attr(I, e);
    case EX_INDEX:
        return infer_index(I, e);
    case EX_LIST:
    case EX_TUPLE:
        return infer_items(I, e);
    case EX_LISTCOMP:
    case EX_GENEXP:
    case EX_DICTCOMP:
    case EX_SETCOMP:
        return infer_listcomp(I, e);
    case EX_DICT:
    case EX_SET:
        return infer_hashed(I, e);
    case EX_LAMBDA: /* only as key= (key_function) */
        error(I, e->loc, "a lambda is supported by slotc only as the key= of sorted(), sort(), min() and max(), "
                         "and as a dataclass field's default_factory");
        return NULL;
    case EX_SLICE: /* only as an index (infer_index) */
        error(I, e->loc, "a slice outside an index is not supported by slotc");
        return NULL;
    case EX_FSTRING:
        for (int i = 0; i < e->items.len; i++) {
            Type *t = infer_expr(I, VEC_AT(Expr *, e->items, i));
            Expr *part = VEC_AT(Expr *, e->items, i);
            if (is_kind(t, TY_CLASS) && t->cls->enumeration && part->format)
                part->convert = true; /* Enum.__format__ formats str(member) */
            check_spec(I, part->loc, t, part->convert ? 's' : 0, part->format);
        }
        return scalar(TY_STR);
    case EX_IFEXP: {
        infer_condition(I, e->cond);
        Type *a = infer_expr(I, e->lhs), *b = infer_expr(I, e->rhs);
        bool conflict = false;
        Type *t = merge(a, b, &conflict);
        if (conflict)
            error(I, e->loc, "the two branches have different types (%s and %s)", type_python(a),
                  type_python(b));
        return t;
    }
    }
    return NULL;
}

static Type *infer_expr(Infer *I, Expr *e)
{
    Type *t = infer_expr_kind(I, e);
    if (t)
        e->type = t;
    return t;
}

/* The truth of an object whose class defines __bool__ (x.__bool__()) or
 * __len__ (x.__len__() != 0), as Python decides it: e becomes that. */
static bool truth_method(Expr *e)
{
    Class *c = object_class(e);
    if (!c || (!class_find_method(c, "__bool__") && !class_find_method(c, "__len__")))
        return false;
    Expr *self = arena_alloc(sizeof *self);
    *self = *e;
    if (class_find_method(c, "__bool__"))
        return call_instead(e, self, "__bool__", NULL);
    Expr *len = node_at(e), *zero = node_at(e);
    call_instead(len, self, "__len__", NULL);
    zero->kind = EX_INT;
    e->kind = EX_COMPARE;
    e->lhs = e->rhs = NULL;
    e->type = NULL;
    e->items = (Vec){0};
    vec_push(&e->items, len);
    vec_push(&e->items, zero);
    e->ops = arena_alloc(sizeof(Op));
    e->ops[0] = OP_NE;
    return true;
}

/* A condition, where only truth matters: `p and p > 2` may mix an int and
 * a bool there (in a value, Python would return one of the two). */
static Type *infer_condition(Infer *I, Expr *e)
{
    if (e->kind == EX_AND || e->kind == EX_OR) {
        Type *a = infer_condition(I, e->lhs);
        Scope narrowed = {{0}, I->scope}; /* isinstance(x, C) and x.c_field */
        if (e->kind == EX_AND && narrow(e->lhs, NULL, &narrowed))
            I->scope = &narrowed;
        Type *b = infer_condition(I, e->rhs);
        I->scope = narrowed.parent;
        if (a && b && !type_eq(a, b)) {
            e->truth_only = true;
            e->type = scalar(TY_BOOL);
            return e->type;
        }
        return e->type = a;
    }
    if (e->kind == EX_NOT) {
        infer_condition(I, e->lhs);
        return e->type = scalar(TY_BOOL);
    }
    Type *t = infer_expr(I, e);
    return truth_method(e) ? infer_expr(I, e) : t;
}

/* ---- statements ----------------------------------------------------------- */

static bool field_is_frozen(const Class *c)
{
    return c->frozen || c->kind == CK_NAMEDTUPLE || c->kind == CK_NAMEDTUPLE_TYPED;
}

static void bind_unpack(Infer *I, Expr *target, Expr *value, Type *t);

/* target = value of type t */
/* obj.name = value: a field of a user class; frozen records refuse it
 * outside their constructor, as CPython does at run time. */
static void bind_field(Infer *I, Expr *target, Type *t, const char *why)
{
    Type *obj = infer_expr(I, target->lhs);
    if (!is_kind(obj, TY_CLASS)) {
        if (obj)
            error(I, target->loc, "setting attribute '%s' of a %s is not supported", target->name,
                  type_python(obj));
        return;
    }
    Field *f = class_find_field(obj->cls, target->name);
    target->cls = obj->cls;
    target->prop = class_find_prop(obj->cls, target->name);
    if (target->prop && target->prop->cache) { /* sets the cached value */
        bind(I, &target->prop->cache->var, t, target->loc, why);
        target->type = target->prop->cache->var.type;
        return;
    }
    if (target->prop) {
        Func *setter = target->prop->setter;
        if (!setter) {
            error(I, target->loc, "property '%s' of '%s' object has no setter (CPython raises "
                                  "AttributeError here)",
                  target->name, obj->cls->name);
            return;
        }
        bind(I, VEC_AT(Param *, setter->params, 1)->var, t, target->loc, why);
        target->type = VEC_AT(Param *, setter->params, 1)->var->type;
        return;
    }
    if (!f) {
        error(I, target->loc, "'%s' object has no attribute '%s'", obj->cls->name, target->name);
        return;
    }
    if (field_is_frozen(obj->cls) && I->func != obj->cls->init)
        error(I, target->loc, "cannot assign to field '%s': '%s' is immutable (CPython raises %s here)",
              target->name, obj->cls->name,
              obj->cls->kind == CK_DATACLASS ? "FrozenInstanceError" : "AttributeError");
    bind(I, &f->var, t, target->loc, why);
    target->type = f->var.type;
}

/* xs[i] = value: refines the list's type when the list is a name or a
 * field, and must agree with it otherwise. */
static void bind_item(Infer *I, Expr *target, Type *t, const char *why)
{
    Type *obj = infer_expr(I, target->lhs);
    Type *key = infer_expr(I, target->rhs);
    if (is_kind(obj, TY_DICT)) { /* d[k] = v refines an empty dict's types */
        if (target->lhs->kind == EX_NAME || target->lhs->kind == EX_ATTR)
            bind_target(I, target->lhs, type_dict(key, t), why);
        else if (t && type_complete(obj->value) && !type_eq(t, obj->value))
            error(I, target->loc, "assigning a %s to an item of a %s", type_python(t), type_python(obj));
        obj = infer_expr(I, target->lhs);
        target->type = obj ? obj->value : NULL;
        return;
    }
    if (obj && !is_kind(obj, TY_LIST) && !is_kind(obj, TY_DEQUE)) {
        error(I, target->loc, "'%s' object does not support item assignment", type_python(obj));
        return;
    }
    if (obj && (target->lhs->kind == EX_NAME || target->lhs->kind == EX_ATTR))
        bind_target(I, target->lhs, is_kind(obj, TY_DEQUE) ? type_deque(t) : type_list(t), why);
    else if (obj && t && type_complete(obj->item) && !type_eq(t, obj->item))
        error(I, target->loc, "assigning a %s to an item of a %s", type_python(t), type_python(obj));
    target->type = obj ? obj->item : NULL;
}

/* target = value of type t */
static void bind_target(Infer *I, Expr *target, Type *t, const char *why)
{
    switch (target->kind) {
    case EX_TUPLE:
    case EX_LIST: /* a, b = ... and for a, b in pairs */
        target->type = t;
        bind_unpack(I, target, NULL, t);
        return;
    case EX_NAME: {
        Var *v = scope_find(I->scope, target->name);
        if (!v)
            die("no variable for %s", target->name);
        target->var = v;
        bind(I, v, t, target->loc, why);
        target->type = v->type;
        return;
    }
    case EX_ATTR:
        if (target->lhs->kind == EX_NAME && !scope_find(I->scope, target->lhs->name) &&
            module_find_class(I->m, target->lhs->name)) {
            error(I, target->loc, "assigning to a class attribute (%s.%s) is not supported by slotc yet",
                  target->lhs->name, target->name);
            return;
        }
        bind_field(I, target, t, why);
        return;
    case EX_INDEX:
        bind_item(I, target, t, why);
        return;
    default:
        error(I, target->loc, "this assignment target is not supported by slotc");
    }
}

/* a, b = value: a tuple literal of the same length, a record's fields, or
 * the items of a list or tuple (checked at run time). */
static void bind_unpack(Infer *I, Expr *target, Expr *value, Type *t)
{
    int n = target->items.len;
    if (value && value->kind == EX_TUPLE) {
        if (value->items.len != n) {
            error(I, target->loc, "cannot unpack %d values into %d names", value->items.len, n);
            return;
        }
        for (int i = 0; i < n; i++)
            bind_target(I, VEC_AT(Expr *, target->items, i),
                        infer_expr(I, VEC_AT(Expr *, value->items, i)), "an assignment");
        return;
    }
    if (is_kind(t, TY_CLASS) && class_is_record(t->cls) && t->cls->kind != CK_DATACLASS) {
        if (t->cls->fields.len != n) {
            error(I, target->loc, "cannot unpack the %d %s into %d names", t->cls->fields.len,
                  t->cls->tuple ? arena_printf("items of a %s", class_python(t->cls))
                                : arena_printf("fields of '%s'", t->cls->name),
                  n);
            return;
        }
        for (int i = 0; i < n; i++)
            bind_target(I, VEC_AT(Expr *, target->items, i), VEC_AT(Field *, t->cls->fields, i)->var.type,
                        "an unpacking");
        return;
    }
    if (is_sequence(t)) {
        for (int i = 0; i < n; i++)
            bind_target(I, VEC_AT(Expr *, target->items, i), t->item, "an unpacking");
        return;
    }
    if (t)
        error(I, target->loc, "unpacking a %s is not supported by slotc", type_python(t));
}

/* x[k] = v of an object whose class defines __setitem__: the statement
 * becomes the call x.__setitem__(k, v). */
static bool setitem_instead(Infer *I, Stmt *s)
{
    Expr *target = s->target;
    if (target->kind != EX_INDEX || target->rhs->kind == EX_SLICE)
        return false;
    Class *c = object_class(target->lhs); /* its type from an earlier pass */
    if (!c || !class_find_method(c, "__setitem__"))
        return false;
    Expr *call = node_at(target);
    call_instead(call, target->lhs, "__setitem__", target->rhs);
    vec_push(&call->items, s->value);
    s->kind = ST_EXPR;
    s->value = call;
    s->target = NULL;
    infer_expr(I, call);
    return true;
}

/* xs[a:b:c] = items: a list's slice replaced by the items of any
 * iterable (made a list first), of the list's item type. */
static void infer_slice_assign(Infer *I, Stmt *s)
{
    Expr *target = s->target, *slice = target->rhs;
    Type *obj = infer_expr(I, target->lhs);
    Expr *parts[3] = {slice->lhs, slice->rhs, slice->cond};
    for (int i = 0; i < 3; i++)
        if (parts[i] && !is_kind(infer_expr(I, parts[i]), TY_INT))
            error(I, parts[i]->loc, "slice indices must be ints in slotc");
    if (is_range_call(I, s->value) || s->value->kind == EX_GENEXP)
        wrap_in_list(s->value);
    Type *t = infer_expr(I, s->value);
    if (!obj || !t)
        return;
    if (!is_kind(obj, TY_LIST)) {
        error(I, target->loc, "assigning to a slice of a %s is not supported by slotc", type_python(obj));
        return;
    }
    deque_items(s->value);
    settle(s->value, obj);
    Type *item = item_type(I, s->value, s->value->type);
    if (!is_kind(s->value->type, TY_LIST))
        wrap_in_list(s->value);
    if (item && !type_eq(item, obj->item) && type_complete(item))
        error(I, s->value->loc, "assigning %s items to a slice of a %s", type_python(item), type_python(obj));
    target->type = obj;
}

static void infer_assign(Infer *I, Stmt *s)
{
    Expr *target = s->target;
    if (setitem_instead(I, s))
        return;
    if (target->kind == EX_INDEX && target->rhs->kind == EX_SLICE) {
        infer_slice_assign(I, s);
        return;
    }
    if (target->kind == EX_TUPLE || target->kind == EX_LIST) {
        Type *t = s->value->kind == EX_TUPLE ? NULL : infer_expr(I, s->value);
        if (s->value->kind == EX_TUPLE)
            for (int i = 0; i < s->value->items.len; i++)
                infer_expr(I, VEC_AT(Expr *, s->value->items, i));
        bind_unpack(I, target, s->value, t);
        return;
    }
    Type *t = infer_expr(I, s->value);
    const char *why = "the assignment";
    if (s->value->kind == EX_NAME && s->value->var && s->value->var->why)
        why = arena_printf("'%s', from %s", s->value->name, describe(s->value->var));
    bind_target(I, target, t, why);
    settle(s->value, target->type);
}

/* x: T = value */
static void infer_annassign(Infer *I, Stmt *s)
{
    Type *t = annotation_type(I, s->annotation);
    if (t)
        bind_target(I, s->target, t, "the annotation");
    if (s->value) {
        bind_target(I, s->target, infer_expr(I, s->value),
                    "the assignment");
        settle(s->value, s->target->type);
    }
}

/* x op= value: the result keeps x's type */
/* x op= y of an object: x = x.__iadd__(y) when its class defines the
 * in-place method, else x = x.__add__(y), as Python runs it. */
static bool inplace_instead(Infer *I, Stmt *s)
{
    static const char *const names[][2] = {
        [OP_ADD] = {"__iadd__", "__add__"},           [OP_SUB] = {"__isub__", "__sub__"},
        [OP_MUL] = {"__imul__", "__mul__"},           [OP_DIV] = {"__itruediv__", "__truediv__"},
        [OP_FLOORDIV] = {"__ifloordiv__", "__floordiv__"}, [OP_MOD] = {"__imod__", "__mod__"}};
    bool known = (size_t)s->op < sizeof names / sizeof names[0] && names[s->op][0];
    Class *c = object_class(s->target); /* its type from an earlier pass */
    if (!known || !c)
        return false;
    const char *method = class_find_method(c, names[s->op][0]) ? names[s->op][0] : names[s->op][1];
    if (!class_find_method(c, method))
        return false;
    if (s->target->kind != EX_NAME && !quiet(s->target))
        error(I, s->loc, "'%s' on this target is not supported by slotc: assign the object to a name first", method);
    Expr *self = arena_alloc(sizeof *self), *call = node_at(s->target);
    *self = *s->target;
    call_instead(call, self, method, s->value);
    s->kind = ST_ASSIGN;
    s->value = call;
    infer_assign(I, s);
    return true;
}

static void infer_augassign(Infer *I, Stmt *s)
{
    if (inplace_instead(I, s))
        return;
    Expr fake = {.kind = EX_BINARY, .loc = s->loc, .op = s->op, .lhs = s->target, .rhs = s->value};
    Type *t = infer_binary(I, &fake);
    Type *target = infer_expr(I, s->target);
    if (t && target && !type_eq(t, target))
        error(I, s->loc, "'%s' is %s and this would make it %s; slotc keeps one type per name",
              s->target->kind == EX_NAME ? s->target->name : "the target", type_python(target),
              type_python(t));
    if (s->target->kind == EX_NAME && s->target->var && !s->target->var->type)
        error(I, s->target->loc, "'%s' is used before it is assigned", s->target->name);
}

/* for target in range(...) | enumerate(xs) | xs */
static void bind_loop_target(Infer *I, Expr *target, Expr *iter)
{
    reversed_instead(I, iter);
    bool call = iter->kind == EX_CALL && iter->lhs->kind == EX_NAME && !scope_find(I->scope, iter->lhs->name);
    if (is_range_call(I, iter)) {
        bind_target(I, target, range_items(I, iter), "the range() it loops over");
        return;
    }
    if (call && strcmp(iter->lhs->name, "zip") == 0 && target->kind == EX_TUPLE) {
        int n = iter->items.len;
        if (target->items.len != n) {
            error(I, target->loc, "zip() of %d iterables needs a target of %d names in slotc", n, n);
            return;
        }
        for (int i = 0; i < n; i++)
            bind_target(I, VEC_AT(Expr *, target->items, i), iterable_as(I, VEC_AT(Expr *, iter->items, i), true),
                        "the items it loops over");
        return;
    }
    Type *d = dict_view(I, iter);
    if (d && strcmp(iter->lhs->name, "items") == 0 && target->kind == EX_TUPLE && target->items.len == 2) {
        iter->consumed = true;
        iter->type = d;
        bind_target(I, VEC_AT(Expr *, target->items, 0), d->item, "the keys it loops over");
        bind_target(I, VEC_AT(Expr *, target->items, 1), d->value, "the values it loops over");
        return;
    }
    if (call && strcmp(iter->lhs->name, "enumerate") == 0 && target->kind == EX_TUPLE) {
        if (!arity(I, iter, 1, 2, "enumerate"))
            return;
        Type *item = iterable(I, VEC_AT(Expr *, iter->items, 0));
        if (iter->items.len == 2 && !is_kind(arg_type(I, iter, 1), TY_INT))
            error(I, VEC_AT(Expr *, iter->items, 1)->loc, "enumerate() takes an int start");
        if (target->items.len != 2) {
            error(I, target->loc, "enumerate() needs a target of two names ('i, x') in slotc");
            return;
        }
        bind_target(I, VEC_AT(Expr *, target->items, 0), scalar(TY_INT), "enumerate()");
        bind_target(I, VEC_AT(Expr *, target->items, 1), item, "the items it loops over");
        return;
    }
    bind_target(I, target, iterable(I, iter), "the items it loops over");
}

static void infer_return(Infer *I, Stmt *s)
{
    Var *result = I->func->result;
    if (I->func->generator) {
        if (s->value)
            error(I, s->loc, "'return' with a value in a generator is not supported by slotc (the value would "
                             "only reach StopIteration)");
        return;
    }
    if (!s->value) {
        bind(I, result, scalar(TY_NONE), s->loc, "a bare return");
        return;
    }
    Type *t = infer_expr(I, s->value);
    if (!is_kind(t, TY_NONE))
        I->func->has_return_value = true;
    bind(I, result, t, s->loc, "the return");
    settle(s->value, result->type);
}

/* with open(...) as f: the file is closed when the block ends */
/* with x as t: on an object whose class defines __enter__ and __exit__
 * (check_context_methods checks them).  Returns the target's type, what
 * __enter__ returns. */
static Type *context_manager(Infer *I, Stmt *s, const Type *t)
{
    Func *enter = class_find_method(t->cls, "__enter__"), *exit = class_find_method(t->cls, "__exit__");
    if (!enter || !exit || t->optional) {
        error(I, s->value->loc, "'with' on a %s%s is not supported by slotc (on an object whose class defines "
                                "__enter__ and __exit__ it is)", t->optional ? "value that may be None: " : "",
              type_python(t));
        return NULL;
    }
    if (I->func->generator && block_yields(&s->body))
        error(I, s->loc, "'yield' inside 'with' on an object is not supported by slotc");
    I->m->catches = true; /* its __exit__ sees the exceptions that leave the block */
    return enter->result->type;
}

static void infer_with(Infer *I, Stmt *s)
{
    Type *t = infer_expr(I, s->value);
    if (is_kind(t, TY_CLASS))
        t = context_manager(I, s, t);
    else if (t && !is_kind(t, TY_FILE))
        error(I, s->value->loc, "'with' on a value of type %s is not supported by slotc (files from open() and "
                                "objects with __enter__ and __exit__ are)",
              type_python(t));
    if (s->target && t)
        bind_target(I, s->target, t, "the 'with' statement");
    infer_block(I, &s->body);
}

/* ---- exceptions ------------------------------------------------------------ */

/* The exception class a name in an except clause or a raise stands for (a
 * class of the module, or a built-in one), or NULL. */
static Class *exception_class(Infer *I, const Expr *e)
{
    if (e->kind != EX_NAME || scope_find(I->scope, e->name))
        return NULL;
    Class *c = module_find_class(I->m, e->name);
    if (c)
        return class_is_exception(c) ? c : NULL;
    return class_builtin_exception(I->m, e->name);
}

/* except E / except (A, B): the classes it catches, each left in its
 * name's cls; the nearest class they share, or NULL after an error. */
static Class *handler_classes(Infer *I, Expr *value)
{
    if (!value)
        return class_builtin_exception(I->m, "BaseException");
    int n = value->kind == EX_TUPLE ? value->items.len : 1;
    Expr **names = value->kind == EX_TUPLE ? (Expr **)value->items.items : &value;
    Class *common = NULL;
    for (int i = 0; i < n; i++) {
        Class *c = exception_class(I, names[i]);
        if (!c) {
            error(I, names[i]->loc, "an except clause takes an exception class (or a tuple of them) in slotc");
            return NULL;
        }
        names[i]->cls = c;
        common = common ? class_common(common, c) : c;
    }
    return common;
}

/* except E as name: body.  The name is the handler's own variable (Python
 * deletes it when the handler ends), typed by the classes it catches. */
static void infer_handler(Infer *I, Stmt *h)
{
    Class *c = handler_classes(I, h->value);
    if (!h->target) {
        infer_block(I, &h->body);
        return;
    }
    if (!h->target->var) {
        Scope none = {{0}, NULL};
        h->target->var = new_var(&none, h->target->name, h->target->loc, "exception");
    }
    Var *v = h->target->var;
    if (c && !v->type) {
        v->type = type_class(c);
        v->type_loc = h->target->loc;
        v->why = "the except clause";
    }
    h->target->type = v->type;
    Scope scope = {{0}, I->scope};
    vec_push(&scope.vars, v);
    I->scope = &scope;
    infer_block(I, &h->body);
    I->scope = scope.parent;
}

static void infer_try(Infer *I, Stmt *s)
{
    I->m->catches = true;
    infer_block(I, &s->body);
    for (int i = 0; i < s->handlers.len; i++)
        infer_handler(I, VEC_AT(Stmt *, s->handlers, i));
    infer_block(I, &s->orelse);
    infer_block(I, &s->final);
}

/* What a raise raises: an exception object, or a class, which is called
 * without arguments (`raise ValueError` is `raise ValueError()`). */
static Type *raised(Infer *I, Expr **value)
{
    Expr *e = *value;
    if (exception_class(I, e)) {
        Expr *call = arena_alloc(sizeof *call);
        *call = (Expr){.kind = EX_CALL, .loc = e->loc, .lhs = e, .start = e->start, .end = e->end};
        *value = e = call;
    }
    Type *t = infer_expr(I, e);
    if (t && (!is_kind(t, TY_CLASS) || !class_is_exception(t->cls)))
        error(I, e->loc, "exceptions must derive from BaseException (this is a %s; CPython raises TypeError)",
              type_python(t));
    return t;
}

/* raise E / raise E from cause / raise (again, in a handler).  The cause
 * is evaluated and dropped: only the exception's own line is printed when
 * it is not caught, which is the line CPython prints last. */
static void infer_raise(Infer *I, Stmt *s)
{
    if (!s->value)
        return;
    raised(I, &s->value);
    if (s->cause && s->cause->kind != EX_NONE)
        raised(I, &s->cause);
}

/* Whether a statement of body assigns the name (its target, a loop's or an
 * except clause's), at any depth. */
static bool target_names(const Expr *t, const char *name)
{
    if (!t)
        return false;
    if (t->kind == EX_NAME)
        return strcmp(t->name, name) == 0;
    for (int i = 0; i < t->items.len; i++)
        if (target_names(VEC_AT(Expr *, t->items, i), name))
            return true;
    return false;
}

static bool assigns_name(const Vec *body, const char *name)
{
    for (int i = 0; i < body->len; i++) {
        const Stmt *s = VEC_AT(Stmt *, *body, i);
        if ((s->kind == ST_ASSIGN || s->kind == ST_ANNASSIGN || s->kind == ST_AUGASSIGN || s->kind == ST_FOR ||
             s->kind == ST_WITH || s->kind == ST_EXCEPT) &&
            target_names(s->target, name))
            return true;
        if (assigns_name(&s->body, name) ||
            assigns_name(&s->orelse, name) || assigns_name(&s->handlers, name) || assigns_name(&s->final, name))
            return true;
    }
    return false;
}

/* `if isinstance(x, C):` (or `isinstance(x, C) and ...`) where x is a
 * variable holding a base class of C that the body does not assign: in the
 * body, x is a C (a var of scope that reads x through a cast).  Whether it
 * narrowed. */
static bool narrow(const Expr *cond, const Vec *body, Scope *scope)
{
    if (cond->kind == EX_AND) {
        bool left = narrow(cond->lhs, body, scope);
        return narrow(cond->rhs, body, scope) || left;
    }
    const Expr *call = cond;
    if (call->kind != EX_CALL || call->lhs->kind != EX_NAME || strcmp(call->lhs->name, "isinstance") != 0 ||
        call->items.len != 2)
        return false;
    const Expr *x = VEC_AT(Expr *, call->items, 0), *c = VEC_AT(Expr *, call->items, 1);
    if (x->kind != EX_NAME || !x->var || !c->cls || !is_kind(x->var->type, TY_CLASS) ||
        c->cls == x->var->type->cls || !class_derives(c->cls, x->var->type->cls) || class_is_exception(c->cls) ||
        (body && assigns_name(body, x->name)))
        return false;
    Var *orig = x->var->narrows ? x->var->narrows : x->var;
    Var *v = new_var(scope, x->name, x->loc, "variable");
    v->what = orig->what;
    v->type = type_class(c->cls);
    v->why = "isinstance()";
    v->type_loc = x->loc;
    v->narrows = orig;
    v->read = orig->read = true;
    return true;
}

static void infer_stmt(Infer *I, Stmt *s)
{
    switch (s->kind) {
    case ST_EXPR:
        infer_expr(I, s->value);
        break;
    case ST_ASSIGN:
        infer_assign(I, s);
        break;
    case ST_ANNASSIGN:
        infer_annassign(I, s);
        break;
    case ST_AUGASSIGN:
        infer_augassign(I, s);
        break;
    case ST_RETURN:
        infer_return(I, s);
        break;
    case ST_IF: {
        infer_condition(I, s->value);
        Scope narrowed = {{0}, I->scope};
        if (narrow(s->value, &s->body, &narrowed))
            I->scope = &narrowed;
        infer_block(I, &s->body);
        I->scope = narrowed.parent;
        infer_block(I, &s->orelse);
        break;
    }
    case ST_WHILE:
        infer_condition(I, s->value);
        infer_block(I, &s->body);
        infer_block(I, &s->orelse);
        break;
    case ST_FOR:
        if (s->value->kind == EX_GENEXP && s->value->iter->kind == EX_GENEXP && s->value->iter->clause)
            error(I, s->value->iter->loc, "a for loop over a generator expression with several 'for' clauses is not "
                                          "supported by slotc (loop over a list comprehension)");
        bind_loop_target(I, s->target, s->value);
        infer_block(I, &s->body);
        infer_block(I, &s->orelse);
        break;
    case ST_YIELD:
        bind(I, I->func->yields, infer_expr(I, s->value), s->loc, "the yield");
        settle(s->value, I->func->yields->type);
        break;
    case ST_YIELD_FROM:
        bind(I, I->func->yields, iterable(I, s->value), s->loc, "the yield from");
        break;
    case ST_WITH:
        infer_with(I, s);
        break;
    case ST_DEL: {
        Type *t = s->target->kind == EX_INDEX ? infer_expr(I, s->target->lhs) : NULL;
        if (!is_kind(t, TY_DICT) && !is_kind(t, TY_LIST))
            error(I, s->target->loc, "'del' is supported by slotc only for an item of a dict or a list");
        else
            infer_expr(I, s->target);
        break;
    }
    case ST_TRY:
        infer_try(I, s);
        break;
    case ST_RAISE:
        infer_raise(I, s);
        break;
    case ST_EXCEPT: /* inside ST_TRY only */
    case ST_BREAK:
    case ST_CONTINUE:
    case ST_PASS:
        break;
    }
}

static bool always_returns(Vec *body);

/* After `assert isinstance(x, C)` (or `if not isinstance(x, C): raise
 * ...`), x is a C in the rest of the block, where it is not assigned. */
static void infer_block(Infer *I, Vec *body)
{
    Scope *outer = I->scope;
    for (int i = 0; i < body->len; i++) {
        Stmt *s = VEC_AT(Stmt *, *body, i);
        infer_stmt(I, s);
        Vec rest = {.items = body->items + i + 1, .len = body->len - i - 1};
        Scope *narrowed = arena_alloc(sizeof *narrowed);
        narrowed->parent = I->scope;
        if (s->kind == ST_IF && s->value->kind == EX_NOT && !s->orelse.len && always_returns(&s->body) &&
            narrow(s->value->lhs, &rest, narrowed))
            I->scope = narrowed;
    }
    I->scope = outer;
}

/* ---- functions and the module -------------------------------------------- */

/* "Person.__init__()" / "main()" */
static const char *function_title(const Func *f)
{
    const Class *c = f->cls ? f->cls : f->owner;
    return c ? arena_printf("%s.%s()", c->name, f->name) : arena_printf("%s()", f->name);
}

/* module_function for functions, Class_method for methods (__init__ is
 * Class_init); a method named like a generated function gets a '_'. */
const char *infer_function_cname(const Module *m, const Func *f)
{
    static const char *generated[] = {"new", "repr", "eq", "hash", "cmp", "item_repr", "item_eq", "item_cmp",
                                      "exc_type"};
    const Class *c = f->cls ? f->cls : f->owner;
    if (!c)
        return arena_printf("%s_%s", m->cname,
                            f == m->entry ? "entry" : f == m->init ? "globals_init" : c_ident(f->name));
    const char *name = strcmp(f->name, "__init__") == 0 ? "init" : c_ident(f->name);
    for (size_t k = 0; k < sizeof generated / sizeof generated[0]; k++)
        if (strcmp(name, generated[k]) == 0)
            name = arena_printf("%s_", name);
    return arena_printf("%s_%s%s", c->name, f->kind == FN_SETTER ? "set_" : "", name);
}

/* Parameters and locals become Vars once, before the first pass. */
static void declare_function(Infer *I, Func *f)
{
    Scope *s = arena_alloc(sizeof *s);
    for (int i = 0; i < f->params.len; i++) {
        Param *p = VEC_AT(Param *, f->params, i);
        if (scope_find(s, p->name))
            diag_at(I->src, p->loc, DIAG_ERROR, "duplicate parameter '%s'", p->name);
        p->var = new_var(s, p->name, p->loc, "parameter");
        p->var->what = arena_printf("parameter '%s' of %s", p->name, function_title(f));
    }
    declare_block(s, &f->body, f == I->m->init ? "global" : "variable");
    f->locals = (Vec){0};
    for (int i = 0; i < s->vars.len; i++) { /* `global x`: x is the module's */
        Var *v = VEC_AT(Var *, s->vars, i);
        bool global = false;
        for (int k = 0; k < f->globals.len; k++)
            global = global || strcmp(VEC_AT(const char *, f->globals, k), v->name) == 0;
        if (global && !scope_find(&I->globals, v->name)) { /* reported, then kept as a local */
            diag_at(I->src, v->loc, DIAG_ERROR, "the global '%s' is assigned in %s but not at module level: slotc "
                                                "needs each module global assigned at module level",
                    v->name, function_title(f));
            global = false;
        }
        if (!global)
            vec_push(&f->locals, v);
        if (f == I->m->init) { /* a file-scope variable in C ("Class.NAME": Module_Class_NAME) */
            v->cname = arena_printf("%s_%s", I->m->cname, v->cname);
            for (char *dot = strchr(v->cname, '.'); dot; dot = strchr(dot, '.'))
                *dot = '_';
        }
    }
    f->result = arena_alloc(sizeof(Var));
    f->result->name = arena_printf("%s()", f->name);
    f->result->what = arena_printf("the return value of %s", function_title(f));
    f->result->loc = f->loc;
    if (f->generator) {
        f->yields = arena_alloc(sizeof(Var));
        f->yields->name = arena_printf("%s()", f->name);
        f->yields->what = arena_printf("the items yielded by %s", function_title(f));
        f->yields->loc = f->loc;
    }
    f->cname = infer_function_cname(I->m, f);
}

/* What parameters say about themselves: self, annotations, defaults. */
static void seed_function(Infer *I, Func *f)
{
    for (int i = 0; i < f->params.len; i++) {
        Param *p = VEC_AT(Param *, f->params, i);
        if (i == 0 && f->cls)
            bind(I, p->var, type_class(f->cls), p->loc, "self");
        if (p->annotation)
            bind(I, p->var, annotation_type(I, p->annotation), p->annotation->loc, "the annotation");
        if (p->default_value)
            bind(I, p->var, infer_expr(I, p->default_value), p->default_value->loc, "the default value");
        ExprKind k = p->default_value ? p->default_value->kind : EX_NAME;
        if (k == EX_LIST || k == EX_LISTCOMP || k == EX_DICT || k == EX_SET || k == EX_DICTCOMP || k == EX_SETCOMP)
            error(I, p->default_value->loc,
                  "a list, dict or set as a default value is not supported by slotc: CPython creates it once and "
                  "shares it between calls; pass it explicitly");
    }
    Type *returns = f->returns ? annotation_type(I, f->returns) : NULL;
    if (f->generator && returns && !is_kind(returns, TY_ITER))
        error(I, f->returns->loc, "%s is a generator, so it returns an iterator, not a %s", function_title(f),
              type_python(returns));
    else if (f->generator && returns)
        bind(I, f->yields, returns->item, f->returns->loc, "the annotation");
    else if (returns)
        bind(I, f->result, returns, f->returns->loc, "the annotation");
}

static bool is_true_literal(const Expr *e)
{
    return e->kind == EX_TRUE || (e->kind == EX_INT && e->ival != 0);
}

static bool always_returns(Vec *body);

/* A try statement never completes normally when its finally block never
 * does, or when neither its body-and-else path nor any handler does. */
static bool try_always_returns(Stmt *s)
{
    if (always_returns(&s->final))
        return true;
    if (!always_returns(&s->body) && !always_returns(&s->orelse))
        return false;
    for (int i = 0; i < s->handlers.len; i++)
        if (!always_returns(&VEC_AT(Stmt *, s->handlers, i)->body))
            return false;
    return true;
}

/* Whether control can never fall off the end of body: it ends in a
 * return or a raise, an if whose branches all return, a try that cannot
 * complete, a `while True` that never breaks, or a loop that never breaks
 * and whose else clause returns. */
static bool always_returns(Vec *body)
{
    if (body->len == 0)
        return false;
    Stmt *last = VEC_AT(Stmt *, *body, body->len - 1);
    switch (last->kind) {
    case ST_RETURN:
    case ST_RAISE:
        return true;
    case ST_TRY:
        return try_always_returns(last);
    case ST_IF:
        return always_returns(&last->body) && always_returns(&last->orelse);
    case ST_WHILE:
        if (is_true_literal(last->value) && !block_breaks(&last->body))
            return true;
        return always_returns(&last->orelse) && !block_breaks(&last->body);
    case ST_FOR:
        return always_returns(&last->orelse) && !block_breaks(&last->body);
    default:
        return false;
    }
}

/* A method that overrides its base's is called through the same
 * dispatcher, so the two take and return the same types. */
static void unify_override(Infer *I, Func *f)
{
    if (!f->cls || !f->cls->base || f->kind != FN_PLAIN || strcmp(f->name, "__init__") == 0)
        return;
    Func *g = class_find_method(f->cls->base, f->name);
    if (!g)
        return;
    if (g->params.len != f->params.len || g->generator != f->generator) {
        error(I, f->loc, "%s overrides %s with a different signature; slotc needs the same parameters",
              function_title(f), function_title(g));
        return;
    }
    for (int i = 1; i < f->params.len; i++) {
        Var *a = VEC_AT(Param *, f->params, i)->var, *b = VEC_AT(Param *, g->params, i)->var;
        bind(I, a, b->type, f->loc, "the method it overrides");
        bind(I, b, a->type, f->loc, "an overriding method");
    }
    Var *a = f->generator ? f->yields : f->result, *b = g->generator ? g->yields : g->result;
    bind(I, a, b->type, f->loc, "the method it overrides");
    bind(I, b, a->type, f->loc, "an overriding method");
}

static void walk_function(Infer *I, Func *f)
{
    Scope s = {f->locals, f == I->m->init ? NULL : &I->globals};
    I->func = f;
    I->scope = &s;
    seed_function(I, f);
    infer_block(I, &f->body);
    if (f->generator) {
        if (type_complete(f->yields->type))
            bind(I, f->result, type_iter(f->yields->type), f->loc, "its yields");
    } else if (!f->has_return_value) {
        /* one that only raises (an abstract method) returns what its annotation says */
        if (!f->result->type || !always_returns(&f->body))
            bind(I, f->result, scalar(TY_NONE), f->loc, "a function without 'return value'");
    } else if (!always_returns(&f->body) && is_kind(f->result->type, TY_CLASS)) {
        bind(I, f->result, scalar(TY_NONE), f->loc, "the end of the function, where it returns None");
    } else if (!always_returns(&f->body)) {
        error(I, f->loc,
              "%s returns a value but can also reach its end, where Python returns None; slotc "
              "does not support None results yet: end it with a return",
              function_title(f));
    }
    unify_override(I, f);
    I->scope = NULL;
}

/* Fields of records get their types from annotations and defaults (which
 * may read module globals and class attributes: `Color.RED`). */
static void seed_fields(Infer *I, Class *c)
{
    Scope *outer = I->scope;
    I->scope = &I->globals;
    for (int i = 0; i < c->fields.len; i++) {
        Field *f = VEC_AT(Field *, c->fields, i);
        if (f->annotation)
            bind(I, &f->var, annotation_type(I, f->annotation), f->annotation->loc, "the annotation");
        if (!f->default_value)
            continue;
        Type *t = infer_expr(I, f->default_value);
        bind(I, &f->var, t, f->default_value->loc, "the default value");
        /* an empty container (field(default_factory=list)) has the field's items */
        if (t && !type_complete(t) && type_complete(f->var.type) && t->kind == f->var.type->kind)
            f->default_value->type = f->var.type;
    }
    I->scope = outer;
}

static void for_each_function(Infer *I, void (*fn)(Infer *, Func *));

/* A cached property's slot has its getter's type. */
static void seed_caches(Infer *I, Class *c)
{
    for (int i = 0; i < c->props.len; i++) {
        Prop *p = VEC_AT(Prop *, c->props, i);
        if (p->cache)
            bind(I, &p->cache->var, p->getter->result->type, p->getter->loc, "the @cached_property");
    }
}

static void walk_module(Infer *I)
{
    for (int i = 0; i < I->m->classes.len; i++) {
        seed_fields(I, VEC_AT(Class *, I->m->classes, i));
        seed_caches(I, VEC_AT(Class *, I->m->classes, i));
    }
    for_each_function(I, walk_function);
}

static void report_unknown(Infer *I, Var *v)
{
    if ((is_kind(v->type, TY_DICT) || is_kind(v->type, TY_SET)) && !hashable(v->type->item)) {
        diag_at(I->src, v->loc, DIAG_ERROR, "%s is a %s: keys of type %s are not supported by slotc yet", v->what,
                type_python(v->type), type_python(v->type->item));
        return;
    }
    if (is_kind(v->type, TY_NONE) && strncmp(v->what, "the return", 10) != 0) {
        diag_at(I->src, v->loc, DIAG_ERROR, "%s is only ever None here; annotate its class (for example "
                                            "'%s: Optional[Node] = None')",
                v->what, v->name);
        return;
    }
    if (type_complete(v->type) || v->conflict)
        return;
    const char *hint = strncmp(v->what, "field", 5) == 0
                           ? "annotate it where it is assigned (for example 'self.x: int = x')"
                           : "annotate it (for example 'x: int')";
    diag_at(I->src, v->loc, DIAG_ERROR, "cannot infer the type of %s%s; %s", v->what,
            v->type ? arena_printf(" (only that it is %s)", type_python(v->type)) : "", hint);
}

static void default_items_of(Infer *I, Var *v)
{
    (void)I;
    default_items(v->type);
}

static void for_each_function(Infer *I, void (*fn)(Infer *, Func *))
{
    fn(I, I->m->init); /* first: it runs first */
    for (int i = 0; i < I->m->classes.len; i++) {
        Class *c = VEC_AT(Class *, I->m->classes, i);
        for (int j = 0; j < c->methods.len; j++)
            fn(I, VEC_AT(Func *, c->methods, j));
    }
    for (int i = 0; i < I->m->funcs.len; i++)
        fn(I, VEC_AT(Func *, I->m->funcs, i));
    fn(I, I->m->entry);
}

static void for_each_local(Infer *I, Func *f, void (*fn)(Infer *, Var *))
{
    for (int j = 0; j < f->locals.len; j++)
        fn(I, VEC_AT(Var *, f->locals, j));
    fn(I, f->generator ? f->yields : f->result);
}

/* Whether a container type holds None itself (list[None]), which no
 * receiver made objects-or-None. */
static bool holds_none(const Type *t)
{
    return t && t->kind != TY_CLASS &&
           (is_kind(t->item, TY_NONE) || is_kind(t->value, TY_NONE) || holds_none(t->item) || holds_none(t->value));
}

/* Empty displays still without an item type after the report pass (as in
 * `print([])`) get the default item type; a display of None alone
 * (`[None] * 3` that nothing makes a list of objects) is a diagnostic. */
static bool default_node_items(const Expr *e, const void *context)
{
    const Source *src = context;
    default_items(e->type);
    if (is_display(e) && holds_none(e->type)) {
        diag_at(src, e->loc, DIAG_ERROR, "a display of None alone (%s) is not supported by slotc: None stands only "
                                         "for a missing object (annotate it, for example 'xs: list[Optional[Node]] = "
                                         "[None] * n')",
                type_python(e->type));
        return true; /* once */
    }
    return false; /* visit every node */
}

static void default_expr_items(const Source *src, Expr *e)
{
    expr_any(e, default_node_items, src);
}

static void default_block_items(const Source *src, Vec *body)
{
    for (int i = 0; i < body->len; i++) {
        Stmt *s = VEC_AT(Stmt *, *body, i);
        default_expr_items(src, s->target);
        default_expr_items(src, s->value);
        default_expr_items(src, s->cause);
        default_block_items(src, &s->body);
        default_block_items(src, &s->orelse);
        default_block_items(src, &s->handlers);
        default_block_items(src, &s->final);
    }
}

static void default_function_items(Infer *I, Func *f)
{
    default_block_items(I->src, &f->body);
    for (int i = 0; i < f->params.len; i++)
        default_expr_items(I->src, VEC_AT(Param *, f->params, i)->default_value);
}

/* Calls fn on every field, parameter, local and return value. */
static void for_each_var(Infer *I, void (*fn)(Infer *, Var *))
{
    for (int i = 0; i < I->m->classes.len; i++) {
        Class *c = VEC_AT(Class *, I->m->classes, i);
        for (int j = 0; j < c->fields.len; j++)
            fn(I, &VEC_AT(Field *, c->fields, j)->var);
        for (int j = 0; j < c->methods.len; j++)
            for_each_local(I, VEC_AT(Func *, c->methods, j), fn);
    }
    for (int i = 0; i < I->m->funcs.len; i++)
        for_each_local(I, VEC_AT(Func *, I->m->funcs, i), fn);
    for_each_local(I, I->m->entry, fn);
    for_each_local(I, I->m->init, fn);
}

/* ---- narrowed ints: Annotated[int, "int8"] and --int-bits ---------------- */

/* --int-bits: the width of every int field that asks for no other. */
static int default_int_bits = 64;

void infer_set_int_bits(int bits)
{
    default_int_bits = bits;
}

static const struct {
    const char *name;
    int bits;
    bool is_unsigned;
} int_widths[] = {{"int8", 8, false}, {"int16", 16, false}, {"int32", 32, false}, {"int64", 64, false},
                  {"uint8", 8, true}, {"uint16", 16, true}, {"uint32", 32, true}};

/* The annotation of the __init__ parameter that `self.name = param` at the
 * top of __init__ stores in the field, or NULL. */
static const Expr *init_param_annotation(const Class *c, const char *name)
{
    Func *init = class_find_method(c, "__init__");
    for (int i = 0; init && i < init->body.len; i++) {
        Stmt *s = VEC_AT(Stmt *, init->body, i);
        if (s->kind != ST_ASSIGN || s->target->kind != EX_ATTR || strcmp(s->target->name, name) != 0 ||
            s->value->kind != EX_NAME)
            continue;
        for (int j = 1; j < init->params.len; j++) {
            Param *p = VEC_AT(Param *, init->params, j);
            if (strcmp(p->name, s->value->name) == 0)
                return p->annotation;
        }
    }
    return NULL;
}

/* Reads a width from Annotated metadata into f; false when a asks for none
 * (other metadata is the program's business, not slotc's). */
static bool annotated_width(Infer *I, const Expr *a, Field *f)
{
    if (!is_annotated(a))
        return false;
    for (int i = 1; i < a->rhs->items.len; i++) {
        const Expr *meta = VEC_AT(Expr *, a->rhs->items, i);
        for (size_t k = 0; meta->kind == EX_STR && k < sizeof int_widths / sizeof int_widths[0]; k++) {
            if (strcmp(meta->sval, int_widths[k].name) != 0)
                continue;
            if (!is_kind(f->var.type, TY_INT)) {
                error(I, meta->loc, "only an int field can be narrowed to %s; field '%s' is a %s", meta->sval,
                      f->var.name, f->var.type ? type_python(f->var.type) : "value of unknown type");
                return true;
            }
            f->bits = int_widths[k].bits == 64 ? 0 : int_widths[k].bits;
            f->is_unsigned = int_widths[k].is_unsigned;
            f->bits_why = arena_printf("narrowed to %s at line %d", meta->sval, meta->loc.line);
            return true;
        }
    }
    return false;
}

/* A field's width: its annotation's (or its __init__ parameter's), else
 * --int-bits for an int. */
static void narrow_field(Infer *I, Class *c, Field *f)
{
    const Expr *a = f->annotation ? f->annotation : init_param_annotation(c, f->var.name);
    if (!annotated_width(I, a, f) && default_int_bits != 64 && is_kind(f->var.type, TY_INT)) {
        f->bits = default_int_bits;
        f->bits_why = arena_printf("narrowed by --int-bits=%d", default_int_bits);
    }
}

static void narrow_fields(Infer *I)
{
    for (int i = 0; i < I->m->classes.len; i++) {
        Class *c = VEC_AT(Class *, I->m->classes, i);
        for (int j = 0; j < c->fields.len; j++)
            narrow_field(I, c, VEC_AT(Field *, c->fields, j));
    }
}

/* __repr__ and __str__ (a str), __hash__ and __len__ (an int), __bool__ (a
 * bool): self alone, that result, and in a hierarchy defined where dispatch
 * can reach every class that overrides them. */
static void check_special_method(Infer *I, Class *c, const char *name, TypeKind result)
{
    Func *f = NULL;
    for (int i = 0; i < c->methods.len; i++)
        if (strcmp(VEC_AT(Func *, c->methods, i)->name, name) == 0)
            f = VEC_AT(Func *, c->methods, i);
    if (!f)
        return;
    if (class_is_exception(c))
        error(I, f->loc, "'%s' on an exception class is not supported by slotc yet", name);
    else if (f->params.len != 1)
        error(I, f->loc, "'%s' takes only self", name);
    else if (f->result->type && !is_kind(f->result->type, result))
        error(I, f->loc, "'%s' must return %s, not %s", name, a_type(scalar(result)), a_type(f->result->type));
    else if (c->base && !class_find_method(c->base, name))
        error(I, f->loc, "'%s' in class '%s' needs one in its base class '%s' too: slotc calls it through the base",
              name, c->name, c->base->name);
}

/* __enter__ takes only self; __exit__ returns a bool (True swallows the
 * exception) or nothing. */
static void check_context_methods(Infer *I, Class *c)
{
    Func *enter = class_find_method(c, "__enter__"), *exit = class_find_method(c, "__exit__");
    if (enter && enter->cls == c && enter->params.len != 1)
        error(I, enter->loc, "'__enter__' takes only self");
    Type *result = exit && exit->cls == c ? exit->result->type : NULL;
    if (result && !is_kind(result, TY_BOOL) && !is_kind(result, TY_NONE))
        error(I, exit->loc, "'__exit__' must return a bool or nothing, not %s", a_type(result));
}

/* A class attribute that is also an instance attribute (self.NAME = ...):
 * Python reads the class's value until the object has its own. */
static void check_attributes(Infer *I, Class *c)
{
    for (int i = 0; i < c->attrs.len; i++) {
        Stmt *s = VEC_AT(Stmt *, c->attrs, i);
        const char *name = strchr(s->target->name, '.') + 1;
        if (class_find_field(c, name))
            error(I, s->loc, "'%s' is a class attribute of %s and also assigned through self: an instance "
                             "attribute hiding a class attribute is not supported by slotc yet",
                  name, c->name);
    }
}

static void check_text_methods(Infer *I)
{
    for (int i = 0; i < I->m->classes.len; i++) {
        Class *c = VEC_AT(Class *, I->m->classes, i);
        check_special_method(I, c, "__repr__", TY_STR);
        check_special_method(I, c, "__str__", TY_STR);
        check_context_methods(I, c);
        check_special_method(I, c, "__hash__", TY_INT);
        check_special_method(I, c, "__len__", TY_INT);
        check_special_method(I, c, "__bool__", TY_BOOL);
        check_attributes(I, VEC_AT(Class *, I->m->classes, i));
    }
}

void infer_module(Module *m)
{
    Infer I = {.m = m, .src = m->src};
    int errors = diag_error_count();
    m->entry = arena_alloc(sizeof(Func));
    m->entry->name = "__main__";
    m->entry->loc = (Loc){1, 1};
    m->entry->body = m->main_body;
    m->init = arena_alloc(sizeof(Func));
    m->init->name = "<module>";
    m->init->loc = (Loc){1, 1};
    m->init->body = m->globals;
    declare_function(&I, m->init);
    I.globals.vars = m->init->locals; /* `global x` in the functions declared next */
    for (int i = 0; i < m->classes.len; i++) {
        Class *c = VEC_AT(Class *, m->classes, i);
        for (int j = 0; j < c->methods.len; j++)
            declare_function(&I, VEC_AT(Func *, c->methods, j));
    }
    for (int i = 0; i < m->funcs.len; i++)
        declare_function(&I, VEC_AT(Func *, m->funcs, i));
    declare_function(&I, m->entry);
    int passes = 0;
    do {
        I.changed = false;
        walk_module(&I);
    } while (I.changed && ++passes < 1000);
    for_each_var(&I, default_items_of);
    I.report = true;
    walk_module(&I);
    if (diag_error_count() == errors)
        for_each_var(&I, report_unknown);
    for_each_function(&I, default_function_items);
    narrow_fields(&I);
    check_text_methods(&I);
}
