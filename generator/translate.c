/*
 * translate.c - statements and expressions to C.
 *
 * Every expression becomes a C expression string.  Some Python expressions
 * need statements first (a comprehension is a loop, print() fills a buffer,
 * str() of a list builds text); those statements are written to the output
 * right away, before the statement being built, and the expression is the
 * temporary they filled.  Where that would run code the condition of a loop
 * or the right side of `and` must not run yet, the text is captured and
 * placed where Python would evaluate it.
 *
 * C leaves the order of operands unspecified; Python evaluates left to
 * right.  When more than one operand can act (call a user function, or
 * raise), all but the last are moved into temporaries in source order, so
 * the emitted program prints and fails exactly where CPython does.
 */
#include "slotc.h"

#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

typedef struct Tr {
    Module *m;
    Func *func;
    Str *out;    /* where statements go */
    int indent;
    int tmp;     /* temporaries in this function */
    bool gen;    /* func is a generator: this is its next function */
    int resumes; /* its resume points so far */
    Vec pending; /* of Func: generator expressions used as values */
    int genexps; /* how many the module has */
    Vec exits;   /* of Exit: what a jump out of the current block must undo */
    int loop_exits; /* how many there were when the innermost loop began */
    const char *broken; /* the innermost loop has an else block: the label a break goes to */
    bool outer_body; /* a for loop's body goes inside the generator expression being opened */
    bool frames;     /* func runs try frames: its locals are volatile (setjmp) */
    const char *loop_qual; /* "volatile " for the counters of a loop around a try */
    const char *caught;    /* the exception the innermost except clause handles */
    const char *reserve;   /* a list comprehension's list: sized once its range's length is known */
} Tr;

/* What a return, break or continue undoes on its way out of a `with` or
 * `try` block, innermost first: leave the running try, close the with
 * block's file, run the finally block. */
typedef struct Exit {
    const char *frame;
    const char *close; /* what a with block ends with: slot_file_close(f); or a call of __exit__ */
    Vec *final;
} Exit;

/* A loop opened by open_items: how many blocks it opened, and what runs
 * after it (closing a file the loop itself opened). */
typedef struct Loop {
    int braces;
    const char *after;
    const struct Loop *outer; /* the loop of a comprehension's clause before, closed after */
    const char *index; /* the position of the item, when the loop counts it */
} Loop;

static const char *expr(Tr *T, Expr *e);
static void block(Tr *T, Vec *body);
static const char *open_items(Tr *T, Expr *iter, bool keep, Loop *loop);
static void close_loop(Tr *T, const Loop *loop);
static const char *genexp_value(Tr *T, Expr *e);
static const char *as_int(const Type *t, const char *c);
static const char *object(Tr *T, Expr *obj, const char *attribute);
static const char *exc_header(const Type *t, const char *c);
static const char *exc_type_ref(const Class *c);
static const char *init_exception(Tr *T, Expr *call);
static bool runs_frames(Tr *T, Vec *body);

/* ---- writing -------------------------------------------------------------- */

static void line(Tr *T, const char *format, ...) __attribute__((format(printf, 2, 3)));
static void line(Tr *T, const char *format, ...)
{
    for (int i = 0; i < T->indent; i++)
        str_add(T->out, "    ");
    va_list ap;
    va_start(ap, format);
    char *text = NULL;
    int n = vsnprintf(NULL, 0, format, ap);
    va_end(ap);
    text = xmalloc((size_t)n + 1);
    va_start(ap, format);
    vsnprintf(text, (size_t)n + 1, format, ap);
    va_end(ap);
    str_add(T->out, text);
    str_add(T->out, "\n");
    free(text);
}

static const char *new_tmp(Tr *T, const char *stem)
{
    return arena_printf("%s_%d", stem, ++T->tmp);
}

/* A label a goto jumps to, one level left of the block's statements as
 * clang-format puts it. */
static void label(Tr *T, const char *name)
{
    int indent = T->indent;
    T->indent = indent > 0 ? indent - 1 : 0;
    line(T, "%s:;", name);
    T->indent = indent;
}

/* Declares a temporary holding value; returns its name. */
static const char *hoist(Tr *T, const Type *t, const char *value, const char *stem)
{
    const char *name = new_tmp(T, stem);
    line(T, "%s%s%s = %s;", type_c(t), strchr(type_c(t), '*') ? "" : " ", name, value);
    return name;
}

/* Runs f with the output going to a private buffer, so the statements an
 * expression needs can be placed by the caller. */
static const char *capture(Tr *T, Expr *e, Str *pre)
{
    Str *saved = T->out;
    T->out = pre;
    const char *c = expr(T, e);
    T->out = saved;
    return c;
}

static void splice(Tr *T, Str *pre)
{
    if (pre->len)
        str_add(T->out, pre->data);
    str_free(pre);
}

/* ---- types in C ----------------------------------------------------------- */

static const char *decl(const Type *t, const char *name)
{
    return c_decl(type_c(t), name);
}

/* The items of a list or tuple as a C array: ((T *)(void *)seq->items) */
static const char *items_of(const Type *item, const char *seq)
{
    const char *c = type_c(item);
    return arena_printf("((%s)(void *)%s->items)", c_decl(c, "*"), seq);
}

/* &(K){k}: the address of a key, as the runtime takes it */
static bool is_value(const Type *t)
{
    return t && t->kind == TY_CLASS && t->cls->value;
}

/* A pointer to a copy of k: a key or item the runtime reads through a
 * const void *.  A struct initialises an array's element, not a struct's
 * first member, so a value type's copy is a one-element array. */
static const char *key_ref(const Type *t, const char *k)
{
    return arena_printf(is_value(t) || t->kind == TY_RANGE ? "(%s[]){%s}" : "&(%s){%s}", type_c(t), k);
}

/* Whether C text is a member reached through a pointer: a->b, a->b.c. */
static bool through_pointer(const char *v)
{
    const char *arrow = strstr(v, "->");
    if (!arrow || arrow == v)
        return false;
    for (const char *p = v; *p; p++)
        if (!(isalnum((unsigned char)*p) || *p == '_' || *p == '.' || (*p == '-' && p[1] == '>') ||
              (*p == '>' && p > v && p[-1] == '-')))
            return false;
    return true;
}

/* What a class's repr, eq, hash and cmp functions take for value: the
 * object pointer itself, or for a value type the address of the struct
 * (of a copy, unless it is a member reached through a pointer). */
const char *translate_ref(const Type *t, const char *value)
{
    if (!is_value(t))
        return value;
    if (value[0] == '*') /* *p: p */
        return value + 1;
    if (through_pointer(value))
        return arena_printf("&%s", value);
    return key_ref(t, value);
}

/* The __init__ of a value type: translated as the function that builds
 * the struct on its stack and returns it. */
static bool value_init(const Func *f)
{
    return f->cls && f->cls->value && f == f->cls->init;
}

/* obj->name, or obj.name when obj is a value type's struct. */
static const char *member(const Type *t, const char *obj, const char *name)
{
    return arena_printf(is_value(t) ? "%s.%s" : "%s->%s", obj, name);
}

static const char *atomic(const Type *t)
{
    return type_pointer_free(t) ? "true" : "false";
}

/* The C name a type gets inside helper names: list[int] -> list_int. */
static const char *mangle(const Type *t)
{
    switch (t->kind) {
    case TY_LIST:
        return arena_printf("list_%s", mangle(t->item));
    case TY_TUPLE:
        return arena_printf("tuple_%s", mangle(t->item));
    case TY_SET:
        return arena_printf("set_%s", mangle(t->item));
    case TY_DEQUE:
        return arena_printf("deque_%s", mangle(t->item));
    case TY_DICT:
        return arena_printf("dict_%s_%s", mangle(t->item), mangle(t->value));
    case TY_CLASS:
        return t->cls->name;
    default:
        return type_python(t);
    }
}

/* "slot_list *const *": how a helper reads an item of type t (a pointer). */
static const char *const_item_ptr(const Type *t)
{
    const char *c = type_c(t);
    return arena_printf("%.*s*const *", (int)strlen(c) - 1, c);
}

static bool has_helper(Module *m, const char *name)
{
    for (int i = 0; i < m->helper_names.len; i++)
        if (strcmp(VEC_AT(const char *, m->helper_names, i), name) == 0)
            return true;
    vec_push(&m->helper_names, (void *)name);
    return false;
}

/* A slot_repr_fn for items of type t: the runtime's for scalars, the
 * class's own, or a file-local one for a nested list, tuple, dict or set. */
const char *translate_repr_fn(Module *m, const Type *t)
{
    switch (t->kind) {
    case TY_INT:
    case TY_FLOAT:
    case TY_BOOL:
    case TY_STR:
    case TY_RANGE:
        return arena_printf("slot_repr_%s", type_python(t));
    case TY_CLASS:
        if (class_is_exception(t->cls))
            return "slot_repr_exception";
        return arena_printf("%s_item_repr", t->cls->name);
    default:
        break;
    }
    const char *name = arena_printf("repr_%s", mangle(t));
    if (has_helper(m, name))
        return name;
    const char *inner = translate_repr_fn(m, t->item);
    if (t->kind == TY_DICT)
        inner = arena_printf("%s, %s", inner, translate_repr_fn(m, t->value));
    static const char *kinds[] = {[TY_LIST] = "list", [TY_TUPLE] = "tuple", [TY_DICT] = "dict", [TY_SET] = "set",
                                  [TY_DEQUE] = "deque"};
    str_printf(&m->helpers,
               "static void %s(slot_buf *out, const void *item)\n{\n"
               "    slot_buf_%s(out, *(%s)item, %s);\n}\n\n",
               name, kinds[t->kind], const_item_ptr(t), inner);
    return name;
}

const char *translate_eq_fn(Module *m, const Type *t)
{
    if (t->kind == TY_CLASS && t->cls->exc_kind)
        return "slot_eq_exception";
    if (t->kind == TY_CLASS)
        return arena_printf("%s_item_eq", t->cls->name);
    if (t->kind == TY_DEQUE) { /* as lists of the items */
        const char *name = arena_printf("eq_%s", mangle(t));
        if (!has_helper(m, name))
            str_printf(&m->helpers,
                       "static bool %s(const void *a, const void *b)\n{\n"
                       "    return slot_list_eq(&(*(%s)a)->items, &(*(%s)b)->items, %s);\n}\n\n",
                       name, const_item_ptr(t), const_item_ptr(t), translate_eq_fn(m, t->item));
        return name;
    }
    if (t->kind != TY_LIST && t->kind != TY_TUPLE && t->kind != TY_DICT && t->kind != TY_SET)
        return arena_printf("slot_eq_%s", type_python(t));
    const char *name = arena_printf("eq_%s", mangle(t));
    if (has_helper(m, name))
        return name;
    static const char *kinds[] = {[TY_LIST] = "list", [TY_TUPLE] = "tuple", [TY_DICT] = "dict", [TY_SET] = "set"};
    const char *inner = t->kind == TY_SET    ? ""
                        : t->kind == TY_DICT ? arena_printf(", %s", translate_eq_fn(m, t->value))
                                             : arena_printf(", %s", translate_eq_fn(m, t->item));
    str_printf(&m->helpers,
               "static bool %s(const void *a, const void *b)\n{\n"
               "    return slot_%s_eq(*(%s)a, *(%s)b%s);\n}\n\n",
               name, kinds[t->kind], const_item_ptr(t), const_item_ptr(t), inner);
    return name;
}

const char *translate_cmp_fn(Module *m, const Type *t)
{
    if (t->kind == TY_CLASS)
        return arena_printf("%s_item_cmp", t->cls->name);
    if (t->kind != TY_LIST && t->kind != TY_TUPLE)
        return arena_printf("slot_cmp_%s", type_python(t));
    const char *name = arena_printf("cmp_%s", mangle(t));
    if (has_helper(m, name))
        return name;
    const char *inner = translate_cmp_fn(m, t->item);
    str_printf(&m->helpers,
               "static int %s(const void *a, const void *b)\n{\n"
               "    return slot_%s_cmp(*(%s)a, *(%s)b, %s);\n}\n\n",
               name, t->kind == TY_LIST ? "list" : "tuple", const_item_ptr(t), const_item_ptr(t), inner);
    return name;
}

/* The call that appends str(value) (or repr) of type t to the slot_buf
 * pointed to by buf. */
const char *translate_format(Module *m, const char *buf, const Type *t, const char *value, bool repr)
{
    switch (t->kind) {
    case TY_INT:
    case TY_FLOAT:
    case TY_BOOL:
        return arena_printf("slot_buf_%s(%s, %s);", type_python(t), buf, value);
    case TY_STR:
        return arena_printf("slot_buf_str%s(%s, %s);", repr ? "_repr" : "", buf, value);
    case TY_NONE:
        return arena_printf("slot_buf_none(%s);", buf);
    case TY_LIST:
    case TY_TUPLE:
        return arena_printf("slot_buf_%s(%s, %s, %s);", t->kind == TY_LIST ? "list" : "tuple", buf, value,
                            translate_repr_fn(m, t->item));
    case TY_CLASS:
        if (class_is_exception(t->cls))
            return arena_printf("slot_buf_exception(%s, %s, %s);", buf,
                                t->optional && !t->cls->exc_kind ? arena_printf("(const slot_exception *)%s", value)
                                                                 : exc_header(t, value),
                                repr ? "true" : "false");
        if (!repr && class_find_method(t->cls, "__str__")) /* str() and print use __str__ */
            return arena_printf("slot_buf_str(%s, %s);", buf, translate_special_call(t->cls, "__str__", value, NULL));
        return arena_printf("%s_repr(%s, %s);", t->cls->name, buf, translate_ref(t, value));
    case TY_DICT:
        return arena_printf("slot_buf_dict(%s, %s, %s, %s);", buf, value, translate_repr_fn(m, t->item),
                            translate_repr_fn(m, t->value));
    case TY_SET:
        return arena_printf("slot_buf_set(%s, %s, %s);", buf, value, translate_repr_fn(m, t->item));
    case TY_DEQUE:
        return arena_printf("slot_buf_deque(%s, %s, %s);", buf, value, translate_repr_fn(m, t->item));
    case TY_RANGE:
        return arena_printf("slot_buf_range(%s, %s);", buf, value);
    case TY_ITER: /* infer.c rejects printing these */
    case TY_FILE:
    case TY_UNKNOWN:
        break;
    }
    die("translate_format: unknown type");
}

/* hash() of a value of type t. */
const char *translate_hash(const Type *t, const char *value)
{
    switch (t->kind) {
    case TY_INT:
        return arena_printf("slot_hash_int(%s)", value);
    case TY_BOOL:
        return arena_printf("slot_hash_int(%s)", as_int(t, value));
    case TY_FLOAT:
        return arena_printf("slot_hash_float(%s)", value);
    case TY_STR:
        return arena_printf("%s->hash", value);
    case TY_CLASS:
        if (class_find_method(t->cls, "__hash__")) /* its own */
            return arena_printf("slot_hash_returned(%s)", translate_special_call(t->cls, "__hash__", value, NULL));
        if (class_compares_by_value(t->cls))
            return arena_printf("%s_hash(%s)", t->cls->name, translate_ref(t, value));
        return arena_printf("slot_hash_pointer(%s)", value);
    case TY_TUPLE:
        if (t->item->kind == TY_INT || t->item->kind == TY_FLOAT || t->item->kind == TY_BOOL ||
            t->item->kind == TY_STR)
            return arena_printf("slot_tuple_hash(%s, slot_hashof_%s)", value, type_python(t->item));
        return arena_printf("slot_hash_unhashable(\"tuple\")");
    default: /* lists (and tuples holding them) cannot be hashed, as in CPython */
        return arena_printf("slot_hash_unhashable(\"%s\")", t->kind == TY_LIST ? "list" : "tuple");
    }
}

static const char *zero(const Type *t);

static void format_into(Tr *T, const char *buf, const Type *t, const char *value, bool repr)
{
    line(T, "%s", translate_format(T->m, arena_printf("&%s", buf), t, value, repr));
}

/* A value of type from where type to is expected: a Derived * becomes a
 * Base * (the base is its first member, at the same address). */
static const char *convert(const char *c, const Type *from, const Type *to)
{
    if (from && to && from->kind == TY_CLASS && to->kind == TY_CLASS && from->cls != to->cls)
        return arena_printf("(%s)%s", type_c(to), c);
    return c;
}

/* The call of c's special method name (__repr__, __eq__ ...) on self, a
 * c *, with arg when it takes one: the implementation c has or inherits,
 * dispatched when a subclass overrides it. */
const char *translate_special_call(const Class *c, const char *name, const char *self, const char *arg)
{
    Func *f = class_find_method(c, name);
    /* an inherited method takes its own class's pointers, self and other alike */
    const Type *other = arg && f->params.len > 1 ? VEC_AT(Param *, f->params, 1)->var->type : NULL;
    if (other && other->kind == TY_CLASS && other->cls == f->cls && f->cls != c)
        arg = arena_printf("(%s *)%s", f->cls->name, arg);
    return arena_printf("%s%s(%s%s%s)", f->cname, class_overridden_below(c, name) ? "_dispatch" : "",
                        f->cls != c ? arena_printf("(%s *)%s", f->cls->name, self) : self, arg ? ", " : "",
                        arg ? arg : "");
}

/* ---- expressions ---------------------------------------------------------- */

/* Whether evaluating e can do something observable: call user code, or
 * raise.  Such operands must run in Python's order. */
static bool acts(const Expr *e, const void *context)
{
    (void)context;
    if (e->kind == EX_CALL || e->kind == EX_INDEX || e->kind == EX_LISTCOMP || e->kind == EX_DICTCOMP ||
        e->kind == EX_SETCOMP)
        return true;
    if (e->kind == EX_ATTR && e->lhs->type && e->lhs->type->kind == TY_CLASS && e->lhs->type->optional)
        return true; /* None.x raises */
    return e->kind == EX_BINARY && (e->op == OP_DIV || e->op == OP_FLOORDIV || e->op == OP_MOD || e->op == OP_POW);
}

static bool may_act(const Expr *e)
{
    return expr_any(e, acts, NULL);
}

/* Translates operands left to right; when two or more can act, all but
 * the last acting one are evaluated into temporaries first. */
static const char **operands(Tr *T, Expr **es, int n)
{
    const char **cs = arena_alloc(sizeof(char *) * (size_t)(n + 1));
    int acting = 0, last = -1;
    for (int i = 0; i < n; i++)
        if (may_act(es[i]))
            acting++, last = i;
    for (int i = 0; i < n; i++) {
        cs[i] = expr(T, es[i]);
        if (acting > 1 && may_act(es[i]) && i != last)
            cs[i] = hoist(T, es[i]->type, cs[i], "arg");
    }
    return cs;
}

static const char *truthy(const Type *t, const char *c)
{
    switch (t->kind) {
    case TY_BOOL:
        return c;
    case TY_INT:
        return arena_printf("(%s != 0)", c);
    case TY_FLOAT:
        return arena_printf("(%s != 0.0)", c);
    case TY_STR:
    case TY_LIST:
    case TY_TUPLE:
        return arena_printf("(%s->len != 0)", c);
    case TY_DEQUE:
        return arena_printf("(%s->items.len != 0)", c);
    case TY_RANGE:
        return arena_printf("(slot_range_count(%s) != 0)", c);
    case TY_CLASS: /* an object is true, None false */
        return arena_printf("(%s != NULL)", c);
    default:
        return "false"; /* None */
    }
}

/* A condition for if/while: no doubled parentheses, which clang warns
 * about for `if ((a == b))`. */
static const char *condition(const Type *t, const char *c)
{
    const char *text = truthy(t, c);
    size_t n = strlen(text);
    if (n < 2 || text[0] != '(' || text[n - 1] != ')')
        return text;
    int depth = 0;
    for (size_t i = 0; i < n; i++) {
        depth += (text[i] == '(') - (text[i] == ')');
        if (depth == 0 && i < n - 1)
            return text; /* "(a) && (b)": the outer pair is not one */
    }
    return arena_strndup(text + 1, n - 2);
}

/* A C double literal that reads back as exactly v. */
static const char *float_literal(double v)
{
    if (isinf(v))
        return "INFINITY";
    char buf[64];
    snprintf(buf, sizeof buf, "%.17g", v);
    if (!strpbrk(buf, ".en"))
        strcat(buf, ".0");
    return arena_strdup(buf);
}

/* String literals are static objects shared by the module, each named
 * by a constant pointer: str_3. */
static const char *string_literal(Tr *T, Expr *e)
{
    for (int i = 0; i < T->m->strings.len; i++) {
        Expr *s = VEC_AT(Expr *, T->m->strings, i);
        if (s->slen == e->slen && memcmp(s->sval, e->sval, e->slen) == 0)
            return arena_printf("str_%d", i);
    }
    vec_push(&T->m->strings, e);
    return arena_printf("str_%d", T->m->strings.len - 1);
}

static const char *text_literal(Tr *T, const char *text)
{
    Expr *e = arena_alloc(sizeof *e);
    e->kind = EX_STR;
    e->sval = text;
    e->slen = strlen(text);
    return string_literal(T, e);
}

static const char *as_double(const Type *t, const char *c)
{
    if (t->kind == TY_FLOAT)
        return c;
    if (strcmp(c, "true") == 0 || strcmp(c, "false") == 0)
        return c[0] == 't' ? "1.0" : "0.0";
    return arena_printf("(double)%s", c);
}

static const char *as_int(const Type *t, const char *c)
{
    if (t->kind != TY_BOOL)
        return c;
    if (strcmp(c, "true") == 0 || strcmp(c, "false") == 0)
        return c[0] == 't' ? "1" : "0";
    return arena_printf("(int64_t)%s", c);
}

/* a op b for numbers and strings (infer.c accepted the types) */
static const char *arith(Tr *T, Op op, Type *ta, const char *a, Type *tb, const char *b, Type *result)
{
    (void)T;
    if (result->kind == TY_STR && op == OP_MUL)
        return ta->kind == TY_STR ? arena_printf("slot_str_repeat(%s, %s)", a, b)
                                  : arena_printf("slot_str_repeat(%s, %s)", b, a);
    if (result->kind == TY_STR)
        return arena_printf("slot_str_concat(%s, %s)", a, b);
    if (result->kind == TY_LIST && op == OP_MUL)
        return ta->kind == TY_LIST ? arena_printf("slot_list_repeat(%s, %s)", a, as_int(tb, b))
                                   : arena_printf("slot_list_repeat(%s, %s)", b, as_int(ta, a));
    if (result->kind == TY_LIST)
        return arena_printf("slot_list_concat(%s, %s)", a, b);
    if (result->kind == TY_SET) {
        static const char *sets[] = {[OP_BITOR] = "union", [OP_BITAND] = "intersection", [OP_SUB] = "difference",
                                     [OP_BITXOR] = "symmetric_difference"};
        return arena_printf("slot_set_%s(%s, %s)", sets[op], a, b);
    }
    if (result->kind == TY_FLOAT) {
        a = as_double(ta, a), b = as_double(tb, b);
        static const char *fns[] = {[OP_DIV] = "slot_float_div", [OP_FLOORDIV] = "slot_float_floordiv",
                                    [OP_MOD] = "slot_float_mod", [OP_POW] = "slot_float_pow"};
        if (op == OP_ADD || op == OP_SUB || op == OP_MUL)
            return arena_printf("(%s %s %s)", a, op == OP_ADD ? "+" : op == OP_SUB ? "-" : "*", b);
        if (ta->kind != TY_FLOAT && tb->kind != TY_FLOAT && op == OP_DIV)
            return arena_printf("slot_int_truediv(%s, %s)", as_int(ta, a), as_int(tb, b));
        return arena_printf("%s(%s, %s)", fns[op], a, b);
    }
    static const char *bits[] = {[OP_BITOR] = "|", [OP_BITAND] = "&", [OP_BITXOR] = "^"};
    if (op == OP_BITOR || op == OP_BITAND || op == OP_BITXOR)
        return result->kind == TY_BOOL ? arena_printf("(bool)(%s %s %s)", a, bits[op], b)
                                       : arena_printf("(%s %s %s)", as_int(ta, a), bits[op], as_int(tb, b));
    static const char *ints[] = {[OP_ADD] = "add", [OP_SUB] = "sub", [OP_MUL] = "mul", [OP_FLOORDIV] = "floordiv",
                                 [OP_MOD] = "mod", [OP_POW] = "pow", [OP_LSHIFT] = "lshift", [OP_RSHIFT] = "rshift"};
    return arena_printf("slot_int_%s(%s, %s)", ints[op], as_int(ta, a), as_int(tb, b));
}

static const char *percent_format(Tr *T, Expr *e);

static const char *binary(Tr *T, Expr *e)
{
    if (e->op == OP_MOD && e->lhs->kind == EX_STR)
        return percent_format(T, e);
    Expr *es[2] = {e->lhs, e->rhs};
    const char **cs = operands(T, es, 2);
    if (e->op == OP_DIV && e->lhs->type->kind != TY_FLOAT && e->rhs->type->kind != TY_FLOAT)
        return arena_printf("slot_int_truediv(%s, %s)", as_int(e->lhs->type, cs[0]),
                            as_int(e->rhs->type, cs[1]));
    return arith(T, e->op, e->lhs->type, cs[0], e->rhs->type, cs[1], e->type);
}

/* One comparison a op b of typed operands. */
static const char *compare_one(Tr *T, Op op, Type *ta, const char *a, Type *tb, const char *b)
{
    static const char *cops[] = {[OP_EQ] = "==", [OP_NE] = "!=", [OP_LT] = "<",
                                 [OP_LE] = "<=", [OP_GT] = ">",  [OP_GE] = ">=",
                                 [OP_IS] = "==", [OP_IS_NOT] = "!="};
    if (ta->kind == TY_NONE || tb->kind == TY_NONE) { /* x is None, x == None */
        bool same = op == OP_IS || op == OP_EQ;
        if (ta->kind == TY_NONE && tb->kind == TY_NONE)
            return same ? "true" : "false";
        return arena_printf("(%s %s NULL)", ta->kind == TY_NONE ? b : a, same ? "==" : "!=");
    }
    /* x is x, n == n: C compilers reject comparing a variable with itself
     * (floats excepted: NaN is not equal to itself) */
    bool exact = ta->kind == TY_INT || ta->kind == TY_BOOL || (ta->kind == TY_CLASS && !class_compares_by_value(ta->cls));
    if (strcmp(a, b) == 0 && (op == OP_IS || op == OP_IS_NOT || ((op == OP_EQ || op == OP_NE) && exact)))
        return arena_printf("((void)%s, %s)", a, op == OP_IS || op == OP_EQ ? "true" : "false");
    if ((op == OP_IS || op == OP_IS_NOT) && ta->kind != TY_CLASS) /* the same list, dict or set */
        return arena_printf("(%s %s %s)", a, cops[op], b);
    if (op == OP_IN || op == OP_NOT_IN) {
        const char *neg = op == OP_NOT_IN ? "!" : "";
        if (tb->kind == TY_DICT || tb->kind == TY_SET)
            return arena_printf("%sslot_%s_contains(%s, %s)", neg, tb->kind == TY_DICT ? "dict" : "set", b,
                                key_ref(tb->item, a));
        if (tb->kind == TY_STR)
            return arena_printf("%sslot_str_contains(%s, %s)", neg, b, a);
        if (tb->kind == TY_RANGE)
            return arena_printf("%sslot_range_contains(%s, %s)", neg, b, a);
        return arena_printf("%sslot_%s_contains(%s, %s, %s)", neg, tb->kind == TY_LIST ? "list" : "tuple", b,
                            key_ref(ta, a), translate_eq_fn(T->m, ta));
    }
    if (ta->kind == TY_RANGE) /* == and != only (infer.c) */
        return arena_printf("%sslot_range_eq(%s, %s)", op == OP_NE ? "!" : "", a, b);
    if (ta->kind == TY_DICT && (op == OP_EQ || op == OP_NE))
        return arena_printf("%sslot_dict_eq(%s, %s, %s)", op == OP_NE ? "!" : "", a, b,
                            translate_eq_fn(T->m, ta->value));
    if (ta->kind == TY_SET) { /* ==, and the subset tests */
        if (op == OP_EQ || op == OP_NE)
            return arena_printf("%sslot_set_eq(%s, %s)", op == OP_NE ? "!" : "", a, b);
        bool sub = op == OP_LE || op == OP_LT;
        const char *x = sub ? a : b, *y = sub ? b : a;
        if (op == OP_LE || op == OP_GE)
            return arena_printf("slot_set_issubset(%s, %s)", x, y);
        return arena_printf("(slot_set_issubset(%s, %s) && %s->len < %s->len)", x, y, x, y);
    }
    if ((ta->kind == TY_LIST || ta->kind == TY_TUPLE) && (op == OP_EQ || op == OP_NE))
        return arena_printf("%sslot_%s_eq(%s, %s, %s)", op == OP_NE ? "!" : "",
                            ta->kind == TY_LIST ? "list" : "tuple", a, b, translate_eq_fn(T->m, ta->item));
    if (ta->kind == TY_LIST || ta->kind == TY_TUPLE)
        return arena_printf("(slot_%s_cmp(%s, %s, %s) %s 0)", ta->kind == TY_LIST ? "list" : "tuple", a, b,
                            translate_cmp_fn(T->m, ta->item), cops[op]);
    if (ta->kind == TY_STR)
        return op == OP_EQ || op == OP_NE
                   ? arena_printf("%sslot_str_eq(%s, %s)", op == OP_NE ? "!" : "", a, b)
                   : arena_printf("(slot_str_cmp(%s, %s) %s 0)", a, b, cops[op]);
    if (ta->kind == TY_CLASS && op != OP_IS && op != OP_IS_NOT) {
        Class *c = ta->cls;
        if (op == OP_EQ || op == OP_NE)
            return class_compares_by_value(c) ? arena_printf("%s%s_eq(%s, %s)", op == OP_NE ? "!" : "", c->name,
                                                             translate_ref(ta, a), translate_ref(tb, b))
                   : ta->cls != tb->cls ? arena_printf("((const void *)%s %s (const void *)%s)", a, cops[op], b)
                                        : arena_printf("(%s %s %s)", a, cops[op], b);
        return arena_printf("(%s_cmp(%s, %s) %s 0)", c->name, translate_ref(ta, a), translate_ref(tb, b), cops[op]);
    }
    if (ta->kind == TY_FLOAT || tb->kind == TY_FLOAT)
        return arena_printf("(%s %s %s)", as_double(ta, a), cops[op], as_double(tb, b));
    return arena_printf("(%s %s %s)", a, cops[op], b);
}

static Type bool_type = {.kind = TY_BOOL};

/* a < b < c -> a < b && b < c, each operand evaluated once */
static const char *compare(Tr *T, Expr *e)
{
    int n = e->items.len;
    Expr **es = (Expr **)e->items.items;
    if (n == 2) {
        const char **cs = operands(T, es, 2);
        return compare_one(T, e->ops[0], es[0]->type, cs[0], es[1]->type, cs[1]);
    }
    /* Chains: a temporary flag, filled one link at a time so that later
     * operands run only when the earlier links hold. */
    const char *flag = new_tmp(T, "cmp");
    const char *a = hoist(T, es[0]->type, expr(T, es[0]), "lhs");
    line(T, "bool %s = false;", flag);
    int opened = 0;
    for (int i = 1; i < n; i++) {
        const char *b = hoist(T, es[i]->type, expr(T, es[i]), "rhs");
        const char *test = compare_one(T, e->ops[i - 1], es[i - 1]->type, a, es[i]->type, b);
        if (i == n - 1) {
            line(T, "%s = %s;", flag, test);
        } else {
            line(T, "if (%s) {", condition(&bool_type, test));
            T->indent++, opened++;
        }
        a = b;
    }
    while (opened--) {
        T->indent--;
        line(T, "}");
    }
    return flag;
}

/* a and b / a or b: Python returns one of the operands, and evaluates b
 * only when a does not decide. */
static const char *logical(Tr *T, Expr *e)
{
    bool and = e->kind == EX_AND;
    const char *a = expr(T, e->lhs);
    if (e->truth_only) /* mixed types in a condition: only truth matters */
        a = truthy(e->lhs->type, a);
    Str pre = {0};
    T->indent++;
    const char *b = capture(T, e->rhs, &pre);
    T->indent--;
    if (e->truth_only)
        b = truthy(e->rhs->type, b);
    if (!pre.len && e->type->kind == TY_BOOL) {
        str_free(&pre);
        return arena_printf("(%s %s %s)", a, and ? "&&" : "||", b);
    }
    const char *t = hoist(T, e->type, a, and ? "and" : "or");
    line(T, "if (%s%s) {", and ? "" : "!", truthy(e->type, t));
    splice(T, &pre);
    T->indent++;
    line(T, "%s = %s;", t, b);
    T->indent--;
    line(T, "}");
    return t;
}

/* then if cond else other */
static const char *ifexp(Tr *T, Expr *e)
{
    const char *cond = truthy(e->cond->type, expr(T, e->cond));
    if (!may_act(e->lhs) && !may_act(e->rhs))
        return arena_printf("(%s ? %s : %s)", cond, expr(T, e->lhs), expr(T, e->rhs));
    const char *t = new_tmp(T, "pick");
    line(T, "%s;", decl(e->type, t));
    line(T, "if (%s) {", cond);
    T->indent++;
    line(T, "%s = %s;", t, expr(T, e->lhs));
    T->indent--;
    line(T, "} else {");
    T->indent++;
    line(T, "%s = %s;", t, expr(T, e->rhs));
    T->indent--;
    line(T, "}");
    return t;
}

/* [a, b] / (a, b) */
static const char *sequence(Tr *T, Expr *e)
{
    Type *item = e->type->item;
    const char *kind = e->kind == EX_LIST ? "list" : "tuple";
    if (e->items.len == 0)
        return e->kind == EX_LIST ? arena_printf("slot_list_new(sizeof(%s), %s)", type_c(item), atomic(item))
                                  : arena_printf("slot_tuple_from(sizeof(%s), %s, 0, NULL)", type_c(item),
                                                 atomic(item));
    const char **cs = operands(T, (Expr **)e->items.items, e->items.len);
    Str s = {0};
    for (int i = 0; i < e->items.len; i++) {
        Type *t = item ? item : VEC_AT(Field *, e->type->cls->fields, i)->var.type;
        str_printf(&s, "%s%s", i ? ", " : "", convert(cs[i], VEC_AT(Expr *, e->items, i)->type, t));
    }
    const char *items = str_finish(&s);
    if (e->type->kind == TY_CLASS) /* a tuple whose items differ in type: its record's constructor */
        return arena_printf("%s_new(%s)", e->type->cls->name, items);
    return arena_printf("slot_%s_from(sizeof(%s), %s, %d, (%s[]){%s})", kind, type_c(item), atomic(item),
                        e->items.len, type_c(item), items);
}

static void assign_to(Tr *T, Expr *target, const char *value);

static bool is_int_literal(const Expr *e, int64_t v)
{
    return (e->kind == EX_INT && e->ival == v) ||
           (e->kind == EX_UNARY && e->op == OP_NEG && e->lhs->kind == EX_INT && e->lhs->ival == -v);
}

/* The type of the items of an iterable. */
static Type *items_type(const Expr *iter)
{
    static Type str_type = {.kind = TY_STR}, int_type = {.kind = TY_INT};
    if (iter->kind == EX_GENEXP)
        return iter->lhs->type;
    if (iter->type->kind == TY_FILE || iter->type->kind == TY_STR)
        return &str_type;
    if (iter->type->kind == TY_RANGE)
        return &int_type;
    if (iter->type->kind == TY_CLASS)
        return class_find_method(iter->type->cls, "__iter__")->result->type->item;
    return iter->type->item;
}

/* A string literal made by the translation itself ("r", a file's mode). */
static const char *text_literal(Tr *T, const char *text);

/* ---- generator state -------------------------------------------------------- */

/* A new field of the generator's state struct: "gen->name". */
static const char *state_var(Tr *T, const Type *t, const char *stem)
{
    Field *f = arena_alloc(sizeof *f);
    f->var.name = f->var.cname = new_tmp(T, stem);
    f->var.type = (Type *)t;
    vec_push(&T->func->state, f);
    return arena_printf("gen->%s", f->var.cname);
}

/* A temporary holding loop state: in a generator whose loop body yields
 * (keep), a field of its state, so it survives the yield. */
static const char *loop_tmp(Tr *T, bool keep, const Type *t, const char *value, const char *stem)
{
    if (!keep)
        return hoist(T, t, value, stem);
    const char *name = state_var(T, t, stem);
    line(T, "%s = %s;", name, value);
    return name;
}

/* A loop counter: "int64_t i_2" in the for header, or a state field. */
static const char *loop_counter(Tr *T, bool keep, const char **init)
{
    static Type int_type = {.kind = TY_INT};
    if (keep) {
        const char *name = state_var(T, &int_type, "i");
        *init = name;
        return name;
    }
    const char *name = new_tmp(T, "i");
    *init = arena_printf("%sint64_t %s", T->loop_qual, name);
    return name;
}

/* ---- loops ---------------------------------------------------------------- */

/* for ... in range(...).  A step of 1 or -1 counts directly (the counter
 * never passes stop, so it cannot overflow); any other step counts items,
 * as CPython's range does, so a last step past INT64_MAX is never taken. */
static const char *range_items(Tr *T, Expr *call, bool keep)
{
    static Type int_type = {.kind = TY_INT};
    int n = call->items.len;
    Expr **args = (Expr **)call->items.items;
    const char **cs = operands(T, args, n);
    const char *start = n == 1 ? "0" : cs[0];
    const char *stop = n == 1 ? cs[0] : cs[1];
    if (args[n == 1 ? 0 : 1]->kind != EX_INT)
        stop = loop_tmp(T, keep, &int_type, stop, "stop");
    if (T->reserve && n == 2 && args[0]->kind != EX_INT)
        start = loop_tmp(T, keep, &int_type, start, "start");
    if (T->reserve && n < 3) /* [f(i) for i in range(n)]: n items, one allocation */
        line(T, "slot_list_reserve(%s, slot_range_len(%s, %s, 1));", T->reserve, start, stop);
    T->reserve = NULL;
    const char *init;
    const char *i = loop_counter(T, keep, &init);
    if (n < 3 || is_int_literal(args[2], 1) || is_int_literal(args[2], -1)) {
        bool down = n == 3 && is_int_literal(args[2], -1);
        line(T, "for (%s = %s; %s %s %s; %s%s) {", init, start, i, down ? ">" : "<", stop, i, down ? "--" : "++");
        return i;
    }
    if (args[0]->kind != EX_INT)
        start = loop_tmp(T, keep, &int_type, start, "start");
    const char *step = args[2]->kind == EX_INT ? cs[2] : loop_tmp(T, keep, &int_type, cs[2], "step");
    const char *count = loop_tmp(T, keep, &int_type, arena_printf("slot_range_len(%s, %s, %s)", start, stop, step), "n");
    line(T, "for (%s = 0; %s < %s; %s++) {", init, i, count, i);
    return arena_printf("slot_range_item(%s, %s, %s)", start, step, i);
}

/* for ... in r, a range kept as a value: counts its items. */
static const char *range_value_items(Tr *T, Expr *iter, bool keep)
{
    static Type int_type = {.kind = TY_INT};
    const char *r = loop_tmp(T, keep, iter->type, expr(T, iter), "range");
    const char *count = loop_tmp(T, keep, &int_type, arena_printf("slot_range_count(%s)", r), "n");
    const char *init;
    const char *i = loop_counter(T, keep, &init);
    line(T, "for (%s = 0; %s < %s; %s++) {", init, i, count, i);
    return arena_printf("slot_range_item(%s.start, %s.step, %s)", r, r, i);
}

/* for ... in xs, a list or a tuple: by index, so that items appended
 * during the loop are seen, as in Python */
static const char *sequence_items(Tr *T, Expr *seq, bool keep, Loop *loop)
{
    const char *s = loop_tmp(T, keep, seq->type, expr(T, seq), "seq");
    const char *init;
    const char *i = loop_counter(T, keep, &init);
    line(T, "for (%s = 0; %s < %s->len; %s++) {", init, i, s, i);
    loop->index = i;
    return arena_printf("%s[%s]", items_of(seq->type->item, s), i);
}

/* for line in f: the lines of a text file; a file the loop opened itself
 * (for line in open(path)) is closed after it, as CPython's reference
 * counting does. */
static const char *file_items(Tr *T, Expr *file, bool keep, Loop *loop)
{
    const char *f = loop_tmp(T, keep, file->type, expr(T, file), "file");
    const char *item = new_tmp(T, "line");
    line(T, "const slot_str *%s;", item);
    line(T, "while ((%s = slot_file_next(%s)) != NULL) {", item, f);
    if (file->kind == EX_CALL)
        loop->after = arena_printf("slot_file_close(%s);", f);
    return item;
}

/* for ch in s: one character at a time, by byte offset */
static const char *char_items(Tr *T, Expr *s, bool keep)
{
    static Type int_type = {.kind = TY_INT};
    const char *str = loop_tmp(T, keep, s->type, expr(T, s), "text");
    const char *at = loop_tmp(T, keep, &int_type, "0", "at");
    line(T, "while (%s < %s->size) {", at, str);
    return arena_printf("slot_str_next_char(%s, &%s)", str, at);
}

/* The generator a for loop can run in place: a call of a generator
 * function, or an object whose __iter__ is a generator method; sets *args
 * to the arguments of its start function. */
static Func *direct_generator(Tr *T, Expr *iter, const char **args)
{
    bool dispatched = iter->kind == EX_CALL && iter->lhs->kind == EX_ATTR && iter->lhs->lhs->type &&
                      iter->lhs->lhs->type->kind == TY_CLASS &&
                      class_overridden_below(iter->lhs->lhs->type->cls, iter->lhs->name);
    if (iter->type->kind == TY_CLASS && class_overridden_below(iter->type->cls, "__iter__"))
        return NULL;
    if (iter->kind == EX_CALL && iter->callee && iter->callee->generator && !dispatched) {
        const char *call = expr(T, iter); /* "f(a, b)" */
        *args = strchr(call, '(') + 1;
        return iter->callee;
    }
    if (iter->type->kind == TY_CLASS) {
        Func *f = class_find_method(iter->type->cls, "__iter__");
        if (f && f->generator) {
            *args = arena_printf("%s)", expr(T, iter));
            return f;
        }
    }
    return NULL;
}

static bool is_builtin_call(const Expr *e, const char *name);

/* An iterator object over any iterable (iter(x)). */
static const char *iterator_of(Tr *T, Expr *e)
{
    Type *t = e->type;
    if (e->kind == EX_GENEXP)
        return genexp_value(T, e);
    if (is_builtin_call(e, "range")) {
        const char **cs = operands(T, (Expr **)e->items.items, e->items.len);
        int n = e->items.len;
        return arena_printf("slot_range_iter(%s, %s, %s)", n == 1 ? "0" : cs[0], n == 1 ? cs[0] : cs[1],
                            n == 3 ? cs[2] : "1");
    }
    switch (t->kind) {
    case TY_RANGE: {
        const char *r = hoist(T, t, expr(T, e), "range");
        return arena_printf("slot_range_iter(%s.start, %s.stop, %s.step)", r, r, r);
    }
    case TY_LIST:
    case TY_TUPLE:
        return arena_printf("slot_%s_iter(%s)", t->kind == TY_LIST ? "list" : "tuple", expr(T, e));
    case TY_FILE:
        return arena_printf("slot_file_iter(%s)", expr(T, e));
    case TY_DICT:
    case TY_SET:
        return arena_printf("slot_%s_iter(%s)", t->kind == TY_DICT ? "dict" : "set", expr(T, e));
    case TY_CLASS: {
        Func *f = class_find_method(t->cls, "__iter__");
        return arena_printf("%s%s(%s)", f->cname, class_overridden_below(t->cls, "__iter__") ? "_dispatch" : "",
                            convert(expr(T, e), t, type_class(f->cls)));
    }
    default:
        return expr(T, e);
    }
}

/* for ... in an iterator: a generator run in place on the stack when it
 * can be, through its iterator object otherwise. */
static const char *iterator_items(Tr *T, Expr *iter, bool keep)
{
    Type *item_t = items_type(iter);
    const char *args;
    Func *g = keep ? NULL : direct_generator(T, iter, &args);
    const char *item = new_tmp(T, "item");
    if (g) {
        const char *it = new_tmp(T, "it");
        line(T, "%s_gen %s;", g->cname, it);
        line(T, "%s_start(&%s%s%s;", g->cname, it, *args == ')' ? "" : ", ", args);
        line(T, "%s;", decl(item_t, item));
        line(T, "while (%s_next(&%s.iter, &%s)) {", g->cname, it, item);
        return item;
    }
    static Type iter_type = {.kind = TY_ITER};
    const char *it = loop_tmp(T, keep, &iter_type, iterator_of(T, iter), "it");
    line(T, "%s;", decl(item_t, item));
    line(T, "while (slot_next(%s, &%s)) {", it, item);
    return item;
}

/* d.keys() / d.values() / d.items() walked in place */
static bool is_dict_view(const Expr *e)
{
    return e->kind == EX_CALL && e->lhs->kind == EX_ATTR && e->consumed && e->lhs->lhs->type->kind == TY_DICT;
}

/* for ... in a dict (its keys), a view of one, or a set: with CPython's
 * check that the loop does not change its size.  For d.items(), *value is
 * set to the current value. */
static const char *hashed_items(Tr *T, Expr *iter, const char **value)
{
    Expr *c = is_dict_view(iter) ? iter->lhs->lhs : iter;
    bool values = is_dict_view(iter) && iter->lhs->name[0] == 'v';
    const char *kind = c->type->kind == TY_DICT ? "dict" : "set";
    const char *obj = hoist(T, c->type, expr(T, c), kind);
    const char *cursor = new_tmp(T, "at"), *k = new_tmp(T, "key"), *v = new_tmp(T, "value");
    line(T, "slot_%s_cursor %s = slot_%s_begin(%s);", kind, cursor, kind, obj);
    line(T, "void *%s;", k);
    if (c->type->kind == TY_DICT)
        line(T, "void *%s;", v);
    line(T, "while (slot_%s_step(%s, &%s, &%s%s)) {", kind, obj, cursor, k,
         c->type->kind == TY_DICT ? arena_printf(", &%s", v) : "");
    const char *key = arena_printf("SLOT_ITEM(%s, %s)", type_c(c->type->item), k);
    const char *val = c->type->kind == TY_DICT ? arena_printf("SLOT_ITEM(%s, %s)", type_c(c->type->value), v) : NULL;
    if (value)
        *value = val;
    return values ? val : key;
}

static const char *copied_items(Tr *T, Expr *iter, const char **value);

/* d.items() walked where it stands: each (key, value) a new tuple, or a
 * tuple record when their types differ. */
static const char *pair_items(Tr *T, Expr *iter, bool keep)
{
    const char *value;
    const char *key = keep ? copied_items(T, iter, &value) : hashed_items(T, iter, &value);
    Type *pair = iter->type->item;
    if (pair->kind == TY_CLASS)
        return arena_printf("%s_new(%s, %s)", pair->cls->name, key, value);
    return arena_printf("slot_tuple_from(sizeof(%s), %s, 2, (%s[]){%s, %s})", type_c(pair->item), atomic(pair->item),
                        type_c(pair->item), key, value);
}

/* A view of a dict walked by a generator that yields inside the loop: the
 * keys (and values) copied into lists its state keeps. */
static const char *copied_items(Tr *T, Expr *iter, const char **value)
{
    Type *d = iter->lhs->lhs->type;
    const char *obj = hoist(T, d, expr(T, iter->lhs->lhs), "dict");
    const char *keys = loop_tmp(T, true, type_list(d->item), arena_printf("slot_dict_keys(%s)", obj), "keys");
    const char *values = loop_tmp(T, true, type_list(d->value), arena_printf("slot_dict_values(%s)", obj), "values");
    const char *init;
    const char *i = loop_counter(T, true, &init);
    line(T, "for (%s = 0; %s < %s->len; %s++) {", init, i, keys, i);
    const char *v = arena_printf("%s[%s]", items_of(d->value, values), i);
    if (value)
        *value = v;
    return iter->lhs->name[0] == 'v' ? v : arena_printf("%s[%s]", items_of(d->item, keys), i);
}

/* Declares the variables of a comprehension's own scope. */
static void declare_comp_vars(Tr *T, Expr *target)
{
    if (target->kind == EX_NAME) {
        if (T->outer_body) /* a name of its own: the loop body inside may use an outer one */
            target->var->cname = new_tmp(T, c_ident(target->var->name));
        line(T, "%s;", decl(target->var->type, target->var->cname));
        if (!target->var->read)
            line(T, "(void)%s;", target->var->cname);
        return;
    }
    for (int i = 0; i < target->items.len; i++)
        declare_comp_vars(T, VEC_AT(Expr *, target->items, i));
}

static const char *open_loop(Tr *T, Expr *target, Expr *iter, bool keep, Loop *loop);

/* Opens the loops of comprehension g's for clauses, the outer ones (the
 * clause nodes of its iter) first, each with its filter. */
static void open_clauses(Tr *T, Expr *g, bool keep, Loop *loop)
{
    Expr *iter = g->iter;
    Loop *outer = NULL;
    if (iter->kind == EX_GENEXP && iter->clause) {
        outer = arena_alloc(sizeof *outer);
        open_clauses(T, iter, keep, outer);
        iter = iter->lhs;
    }
    line(T, "{");
    T->indent++;
    declare_comp_vars(T, g->target);
    open_loop(T, g->target, iter, keep, loop);
    loop->braces++;
    loop->outer = outer;
    if (g->cond) {
        line(T, "if (!%s)", truthy(g->cond->type, expr(T, g->cond)));
        line(T, "    continue;");
    }
}

/* (elt for target in iter if cond), consumed where it stands: the loops
 * over the iterables, the filters, and elt as the item. */
static const char *genexp_items(Tr *T, Expr *g, bool keep, Loop *loop)
{
    open_clauses(T, g, keep, loop);
    return expr(T, g->lhs);
}

static bool is_builtin_call(const Expr *e, const char *name)
{
    return e->kind == EX_CALL && e->lhs->kind == EX_NAME && !e->callee && !e->cls && !e->math &&
           strcmp(e->lhs->name, name) == 0;
}

static const char *zip_items(Tr *T, Expr *call, bool keep);
static const char *counted_items(Tr *T, Expr *call, bool keep, Loop *loop);

/* Opens a C loop over the items of iter and returns the C expression of
 * the current item; the caller writes the body and calls close_loop.  With
 * keep (a generator whose loop body yields), the loop's state lives in the
 * generator's state struct. */
static const char *open_items(Tr *T, Expr *iter, bool keep, Loop *loop)
{
    *loop = (Loop){.braces = 1};
    const char *item;
    if (is_builtin_call(iter, "range"))
        item = range_items(T, iter, keep);
    else if (iter->kind == EX_GENEXP)
        return genexp_items(T, iter, keep, loop);
    else if (is_dict_view(iter) && iter->lhs->name[0] == 'i')
        item = pair_items(T, iter, keep);
    else if (is_builtin_call(iter, "zip"))
        item = zip_items(T, iter, keep);
    else if (is_builtin_call(iter, "enumerate"))
        return counted_items(T, iter, keep, loop);
    else if (iter->type->kind == TY_RANGE)
        item = range_value_items(T, iter, keep);
    else if (iter->type->kind == TY_LIST || iter->type->kind == TY_TUPLE)
        item = sequence_items(T, iter, keep, loop);
    else if (iter->type->kind == TY_FILE)
        item = file_items(T, iter, keep, loop);
    else if (iter->type->kind == TY_STR)
        item = char_items(T, iter, keep);
    else if (!keep && (iter->type->kind == TY_DICT || iter->type->kind == TY_SET || is_dict_view(iter)))
        item = hashed_items(T, iter, NULL);
    else if (is_dict_view(iter)) /* in a generator: over a copy, kept in its state */
        item = copied_items(T, iter, NULL);
    else
        item = iterator_items(T, iter, keep);
    T->indent++;
    return item;
}

/* for i, x in enumerate(xs): a counter beside the items */
static void enumerate_loop(Tr *T, Expr *target, Expr *call, bool keep, Loop *loop)
{
    static Type int_type = {.kind = TY_INT};
    Expr *xs = VEC_AT(Expr *, call->items, 0);
    Expr *first = call->items.len == 2 ? VEC_AT(Expr *, call->items, 1) : NULL;
    bool indexed = !first && xs->kind != EX_GENEXP && (xs->type->kind == TY_LIST || xs->type->kind == TY_TUPLE);
    const char *count = indexed ? NULL : loop_tmp(T, keep, &int_type, first ? expr(T, first) : "0", "count");
    const char *item = open_items(T, xs, keep, loop);
    assign_to(T, VEC_AT(Expr *, target->items, 0), indexed ? loop->index : arena_printf("%s++", count));
    assign_to(T, VEC_AT(Expr *, target->items, 1), item);
}

/* zip(xs, ys) consumed as tuples: the loop of zip_loop, each item a new
 * tuple (a tuple record when the item types differ). */
static const char *zip_items(Tr *T, Expr *call, bool keep)
{
    static Type iter_type = {.kind = TY_ITER};
    int n = call->items.len;
    Type *t = call->type->item;
    Str test = {0}, items = {0};
    for (int i = 0; i < n; i++) {
        Expr *arg = VEC_AT(Expr *, call->items, i);
        const char *it = loop_tmp(T, keep, &iter_type, iterator_of(T, arg), "it");
        const char *x = new_tmp(T, "item");
        line(T, "%s;", decl(items_type(arg), x));
        str_printf(&test, "%sslot_next(%s, &%s)", i ? " && " : "", it, x);
        str_printf(&items, "%s%s", i ? ", " : "", x);
    }
    line(T, "while (%s) {", str_finish(&test));
    if (t->kind == TY_CLASS)
        return arena_printf("%s_new(%s)", t->cls->name, str_finish(&items));
    return arena_printf("slot_tuple_from(sizeof(%s), %s, %d, (%s[]){%s})", type_c(t->item), atomic(t->item), n,
                        type_c(t->item), str_finish(&items));
}

/* enumerate(xs[, start]) consumed as (count, item) tuples: the loop over
 * xs, each tuple made before the count moves on. */
static const char *counted_items(Tr *T, Expr *call, bool keep, Loop *loop)
{
    static Type int_type = {.kind = TY_INT};
    Expr *first = call->items.len == 2 ? VEC_AT(Expr *, call->items, 1) : NULL;
    const char *count = loop_tmp(T, keep, &int_type, first ? expr(T, first) : "0", "count");
    const char *x = open_items(T, VEC_AT(Expr *, call->items, 0), keep, loop);
    Type *t = call->type->item;
    const char *pair = t->kind == TY_CLASS ? arena_printf("%s_new(%s, %s)", t->cls->name, count, x)
                                           : arena_printf("slot_tuple_from(sizeof(int64_t), true, 2, (int64_t[]){%s, %s})",
                                                          count, x);
    pair = hoist(T, t, pair, "pair");
    line(T, "%s++;", count);
    return pair;
}

/* for a, b in zip(xs, ys): iterators over each, stopping at the first
 * that ends (later ones are not advanced, as in Python) */
static void zip_loop(Tr *T, Expr *target, Expr *call, bool keep)
{
    static Type iter_type = {.kind = TY_ITER};
    int n = call->items.len;
    const char **its = arena_alloc(sizeof(char *) * (size_t)(n + 1));
    const char **items = arena_alloc(sizeof(char *) * (size_t)(n + 1));
    for (int i = 0; i < n; i++)
        its[i] = loop_tmp(T, keep, &iter_type, iterator_of(T, VEC_AT(Expr *, call->items, i)), "it");
    Str test = {0};
    for (int i = 0; i < n; i++) {
        items[i] = new_tmp(T, "item");
        line(T, "%s;", decl(VEC_AT(Expr *, target->items, i)->type, items[i]));
        str_printf(&test, "%sslot_next(%s, &%s)", i ? " && " : "", its[i], items[i]);
    }
    line(T, "while (%s) {", str_finish(&test));
    T->indent++;
    for (int i = 0; i < n; i++)
        assign_to(T, VEC_AT(Expr *, target->items, i), items[i]);
}

/* Opens a loop that sets the Python loop target for each item. */
static const char *open_loop(Tr *T, Expr *target, Expr *iter, bool keep, Loop *loop)
{
    if (is_builtin_call(iter, "enumerate") && target->kind == EX_TUPLE) {
        enumerate_loop(T, target, iter, keep, loop);
        return NULL;
    }
    if (is_builtin_call(iter, "zip") && target->kind == EX_TUPLE) {
        *loop = (Loop){.braces = 1};
        zip_loop(T, target, iter, keep);
        return NULL;
    }
    if (is_dict_view(iter) && iter->lhs->name[0] == 'i' && target->kind == EX_TUPLE &&
        target->items.len == 2) { /* for k, v in d.items() */
        *loop = (Loop){.braces = 1};
        const char *value;
        const char *key = keep ? copied_items(T, iter, &value) : hashed_items(T, iter, &value);
        T->indent++;
        assign_to(T, VEC_AT(Expr *, target->items, 0), key);
        assign_to(T, VEC_AT(Expr *, target->items, 1), value);
        return NULL;
    }
    const char *item = open_items(T, iter, keep, loop);
    assign_to(T, target, convert(item, items_type(iter), target->type));
    return NULL;
}

static void close_loop(Tr *T, const Loop *loop)
{
    for (int i = 0; i < loop->braces; i++) {
        T->indent--;
        line(T, "}");
    }
    if (loop->after)
        line(T, "%s", loop->after);
    if (loop->outer)
        close_loop(T, loop->outer);
}

static const char *new_dict(Tr *T, const Type *t);
static const char *new_set(Tr *T, const Type *t);

/* [elt for target in iter if cond], and the same for dicts and sets */
static const char *listcomp(Tr *T, Expr *e)
{
    Type *item = e->type->item;
    const char *c = e->kind == EX_DICTCOMP ? new_dict(T, e->type)
                    : e->kind == EX_SETCOMP ? new_set(T, e->type)
                                            : arena_printf("slot_list_new(sizeof(%s), %s)", type_c(item), atomic(item));
    c = hoist(T, e->type, c, e->kind == EX_DICTCOMP ? "dict" : e->kind == EX_SETCOMP ? "set" : "list");
    Expr g = *e;
    g.kind = EX_GENEXP;
    Loop loop;
    T->reserve = e->kind == EX_LISTCOMP && !e->cond && is_builtin_call(e->iter, "range") ? c : NULL;
    const char *elt = genexp_items(T, &g, false, &loop);
    T->reserve = NULL;
    if (e->kind == EX_DICTCOMP) {
        elt = hoist(T, item, elt, "key"); /* Python evaluates the key first */
        line(T, "SLOT_ITEM(%s, slot_dict_set(%s, %s)) = %s;", type_c(e->type->value), c, key_ref(item, elt),
             expr(T, e->rhs));
    } else if (e->kind == EX_SETCOMP) {
        line(T, "slot_set_add(%s, %s);", c, key_ref(item, elt));
    } else {
        line(T, "SLOT_ITEM(%s, slot_list_push(%s)) = %s;", type_c(item), c, elt);
    }
    close_loop(T, &loop);
    return c;
}

/* ---- calls ---------------------------------------------------------------- */

/* Arguments in parameter order; missing ones take their defaults. */
static const char *call_args(Tr *T, Expr *call, Param **params, Expr **defaults, int n, const char *first)
{
    int given = call->items.len + call->keywords.len;
    Expr **written = arena_alloc(sizeof(Expr *) * (size_t)(given + 1));
    for (int i = 0; i < call->items.len; i++)
        written[i] = VEC_AT(Expr *, call->items, i);
    for (int k = 0; k < call->keywords.len; k++)
        written[call->items.len + k] = VEC_AT(Keyword *, call->keywords, k)->value;
    const char **cs = operands(T, written, given);
    const char **slots = arena_alloc(sizeof(char *) * (size_t)(n + 1));
    for (int i = 0; i < call->items.len && i < n; i++)
        slots[i] = cs[i];
    for (int k = 0; k < call->keywords.len; k++) {
        Keyword *kw = VEC_AT(Keyword *, call->keywords, k);
        for (int i = 0; i < n; i++)
            if (strcmp(params[i] ? params[i]->name : "", kw->name) == 0)
                slots[i] = cs[call->items.len + k];
    }
    for (int i = 0; i < given; i++) /* an object where its base class is expected */
        for (int k = 0; k < n; k++)
            if (slots[k] == cs[i] && params[k] && params[k]->var)
                slots[k] = convert(cs[i], written[i]->type, params[k]->var->type);
    Str s = {0};
    if (first)
        str_add(&s, first);
    for (int i = 0; i < n; i++)
        str_printf(&s, "%s%s", s.len ? ", " : "", slots[i] ? slots[i] : expr(T, defaults[i]));
    return str_finish(&s);
}

static const char *call_user(Tr *T, Expr *call, Func *f, const char *self)
{
    int skip = f->cls ? 1 : 0;
    int n = f->params.len - skip;
    Param **params = arena_alloc(sizeof(Param *) * (size_t)(n + 1));
    Expr **defaults = arena_alloc(sizeof(Expr *) * (size_t)(n + 1));
    for (int i = 0; i < n; i++) {
        params[i] = VEC_AT(Param *, f->params, i + skip);
        defaults[i] = params[i]->default_value;
    }
    return arena_printf("%s(%s)", f->cname, call_args(T, call, params, defaults, n, self));
}

static const char *new_exception(Tr *T, Expr *call, Class *c);

/* C(...) for a class: Class_new with __init__'s parameters or the fields */
static const char *call_class(Tr *T, Expr *call, Class *c)
{
    if (class_is_exception(c))
        return new_exception(T, call, c);
    if (c->kind == CK_PLAIN || c->kind == CK_SLOTS) {
        if (!c->init)
            return arena_printf("%s_new()", c->name);
        Func *init = c->init;
        const char *args = call_user(T, call, init, NULL);
        return arena_printf("%s_new%s", c->name, strchr(args, '('));
    }
    int n = c->fields.len;
    Param **params = arena_alloc(sizeof(Param *) * (size_t)(n + 1));
    Expr **defaults = arena_alloc(sizeof(Expr *) * (size_t)(n + 1));
    for (int i = 0; i < n; i++) {
        Field *f = VEC_AT(Field *, c->fields, i);
        params[i] = arena_alloc(sizeof(Param));
        params[i]->name = f->var.name;
        defaults[i] = f->default_value;
    }
    return arena_printf("%s_new(%s)", c->name, call_args(T, call, params, defaults, n, NULL));
}

/* Whether str() of a value can change while it lives: containers, and
 * records whose repr shows fields that can be assigned. */
static bool changes_text(const Type *t)
{
    return t->kind == TY_LIST || t->kind == TY_DICT || t->kind == TY_SET || t->kind == TY_DEQUE ||
           (t->kind == TY_CLASS && t->cls->repr && !t->cls->frozen);
}

/* print(a, b, ..., sep=..., end=..., flush=...) -> fill a line buffer,
 * write it.  Python evaluates the arguments, then the keywords: with
 * keywords, the arguments go to temporaries first; without, each is
 * evaluated where it is appended, which is the same order. */
static const char *print_call(Tr *T, Expr *call)
{
    const char *buf = new_tmp(T, "line");
    Expr *sep = call_keyword(call, "sep"), *end = call_keyword(call, "end"), *flush = call_keyword(call, "flush");
    Expr *file = call_keyword(call, "file"); /* sys.stdout or sys.stderr (infer) */
    int stream = file && strcmp(file->name, "stderr") == 0 ? 2 : 1;
    bool keywords = sep || end || flush;
    /* print() turns its arguments to text after evaluating all of them: an
     * argument that acts (counts.pop(k)) may change an earlier container */
    bool container = false;
    for (int i = 0; i < call->items.len; i++) {
        Expr *arg = VEC_AT(Expr *, call->items, i);
        keywords = keywords || (container && may_act(arg));
        container = container || changes_text(arg->type);
    }
    const char **args = arena_alloc(sizeof(char *) * (size_t)(call->items.len + 1));
    for (int i = 0; keywords && i < call->items.len; i++) {
        Expr *arg = VEC_AT(Expr *, call->items, i);
        args[i] = expr(T, arg);
        if (arg->type->kind != TY_NONE)
            args[i] = hoist(T, arg->type, args[i], "arg");
    }
    const char *sep_c = sep ? hoist(T, sep->type, expr(T, sep), "sep") : NULL;
    if (sep_c && call->items.len < 2)
        line(T, "(void)%s; /* no two arguments to separate */", sep_c);
    const char *end_c = end ? hoist(T, end->type, expr(T, end), "end") : NULL;
    const char *flush_c = flush ? hoist(T, flush->type, expr(T, flush), "flush") : NULL;
    line(T, "slot_buf %s;", buf);
    line(T, "slot_buf_init(&%s);", buf);
    for (int i = 0; i < call->items.len; i++) {
        Expr *arg = VEC_AT(Expr *, call->items, i);
        if (i && sep_c)
            line(T, "slot_buf_str(&%s, %s);", buf, sep_c);
        else if (i)
            line(T, "slot_buf_char(&%s, ' ');", buf);
        format_into(T, buf, arg->type, keywords ? args[i] : expr(T, arg), false);
    }
    if (end_c)
        line(T, "slot_buf_str(&%s, %s);", buf, end_c);
    if (stream == 2)
        line(T, "slot_print_to(&%s, 2, %s);", buf, end_c ? "false" : "true");
    else if (end_c)
        line(T, "slot_write(&%s);", buf);
    else
        line(T, "slot_print(&%s);", buf);
    if (flush_c)
        line(T, "if (%s)\n%*sfflush(%s);", flush_c, T->indent * 4 + 4, "", stream == 2 ? "stderr" : "stdout");
    return "";
}

static const char *str_call(Tr *T, Expr *arg, bool repr);

/* Appends value (of type t) to buf as format() would: with conversion 'r'
 * or 's' its text first, then the specification (or none). */
static void format_value(Tr *T, const char *buf, const Type *t, const char *value, char conversion, const char *spec)
{
    if (!spec || !*spec) {
        format_into(T, buf, t, value, conversion == 'r');
        return;
    }
    bool text = conversion || t->kind == TY_STR;
    if (conversion) {
        const char *tmp = new_tmp(T, "text");
        line(T, "slot_buf %s;", tmp);
        line(T, "slot_buf_init(&%s);", tmp);
        format_into(T, tmp, t, value, conversion == 'r');
        value = arena_printf("slot_buf_take(&%s)", tmp);
    }
    line(T, "slot_buf_format_%s(&%s, %s, \"%s\");", text ? "str" : type_python(t), buf, value, spec);
}

static bool is_constant(const Expr *e);

/* f"text {x} {y!r}": each piece appended in order to a buffer */
static const char *fstring(Tr *T, Expr *e)
{
    const char *buf = new_tmp(T, "text");
    line(T, "slot_buf %s;", buf);
    line(T, "slot_buf_init(&%s);", buf);
    for (int i = 0; i < e->items.len; i++) {
        Expr *part = VEC_AT(Expr *, e->items, i);
        if (part->kind == EX_STR && part->slen == 0)
            continue;
        format_value(T, buf, part->type, expr(T, part), part->convert ? (part->repr ? 'r' : 's') : 0, part->format);
    }
    return arena_printf("slot_buf_take(&%s)", buf);
}

/* "%s: %.2f" % (name, x): the arguments evaluated in order, then each
 * conversion appended as format() with the equivalent specification; an
 * int conversion of a float truncates first, as %d does. */
static const char *percent_format(Tr *T, Expr *e)
{
    Vec *fields = percent_fields(e->lhs->sval, e->lhs->slen, &(const char *){NULL});
    Expr *args = e->rhs;
    int n = args->kind == EX_TUPLE ? args->items.len : 1;
    Expr **es = args->kind == EX_TUPLE ? (Expr **)args->items.items : &e->rhs;
    const char **cs = operands(T, es, n);
    for (int i = 0; i < n; i++)
        if (es[i]->kind != EX_NAME && !is_constant(es[i]))
            cs[i] = hoist(T, es[i]->type, cs[i], "arg");
    const char *buf = new_tmp(T, "text");
    line(T, "slot_buf %s;", buf);
    line(T, "slot_buf_init(&%s);", buf);
    static Type int_type = {.kind = TY_INT};
    for (int i = 0; i < fields->len; i++) {
        FormatField *f = VEC_AT(FormatField *, *fields, i);
        if (*f->literal)
            line(T, "slot_buf_str(&%s, %s);", buf, text_literal(T, f->literal));
        if (f->index < 0)
            continue;
        const Type *t = es[f->index]->type;
        const char *v = cs[f->index];
        char last = f->spec[strlen(f->spec) - 1];
        if (t->kind == TY_FLOAT && strchr("doxXc", last))
            v = arena_printf("slot_float_to_int(%s)", v), t = &int_type;
        format_value(T, buf, t, v, f->conversion, *f->spec ? f->spec : NULL);
    }
    return arena_printf("slot_buf_take(&%s)", buf);
}

/* "{} has {:.1f}".format(a, b): the arguments evaluated once, in order, then
 * the pieces appended (the string is a literal; infer.c checked it) */
static const char *format_call(Tr *T, Expr *call)
{
    Expr *fmt = call->lhs->lhs;
    Vec *fields = format_fields(fmt->sval, fmt->slen, &(const char *){NULL});
    int n = call->items.len, k = call->keywords.len;
    Expr **es = arena_alloc(sizeof(Expr *) * (size_t)(n + k + 1));
    for (int i = 0; i < n; i++)
        es[i] = VEC_AT(Expr *, call->items, i);
    for (int i = 0; i < k; i++)
        es[n + i] = VEC_AT(Keyword *, call->keywords, i)->value;
    const char **cs = operands(T, es, n + k);
    for (int i = 0; i < n + k; i++)
        if (es[i]->kind != EX_NAME && !is_constant(es[i]))
            cs[i] = hoist(T, es[i]->type, cs[i], "arg");
    const char *buf = new_tmp(T, "text");
    line(T, "slot_buf %s;", buf);
    line(T, "slot_buf_init(&%s);", buf);
    for (int i = 0; i < fields->len; i++) {
        FormatField *f = VEC_AT(FormatField *, *fields, i);
        if (*f->literal)
            line(T, "slot_buf_str(&%s, %s);", buf, text_literal(T, f->literal));
        if (f->index == -2)
            continue;
        int a = f->index;
        for (int j = 0; a < 0 && j < k; j++)
            if (strcmp(VEC_AT(Keyword *, call->keywords, j)->name, f->name) == 0)
                a = n + j;
        format_value(T, buf, es[a]->type, cs[a], f->conversion, f->spec);
    }
    return arena_printf("slot_buf_take(&%s)", buf);
}

/* str(v) (or repr) of a value v of type t already evaluated: scalars
 * directly, everything else through a buffer */
static const char *value_text(Tr *T, const Type *t, const char *v, bool repr)
{
    switch (repr && t->kind == TY_STR ? TY_UNKNOWN : t->kind) {
    case TY_INT:
    case TY_FLOAT:
    case TY_BOOL:
        return arena_printf("slot_str_from_%s(%s)", type_python(t), v);
    case TY_STR:
        return v;
    case TY_CLASS: /* an exception keeps its str() */
        if (!repr && !t->optional && class_is_exception(t->cls))
            return arena_printf("slot_exception_str(%s)", exc_header(t, v));
        break;
    default:
        break;
    }
    const char *buf = new_tmp(T, "text");
    line(T, "slot_buf %s;", buf);
    line(T, "slot_buf_init(&%s);", buf);
    format_into(T, buf, t, v, repr);
    return arena_printf("slot_buf_take(&%s)", buf);
}

/* str(x) */
static const char *str_call(Tr *T, Expr *arg, bool repr)
{
    return value_text(T, arg->type, expr(T, arg), repr);
}

/* A new list of the items of any iterable: list(x), sorted(x). */
static const char *collect(Tr *T, Expr *arg, const Type *list_type)
{
    Type *t = arg->type, *item = list_type->item;
    /* d.items() and zip(...): tuples made one by one below */
    bool pairs = (is_dict_view(arg) && arg->lhs->name[0] == 'i') || is_builtin_call(arg, "zip") ||
                 is_builtin_call(arg, "enumerate");
    if ((t->kind == TY_LIST || t->kind == TY_TUPLE) && !pairs) {
        const char *v = expr(T, arg);
        if (arg->kind != EX_NAME && t->kind == TY_LIST) /* read twice below */
            v = hoist(T, t, v, "seq");
        return t->kind == TY_LIST ? arena_printf("slot_list_from(sizeof(%s), %s, %s->len, %s->items)", type_c(item),
                                                 atomic(item), v, v)
                                  : arena_printf("slot_list_from_tuple(%s, %s)", v, atomic(item));
    }
    const char *list = hoist(T, list_type, arena_printf("slot_list_new(sizeof(%s), %s)", type_c(item), atomic(item)),
                             "list");
    Loop loop;
    const char *x = open_items(T, arg, false, &loop);
    line(T, "SLOT_ITEM(%s, slot_list_push(%s)) = %s;", type_c(item), list, x);
    close_loop(T, &loop);
    return list;
}

/* The key of item (C text of type t) by key=f: a lambda's body with its
 * parameter set, or a call of a module function. */
static const char *key_of(Tr *T, Expr *f, const Type *t, const char *item)
{
    if (f->kind == EX_NAME)
        return arena_printf("%s(%s)", f->callee->cname,
                            convert(item, t, VEC_AT(Param *, f->callee->params, 0)->var->type));
    f->var->cname = new_tmp(T, c_ident(f->var->name));
    line(T, "%s = %s;", decl(f->var->type, f->var->cname), convert(item, t, f->var->type));
    return expr(T, f->lhs);
}

/* Sorts list in place, stably, by key=f when given: the keys are computed
 * once each, sorted with their positions, and the items put in that order. */
static void sort_list(Tr *T, const char *list, const Type *item, Expr *key, const char *reverse)
{
    if (!key) {
        line(T, "slot_list_sort(%s, %s, %s);", list, translate_cmp_fn(T->m, item), reverse);
        return;
    }
    /* each pair: the key, then the item's index in the last 8 bytes (a
     * value type's key takes its size, rounded up to 8) */
    const Type *kt = key->type;
    int offset = kt->kind == TY_CLASS && kt->cls->value ? (kt->cls->size + 7) / 8 * 8 : 8;
    const char *pairs = hoist(T, type_list((Type *)item), arena_printf("slot_list_new(%d, false)", offset + 8), "keys");
    const char *i = new_tmp(T, "i"), *pair = new_tmp(T, "pair");
    line(T, "for (int64_t %s = 0; %s < %s->len; %s++) {", i, i, list, i);
    T->indent++;
    const char *k = key_of(T, key, item, arena_printf("%s[%s]", items_of(item, list), i));
    line(T, "unsigned char *%s = slot_list_push(%s);", pair, pairs);
    line(T, "SLOT_ITEM(%s, %s) = %s;", type_c(key->type), pair, k);
    line(T, "SLOT_ITEM(int64_t, %s + %d) = %s;", pair, offset, i);
    T->indent--;
    line(T, "}");
    line(T, "slot_list_sort(%s, %s, %s);", pairs, translate_cmp_fn(T->m, key->type), reverse);
    line(T, "slot_list_reorder(%s, %s);", list, pairs);
}

/* sorted(xs, reverse=r) -> a new list, sorted stably in place */
static const char *sorted_call(Tr *T, Expr *call)
{
    Expr *arg = VEC_AT(Expr *, call->items, 0);
    const char *list = collect(T, arg, call->type);
    if (arg->type->kind == TY_LIST || arg->type->kind == TY_TUPLE)
        list = hoist(T, call->type, list, "sorted");
    Expr *reverse = call_keyword(call, "reverse"), *key = call_keyword(call, "key");
    sort_list(T, list, call->type->item, key, reverse ? expr(T, reverse) : "false");
    return list;
}

/* sum(xs) over ints or floats */
static const char *sum_call(Tr *T, Expr *call)
{
    Expr *arg = VEC_AT(Expr *, call->items, 0);
    const char *total = hoist(T, call->type, call->type->kind == TY_FLOAT ? "0.0" : "0", "total");
    Loop loop;
    const char *x = open_items(T, arg, false, &loop);
    Type *item = items_type(arg);
    line(T, "%s = %s;", total,
         call->type->kind == TY_FLOAT ? arena_printf("%s + %s", total, as_double(item, x))
                                      : arena_printf("slot_int_add(%s, %s)", total, as_int(item, x)));
    close_loop(T, &loop);
    return total;
}

/* b < a (min) or b > a (max) */
static const char *beats(Tr *T, Type *t, const char *b, const char *a, bool is_min)
{
    return compare_one(T, is_min ? OP_LT : OP_GT, t, b, t, a);
}

/* min(a, b) / max(a, b): the first of equals wins, as in Python; min(xs) /
 * max(xs) of an iterable, ValueError when it is empty */
static const char *minmax_call(Tr *T, Expr *call, bool is_min)
{
    Type *t = call->type;
    if (call->items.len == 2) {
        const char **cs = operands(T, (Expr **)call->items.items, 2);
        const char *a = hoist(T, t, cs[0], "a"), *b = hoist(T, t, cs[1], "b");
        return arena_printf("(%s ? %s : %s)", beats(T, t, b, a, is_min), b, a);
    }
    Expr *key = call_keyword(call, "key");
    const char *best = new_tmp(T, is_min ? "least" : "most");
    const char *best_key = key ? new_tmp(T, "key") : best;
    const char *found = new_tmp(T, "found");
    line(T, "%s = %s;", decl(t, best), zero(t));
    if (key)
        line(T, "%s = %s;", decl(key->type, best_key), zero(key->type));
    line(T, "bool %s = false;", found);
    Loop loop;
    const char *x = open_items(T, VEC_AT(Expr *, call->items, 0), false, &loop);
    x = hoist(T, t, x, "x");
    const char *k = key ? hoist(T, key->type, key_of(T, key, t, x), "k") : x;
    line(T, "if (!%s || %s) {", found, beats(T, key ? key->type : t, k, best_key, is_min));
    line(T, "    %s = %s;", best, x);
    if (key)
        line(T, "    %s = %s;", best_key, k);
    line(T, "    %s = true;", found);
    line(T, "}");
    close_loop(T, &loop);
    line(T, "if (!%s)", found);
    line(T, "    slot_raise(SLOT_VALUE_ERROR, \"%s() arg is an empty sequence\");", is_min ? "min" : "max");
    return best;
}

/* any(xs) / all(xs): stops at the first item that decides */
static const char *truth_call(Tr *T, Expr *call, bool is_any)
{
    Expr *arg = VEC_AT(Expr *, call->items, 0);
    const char *result = hoist(T, call->type, is_any ? "false" : "true", is_any ? "any" : "all");
    Loop loop;
    const char *x = open_items(T, arg, false, &loop);
    Type *item = items_type(arg);
    /* out of every loop when a comprehension's clauses nest several */
    const char *done = loop.outer ? new_tmp(T, "decided") : NULL;
    line(T, "if (%s%s) {", is_any ? "" : "!", truthy(item, x));
    line(T, "    %s = %s;", result, is_any ? "true" : "false");
    line(T, done ? "    goto %s;" : "    break;", done);
    line(T, "}");
    close_loop(T, &loop);
    if (done)
        label(T, done);
    return result;
}

/* next(it) raises StopIteration at the end; next(it, default) returns the
 * default (evaluated first, as an argument). */
static const char *next_call(Tr *T, Expr *call)
{
    Expr *arg = VEC_AT(Expr *, call->items, 0);
    const char *it = expr(T, arg);
    const char *fallback = NULL;
    if (call->items.len == 2) {
        Expr *d = VEC_AT(Expr *, call->items, 1);
        it = hoist(T, arg->type, it, "it");
        fallback = hoist(T, d->type, expr(T, d), "fallback");
    }
    const char *item = new_tmp(T, "next");
    const char *got;
    if (arg->type->kind == TY_FILE) {
        line(T, "const slot_str *%s = slot_file_next(%s);", item, it);
        got = arena_printf("%s != NULL", item);
    } else {
        line(T, "%s = %s;", decl(call->type, item), zero(call->type));
        got = arena_printf("slot_next(%s, &%s)", it, item);
    }
    line(T, "if (!(%s))", got);
    if (fallback)
        line(T, "    %s = %s;", item, fallback);
    else
        line(T, "    slot_raise(SLOT_STOP_ITERATION, \"%%s\", \"\");");
    return item;
}

/* obj.m(a, b): obj, a and b translated in Python's order. */
static const char **method_operands(Tr *T, Expr *call)
{
    int n = call->items.len;
    Expr **es = arena_alloc(sizeof(Expr *) * (size_t)(n + 2));
    es[0] = call->lhs->lhs;
    for (int i = 0; i < n; i++)
        es[i + 1] = VEC_AT(Expr *, call->items, i);
    return operands(T, es, n + 1);
}

/* d.append(x), d.popleft(), ... (runtime/deque.c) */
static const char *deque_method(Tr *T, Expr *call)
{
    const char *name = call->lhs->name;
    Type *item = call->lhs->lhs->type->item;
    const char **cs = method_operands(T, call);
    const char *d = cs[0];
    if (strcmp(name, "append") == 0 || strcmp(name, "appendleft") == 0) {
        Expr *arg = VEC_AT(Expr *, call->items, 0);
        line(T, "SLOT_ITEM(%s, slot_deque_%s(%s)) = %s;", type_c(item), name, d, convert(cs[1], arg->type, item));
        return "";
    }
    if (strcmp(name, "pop") == 0 || strcmp(name, "popleft") == 0) {
        const char *v = new_tmp(T, "item");
        line(T, "%s;", decl(item, v));
        line(T, "slot_deque_%s(%s, &%s);", name, d, v);
        return v;
    }
    if (strcmp(name, "extend") == 0 || strcmp(name, "extendleft") == 0)
        return arena_printf("slot_deque_extend(%s, %s, %s)", d, cs[1], strcmp(name, "extendleft") == 0 ? "true" : "false");
    if (strcmp(name, "rotate") == 0)
        return arena_printf("slot_deque_rotate(%s, %s)", d, call->items.len ? cs[1] : "1");
    if (strcmp(name, "clear") == 0)
        return arena_printf("slot_deque_clear(%s)", d);
    const char *x = key_ref(item, cs[1]);
    if (strcmp(name, "count") == 0)
        return arena_printf("slot_list_count(&%s->items, %s, %s)", d, x, translate_eq_fn(T->m, item));
    return arena_printf("slot_deque_remove(%s, %s, %s, %s)", d, x, translate_eq_fn(T->m, item),
                        translate_repr_fn(T->m, item));
}

/* xs.insert(i, x), xs.pop(), xs.remove(x), ...: items passed by address */
static const char *list_method(Tr *T, Expr *call)
{
    Expr *obj = call->lhs->lhs;
    const char *name = call->lhs->name;
    Type *item = obj->type->item;
    int n = call->items.len;
    const char **cs = method_operands(T, call);
    const char *xs = cs[0], *last = n ? key_ref(item, cs[n]) : NULL;
    if (strcmp(name, "pop") == 0) {
        const char *v = new_tmp(T, "item");
        line(T, "%s;", decl(item, v));
        line(T, "slot_list_pop(%s, %s, &%s);", xs, n ? as_int(VEC_AT(Expr *, call->items, 0)->type, cs[1]) : "-1", v);
        return v;
    }
    if (strcmp(name, "insert") == 0)
        return arena_printf("slot_list_insert(%s, %s, %s)", xs, as_int(VEC_AT(Expr *, call->items, 0)->type, cs[1]), last);
    if (strcmp(name, "remove") == 0 || strcmp(name, "count") == 0)
        return arena_printf("slot_list_%s(%s, %s, %s)", name, xs, last, translate_eq_fn(T->m, item));
    if (strcmp(name, "index") == 0)
        return arena_printf("slot_list_index(%s, %s, %s, %s)", xs, last, translate_eq_fn(T->m, item),
                            translate_repr_fn(T->m, item));
    if (strcmp(name, "extend") == 0)
        return arena_printf("slot_list_extend(%s, %s)", xs, cs[1]);
    if (strcmp(name, "copy") == 0) {
        if (obj->kind != EX_NAME)
            xs = hoist(T, obj->type, xs, "seq");
        return arena_printf("slot_list_from(sizeof(%s), %s, %s->len, %s->items)", type_c(item), atomic(item), xs, xs);
    }
    if (strcmp(name, "sort") == 0) {
        Expr *reverse = call_keyword(call, "reverse");
        if (obj->kind != EX_NAME)
            xs = hoist(T, obj->type, xs, "seq");
        sort_list(T, xs, item, call_keyword(call, "key"), reverse ? expr(T, reverse) : "false");
        return "";
    }
    return arena_printf("slot_list_%s(%s)", name, xs); /* reverse, clear */
}

/* ---- dict and set ----------------------------------------------------------- */

/* The slot_hash_fn for keys of type t: the runtime's for scalars and
 * strings; for objects, a file-local one (by value for records, by
 * identity otherwise). */
static const char *hash_fn(Module *m, const Type *t)
{
    if (t->kind != TY_CLASS && t->kind != TY_TUPLE)
        return arena_printf("slot_hashof_%s", type_python(t));
    const char *name = arena_printf("hash_%s", t->kind == TY_TUPLE ? mangle(t) : t->cls->name);
    /* the key: the object pointer stored, or a value type's struct itself */
    const char *key = t->kind == TY_TUPLE ? "*(const slot_tuple *const *)item"
                      : t->cls->value     ? arena_printf("*(const %s *)item", t->cls->name)
                                          : arena_printf("*(%s *const *)item", t->cls->name);
    if (!has_helper(m, name))
        str_printf(&m->helpers, "static int64_t %s(const void *item)\n{\n    return %s;\n}\n\n", name,
                   translate_hash(t, key));
    return name;
}

static const char *new_dict(Tr *T, const Type *t)
{
    return arena_printf("slot_dict_new(sizeof(%s), %s, sizeof(%s), %s, %s, %s)", type_c(t->item), atomic(t->item),
                        type_c(t->value), atomic(t->value), hash_fn(T->m, t->item), translate_eq_fn(T->m, t->item));
}

static const char *new_set(Tr *T, const Type *t)
{
    return arena_printf("slot_set_new(sizeof(%s), %s, %s, %s)", type_c(t->item), atomic(t->item),
                        hash_fn(T->m, t->item), translate_eq_fn(T->m, t->item));
}

/* A literal CPython's compiler folds into a constant (a tuple of them too). */
static bool is_constant(const Expr *e)
{
    if (e->kind == EX_TUPLE) {
        for (int i = 0; i < e->items.len; i++)
            if (!is_constant(VEC_AT(Expr *, e->items, i)))
                return false;
        return true;
    }
    return e->kind == EX_INT || e->kind == EX_FLOAT || e->kind == EX_STR || e->kind == EX_TRUE ||
           e->kind == EX_FALSE || (e->kind == EX_UNARY && is_constant(e->lhs));
}

/* {k: v, ...} and {a, b}: items evaluated in order, then inserted.  A set
 * display of three or more constants is, in CPython, a copy of a frozenset
 * constant the compiler built twice (slot_set_display), which can iterate
 * in another order than adding the items: so it is rebuilt here too. */
static const char *braces(Tr *T, Expr *e)
{
    const char **cs = operands(T, (Expr **)e->items.items, e->items.len);
    bool dict = e->kind == EX_DICT;
    const char *c = hoist(T, e->type, dict ? new_dict(T, e->type) : new_set(T, e->type), dict ? "dict" : "set");
    bool constants = !dict && e->items.len >= 3;
    for (int i = 0; i < e->items.len; i += dict ? 2 : 1) {
        const char *k = key_ref(e->type->item, convert(cs[i], VEC_AT(Expr *, e->items, i)->type, e->type->item));
        constants = constants && is_constant(VEC_AT(Expr *, e->items, i));
        if (dict)
            line(T, "SLOT_ITEM(%s, slot_dict_set(%s, %s)) = %s;", type_c(e->type->value), c, k,
                 convert(cs[i + 1], VEC_AT(Expr *, e->items, i + 1)->type, e->type->value));
        else
            line(T, "slot_set_add(%s, %s);", c, k);
    }
    return constants ? arena_printf("slot_set_display(%s)", c) : c;
}

/* set(xs) / set() / dict() */
static const char *container_call(Tr *T, Expr *call, const char *name)
{
    if (name[0] == 'd')
        return new_dict(T, call->type);
    if (!call->items.len)
        return new_set(T, call->type);
    const char *list = collect(T, VEC_AT(Expr *, call->items, 0), type_list(call->type->item));
    return arena_printf("slot_set_from_list(%s, %s, %s)", list, hash_fn(T->m, call->type->item),
                        translate_eq_fn(T->m, call->type->item));
}

/* d.get(k[, default]), d.pop(k[, default]), s.add(x), ...: the runtime's
 * functions, with keys and values passed by address */
static const char *container_method(Tr *T, Expr *call)
{
    Expr *obj = call->lhs->lhs;
    const char *name = call->lhs->name;
    Type *t = obj->type;
    int n = call->items.len;
    const char **cs = method_operands(T, call);
    const char *self = cs[0], *key = n ? key_ref(t->item, cs[1]) : NULL;
    const char *kind = t->kind == TY_DICT ? "dict" : "set";
    if (t->kind == TY_DICT && (strcmp(name, "get") == 0 || strcmp(name, "pop") == 0)) {
        const char *v = hoist(T, t->value, n == 2 ? cs[2] : zero(t->value), "value");
        if (name[0] == 'g') {
            const char *p = new_tmp(T, "found");
            line(T, "const void *%s = slot_dict_get(%s, %s);", p, self, key);
            line(T, "if (%s)\n%*s%s = SLOT_ITEM(%s, %s);", p, T->indent * 4 + 4, "", v, type_c(t->value), p);
        } else {
            line(T, "slot_dict_pop(%s, %s, &%s, %s);", self, key, v,
                 n == 2 ? "NULL" : translate_repr_fn(T->m, t->item));
        }
        return v;
    }
    if (strcmp(name, "setdefault") == 0)
        return arena_printf("SLOT_ITEM(%s, slot_dict_setdefault(%s, %s, %s))", type_c(t->value), self, key,
                            key_ref(t->value, cs[2]));
    if (strcmp(name, "remove") == 0)
        return arena_printf("slot_set_remove(%s, %s, %s)", self, key, translate_repr_fn(T->m, t->item));
    if (strcmp(name, "pop") == 0) { /* s.pop() */
        const char *v = new_tmp(T, "item");
        line(T, "%s;", decl(t->item, v));
        line(T, "slot_set_pop(%s, &%s);", self, v);
        return v;
    }
    if (strcmp(name, "add") == 0 || strcmp(name, "discard") == 0)
        return arena_printf("(void)slot_set_%s(%s, %s)", name, self, key);
    if (strcmp(name, "clear") == 0 || strcmp(name, "copy") == 0 || strcmp(name, "keys") == 0 ||
        strcmp(name, "values") == 0) /* a view kept as a value (zip, iter) is a copy: nothing changes it */
        return arena_printf("slot_%s_%s(%s)", kind, name, self);
    return arena_printf("slot_%s_%s(%s, %s)", kind, name, self, cs[1]); /* update, union, issubset, ... */
}

/* isinstance(x, C): known from x's static class when C is it or one of its
 * bases (true unless x is None) or unrelated (false); when C derives from
 * it, a range test on the class id. */
static const char *isinstance_call(Tr *T, Expr *x, const Class *c)
{
    const Class *s = x->type->cls;
    const char *v = expr(T, x);
    if (class_is_exception(s) && class_is_exception(c)) { /* the class it has at run time */
        if (!x->type->optional)
            return arena_printf("slot_exception_is(%s, %s)", exc_header(x->type, v), exc_type_ref(c));
        v = x->kind == EX_NAME ? v : hoist(T, x->type, v, "obj");
        return arena_printf("(%s != NULL && slot_exception_is(%s, %s))", v, exc_header(x->type, v), exc_type_ref(c));
    }
    bool derived_test = class_derives(c, s) && c != s;
    if (derived_test || x->type->optional)
        v = x->kind == EX_NAME ? v : hoist(T, x->type, v, "obj");
    if (!derived_test && (!x->type->optional || !class_derives(s, c))) /* evaluated, and known */
        return arena_printf("((void)%s, %s)", v, class_derives(s, c) ? "true" : "false");
    if (!derived_test)
        return arena_printf("(%s != NULL)", v);
    const char *id = arena_printf("%s->%s", v, class_member(s, class_root(s)->tag));
    return arena_printf("(%s%s >= %d && %s <= %d)", x->type->optional ? arena_printf("%s != NULL && ", v) : "", id,
                        c->class_id, id, c->last_id);
}

/* deque(items[, maxlen]): infer.c made items a list (and put a maxlen
 * keyword second) */
static const char *deque_call(Tr *T, Expr *call)
{
    Type *item = call->type->item;
    const char **cs = operands(T, (Expr **)call->items.items, call->items.len);
    Expr *maxlen = call->items.len == 2 ? VEC_AT(Expr *, call->items, 1) : NULL;
    const char *limit = !maxlen || maxlen->type->kind == TY_NONE ? "-1" : cs[1];
    const char *d = hoist(T, call->type, arena_printf("slot_deque_new(sizeof(%s), %s, %s)", type_c(item),
                                                      atomic(item), limit), "deque");
    Expr *items = call->items.len ? VEC_AT(Expr *, call->items, 0) : NULL;
    if (items && !(items->kind == EX_LIST && !items->items.len))
        line(T, "slot_deque_extend(%s, %s, false);", d, cs[0]);
    return d;
}

static const char *builtin_call(Tr *T, Expr *call, const char *name)
{
    Expr *arg = call->items.len ? VEC_AT(Expr *, call->items, 0) : NULL;
    if (strcmp(name, "print") == 0)
        return print_call(T, call);
    if (strcmp(name, "str") == 0 || strcmp(name, "repr") == 0)
        return str_call(T, arg, name[0] == 'r');
    if (strcmp(name, "sorted") == 0)
        return sorted_call(T, call);
    if (strcmp(name, "sum") == 0)
        return sum_call(T, call);
    if (strcmp(name, "min") == 0 || strcmp(name, "max") == 0)
        return minmax_call(T, call, name[1] == 'i');
    if (strcmp(name, "any") == 0 || strcmp(name, "all") == 0)
        return truth_call(T, call, name[1] == 'n');
    if (strcmp(name, "next") == 0)
        return next_call(T, call);
    if (strcmp(name, "deque") == 0)
        return deque_call(T, call);
    if (strcmp(name, "range") == 0) { /* kept as a value */
        const char **cs = operands(T, (Expr **)call->items.items, call->items.len);
        int n = call->items.len;
        return arena_printf("slot_range_new(%s, %s, %s)", n == 1 ? "INT64_C(0)" : cs[0], n == 1 ? cs[0] : cs[1],
                            n == 3 ? cs[2] : "INT64_C(1)");
    }
    if (strcmp(name, "set") == 0 || strcmp(name, "dict") == 0)
        return container_call(T, call, name);
    if (strcmp(name, "round") == 0) {
        const char **cs = operands(T, (Expr **)call->items.items, call->items.len);
        if (arg->type->kind != TY_FLOAT)
            return as_int(arg->type, cs[0]);
        return call->items.len == 2 ? arena_printf("slot_float_round_digits(%s, %s)", cs[0], cs[1])
                                    : arena_printf("slot_float_round(%s)", cs[0]);
    }
    if (strcmp(name, "isinstance") == 0)
        return isinstance_call(T, arg, VEC_AT(Expr *, call->items, 1)->cls);
    if (strcmp(name, "iter") == 0)
        return iterator_of(T, arg);
    if (strcmp(name, "tuple") == 0 && arg->type->kind == TY_LIST)
        return arena_printf("slot_tuple_from_list(%s)", expr(T, arg));
    if (strcmp(name, "list") == 0 && !arg) /* list() */
        return arena_printf("slot_list_new(sizeof(%s), %s)", type_c(call->type->item), atomic(call->type->item));
    if (strcmp(name, "list") == 0 || (strcmp(name, "tuple") == 0 && arg->type->kind != TY_TUPLE)) {
        const char *list = collect(T, arg, type_list(call->type->item));
        return name[0] == 'l' ? list : arena_printf("slot_tuple_from_list(%s)", list);
    }
    if (strcmp(name, "open") == 0) {
        const char **cs = operands(T, (Expr **)call->items.items, call->items.len);
        return arena_printf("slot_open(%s, %s)", cs[0], call->items.len == 2 ? cs[1] : text_literal(T, "r"));
    }
    const char *v = expr(T, arg);
    Type *t = arg->type;
    if (strcmp(name, "len") == 0)
        return t->kind == TY_CLASS   ? arena_printf("INT64_C(%d)", t->cls->fields.len)
               : t->kind == TY_RANGE ? arena_printf("slot_range_count(%s)", v)
                                     : arena_printf("%s->len", v);
    if (strcmp(name, "hash") == 0)
        return translate_hash(t, v);
    if (strcmp(name, "ord") == 0)
        return arena_printf("slot_str_ord(%s)", v);
    if (strcmp(name, "chr") == 0)
        return arena_printf("slot_str_chr(%s)", as_int(t, v));
    if (strcmp(name, "abs") == 0)
        return t->kind == TY_FLOAT ? arena_printf("fabs(%s)", v) : arena_printf("slot_int_abs(%s)", as_int(t, v));
    if (strcmp(name, "int") == 0)
        return t->kind == TY_FLOAT ? arena_printf("slot_float_to_int(%s)", v)
               : t->kind == TY_STR ? arena_printf("slot_str_to_int(%s)", v)
                                   : as_int(t, v);
    if (strcmp(name, "float") == 0)
        return t->kind == TY_STR ? arena_printf("slot_str_to_float(%s)", v) : as_double(t, v);
    if (strcmp(name, "bool") == 0)
        return truthy(t, v);
    if (strcmp(name, "tuple") == 0)
        return v;
    die("builtin %s reached translate", name);
}

/* s.split(","), f.write(text): the runtime function of methods.c's table,
 * with the C text of each omitted argument */
static const char *library_call(Tr *T, Expr *call, const Method *lib)
{
    int n = call->items.len;
    const char **cs = method_operands(T, call);
    int min, max;
    method_arity(lib, &min, &max);
    Str s = {0};
    str_printf(&s, "%s(%s", lib->c, cs[0]);
    for (int i = 0; i < max; i++) {
        const Type *t = i < n ? VEC_AT(Expr *, call->items, i)->type : NULL;
        if (t && t->kind == TY_TUPLE) /* where a list is taken (join) */
            str_printf(&s, ", slot_list_from_tuple(%s, %s)", cs[i + 1], atomic(t->item));
        else
            str_printf(&s, ", %s", i < n ? cs[i + 1] : lib->defaults[i]);
    }
    str_add(&s, ")");
    const char *c = str_finish(&s);
    if (lib->result != 'n')
        return c;
    line(T, "%s;", c);
    return "";
}

/* obj.method(...) */
static const char *method_call(Tr *T, Expr *call)
{
    Expr *obj = call->lhs->lhs;
    const char *name = call->lhs->name;
    if (!call->callee && call->cls && call->cls->exc_kind) /* super().__init__(...) reaching BaseException */
        return init_exception(T, call);
    if (call->callee && call->cls) /* super().name(...): the base's own method */
        return call_user(T, call, call->callee, convert(obj->var->cname, obj->type, type_class(call->callee->cls)));
    if (call->callee) {
        Func *f = call->callee;
        const char *self = object(T, obj, name);
        if (may_act(obj) && call->items.len + call->keywords.len)
            self = hoist(T, obj->type, self, "self");
        self = convert(self, obj->type, type_class(f->cls));
        const char *c = call_user(T, call, f, self);
        if (class_overridden_below(obj->type->cls, name)) /* a subclass may have its own: dispatch */
            c = arena_printf("%s_dispatch%s", f->cname, strchr(c, '('));
        return c;
    }
    const Method *lib = method_find(obj->type->kind, name);
    if (lib)
        return library_call(T, call, lib);
    if (obj->type->kind == TY_STR && strcmp(name, "format") == 0)
        return format_call(T, call);
    if (obj->type->kind == TY_DICT || obj->type->kind == TY_SET)
        return container_method(T, call);
    if (obj->type->kind == TY_DEQUE)
        return deque_method(T, call);
    if (obj->type->kind == TY_LIST && strcmp(name, "append") != 0)
        return list_method(T, call);
    const char *v = expr(T, obj);
    if (strcmp(name, "append") == 0) {
        Expr *arg = VEC_AT(Expr *, call->items, 0);
        const char *x = expr(T, arg);
        if (may_act(arg))
            x = hoist(T, arg->type, x, "item");
        line(T, "SLOT_ITEM(%s, slot_list_push(%s)) = %s;", type_c(obj->type->item), v,
             convert(x, arg->type, obj->type->item));
        return "";
    }
    die("method %s reached translate", name);
}

/* math.f(x, ...) */
static const char *math_call(Tr *T, Expr *e)
{
    Expr *arg = VEC_AT(Expr *, e->items, 0);
    const char **cs = operands(T, (Expr **)e->items.items, e->items.len);
    if (e->type->kind == TY_INT && arg->type->kind != TY_FLOAT)
        return as_int(arg->type, cs[0]); /* floor / ceil of an int is the int */
    Str s = {0};
    for (int i = 0; i < e->items.len; i++)
        str_printf(&s, "%s%s", i ? ", " : "", as_double(VEC_AT(Expr *, e->items, i)->type, cs[i]));
    return arena_printf("%s(%s)", e->math, str_finish(&s));
}

/* random.f(...) (runtime/random.c); the arguments in Python's order */
/* sys.exit(code), sys.stdout.write(text), sys.stderr.flush(), ... */
static const char *sys_call(Tr *T, Expr *e)
{
    const char *arg = e->items.len ? expr(T, VEC_AT(Expr *, e->items, 0)) : NULL;
    Type *t = e->items.len ? VEC_AT(Expr *, e->items, 0)->type : NULL;
    int stream = strncmp(e->sys, "stderr", 6) == 0 ? 2 : 1;
    if (strcmp(e->sys, "exit") == 0)
        return !t || t->kind == TY_NONE ? "slot_sys_exit_none()"
               : t->kind == TY_STR      ? arena_printf("slot_sys_exit_message(%s)", arg)
                                        : arena_printf("slot_sys_exit(%s)", as_int(t, arg));
    if (strstr(e->sys, ".write"))
        return arena_printf("slot_sys_write(%d, %s)", stream, arg);
    return stream == 2 ? "fflush(stderr)" : "fflush(stdout)";
}

/* heapq.f(heap, ...): the runtime's function on the list (runtime/heap.c);
 * a popped item lands in a temporary. */
static const char *heapq_call(Tr *T, Expr *e)
{
    Expr **args = (Expr **)e->items.items;
    const char **cs = operands(T, args, e->items.len);
    Type *item = args[0]->type->item;
    const char *cmp = translate_cmp_fn(T->m, item);
    const char *x = e->items.len > 1 ? key_ref(item, convert(cs[1], args[1]->type, item)) : NULL;
    if (strcmp(e->heapq, "heapify") == 0)
        return arena_printf("slot_heapify(%s, %s)", cs[0], cmp);
    if (strcmp(e->heapq, "heappush") == 0)
        return arena_printf("slot_heap_push(%s, %s, %s)", cs[0], x, cmp);
    const char *out = new_tmp(T, "popped");
    line(T, "%s;", decl(item, out));
    if (strcmp(e->heapq, "heappop") == 0)
        line(T, "slot_heap_pop(%s, &%s, %s);", cs[0], out, cmp);
    else
        line(T, "slot_heap_%s(%s, %s, &%s, %s);", e->heapq[4] == 'p' ? "pushpop" : "replace", cs[0], x, out, cmp);
    return out;
}

static const char *random_call(Tr *T, Expr *e)
{
    const char *name = e->random;
    int n = e->items.len;
    Expr **args = (Expr **)e->items.items;
    const char **cs = operands(T, args, n);
    for (int i = 0; i < n; i++)
        if (args[i]->type->kind == TY_INT || args[i]->type->kind == TY_BOOL)
            cs[i] = as_int(args[i]->type, cs[i]);
    if (strcmp(name, "seed") == 0)
        return n ? arena_printf("slot_random_seed(%s)", cs[0]) : "slot_random_seed_os()";
    if (strcmp(name, "random") == 0)
        return "slot_random_random()";
    if (strcmp(name, "randrange") == 0 && n == 1)
        return arena_printf("slot_random_randbelow(%s)", cs[0]);
    if (strcmp(name, "randrange") == 0)
        return arena_printf("slot_random_randrange(%s, %s, %s)", cs[0], cs[1], n == 3 ? cs[2] : "1");
    if (strcmp(name, "expovariate") == 0)
        return arena_printf("slot_random_expovariate(%s)", as_double(args[0]->type, cs[0]));
    if (strcmp(name, "uniform") == 0) {
        if (args[0]->type->kind != TY_FLOAT && args[1]->type->kind != TY_FLOAT)
            return arena_printf("slot_random_uniform_int(%s, %s)", cs[0], cs[1]);
        return arena_printf("slot_random_uniform(%s, %s)", as_double(args[0]->type, cs[0]),
                            as_double(args[1]->type, cs[1]));
    }
    Type *seq = n ? args[0]->type : NULL;
    if (strcmp(name, "choice") == 0 && seq->kind == TY_STR)
        return arena_printf("slot_random_choice_str(%s)", cs[0]);
    if (strcmp(name, "choice") == 0) {
        if (!type_complete(e->type)) /* choice([]): the literal's item type was defaulted after inference */
            e->type = seq->item;
        return arena_printf("SLOT_ITEM(%s, slot_random_choice_%s(%s))", type_c(seq->item),
                            seq->kind == TY_LIST ? "list" : "tuple", cs[0]);
    }
    if (strcmp(name, "sample") == 0 && seq->kind == TY_TUPLE)
        return arena_printf("slot_random_sample_tuple(%s, %s, %s)", cs[0], atomic(seq->item), cs[1]);
    if (strcmp(name, "sample") == 0)
        return arena_printf("slot_random_sample_list(%s, %s)", cs[0], cs[1]);
    /* getrandbits, randint, shuffle: the runtime function of that name */
    Str s = {0};
    for (int i = 0; i < n; i++)
        str_printf(&s, "%s%s", i ? ", " : "", cs[i]);
    return arena_printf("slot_random_%s(%s)", name, str_finish(&s));
}

static const char *call(Tr *T, Expr *e)
{
    if (e->math)
        return math_call(T, e);
    if (e->random)
        return random_call(T, e);
    if (e->heapq)
        return heapq_call(T, e);
    if (e->sys)
        return sys_call(T, e);
    if (e->time && strcmp(e->time, "sleep") == 0)
        return arena_printf("slot_time_sleep(%s)", as_double(VEC_AT(Expr *, e->items, 0)->type,
                                                               expr(T, VEC_AT(Expr *, e->items, 0))));
    if (e->time)
        return arena_printf("slot_time_%s()", e->time);
    if (e->lhs->kind == EX_ATTR)
        return method_call(T, e);
    if (e->cls)
        return call_class(T, e, e->cls);
    if (e->callee)
        return call_user(T, e, e->callee, NULL);
    return builtin_call(T, e, e->lhs->name);
}

/* xs[a:b:c] (e, an EX_INDEX of a slice): the object and the bounds
 * evaluated left to right into part[0..3], an omitted bound 0 (a step 1);
 * then ", has_start, has_stop" as the runtime's slice functions take them. */
static const char *slice_parts(Tr *T, const Expr *e, const char *part[4])
{
    Expr *all[4] = {e->lhs, e->rhs->lhs, e->rhs->rhs, e->rhs->cond};
    Expr *given[4];
    int n = 0;
    for (int i = 0; i < 4; i++)
        if (all[i])
            given[n++] = all[i];
    const char **cs = operands(T, given, n);
    for (int i = 0, k = 0; i < 4; i++)
        part[i] = all[i] ? cs[k++] : i == 3 ? "1" : "0";
    return arena_printf("%s, %s", all[1] ? "true" : "false", all[2] ? "true" : "false");
}

static const char *slice_expr(Tr *T, Expr *e)
{
    const char *part[4];
    const char *given = slice_parts(T, e, part);
    Type *t = e->lhs->type;
    const char *kind = t->kind == TY_LIST ? "list" : t->kind == TY_TUPLE ? "tuple" : "str";
    return arena_printf("slot_%s_slice(%s%s, %s, %s, %s, %s)", kind, part[0],
                        t->kind == TY_TUPLE ? arena_printf(", %s", atomic(t->item)) : "", part[1], part[2], part[3],
                        given);
}

/* xs[i]; a record's t[0] */
static const char *index_expr(Tr *T, Expr *e)
{
    Type *t = e->lhs->type;
    if (t->kind == TY_CLASS) {
        int n = t->cls->fields.len;
        int64_t i = e->rhs->kind == EX_INT ? e->rhs->ival : -e->rhs->lhs->ival;
        Field *f = VEC_AT(Field *, t->cls->fields, i < 0 ? i + n : i);
        return member(t, expr(T, e->lhs), f->var.cname);
    }
    if (e->rhs->kind == EX_SLICE)
        return slice_expr(T, e);
    Expr *es[2] = {e->lhs, e->rhs};
    const char **cs = operands(T, es, 2);
    if (t->kind == TY_DICT)
        return arena_printf("SLOT_ITEM(%s, slot_dict_at(%s, %s, %s))", type_c(e->type), cs[0], key_ref(t->item, cs[1]),
                            translate_repr_fn(T->m, t->item));
    if (t->kind == TY_STR)
        return arena_printf("slot_str_at(%s, %s)", cs[0], as_int(e->rhs->type, cs[1]));
    if (t->kind == TY_RANGE)
        return arena_printf("slot_range_at(%s, %s)", cs[0], as_int(e->rhs->type, cs[1]));
    static const char *kinds[] = {[TY_LIST] = "list", [TY_TUPLE] = "tuple", [TY_DEQUE] = "deque"};
    return arena_printf("SLOT_ITEM(%s, slot_%s_at(%s, %s))", type_c(e->type), kinds[t->kind], cs[0],
                        as_int(e->rhs->type, cs[1]));
}

/* An object whose attribute is taken: checked first when it may be None. */
static const char *object(Tr *T, Expr *obj, const char *attribute)
{
    const char *c = expr(T, obj);
    if (obj->type->kind == TY_CLASS && obj->type->cls->value && (obj->kind == EX_INDEX || obj->kind == EX_CALL))
        return hoist(T, obj->type, c, "item"); /* d[k].price: the struct looked up once, read by name */
    if (obj->type->kind != TY_CLASS || !obj->type->optional)
        return c;
    return arena_printf("((%s)slot_not_none(%s, \"%s\"))", type_c(obj->type), c, attribute);
}

/* type(x).__name__ (infer.c checked x) */
static bool is_type_name(const Expr *e)
{
    const Expr *call = e->lhs;
    return strcmp(e->name, "__name__") == 0 && call->kind == EX_CALL && call->lhs->kind == EX_NAME &&
           strcmp(call->lhs->name, "type") == 0 && !call->callee && !call->cls && call->items.len == 1;
}

static const char *expr(Tr *T, Expr *e)
{
    if (e->sys && strcmp(e->sys, "argv") == 0) /* sys.argv, or argv from sys */
        return "slot_sys_argv()";
    switch (e->kind) {
    case EX_NAME:
        if (e->var && e->var->narrows) /* isinstance() narrowed it to a subclass */
            return arena_printf("((%s *)%s)", e->var->type->cls->name, e->var->narrows->cname);
        return e->math ? e->math : e->var->cname;
    case EX_INT:
        return arena_printf("%lld", (long long)e->ival);
    case EX_FLOAT:
        return float_literal(e->fval);
    case EX_STR:
        return string_literal(T, e);
    case EX_TRUE:
        return "true";
    case EX_FALSE:
        return "false";
    case EX_NONE:
        return "NULL";
    case EX_BINARY:
        return binary(T, e);
    case EX_UNARY: {
        const char *v = expr(T, e->lhs);
        if (e->op == OP_POS)
            return as_int(e->lhs->type, v);
        if (e->op == OP_INVERT) /* -x - 1, which never overflows */
            return arena_printf("(~%s)", as_int(e->lhs->type, v));
        return e->type->kind == TY_FLOAT ? arena_printf("(-%s)", v)
                                         : arena_printf("slot_int_neg(%s)", as_int(e->lhs->type, v));
    }
    case EX_NOT:
        return arena_printf("!%s", truthy(e->lhs->type, expr(T, e->lhs)));
    case EX_AND:
    case EX_OR:
        return logical(T, e);
    case EX_COMPARE:
        return compare(T, e);
    case EX_CALL:
        return call(T, e);
    case EX_ATTR: {
        if (e->math)
            return e->math;
        if (strcmp(e->name, DEQUE_ITEMS) == 0)
            return arena_printf("(&%s->items)", expr(T, e->lhs));
        if (is_type_name(e)) {
            Expr *x = VEC_AT(Expr *, e->lhs->items, 0);
            const char *v = expr(T, x);
            if (class_is_exception(x->type->cls))
                return arena_printf("slot_exception_name(%s)", exc_header(x->type, v));
            if (may_act(x))
                line(T, "(void)%s;", v);
            return text_literal(T, x->type->cls->name);
        }
        if (e->prop)
            return arena_printf("%s(%s)", e->prop->getter->cname, object(T, e->lhs, e->name));
        Field *f = class_find_field(e->cls, e->name);
        if (f->derived)
            return arena_printf("%s(%s)", f->getter->cname, object(T, e->lhs, e->name));
        return member(e->lhs->type, object(T, e->lhs, e->name), class_member(e->cls, f));
    }
    case EX_INDEX:
        return index_expr(T, e);
    case EX_LIST:
    case EX_TUPLE:
        return sequence(T, e);
    case EX_LISTCOMP:
    case EX_DICTCOMP:
    case EX_SETCOMP:
        return listcomp(T, e);
    case EX_GENEXP:
        return genexp_value(T, e);
    case EX_DICT:
    case EX_SET:
        return braces(T, e);
    case EX_SLICE: /* only inside EX_INDEX, and EX_LAMBDA only as key= */
    case EX_LAMBDA:
        break;
    case EX_IFEXP:
        return ifexp(T, e);
    case EX_FSTRING:
        return fstring(T, e);
    }
    die("expression kind %d reached translate", e->kind);
}

/* ---- statements ----------------------------------------------------------- */

/* target = value, where value is already a C expression without effects
 * left to order (a temporary, a name, an item). */
static void unpack_value(Tr *T, Expr *target, const Type *type, const char *value);

static void assign_to(Tr *T, Expr *target, const char *value)
{
    if (target->kind == EX_TUPLE || target->kind == EX_LIST) { /* for a, b in pairs */
        unpack_value(T, target, target->type, value);
        return;
    }
    if (target->kind == EX_NAME) {
        line(T, "%s = %s;", target->var->cname, value);
        return;
    }
    if (target->kind == EX_ATTR && target->prop && target->prop->cache) {
        const char *obj = expr(T, target->lhs);
        if (target->lhs->kind != EX_NAME)
            obj = hoist(T, target->lhs->type, obj, "obj");
        line(T, "%s->%s = %s;", obj, target->prop->cache->var.cname, value);
        line(T, "%s->%s = true;", obj, target->prop->cached->var.cname);
        return;
    }
    if (target->kind == EX_ATTR && target->prop) {
        line(T, "%s(%s, %s);", target->prop->setter->cname, object(T, target->lhs, target->name), value);
        return;
    }
    if (target->kind == EX_ATTR) {
        Field *f = class_find_field(target->cls, target->name);
        line(T, "%s = %s;", member(target->lhs->type, object(T, target->lhs, target->name), class_member(target->cls, f)),
             translate_narrow(target->cls, f, value));
        return;
    }
    if (target->kind == EX_INDEX && target->rhs->kind == EX_SLICE) { /* xs[a:b:c] = items */
        const char *part[4];
        const char *given = slice_parts(T, target, part);
        line(T, "slot_list_set_slice(%s, %s, %s, %s, %s, %s);", part[0], part[1], part[2], part[3], given, value);
        return;
    }
    if (target->kind == EX_INDEX) {
        Expr *es[2] = {target->lhs, target->rhs};
        const char **cs = operands(T, es, 2);
        if (target->lhs->type->kind == TY_DICT)
            line(T, "SLOT_ITEM(%s, slot_dict_set(%s, %s)) = %s;", type_c(target->type), cs[0],
                 key_ref(target->lhs->type->item, cs[1]), value);
        else
            line(T, "SLOT_ITEM(%s, slot_%s_at(%s, %s)) = %s;", type_c(target->type),
                 target->lhs->type->kind == TY_DEQUE ? "deque" : "list", cs[0], as_int(target->rhs->type, cs[1]), value);
        return;
    }
    die("assignment target kind %d reached translate", target->kind);
}

/* a, b = value */
/* a, b = value, where value (C text, no effects left) is a record or a
 * list or tuple (whose length is checked, as Python checks it). */
static void unpack_value(Tr *T, Expr *target, const Type *type, const char *value)
{
    int n = target->items.len;
    const char **parts = arena_alloc(sizeof(char *) * (size_t)(n + 1));
    if (type->kind == TY_CLASS) {
        for (int i = 0; i < n; i++)
            parts[i] = member(type, value, VEC_AT(Field *, type->cls->fields, i)->var.cname);
    } else {
        line(T, "if (%s->len != %d)", value, n);
        line(T, "    slot_raise(SLOT_VALUE_ERROR, %s->len > %d ? \"too many values to unpack (expected %d)\" "
                ": \"not enough values to unpack (expected %d, got %%lld)\", (long long)%s->len);",
             value, n, n, n, value);
        for (int i = 0; i < n; i++)
            parts[i] = arena_printf("%s[%d]", items_of(type->item, value), i);
    }
    for (int i = 0; i < n; i++)
        assign_to(T, VEC_AT(Expr *, target->items, i), parts[i]);
}

/* a, b = value: a tuple display is evaluated whole first (a, b = b, a). */
static void unpack(Tr *T, Stmt *s)
{
    Expr *target = s->target, *value = s->value;
    if (value->kind != EX_TUPLE) {
        unpack_value(T, target, value->type, hoist(T, value->type, expr(T, value), "value"));
        return;
    }
    int n = target->items.len;
    const char **cs = operands(T, (Expr **)value->items.items, n);
    for (int i = 0; i < n; i++)
        cs[i] = hoist(T, VEC_AT(Expr *, value->items, i)->type, cs[i], "value");
    for (int i = 0; i < n; i++)
        assign_to(T, VEC_AT(Expr *, target->items, i), cs[i]);
}

/* Whether evaluating e can raise: int arithmetic (overflow), division,
 * calls, indexing. */
static bool raises(const Expr *e, const void *context)
{
    (void)context;
    if (e->kind == EX_CALL || e->kind == EX_INDEX)
        return true;
    return (e->kind == EX_BINARY || e->kind == EX_UNARY) &&
           (e->type->kind == TY_INT || e->op == OP_DIV || e->op == OP_FLOORDIV || e->op == OP_MOD || e->op == OP_POW);
}

static void assign(Tr *T, Stmt *s)
{
    if (s->derived_store) {
        /* the field is a function now; evaluate the value only where that
         * can raise, so an error still happens here as in CPython */
        if (expr_any(s->value, raises, NULL))
            line(T, "(void)%s;", expr(T, s->value));
        return;
    }
    if (s->target->kind == EX_TUPLE || s->target->kind == EX_LIST) {
        unpack(T, s);
        return;
    }
    if (!s->value)
        return; /* a bare annotation */
    const char *v = convert(expr(T, s->value), s->value->type, s->target->type);
    bool target_acts = s->target->kind != EX_NAME && may_act(s->target);
    if (target_acts && may_act(s->value))
        v = hoist(T, s->value->type, v, "value");
    assign_to(T, s->target, v);
}

/* x op= v, with the target's place evaluated once */
static void augassign(Tr *T, Stmt *s)
{
    Expr *t = s->target;
    const char *place;
    Field *narrowed = NULL; /* the field stored, when it is one */
    if (t->kind == EX_NAME) {
        place = t->var->cname;
    } else if (t->kind == EX_ATTR && t->prop) {
        const char *obj = object(T, t->lhs, t->name);
        if (t->lhs->kind != EX_NAME)
            obj = hoist(T, t->lhs->type, obj, "obj");
        const char *v = expr(T, s->value);
        const char *now = arena_printf("%s(%s)", t->prop->getter->cname, obj);
        line(T, "%s(%s, %s);", t->prop->setter->cname, obj,
             arith(T, s->op, t->type, now, s->value->type, v, t->type));
        return;
    } else if (t->kind == EX_ATTR) {
        const char *obj = object(T, t->lhs, t->name);
        if (t->lhs->kind != EX_NAME)
            obj = hoist(T, t->lhs->type, obj, "obj");
        narrowed = class_find_field(t->cls, t->name);
        place = member(t->lhs->type, obj, class_member(t->cls, narrowed));
    } else {
        Expr *es[2] = {t->lhs, t->rhs};
        const char **cs = operands(T, es, 2);
        const char *p = new_tmp(T, "item");
        if (t->lhs->type->kind == TY_DICT)
            line(T, "%s *%s = slot_dict_at(%s, %s, %s);", type_c(t->type), p, cs[0], key_ref(t->lhs->type->item, cs[1]),
                 translate_repr_fn(T->m, t->lhs->type->item));
        else
            line(T, "%s *%s = slot_%s_at(%s, %s);", type_c(t->type), p, t->lhs->type->kind == TY_DEQUE ? "deque" : "list",
                 cs[0], as_int(t->rhs->type, cs[1]));
        place = arena_printf("*%s", p);
    }
    const char *v = expr(T, s->value);
    Type *result = t->type;
    if (t->type->kind == TY_SET) { /* s |= t changes s itself */
        static const char *sets[] = {[OP_BITOR] = "update", [OP_BITAND] = "intersection_update",
                                     [OP_SUB] = "difference_update", [OP_BITXOR] = "symmetric_difference_update"};
        line(T, "slot_set_%s(%s, %s);", sets[s->op], place, v);
        return;
    }
    if (s->op == OP_DIV && t->type->kind != TY_FLOAT && s->value->type->kind != TY_FLOAT)
        line(T, "%s = slot_int_truediv(%s, %s);", place, place, v);
    else
        line(T, "%s = %s;", place,
             translate_narrow(t->cls, narrowed, arith(T, s->op, t->type, place, s->value->type, v, result)));
}

/* value, checked to fit field f of c when f is a narrowed int: an
 * OverflowError otherwise. */
const char *translate_narrow(const Class *c, const Field *f, const char *value)
{
    if (!f || !f->bits)
        return value;
    return arena_printf("slot_narrow_%sint%d(%s, \"%s.%s\")", f->is_unsigned ? "u" : "", f->bits, value, c->name,
                        f->var.name);
}

/* Writes the body and the else / elif chain of an if whose opening line
 * is already out; an elif whose condition needs statements first becomes an
 * if inside the else. */
static void if_rest(Tr *T, Stmt *s)
{
    T->indent++;
    block(T, &s->body);
    T->indent--;
    Stmt *elif = s->orelse.len == 1 ? VEC_AT(Stmt *, s->orelse, 0) : NULL;
    if (elif && elif->kind == ST_IF) {
        Str pre = {0};
        const char *cond = capture(T, elif->value, &pre);
        bool simple = pre.len == 0;
        str_free(&pre);
        if (simple) {
            line(T, "} else if (%s) {", condition(elif->value->type, cond));
            if_rest(T, elif);
            return;
        }
    }
    if (s->orelse.len) {
        line(T, "} else {");
        T->indent++;
        block(T, &s->orelse);
        T->indent--;
    }
    line(T, "}");
}

static void if_stmt(Tr *T, Stmt *s)
{
    line(T, "if (%s) {", condition(s->value->type, expr(T, s->value)));
    if_rest(T, s);
}

/* A loop begins: a jump out of it undoes the exits entered from here on,
 * and a break goes past its else block (to a label) when it has one.
 * Returns the enclosing loop's break label, for leave_loop. */
static const char *enter_loop(Tr *T, const Stmt *s)
{
    const char *outer = T->broken;
    T->loop_exits = T->exits.len;
    T->broken = s->orelse.len && block_breaks(&s->body) ? new_tmp(T, "broken") : NULL;
    return outer;
}

/* The loop ended: its else block, which runs when no break left it, then
 * the label a break goes to. */
static void leave_loop(Tr *T, Stmt *s, int exits, const char *outer)
{
    const char *broken = T->broken;
    T->loop_exits = exits;
    T->broken = outer;
    block(T, &s->orelse);
    if (broken)
        label(T, broken);
}

static void while_stmt(Tr *T, Stmt *s)
{
    int exits = T->loop_exits;
    const char *broken = enter_loop(T, s);
    Str pre = {0};
    const char *cond = capture(T, s->value, &pre);
    if (!pre.len) {
        str_free(&pre);
        line(T, "while (%s) {", condition(s->value->type, cond));
    } else {
        str_free(&pre);
        line(T, "for (;;) {");
        T->indent++;
        line(T, "if (!%s)", truthy(s->value->type, expr(T, s->value)));
        line(T, "    break;");
        T->indent--;
    }
    T->indent++;
    block(T, &s->body);
    T->indent--;
    line(T, "}");
    leave_loop(T, s, exits, broken);
}

/* Undoes the exits a jump leaves (those entered after the first `from`),
 * innermost first.  A finally block runs as if it stood there, so a jump
 * inside it undoes only what encloses its try. */
static void leave_exits(Tr *T, int from)
{
    for (int i = T->exits.len - 1; i >= from; i--) {
        Exit *x = VEC_AT(Exit *, T->exits, i);
        if (x->frame)
            line(T, "slot_try_leave(&%s);", x->frame);
        if (x->close)
            line(T, "%s", x->close);
        if (x->final) {
            Vec all = T->exits;
            T->exits = (Vec){0};
            for (int k = 0; k < i; k++)
                vec_push(&T->exits, all.items[k]);
            block(T, x->final);
            T->exits = all;
        }
    }
}

static void push_exit(Tr *T, const char *frame, const char *close, Vec *final)
{
    Exit *x = arena_alloc(sizeof *x);
    *x = (Exit){frame, close, final};
    vec_push(&T->exits, x);
}

/* ---- exceptions ----------------------------------------------------------- */

/* Opens a running try: the frame, and the branch the body goes in.
 * Returns the frame's name. */
static const char *open_try(Tr *T)
{
    const char *frame = new_tmp(T, "try");
    line(T, "slot_try %s;", frame);
    line(T, "slot_try_enter(&%s);", frame);
    line(T, "if (setjmp(%s.jump) == 0) {", frame);
    T->indent++;
    return frame;
}

/* Ends the body's branch and opens the one a raise lands in; returns the
 * name of the variable holding what was raised (NULL without need). */
static const char *catch_try(Tr *T, bool need)
{
    T->indent--;
    line(T, "} else {");
    T->indent++;
    if (!need)
        return NULL;
    const char *exc = new_tmp(T, "exc");
    line(T, "slot_exception *%s = slot_try_caught();", exc);
    return exc;
}

/* Whether a handler re-raises with a bare raise. */
static bool reraises(const Vec *body)
{
    for (int i = 0; i < body->len; i++) {
        Stmt *s = VEC_AT(Stmt *, *body, i);
        if ((s->kind == ST_RAISE && !s->value) || reraises(&s->body) || reraises(&s->orelse) ||
            reraises(&s->handlers) || reraises(&s->final))
            return true;
    }
    return false;
}

static void close_try(Tr *T)
{
    T->indent--;
    line(T, "}");
}

/* Whether control never reaches the end of body: its last statement
 * jumps (the try it ran in was left on the way). */
static bool ends_in_jump(const Vec *body)
{
    if (!body->len)
        return false;
    StmtKind k = VEC_AT(Stmt *, *body, body->len - 1)->kind;
    return k == ST_RETURN || k == ST_RAISE || k == ST_BREAK || k == ST_CONTINUE;
}

/* The end of a protected block: the try is left, unless control never
 * gets there. */
static void leave_try(Tr *T, const Vec *body, const char *frame)
{
    if (!ends_in_jump(body))
        line(T, "slot_try_leave(&%s);", frame);
}

/* The runtime's descriptor of an exception class. */
static const char *exc_type_ref(const Class *c)
{
    return c->exc_kind ? arena_printf("&slot_exc_types[%s]", c->exc_kind) : arena_printf("&%s_exc_type", c->name);
}

/* The slot_exception of an exception object c of type t. */
static const char *exc_header(const Type *t, const char *c)
{
    if (t->cls->exc_kind)
        return c;
    return arena_printf("&%s->%s", c, class_member(t->cls, class_root(t->cls)->header));
}

/* Whether c's str() is the repr of its argument, as KeyError's is. */
static bool shows_repr(const Class *c)
{
    for (const Class *k = class_exception_base(c); k; k = k->base)
        if (strcmp(k->exc_kind, "SLOT_KEY_ERROR") == 0)
            return true;
    return false;
}

static const char *value_text(Tr *T, const Type *t, const char *v, bool repr);

/* The arguments of BaseException(*args) as the runtime takes them:
 * "n, str(first), reprs" (reprs NULL when the one argument is a str, whose
 * repr the runtime makes itself). */
static const char *exception_args(Tr *T, const Class *c, Expr **args, int n)
{
    if (n == 0)
        return "0, NULL, NULL";
    const char **cs = operands(T, args, n);
    for (int i = 0; i < n; i++)
        if (args[i]->kind != EX_NAME && !is_constant(args[i]))
            cs[i] = hoist(T, args[i]->type, cs[i], "arg");
    static Type str_type = {.kind = TY_STR};
    bool key = shows_repr(c);
    const char *first = value_text(T, args[0]->type, cs[0], key);
    if (n == 1 && key) { /* str() is the repr, which is also the args */
        first = hoist(T, &str_type, first, "text");
        return arena_printf("1, %s, %s", first, first);
    }
    if (n == 1 && args[0]->type->kind == TY_STR)
        return arena_printf("1, %s, NULL", first);
    const char *buf = new_tmp(T, "args");
    line(T, "slot_buf %s;", buf);
    line(T, "slot_buf_init(&%s);", buf);
    for (int i = 0; i < n; i++) {
        if (i)
            line(T, "slot_buf_cstr(&%s, \", \");", buf);
        format_into(T, buf, args[i]->type, cs[i], true);
    }
    return arena_printf("%d, %s, slot_buf_take(&%s)", n, first, buf);
}

/* E(args...) of an exception class: a built-in one is made by the
 * runtime; a user one by its constructor (its __init__, if it has one,
 * takes the arguments), then given its class and, unless __init__ called
 * BaseException.__init__, the arguments it was called with. */
static const char *new_exception(Tr *T, Expr *call, Class *c)
{
    Expr **args = (Expr **)call->items.items;
    int n = call->items.len;
    if (c->exc_kind)
        return arena_printf("slot_exception_new(%s, %s)", exc_type_ref(c), exception_args(T, c, args, n));
    Type *t = type_class(c);
    const char *obj;
    if (c->init) { /* the arguments evaluated once: __init__ takes them, then the args are made of them */
        const char **cs = operands(T, args, n);
        Expr evaluated = *call;
        evaluated.items = (Vec){0};
        for (int i = 0; i < n; i++) {
            if (args[i]->kind != EX_NAME && !is_constant(args[i]))
                cs[i] = hoist(T, args[i]->type, cs[i], "arg");
            Expr *name = arena_alloc(sizeof *name);
            *name = (Expr){.kind = EX_NAME, .loc = args[i]->loc, .type = args[i]->type, .var = arena_alloc(sizeof(Var))};
            name->var->cname = cs[i];
            vec_push(&evaluated.items, name);
        }
        args = (Expr **)evaluated.items.items;
        const char *made = call_user(T, &evaluated, c->init, NULL);
        obj = hoist(T, t, arena_printf("%s_new%s", c->name, strchr(made, '(')), "exc");
    } else {
        obj = hoist(T, t, arena_printf("%s_new()", c->name), "exc");
    }
    line(T, "slot_exception_start(%s, %s, %s);", exc_header(t, obj), exc_type_ref(c), exception_args(T, c, args, n));
    return obj;
}

/* super().__init__(args...) in a user exception class: BaseException's. */
static const char *init_exception(Tr *T, Expr *call)
{
    Class *c = T->func->cls;
    const char *self = VEC_AT(Param *, T->func->params, 0)->var->cname;
    line(T, "slot_exception_init(%s, %s);", exc_header(type_class(c), self),
         exception_args(T, c, (Expr **)call->items.items, call->items.len));
    return "";
}

/* The classes an except clause names (infer.c left each in its name's
 * cls), and how many. */
static Expr **handler_names(Stmt *h, int *n)
{
    *n = !h->value ? 0 : h->value->kind == EX_TUPLE ? h->value->items.len : 1;
    return h->value && h->value->kind == EX_TUPLE ? (Expr **)h->value->items.items : &h->value;
}

/* Whether an except clause catches everything: bare, or BaseException. */
static bool catches_all(Stmt *h)
{
    int n;
    Expr **names = handler_names(h, &n);
    for (int i = 0; i < n; i++)
        if (names[i]->cls->exc_kind && strcmp(names[i]->cls->exc_kind, "SLOT_BASE_EXCEPTION") == 0)
            return true;
    return n == 0;
}

/* The test that exc is an instance of one of the classes an except clause
 * names; NULL when it catches everything. */
static const char *handler_test(Stmt *h, const char *exc)
{
    if (catches_all(h))
        return NULL;
    int n;
    Expr **names = handler_names(h, &n);
    Str s = {0};
    for (int i = 0; i < n; i++)
        str_printf(&s, "%sslot_exception_is(%s, %s)", i ? " || " : "", exc, exc_type_ref(names[i]->cls));
    return str_finish(&s);
}

/* One except clause's body, with its `as` name bound (when read). */
static void handler_body(Tr *T, Stmt *h, const char *exc)
{
    Var *v = h->target ? h->target->var : NULL;
    if (v && v->read)
        line(T, "%s = %s;", decl(v->type, v->cname),
             v->type->cls->exc_kind ? exc : arena_printf("(%s)%s", type_c(v->type), exc));
    const char *outer = T->caught;
    T->caught = exc;
    block(T, &h->body);
    T->caught = outer;
}

/* The except clauses, tried in order; an exception none of them takes is
 * raised again. */
static void handlers(Tr *T, Stmt *s, const char *exc)
{
    for (int i = 0; i < s->handlers.len; i++) {
        Stmt *h = VEC_AT(Stmt *, s->handlers, i);
        const char *test = handler_test(h, exc);
        if (!test && i == 0) { /* catches everything: no test at all */
            handler_body(T, h, exc);
            return;
        }
        if (test)
            line(T, "%sif (%s) {", i ? "} else " : "", test);
        else
            line(T, "} else {");
        T->indent++;
        handler_body(T, h, exc);
        T->indent--;
        if (!test) {
            line(T, "}");
            return;
        }
    }
    line(T, "} else {");
    line(T, "    slot_throw(%s);", exc);
    line(T, "}");
}

/* try: body except ...: handlers else: orelse (no finally here). */
static void try_except(Tr *T, Stmt *s)
{
    if (!s->handlers.len) {
        block(T, &s->body);
        block(T, &s->orelse);
        return;
    }
    const char *frame = open_try(T);
    push_exit(T, frame, NULL, NULL);
    block(T, &s->body);
    T->exits.len--;
    leave_try(T, &s->body, frame);
    block(T, &s->orelse);
    Stmt *first = VEC_AT(Stmt *, s->handlers, 0);
    bool need = !catches_all(first) || (first->target && first->target->var->read) || reraises(&first->body);
    handlers(T, s, catch_try(T, need));
    close_try(T);
}

/* A try statement.  A finally block is a try of its own around the rest,
 * whose block is written out on each way out: after the rest, where a
 * raise lands (then the exception goes on), and before each return, break
 * or continue that leaves it. */
static void try_stmt(Tr *T, Stmt *s)
{
    if (!s->final.len) {
        try_except(T, s);
        return;
    }
    const char *frame = open_try(T);
    push_exit(T, frame, NULL, &s->final);
    try_except(T, s);
    T->exits.len--;
    bool completes = s->handlers.len || !(ends_in_jump(&s->body) || ends_in_jump(&s->orelse));
    if (completes) {
        line(T, "slot_try_leave(&%s);", frame);
        block(T, &s->final);
    }
    const char *exc = catch_try(T, true);
    block(T, &s->final);
    line(T, "slot_throw(%s);", exc);
    close_try(T);
}

/* raise E / raise E from cause (evaluated, then dropped) / raise */
static void raise_stmt(Tr *T, Stmt *s)
{
    if (!s->value) {
        line(T, "slot_throw(%s);", T->caught);
        return;
    }
    const char *v = expr(T, s->value);
    if (s->cause && s->cause->kind != EX_NONE) {
        if (may_act(s->cause))
            v = hoist(T, s->value->type, v, "exc");
        line(T, "(void)%s;", expr(T, s->cause));
    }
    line(T, "slot_throw(%s);", exc_header(s->value->type, v));
}

/* with x as t: on an object, t = x.__enter__(), then the block, in a try
 * of its own: leaving the block calls x.__exit__(None, None, None), an
 * exception that leaves it x.__exit__(exc, exc, exc), which swallows it by
 * returning True. */
static void with_object(Tr *T, Stmt *s)
{
    const Class *c = s->value->type->cls;
    const char *manager = new_tmp(T, "manager");
    line(T, "%s *volatile %s = %s;", c->name, manager, expr(T, s->value));
    const char *entered = translate_special_call(c, "__enter__", manager, NULL);
    if (s->target)
        assign_to(T, s->target, entered);
    else if (class_find_method(c, "__enter__")->result->type->kind != TY_NONE)
        line(T, "(void)%s;", entered);
    else
        line(T, "%s;", entered);
    const char *exit = translate_special_call(c, "__exit__", manager, "NULL, NULL, NULL");
    const char *frame = open_try(T);
    push_exit(T, frame, arena_printf("%s;", exit), NULL);
    block(T, &s->body);
    T->exits.len--;
    leave_try(T, &s->body, frame);
    if (!ends_in_jump(&s->body))
        line(T, "%s;", exit);
    const char *exc = catch_try(T, true);
    const char *caught = translate_special_call(c, "__exit__", manager, arena_printf("%s, %s, %s", exc, exc, exc));
    if (class_find_method(c, "__exit__")->result->type->kind == TY_BOOL) {
        line(T, "if (!%s)", caught);
        line(T, "    slot_throw(%s);", exc);
    } else {
        line(T, "%s;", caught);
        line(T, "slot_throw(%s);", exc);
    }
    close_try(T);
}

/* with open(...) as f: the file is closed when the block ends, however it
 * ends.  When the program catches exceptions, a raise inside closes it on
 * its way out too (a try of its own); otherwise a raise ends the program
 * and the runtime closes every file then. */
static void with_stmt(Tr *T, Stmt *s)
{
    if (s->value->type->kind == TY_CLASS) {
        with_object(T, s);
        return;
    }
    const char *file = expr(T, s->value);
    if (s->target) {
        assign_to(T, s->target, file);
        file = expr(T, s->target);
    } else {
        file = hoist(T, s->value->type, file, "file");
    }
    const char *frame = T->m->catches ? open_try(T) : NULL;
    push_exit(T, frame, arena_printf("slot_file_close(%s);", file), NULL);
    block(T, &s->body);
    T->exits.len--;
    if (frame)
        leave_try(T, &s->body, frame);
    if (!frame || !ends_in_jump(&s->body))
        line(T, "slot_file_close(%s);", file);
    if (frame) {
        const char *exc = catch_try(T, true);
        line(T, "slot_file_close(%s);", file);
        line(T, "slot_throw(%s);", exc);
        close_try(T);
    }
}

/* A generator's item goes to *item; the next call resumes after it. */
static void yield_value(Tr *T, const Type *t, const char *value)
{
    int k = ++T->resumes;
    line(T, "SLOT_ITEM(%s, item) = %s;", type_c(t), value);
    line(T, "gen->resume = %d;", k);
    line(T, "return true;");
    T->indent--;
    line(T, "resume_%d:;", k);
    T->indent++;
}

static void return_stmt(Tr *T, Stmt *s)
{
    const char *v = s->value && s->value->type->kind != TY_NONE
                        ? convert(expr(T, s->value), s->value->type, T->func->result->type)
                        : NULL;
    if (v && T->exits.len)
        v = hoist(T, s->value->type, v, "result");
    leave_exits(T, 0);
    if (T->gen) {
        line(T, "gen->resume = -1;");
        line(T, "return false;");
    } else if (value_init(T->func)) {
        line(T, "return self;"); /* the value __init__ built */
    } else if (!v && T->func->result->type->kind == TY_CLASS) {
        line(T, "return NULL;"); /* None from a function returning C | None */
    } else if (!v) {
        line(T, "return;");
    } else {
        line(T, "return %s;", v);
    }
}

static void stmt(Tr *T, Stmt *s)
{
    switch (s->kind) {
    case ST_EXPR: {
        if (s->value->kind == EX_STR)
            return; /* a docstring */
        const char *v = expr(T, s->value);
        /* a call's value is dropped silently; anything else needs (void),
         * SLOT_ITEM(...) too (random.choice(), d.setdefault()): it reads the
         * item the call points to */
        if (!*v) /* nothing left to evaluate (a print() whose text went out already) */
            return;
        bool call = s->value->kind == EX_CALL && v[strlen(v) - 1] == ')' && strncmp(v, "SLOT_ITEM(", 10) != 0;
        line(T, "%s%s;", call ? "" : "(void)", v);
        return;
    }
    case ST_ASSIGN:
    case ST_ANNASSIGN:
        assign(T, s);
        return;
    case ST_AUGASSIGN:
        augassign(T, s);
        return;
    case ST_RETURN:
        return_stmt(T, s);
        return;
    case ST_YIELD:
        yield_value(T, T->func->yields->type, convert(expr(T, s->value), s->value->type, T->func->yields->type));
        return;
    case ST_YIELD_FROM: {
        Loop loop;
        const char *item = open_items(T, s->value, true, &loop);
        yield_value(T, T->func->yields->type, item);
        close_loop(T, &loop);
        return;
    }
    case ST_WITH:
        with_stmt(T, s);
        return;
    case ST_DEL: { /* del d[k] */
        Expr *es[2] = {s->target->lhs, s->target->rhs};
        const char **cs = operands(T, es, 2);
        Type *d = s->target->lhs->type;
        line(T, "slot_dict_del(%s, %s, %s, true);", cs[0], key_ref(d->item, cs[1]), translate_repr_fn(T->m, d->item));
        return;
    }
    case ST_IF:
        if_stmt(T, s);
        return;
    case ST_WHILE:
        while_stmt(T, s);
        return;
    case ST_FOR: {
        int exits = T->loop_exits;
        const char *broken = enter_loop(T, s);
        Loop loop;
        T->outer_body = true;
        T->loop_qual = T->frames && runs_frames(T, &s->body) ? "volatile " : "";
        open_loop(T, s->target, s->value, T->gen && block_yields(&s->body), &loop);
        T->outer_body = false;
        T->loop_qual = "";
        block(T, &s->body);
        close_loop(T, &loop);
        leave_loop(T, s, exits, broken);
        return;
    }
    case ST_BREAK:
        leave_exits(T, T->loop_exits);
        line(T, T->broken ? "goto %s;" : "break;", T->broken);
        return;
    case ST_CONTINUE:
        leave_exits(T, T->loop_exits);
        line(T, "continue;");
        return;
    case ST_TRY:
        try_stmt(T, s);
        return;
    case ST_RAISE:
        raise_stmt(T, s);
        return;
    case ST_EXCEPT: /* inside ST_TRY only */
    case ST_PASS:
        return;
    }
}

static void block(Tr *T, Vec *body)
{
    for (int i = 0; i < body->len; i++)
        stmt(T, VEC_AT(Stmt *, *body, i));
}

/* ---- functions ------------------------------------------------------------ */

static const char *result_c(const Func *f)
{
    return f->result->type->kind == TY_NONE ? "void" : type_c(f->result->type);
}

/* "int64_t f(const slot_str *name, int64_t age)" */
static const char *local_decl(Tr *T, const Var *v);

/* The same for the definition, when T is given: in a function that runs
 * try frames, the parameters are volatile like its locals (a parameter's
 * own qualifier does not change the function's type; gcc's -Wclobbered
 * asks it of those only read, too). */
static const char *definition(Tr *T, const Func *f)
{
    Str s = {0};
    const char *r = result_c(f);
    int first = 0;
    if (value_init(f)) { /* Name_new, __init__'s parameters after self */
        str_printf(&s, "%s %s_new(", f->cls->name, f->cls->name);
        first = 1;
    } else {
        str_printf(&s, "%s(", c_decl(r, f->cname));
    }
    for (int i = first; i < f->params.len; i++) {
        Param *p = VEC_AT(Param *, f->params, i);
        bool frames = T && T->frames;
        str_printf(&s, "%s%s%s", i > first ? ", " : "", i == 0 && f->const_self ? "const " : "",
                   frames ? local_decl(T, p->var) : decl(p->var->type, p->var->cname));
    }
    str_add(&s, f->params.len > first ? ")" : "void)");
    return str_finish(&s);
}

static const char *signature(const Func *f)
{
    return definition(NULL, f);
}

static bool is_param(const Func *f, const Var *v)
{
    for (int i = 0; i < f->params.len; i++)
        if (VEC_AT(Param *, f->params, i)->var == v)
            return true;
    return false;
}

static const char *zero(const Type *t)
{
    switch (t->kind) {
    case TY_INT:
        return "0";
    case TY_FLOAT:
        return "0.0";
    case TY_BOOL:
        return "false";
    case TY_CLASS: /* only ever an initializer: `P origin = {0};` */
        return t->cls->value ? "{0}" : "NULL";
    case TY_RANGE:
        return "{0}";
    default:
        return "NULL";
    }
}

/* Whether statements run try frames: a try, or (when the program catches
 * exceptions) a with block. */
static bool runs_frames(Tr *T, Vec *body)
{
    for (int i = 0; i < body->len; i++) {
        Stmt *s = VEC_AT(Stmt *, *body, i);
        if (s->kind == ST_TRY || (s->kind == ST_WITH && T->m->catches))
            return true;
        if (runs_frames(T, &s->body) || runs_frames(T, &s->orelse) || runs_frames(T, &s->handlers) ||
            runs_frames(T, &s->final))
            return true;
    }
    return false;
}

/* A local's declaration.  In a function that runs try frames, a local
 * may change between setjmp and the longjmp that returns there, and C
 * keeps such a value only in a volatile variable (C11 7.13.2.1). */
static const char *local_decl(Tr *T, const Var *v)
{
    const char *c = type_c(v->type);
    if (!T->frames)
        return c_decl(c, v->cname);
    if (c[strlen(c) - 1] == '*')
        return arena_printf("%svolatile %s", c, v->cname);
    return arena_printf("volatile %s %s", c, v->cname);
}

static bool is_var(const Expr *e, const void *v)
{
    return e->kind == EX_NAME && e->var == v;
}

/* Whether the C of body mentions v: a field store that derive.c made a
 * function is left out unless its value is evaluated (it can raise). */
static bool mentions(const Vec *body, const Var *v)
{
    for (int i = 0; i < body->len; i++) {
        const Stmt *s = VEC_AT(Stmt *, *body, i);
        if (s->derived_store ? expr_any(s->value, raises, NULL) && expr_any(s->value, is_var, v)
                             : expr_any(s->target, is_var, v) || expr_any(s->value, is_var, v) ||
                                   expr_any(s->cause, is_var, v))
            return true;
        if (mentions(&s->body, v) || mentions(&s->orelse, v) || mentions(&s->handlers, v) || mentions(&s->final, v))
            return true;
    }
    return false;
}

/* Locals are declared at the top: Python's scope is the whole function.
 * Names Python never reads (an unused parameter, a loop counter), and a
 * self whose only use was a field that became a function, get a (void)
 * use, as C compilers warn about them. */
static void function_body(Tr *T, Func *f)
{
    for (int i = 0; f != T->m->init && i < f->locals.len; i++) {
        Var *v = VEC_AT(Var *, f->locals, i);
        if (!is_param(f, v))
            line(T, "%s = %s;", local_decl(T, v), zero(v->type));
    }
    for (int i = 0; f != T->m->init && i < f->locals.len; i++) {
        Var *v = VEC_AT(Var *, f->locals, i);
        bool unused_self = i == 0 && f->cls && !value_init(f) && is_param(f, v) && !mentions(&f->body, v);
        if (!v->read || unused_self)
            line(T, "(void)%s;", v->cname);
    }
    block(T, &f->body);
}

/* What the comment above a function says it is. */
static const char *function_role(const Module *m, const Func *f)
{
    if (f == m->init)
        return m->script ? ": the module's statements and globals, run in order"
                         : ": the module's globals, assigned in order before main() runs";
    if (value_init(f))
        return arena_printf("(), returning the new %s by value", f->cls->name);
    if (f->owner)
        return f->classmethod ? "(), a classmethod" : "(), a staticmethod";
    if (f->kind == FN_SETTER)
        return " (setter)";
    if (f->kind == FN_GETTER && f->decorators.len)
        return " (property)";
    if (f->kind == FN_GETTER) { /* a derived field: show what it computes */
        const Expr *e = VEC_AT(Stmt *, f->body, 0)->value;
        return arena_printf(", a derived field: %.*s", (int)(e->end - e->start), m->src->text + e->start);
    }
    return "()";
}

static void translate_function(Tr *T, Func *f, Str *decls);

/* A @cached_property getter: the value is computed on the first read and
 * kept in its slot. */
static void cached_getter(Tr *T, Func *f, Prop *p, Str *decls)
{
    const char *compute = arena_printf("%s_compute", f->cname);
    const char *cname = f->cname;
    f->cname = compute;
    translate_function(T, f, decls);
    f->cname = cname;
    const char *sig = signature(f);
    str_printf(decls, "%s;\n", sig);
    str_printf(T->out,
               "/* %s: the cached value of %s.%s, computed on its first read */\n%s\n{\n"
               "    if (!self->%s) {\n        self->%s = %s(self);\n        self->%s = true;\n    }\n"
               "    return self->%s;\n}\n\n",
               T->m->src->path, f->cls->name, f->name, sig, p->cached->var.cname, p->cache->var.cname, compute,
               p->cached->var.cname, p->cache->var.cname);
}

static void translate_generator(Tr *T, Func *f, Str *decls);

static void translate_function(Tr *T, Func *f, Str *decls)
{
    if (f->generator) {
        translate_generator(T, f, decls);
        return;
    }
    const char *sig = signature(f);
    const Source *src = T->m->src;
    T->frames = f != T->m->init && runs_frames(T, &f->body);
    str_printf(decls, "%s;\n", sig);
    const Class *c = f->cls ? f->cls : f->owner;
    str_printf(T->out, "/* %s:%d: %s%s%s%s */\n%s\n{\n", src->path, f->loc.line, c ? c->name : "", c ? "." : "",
               f->name, function_role(T->m, f), definition(T, f));
    T->func = f;
    T->tmp = 0;
    T->indent = 1;
    if (value_init(f))
        line(T, "%s = {0};", c_decl(f->cls->name, VEC_AT(Param *, f->params, 0)->var->cname));
    function_body(T, f);
    if (value_init(f))
        line(T, "return %s;", VEC_AT(Param *, f->params, 0)->var->cname);
    if (f->result->type->kind == TY_CLASS && f->result->type->optional)
        line(T, "return NULL; /* falling off the end returns None */");
    T->indent = 0;
    str_add(T->out, "}\n\n");
    /* generator expressions it made into generators */
    while (T->pending.len) {
        Func *g = VEC_AT(Func *, T->pending, 0);
        memmove(T->pending.items, T->pending.items + 1, sizeof(void *) * (size_t)--T->pending.len);
        translate_generator(T, g, decls);
    }
}

/* ---- generators --------------------------------------------------------- */

/* The parameters of a generator's start and constructor functions. */
static const char *generator_params(const Func *f, const char **saved)
{
    Str s = {0};
    for (int i = 0; i < f->params.len; i++) {
        Param *p = VEC_AT(Param *, f->params, i);
        int k = 0;
        while (VEC_AT(Var *, f->locals, k) != p->var)
            k++;
        str_printf(&s, ", %s%s", i == 0 && f->const_self ? "const " : "", decl(p->var->type, saved[k]));
    }
    return str_finish(&s);
}

/* A field of a generator's state that has a C type only. */
static Field *header_field(const char *name, const char *c_type, int offset, int size)
{
    Field *f = arena_alloc(sizeof *f);
    f->var.name = f->var.cname = name;
    f->c_type = c_type;
    f->offset = offset;
    f->size = f->align = size;
    return f;
}

/* Lays out the state struct: the iterator header first, then the kept
 * locals and loop state by alignment (largest first), with the resume point
 * after the 8-byte ones; f->shape records it for inspect and verify.
 * Returns the struct's C text. */
static const char *generator_struct(Tr *T, Func *f)
{
    Class *shape = arena_alloc(sizeof *shape);
    shape->name = arena_printf("%s_gen", f->cname);
    shape->loc = f->loc;
    shape->align = 8;
    vec_push(&shape->layout, header_field("iter", "slot_iter", 0, 8));
    int offset = 8;
    for (int align = 8; align >= 1; align /= 2) {
        if (align == 4) {
            vec_push(&shape->layout, header_field("resume", "int", offset, 4));
            offset += 4;
        }
        for (int i = 0; i < f->state.len; i++) {
            Field *fl = VEC_AT(Field *, f->state, i);
            type_size_align(fl->var.type, &fl->size, &fl->align);
            if (fl->align != align)
                continue;
            bool self = f->const_self && strcmp(fl->var.name, VEC_AT(Param *, f->params, 0)->name) == 0;
            fl->c_type = arena_printf("%s%s", self ? "const " : "", type_c(fl->var.type));
            fl->offset = offset;
            offset += fl->size;
            vec_push(&shape->layout, fl);
        }
    }
    shape->size = (offset + 7) / 8 * 8;
    f->shape = shape;
    vec_push(&T->m->generators, f);
    Str s = {0};
    str_printf(&s, "/* %s:%d: %s(), a generator: the locals it keeps between items, and where\n"
                   " * next resumes (0 first, -1 at the end) */\ntypedef struct %s {\n",
               T->m->src->path, f->loc.line, f->cls ? arena_printf("%s.%s", f->cls->name, f->name) : f->name,
               shape->name);
    for (int i = 0; i < shape->layout.len; i++) {
        Field *fl = VEC_AT(Field *, shape->layout, i);
        str_printf(&s, "    %s;\n", c_decl(fl->c_type, fl->var.cname));
    }
    str_printf(&s, "} %s;\n\n", shape->name);
    return str_finish(&s);
}

/* The next function: declares the locals that need not survive a yield,
 * jumps to the resume point, runs the body. */
static void generator_next(Tr *T, Func *f, const bool *kept, Str *body)
{
    const Source *src = T->m->src;
    str_printf(T->out,
               "/* %s:%d: %s() resumed: stores the next item and returns true, or returns false at the end */\n"
               "bool %s_next(slot_iter *iter, void *item)\n{\n    %s_gen *gen = (%s_gen *)iter;\n",
               src->path, f->loc.line, f->name, f->cname, f->cname, f->cname);
    T->indent = 1;
    for (int i = 0; i < f->locals.len; i++) {
        Var *v = VEC_AT(Var *, f->locals, i);
        if (!kept[i])
            line(T, "%s = %s;", local_decl(T, v), zero(v->type));
        if (!kept[i] && !v->read)
            line(T, "(void)%s;", v->cname);
    }
    if (T->m->catches) { /* a raise that leaves the body leaves it finished, as in CPython */
        line(T, "int resume = gen->resume;");
        line(T, "gen->resume = -1;");
    }
    line(T, "switch (%s) {", T->m->catches ? "resume" : "gen->resume");
    line(T, "case 0:");
    line(T, "    break;");
    for (int k = 1; k <= T->resumes; k++)
        line(T, "case %d:\n        goto resume_%d;", k, k);
    line(T, "default:");
    line(T, "    return false;");
    line(T, "}");
    str_add(T->out, body->data ? body->data : "");
    str_free(body);
    line(T, "gen->resume = -1;");
    line(T, "return false;");
    str_add(T->out, "}\n\n");
}

/* A generator function becomes a state struct, a start function (the
 * arguments kept, nothing run), the next function, and the function Python
 * calls, which allocates the state once and returns its iterator. */
static void translate_generator(Tr *T, Func *f, Str *decls)
{
    bool *kept = live_across_yields(f);
    const char **saved = arena_alloc(sizeof(char *) * (size_t)(f->locals.len + 1));
    for (int i = 0; i < f->locals.len; i++) {
        Var *v = VEC_AT(Var *, f->locals, i);
        saved[i] = v->cname;
        if (!kept[i])
            continue;
        Field *fl = arena_alloc(sizeof *fl);
        fl->var = *v;
        vec_push(&f->state, fl);
        v->cname = arena_printf("gen->%s", v->cname);
    }
    Str body = {0}, *out = T->out;
    T->out = &body, T->func = f, T->gen = true, T->tmp = 0, T->resumes = 0, T->indent = 1;
    T->frames = runs_frames(T, &f->body);
    block(T, &f->body);
    T->out = out, T->gen = false;
    generator_next(T, f, kept, &body);

    const char *params = generator_params(f, saved);
    str_add(decls, generator_struct(T, f));
    str_printf(decls, "void %s_start(%s_gen *gen%s);\nbool %s_next(slot_iter *iter, void *item);\n", f->cname,
               f->cname, params, f->cname);
    str_printf(decls, "slot_iter *%s(%s);\n", f->cname, *params ? params + 2 : "void");
    str_printf(T->out, "/* %s() called: its arguments kept, nothing run yet */\nvoid %s_start(%s_gen *gen%s)\n{\n"
                       "    *gen = (%s_gen){.iter = {%s_next}};\n",
               f->name, f->cname, f->cname, params, f->cname, f->cname);
    bool atomic_state = true;
    for (int i = 0; i < f->locals.len; i++) {
        Var *v = VEC_AT(Var *, f->locals, i);
        if (is_param(f, v) && kept[i])
            str_printf(T->out, "    gen->%s = %s;\n", saved[i], saved[i]);
        else if (is_param(f, v))
            str_printf(T->out, "    (void)%s;\n", saved[i]);
    }
    for (int i = 0; i < f->state.len; i++)
        atomic_state = atomic_state && type_pointer_free(VEC_AT(Field *, f->state, i)->var.type);
    str_add(T->out, "}\n\n");
    Str args = {0};
    for (int i = 0; i < f->params.len; i++)
        str_printf(&args, ", %s", VEC_AT(Param *, f->params, i)->var->name);
    str_printf(T->out, "/* %s:%d: %s(): a new generator */\nslot_iter *%s(%s)\n{\n"
                       "    %s_gen *gen = slot_alloc%s(sizeof *gen);\n    %s_start(gen%s);\n    return &gen->iter;\n}\n\n",
               T->m->src->path, f->loc.line, f->name, f->cname, *params ? params + 2 : "void", f->cname,
               atomic_state ? "_atomic" : "", f->cname, str_finish(&args));
    for (int i = 0; i < f->locals.len; i++)
        VEC_AT(Var *, f->locals, i)->cname = saved[i];
}

static Var *synthetic_var(const char *name, Type *t)
{
    Var *v = arena_alloc(sizeof *v);
    v->name = name;
    v->what = name;
    v->cname = name;
    v->type = t;
    v->read = true;
    return v;
}

static Param *synthetic_param(Func *g, Var *v)
{
    Param *p = arena_alloc(sizeof *p);
    p->name = v->name;
    p->var = v;
    vec_push(&g->params, p);
    vec_push(&g->locals, v);
    return p;
}

typedef struct Captures {
    const Func *f;
    Vec *vars;
} Captures;

/* A local of the enclosing function read by a generator expression. */
static bool captured_name(const Expr *e, const void *context)
{
    const Captures *c = context;
    if (e->kind != EX_NAME || !e->var)
        return false;
    bool local = false;
    for (int i = 0; i < c->f->locals.len; i++)
        local = local || VEC_AT(Var *, c->f->locals, i) == e->var;
    for (int i = 0; i < c->vars->len; i++)
        local = local && VEC_AT(Var *, *c->vars, i) != e->var;
    if (local)
        vec_push(c->vars, e->var);
    return false;
}

static void comp_locals(Func *g, Expr *target)
{
    if (target->kind == EX_NAME)
        vec_push(&g->locals, target->var);
    for (int i = 0; i < target->items.len; i++)
        comp_locals(g, VEC_AT(Expr *, target->items, i));
}

/* (elt for x in xs if cond) kept as a value: a generator function of its
 * own, whose parameters are the iterable (evaluated now, as Python does)
 * and the enclosing locals it reads. */
static const char *genexp_value(Tr *T, Expr *e)
{
    static Type int_type = {.kind = TY_INT};
    Func *g = arena_alloc(sizeof *g);
    g->name = "<genexpr>";
    g->loc = e->loc;
    g->generator = true;
    g->cname = arena_printf("%s_genexpr_%d", T->m->cname, ++T->genexps);
    g->yields = synthetic_var("item", e->lhs->type);
    g->result = synthetic_var("result", e->type);
    Expr *iter = e->iter;
    Str args = {0};
    if (is_builtin_call(iter, "range")) {
        static const char *names[] = {"start", "stop", "step"};
        const char **cs = operands(T, (Expr **)iter->items.items, iter->items.len);
        Expr *call = arena_alloc(sizeof *call);
        *call = *iter;
        call->items = (Vec){0};
        for (int i = 0; i < iter->items.len; i++) {
            Expr *arg = arena_alloc(sizeof *arg);
            *arg = *VEC_AT(Expr *, iter->items, i);
            if (arg->kind != EX_INT) {
                arg->kind = EX_NAME;
                arg->var = synthetic_param(g, synthetic_var(names[i + (iter->items.len == 1)], &int_type))->var;
                str_printf(&args, "%s%s", args.len ? ", " : "", cs[i]);
            }
            vec_push(&call->items, arg);
        }
        iter = call;
    } else {
        Expr *name = arena_alloc(sizeof *name);
        *name = *iter;
        name->kind = EX_NAME;
        name->var = synthetic_param(g, synthetic_var("source", iter->type))->var;
        str_add(&args, iterator_of(T, e->iter));
        name->type = type_iter(items_type(e->iter));
        name->var->type = name->type;
        iter = name;
    }
    Vec captured = {0};
    Captures c = {T->func, &captured};
    expr_any(e->lhs, captured_name, &c);
    expr_any(e->cond, captured_name, &c);
    for (int i = 0; i < captured.len; i++) {
        Var *v = VEC_AT(Var *, captured, i);
        synthetic_param(g, v);
        str_printf(&args, "%s%s", args.len ? ", " : "", v->cname);
    }
    comp_locals(g, e->target);
    Stmt *loop = arena_alloc(sizeof *loop), *yield = arena_alloc(sizeof *yield);
    *loop = (Stmt){.kind = ST_FOR, .loc = e->loc, .target = e->target, .value = iter};
    *yield = (Stmt){.kind = ST_YIELD, .loc = e->loc, .value = e->lhs};
    Stmt *inner = yield;
    if (e->cond) {
        inner = arena_alloc(sizeof *inner);
        *inner = (Stmt){.kind = ST_IF, .loc = e->loc, .value = e->cond};
        vec_push(&inner->body, yield);
    }
    vec_push(&loop->body, inner);
    vec_push(&g->body, loop);
    vec_push(&T->pending, g);
    return arena_printf("%s(%s)", g->cname, str_finish(&args));
}

/* The classes below c, in preorder (their class ids ascending). */
static void subtree(const Class *c, Vec *out)
{
    for (int i = 0; i < c->subclasses.len; i++) {
        vec_push(out, VEC_AT(Class *, c->subclasses, i));
        subtree(VEC_AT(Class *, c->subclasses, i), out);
    }
}

/* Class_method_dispatch: calls the implementation of the object's own
 * class (a switch on the class id the constructor stored). */
static void dispatcher(Tr *T, Func *f, Str *decls)
{
    const char *cname = f->cname;
    f->cname = arena_printf("%s_dispatch", cname);
    const char *sig = signature(f);
    f->cname = cname;
    str_printf(decls, "%s;\n", sig);
    const char *self = VEC_AT(Param *, f->params, 0)->var->cname;
    Str args = {0};
    for (int i = 1; i < f->params.len; i++)
        str_printf(&args, ", %s", VEC_AT(Param *, f->params, i)->var->cname);
    const char *rest = str_finish(&args);
    bool none = f->result->type->kind == TY_NONE;
    str_printf(T->out, "/* %s.%s(), dispatched on the object's class */\n%s\n{\n    switch (%s->%s) {\n", f->cls->name,
               f->name, sig, self, class_member(f->cls, class_root(f->cls)->tag));
    Vec below = {0};
    subtree(f->cls, &below);
    for (int i = 0; i < below.len; i++) {
        Class *k = VEC_AT(Class *, below, i);
        Func *impl = class_find_method(k, f->name);
        if (impl == f)
            continue;
        const char *call = arena_printf("%s((%s *)%s%s)", impl->cname, impl->cls->name, self, rest);
        str_printf(T->out, "    case %d: /* %s */\n        %s%s;\n%s", k->class_id, k->name, none ? "" : "return ", call,
                   none ? "        return;\n" : "");
    }
    str_printf(T->out, "    default:\n        %s%s(%s%s);\n%s    }\n}\n\n", none ? "" : "return ", cname, self, rest,
               none ? "        return;\n" : "");
}

/* The runtime's descriptor of each exception class of the module: its
 * name and its base, for raise, except and the uncaught message. */
static void exception_types(Module *m)
{
    for (int i = 0; i < m->classes.len; i++) {
        Class *c = VEC_AT(Class *, m->classes, i);
        if (!class_is_exception(c))
            continue;
        str_printf(&m->helpers, "/* %s:%d: class %s, an exception */\nstatic const slot_exc_type %s_exc_type = {\"%s\", NULL, %s, NULL};\n\n",
                   m->src->path, c->loc.line, c->name, c->name, c->name, exc_type_ref(class_parent(c)));
    }
}

char *translate_module(Module *m, Str *decls)
{
    Str out = {0};
    Tr T = {.m = m, .out = &out, .loop_qual = ""};
    exception_types(m);
    if (m->globals.len) { /* the module's globals, set by Module_globals_init() before main() */
        for (int i = 0; i < m->init->locals.len; i++) {
            Var *v = VEC_AT(Var *, m->init->locals, i);
            str_printf(&out, "static %s = %s;\n", decl(v->type, v->cname), zero(v->type));
        }
        str_add(&out, "\n");
        translate_function(&T, m->init, decls);
    }
    for (int i = 0; i < m->classes.len; i++) {
        Class *c = VEC_AT(Class *, m->classes, i);
        for (int j = 0; j < c->methods.len; j++) {
            Func *f = VEC_AT(Func *, c->methods, j);
            Prop *p = f->kind == FN_GETTER ? class_find_prop(c, f->name) : NULL;
            if (p && p->cache)
                cached_getter(&T, f, p, decls);
            else
                translate_function(&T, f, decls);
            if (f->kind == FN_PLAIN && f != c->init && class_overridden_below(c, f->name))
                dispatcher(&T, f, decls);
        }
    }
    for (int i = 0; i < m->funcs.len; i++)
        translate_function(&T, VEC_AT(Func *, m->funcs, i), decls);
    if (m->has_entry)
        translate_function(&T, m->entry, decls);
    return str_finish(&out);
}
