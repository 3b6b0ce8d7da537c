/*
 * lower.c - the concrete tree becomes slotc's AST.
 *
 * Each function below handles one shape of tree-sitter-python's grammar and
 * says which in the comment before it.  Anything outside the subset slotc
 * translates becomes a diagnostic naming the construct and its place; the
 * caller gets NULL (or nothing appended) and lowering goes on, so one run
 * lists every unsupported construct.  Nesting is limited to MAX_DEPTH so
 * that hostile input cannot overflow the stack.
 */
#include "lower.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

enum { MAX_DEPTH = 200 };

typedef struct Lower {
    Module *m;
    const Source *src;
    int depth;
    Func *func; /* the function being lowered (a yield makes it a generator) */
    int tries;    /* try statements around the statement being lowered */
    int handlers; /* except clauses around it (a bare raise re-raises) */
    int loops;    /* loops around it in its function (break and continue) */
    Vec after;    /* of Stmt: what the statement lowered last adds after itself (a = b = c) */
} Lower;

static Expr *lower_expr(Lower *L, TSNode node);
static Expr *lower_target(Lower *L, TSNode node);
static void lower_block(Lower *L, TSNode block, Vec *out);

static Loc loc_of(TSNode node)
{
    TSPoint p = ts_node_start_point(node);
    return (Loc){(int)p.row + 1, (int)p.column + 1};
}

static bool is(TSNode node, const char *type)
{
    return strcmp(ts_node_type(node), type) == 0;
}

static const char *text_of(Lower *L, TSNode node)
{
    uint32_t start = ts_node_start_byte(node), end = ts_node_end_byte(node);
    return arena_strndup(L->src->text + start, end - start);
}

static TSNode field(TSNode node, const char *name)
{
    return ts_node_child_by_field_name(node, name, (uint32_t)strlen(name));
}

static void error_at(Lower *L, TSNode node, const char *format, ...)
    __attribute__((format(printf, 3, 4)));
static void error_at(Lower *L, TSNode node, const char *format, ...)
{
    va_list ap;
    va_start(ap, format);
    diag_vat(L->src, loc_of(node), DIAG_ERROR, format, ap);
    va_end(ap);
}

/* The name of a grammar node as a person says it: "with_statement" ->
 * "'with' statement". */
static const char *construct_name(TSNode node)
{
    static const struct {
        const char *type, *name;
    } names[] = {
        {"with_statement", "'with' statement"},
        {"for_statement", "'for' loop"},
        {"while_statement", "'while' loop"},
        {"if_statement", "'if' statement"},
        {"try_statement", "'try' statement"},
        {"raise_statement", "'raise' statement"},
        {"assert_statement", "'assert' statement"},
        {"global_statement", "'global' statement"},
        {"nonlocal_statement", "'nonlocal' statement"},
        {"delete_statement", "'del' statement"},
        {"match_statement", "'match' statement"},
        {"lambda", "lambda expression"},
        {"yield", "'yield' inside an expression (only 'yield x' and 'yield from x' statements are)"},
        {"await", "'await'"},
        {"dictionary", "dict display"},
        {"set", "set display"},
        {"dictionary_comprehension", "dict comprehension"},
        {"set_comprehension", "set comprehension"},
        {"generator_expression", "generator expression"},
        {"slice", "slice"},
        {"list_splat", "'*' unpacking"},
        {"dictionary_splat", "'**' unpacking"},
        {"named_expression", "assignment expression ':='"},
        {"function_definition", "nested function"},
        {"class_definition", "nested class"},
        {"decorated_definition", "nested decorated definition"},
        {"import_statement", "import inside a function"},
        {"import_from_statement", "import inside a function"},
        {"exec_statement", "'exec' statement"},
        {"print_statement", "Python 2 'print' statement"},
        {"type_alias_statement", "'type' alias statement"},
        {"ellipsis", "'...'"},
        {"boolean_operator", "boolean operator"},
    };
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (strcmp(ts_node_type(node), names[i].type) == 0)
            return names[i].name;
    return arena_printf("'%s'", ts_node_type(node));
}

static void unsupported(Lower *L, TSNode node)
{
    error_at(L, node, "%s is not supported by slotc", construct_name(node));
}

static Expr *new_expr(ExprKind kind, TSNode node)
{
    Expr *e = arena_alloc(sizeof *e);
    e->kind = kind;
    e->loc = loc_of(node);
    e->start = ts_node_start_byte(node);
    e->end = ts_node_end_byte(node);
    return e;
}

static Stmt *new_stmt(StmtKind kind, TSNode node)
{
    Stmt *s = arena_alloc(sizeof *s);
    s->kind = kind;
    s->loc = loc_of(node);
    return s;
}

/* ---- literals ------------------------------------------------------------ */

/* integer -> decimal | 0x.. | 0o.. | 0b.., with underscores */
static Expr *lower_integer(Lower *L, TSNode node)
{
    const char *text = text_of(L, node);
    char digits[128];
    size_t n = 0;
    for (const char *p = text; *p && n + 1 < sizeof digits; p++)
        if (*p != '_')
            digits[n++] = *p;
    digits[n] = '\0';
    char last = n ? digits[n - 1] : 0;
    if (last == 'j' || last == 'J') {
        error_at(L, node, "complex numbers are not supported by slotc");
        return NULL;
    }
    int base = 10;
    const char *start = digits;
    if (n > 1 && digits[0] == '0' && strchr("xXoObB", digits[1])) {
        base = strchr("xX", digits[1]) ? 16 : strchr("oO", digits[1]) ? 8 : 2;
        start += 2;
    }
    errno = 0;
    char *end;
    unsigned long long v = strtoull(start, &end, base);
    if (errno || *end || v > INT64_MAX) {
        error_at(L, node, "integer literal %s does not fit in 64 bits (slotc's int is int64_t)",
                 text);
        return NULL;
    }
    Expr *e = new_expr(EX_INT, node);
    e->ival = (int64_t)v;
    return e;
}

/* float -> digits with '.', 'e' or both */
static Expr *lower_float(Lower *L, TSNode node)
{
    const char *text = text_of(L, node);
    char digits[256];
    size_t n = 0;
    for (const char *p = text; *p && n + 1 < sizeof digits; p++)
        if (*p != '_')
            digits[n++] = *p;
    digits[n] = '\0';
    if (n && (digits[n - 1] == 'j' || digits[n - 1] == 'J')) {
        error_at(L, node, "complex numbers are not supported by slotc");
        return NULL;
    }
    Expr *e = new_expr(EX_FLOAT, node);
    e->fval = strtod(digits, NULL);
    return e;
}

/* Appends code point c as UTF-8. */
static void put_utf8(Str *out, unsigned long c)
{
    char b[4];
    int n;
    if (c < 0x80)
        b[0] = (char)c, n = 1;
    else if (c < 0x800)
        b[0] = (char)(0xc0 | c >> 6), b[1] = (char)(0x80 | (c & 0x3f)), n = 2;
    else if (c < 0x10000)
        b[0] = (char)(0xe0 | c >> 12), b[1] = (char)(0x80 | (c >> 6 & 0x3f)),
        b[2] = (char)(0x80 | (c & 0x3f)), n = 3;
    else
        b[0] = (char)(0xf0 | c >> 18), b[1] = (char)(0x80 | (c >> 12 & 0x3f)),
        b[2] = (char)(0x80 | (c >> 6 & 0x3f)), b[3] = (char)(0x80 | (c & 0x3f)), n = 4;
    str_addn(out, b, (size_t)n);
}

/* One escape after a backslash at p; returns the bytes consumed, or 0 for a
 * form slotc does not decode (\N{...}), which the caller reports. */
static int decode_escape(const char *p, Str *out)
{
    static const char simple[] = "\\\\''\"\"a\ab\bf\fn\nr\rt\tv\v";
    for (const char *s = simple; *s; s += 2)
        if (*p == s[0]) {
            str_addn(out, &s[1], 1);
            return 1;
        }
    if (*p == '\n')
        return 1; /* line continuation */
    int width = *p == 'x' ? 2 : *p == 'u' ? 4 : *p == 'U' ? 8 : 0;
    if (*p >= '0' && *p <= '7') {
        int n = 0, v = 0;
        while (n < 3 && p[n] >= '0' && p[n] <= '7')
            v = v * 8 + (p[n++] - '0');
        put_utf8(out, (unsigned long)v);
        return n;
    }
    if (!width) {
        if (*p == 'N')
            return 0;
        str_addn(out, "\\", 1); /* unknown escapes stay as written */
        str_addn(out, p, 1);
        return 1;
    }
    char hex[9] = {0};
    memcpy(hex, p + 1, (size_t)width);
    unsigned long c = strtoul(hex, NULL, 16);
    if (c > 0x10ffff || (c >= 0xd800 && c < 0xe000))
        return 0;
    put_utf8(out, c);
    return width + 1;
}

/* The literal text of a piece of string content: escapes decoded unless
 * raw, and in an f-string "{{" / "}}" as single braces.  NULL after an
 * error. */
static Expr *string_piece(Lower *L, TSNode node, const char *text, size_t n, bool raw, bool braces)
{
    Str out = {0};
    str_addn(&out, "", 0);
    for (size_t i = 0; i < n; i++) {
        if (braces && (text[i] == '{' || text[i] == '}') && i + 1 < n && text[i + 1] == text[i]) {
            str_addn(&out, &text[i++], 1);
            continue;
        }
        if (text[i] != '\\' || raw) {
            str_addn(&out, &text[i], 1);
            continue;
        }
        int used = i + 1 < n ? decode_escape(&text[i + 1], &out) : 0;
        if (used == 0) {
            error_at(L, node, "this escape sequence is not supported by slotc");
            str_free(&out);
            return NULL;
        }
        i += (size_t)used;
    }
    Expr *e = new_expr(EX_STR, node);
    e->slen = out.len;
    e->sval = str_finish(&out);
    return e;
}

/* interpolation -> '{' expression ('!' conversion)? (':' spec)? '}' */
static Expr *lower_interpolation(Lower *L, TSNode node)
{
    TSNode spec = field(node, "format_specifier");
    const char *format = NULL;
    if (!ts_node_is_null(spec)) {
        format = text_of(L, spec);
        format += *format == ':';
        bool plain = ts_node_named_child_count(spec) == 0;
        for (const char *p = format; plain && *p; p++)
            plain = *p >= 0x20 && *p < 0x7f && *p != '"' && *p != '\\';
        if (!plain) {
            error_at(L, spec, "this f-string format specification (nested fields, quotes, backslashes or non-ASCII "
                              "characters) is not supported by slotc");
            return NULL;
        }
    }
    Expr *e = lower_expr(L, field(node, "expression"));
    if (e)
        e->format = format;
    TSNode conv = field(node, "type_conversion");
    if (e && !ts_node_is_null(conv)) {
        const char *c = text_of(L, conv);
        if (strcmp(c, "!r") != 0 && strcmp(c, "!s") != 0) {
            error_at(L, conv, "the f-string conversion %s is not supported by slotc", c);
            return NULL;
        }
        e->repr = c[1] == 'r';
        e->convert = true;
    }
    return e;
}

/* string with an f prefix -> pieces of text and interpolations */
static Expr *lower_fstring(Lower *L, TSNode node, bool raw)
{
    Expr *f = new_expr(EX_FSTRING, node);
    bool ok = true;
    for (uint32_t i = 0; i < ts_node_named_child_count(node); i++) {
        TSNode c = ts_node_named_child(node, i);
        Expr *part = NULL;
        if (is(c, "string_content"))
            part = string_piece(L, c, L->src->text + ts_node_start_byte(c),
                                ts_node_end_byte(c) - ts_node_start_byte(c), raw, true);
        else if (is(c, "interpolation"))
            part = lower_interpolation(L, c);
        else
            continue; /* string_start, string_end */
        ok = ok && part;
        vec_push(&f->items, part);
    }
    return ok ? f : NULL;
}

/* string -> prefix? quote content quote (prefix: r, u, f; b rejected) */
static Expr *lower_string(Lower *L, TSNode node)
{
    const char *text = text_of(L, node);
    size_t plen = strspn(text, "rRuUbBfF");
    bool raw = memchr(text, 'r', plen) || memchr(text, 'R', plen);
    if (memchr(text, 'b', plen) || memchr(text, 'B', plen)) {
        error_at(L, node, "bytes literals are not supported by slotc");
        return NULL;
    }
    if (memchr(text, 'f', plen) || memchr(text, 'F', plen))
        return lower_fstring(L, node, raw);
    const char *body = text + plen;
    size_t qlen = (strncmp(body, "\"\"\"", 3) == 0 || strncmp(body, "'''", 3) == 0) ? 3 : 1;
    return string_piece(L, node, body + qlen, strlen(body) - 2 * qlen, raw, false);
}

/* concatenated_string -> string string+ ("ab" "cd", "x = " f"{x}"): one
 * literal, or one f-string when any piece is one. */
static Expr *lower_concatenated(Lower *L, TSNode node)
{
    Vec pieces = {0};
    bool formatted = false;
    for (uint32_t i = 0; i < ts_node_named_child_count(node); i++) {
        TSNode c = ts_node_named_child(node, i);
        if (!is(c, "string"))
            continue; /* comments between the pieces */
        Expr *piece = lower_string(L, c);
        if (!piece)
            return NULL;
        formatted = formatted || piece->kind == EX_FSTRING;
        vec_push(&pieces, piece);
    }
    Expr *e = new_expr(formatted ? EX_FSTRING : EX_STR, node);
    Str text = {0};
    str_addn(&text, "", 0);
    for (int i = 0; i < pieces.len; i++) {
        Expr *piece = VEC_AT(Expr *, pieces, i);
        if (formatted && piece->kind == EX_FSTRING)
            for (int j = 0; j < piece->items.len; j++)
                vec_push(&e->items, piece->items.items[j]);
        else if (formatted)
            vec_push(&e->items, piece);
        else
            str_addn(&text, piece->sval, piece->slen);
    }
    e->slen = text.len;
    e->sval = str_finish(&text);
    return e;
}

/* ---- expressions --------------------------------------------------------- */

static Op binary_op(const char *op)
{
    static const struct {
        const char *text;
        Op op;
    } ops[] = {{"+", OP_ADD},     {"-", OP_SUB},      {"*", OP_MUL},  {"/", OP_DIV},
               {"//", OP_FLOORDIV}, {"%", OP_MOD},    {"**", OP_POW}, {"==", OP_EQ},
               {"!=", OP_NE},     {"<", OP_LT},       {"<=", OP_LE},  {">", OP_GT},
               {">=", OP_GE},     {"in", OP_IN},      {"not in", OP_NOT_IN},
               {"is", OP_IS},     {"is not", OP_IS_NOT}, {"+=", OP_ADD}, {"-=", OP_SUB},
               {"*=", OP_MUL},    {"/=", OP_DIV},     {"//=", OP_FLOORDIV},
               {"%=", OP_MOD},    {"**=", OP_POW}, {"|", OP_BITOR},  {"&", OP_BITAND},
               {"^", OP_BITXOR},  {"<<", OP_LSHIFT}, {">>", OP_RSHIFT}, {"|=", OP_BITOR},
               {"&=", OP_BITAND}, {"^=", OP_BITXOR}, {"<<=", OP_LSHIFT}, {">>=", OP_RSHIFT}};
    for (size_t i = 0; i < sizeof ops / sizeof ops[0]; i++)
        if (strcmp(op, ops[i].text) == 0)
            return ops[i].op;
    return (Op)-1;
}

/* binary_operator -> left operator right */
static Expr *lower_binary(Lower *L, TSNode node)
{
    TSNode opnode = field(node, "operator");
    Op op = binary_op(ts_node_type(opnode));
    if ((int)op < 0) {
        error_at(L, opnode, "operator '%s' is not supported by slotc", ts_node_type(opnode));
        return NULL;
    }
    Expr *e = new_expr(EX_BINARY, node);
    e->op = op;
    e->lhs = lower_expr(L, field(node, "left"));
    e->rhs = lower_expr(L, field(node, "right"));
    return e->lhs && e->rhs ? e : NULL;
}

/* unary_operator -> ('-' | '+' | '~') argument */
static Expr *lower_unary(Lower *L, TSNode node)
{
    const char *op = ts_node_type(field(node, "operator"));
    Expr *e = new_expr(EX_UNARY, node);
    e->op = strcmp(op, "-") == 0 ? OP_NEG : strcmp(op, "~") == 0 ? OP_INVERT : OP_POS;
    e->lhs = lower_expr(L, field(node, "argument"));
    return e->lhs ? e : NULL;
}

/* boolean_operator -> left ('and' | 'or') right;  not_operator -> 'not' arg */
static Expr *lower_boolean(Lower *L, TSNode node)
{
    if (is(node, "not_operator")) {
        Expr *e = new_expr(EX_NOT, node);
        e->lhs = lower_expr(L, field(node, "argument"));
        return e->lhs ? e : NULL;
    }
    const char *op = ts_node_type(field(node, "operator"));
    Expr *e = new_expr(strcmp(op, "and") == 0 ? EX_AND : EX_OR, node);
    e->lhs = lower_expr(L, field(node, "left"));
    e->rhs = lower_expr(L, field(node, "right"));
    return e->lhs && e->rhs ? e : NULL;
}

/* comparison_operator -> operand (operator operand)+ */
static Expr *lower_compare(Lower *L, TSNode node)
{
    Expr *e = new_expr(EX_COMPARE, node);
    uint32_t n = ts_node_child_count(node);
    e->ops = arena_alloc(sizeof(Op) * n);
    int nops = 0;
    bool ok = true;
    for (uint32_t i = 0; i < n; i++) {
        TSNode child = ts_node_child(node, i);
        if (ts_node_is_named(child)) {
            Expr *operand = lower_expr(L, child);
            ok = ok && operand;
            vec_push(&e->items, operand);
        } else if (!is(child, "comment")) {
            Op op = binary_op(ts_node_type(child));
            if ((int)op < 0) {
                error_at(L, child, "operator '%s' is not supported by slotc",
                         ts_node_type(child));
                ok = false;
            }
            e->ops[nops++] = op;
        }
    }
    return ok ? e : NULL;
}

/* Calls that exist to change a program's shape at run time. */
static bool is_dynamic_builtin(const char *name)
{
    static const char *names[] = {"exec",  "eval",    "compile", "setattr",    "getattr",
                                  "delattr", "globals", "locals", "vars", "__import__"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (strcmp(name, names[i]) == 0)
            return true;
    return false;
}

/* argument_list -> '(' (expression | keyword_argument)* ')', or a lone
 * generator_expression: sum(x for x in xs) */
static bool lower_arguments(Lower *L, TSNode args, Expr *call)
{
    bool ok = true;
    if (is(args, "generator_expression")) {
        Expr *gen = lower_expr(L, args);
        vec_push(&call->items, gen);
        return gen != NULL;
    }
    if (!is(args, "argument_list")) {
        unsupported(L, args);
        return false;
    }
    for (uint32_t i = 0; i < ts_node_named_child_count(args); i++) {
        TSNode arg = ts_node_named_child(args, i);
        if (is(arg, "comment"))
            continue;
        if (is(arg, "keyword_argument")) {
            Keyword *k = arena_alloc(sizeof *k);
            k->name = text_of(L, field(arg, "name"));
            k->loc = loc_of(arg);
            k->value = lower_expr(L, field(arg, "value"));
            ok = ok && k->value;
            vec_push(&call->keywords, k);
            continue;
        }
        Expr *value = lower_expr(L, arg);
        ok = ok && value;
        vec_push(&call->items, value);
    }
    return ok;
}

/* call -> function argument_list */
static Expr *lower_call(Lower *L, TSNode node)
{
    TSNode fn = field(node, "function");
    if (is(fn, "identifier") && is_dynamic_builtin(text_of(L, fn))) {
        error_at(L, fn,
                 "'%s()' is not supported by slotc: it changes the program at run time, "
                 "and slotc fixes every class's attributes and code at compile time",
                 text_of(L, fn));
        return NULL;
    }
    Expr *e = new_expr(EX_CALL, node);
    e->lhs = lower_expr(L, fn);
    bool ok = lower_arguments(L, field(node, "arguments"), e);
    return e->lhs && ok ? e : NULL;
}

/* attribute -> object '.' identifier */
static Expr *lower_attribute(Lower *L, TSNode node)
{
    Expr *e = new_expr(EX_ATTR, node);
    e->lhs = lower_expr(L, field(node, "object"));
    e->name = text_of(L, field(node, "attribute"));
    return e->lhs ? e : NULL;
}

/* subscript -> value '[' expression ']'  (one index, no slices yet) */
/* slice -> expression? ':' expression? (':' expression?)?: the parts by
 * where they stand between the colons */
static Expr *lower_slice(Lower *L, TSNode node)
{
    Expr *e = new_expr(EX_SLICE, node);
    Expr **parts[3] = {&e->lhs, &e->rhs, &e->cond};
    int colons = 0;
    for (uint32_t i = 0; i < ts_node_child_count(node); i++) {
        TSNode c = ts_node_child(node, i);
        if (!ts_node_is_named(c)) {
            colons += strcmp(ts_node_type(c), ":") == 0;
            continue;
        }
        if (is(c, "comment") || colons > 2)
            continue;
        if (!(*parts[colons] = lower_expr(L, c)))
            return NULL;
    }
    return e;
}

/* subscript -> value '[' index (',' index)* ']': several indices are one
 * tuple, as in Python (m[i, j] is m[(i, j)]) */
static Expr *lower_subscript(Lower *L, TSNode node)
{
    Expr *e = new_expr(EX_INDEX, node);
    e->lhs = lower_expr(L, field(node, "value"));
    Expr *tuple = new_expr(EX_TUPLE, node);
    for (uint32_t i = 1; i < ts_node_named_child_count(node); i++) {
        TSNode index = ts_node_named_child(node, i);
        if (is(index, "comment"))
            continue;
        if (is(index, "slice") && ts_node_named_child_count(node) > 2) {
            error_at(L, index, "a slice among several indices is not supported by slotc");
            return NULL;
        }
        Expr *x = is(index, "slice") ? lower_slice(L, index) : lower_expr(L, index);
        if (!x)
            return NULL;
        vec_push(&tuple->items, x);
    }
    e->rhs = tuple->items.len == 1 ? VEC_AT(Expr *, tuple->items, 0) : tuple;
    return e->lhs && e->rhs ? e : NULL;
}

/* list -> '[' items ']';  tuple / expression_list -> items with commas */
static Expr *lower_sequence(Lower *L, TSNode node, ExprKind kind)
{
    Expr *e = new_expr(kind, node);
    bool ok = true;
    for (uint32_t i = 0; i < ts_node_named_child_count(node); i++) {
        TSNode item = ts_node_named_child(node, i);
        if (is(item, "comment"))
            continue;
        Expr *x = lower_expr(L, item);
        ok = ok && x;
        vec_push(&e->items, x);
    }
    return ok ? e : NULL;
}

/* list_comprehension -> '[' body (for_in_clause | if_clause)+ ']', and the
 * same for generator expressions, dict and set comprehensions.  With several
 * for clauses, each but the last becomes a clause node (EX_GENEXP, clause)
 * that is the iter of the next: [e for a in A for b in B] is e over b in
 * (B, a clause over a in A). */
static Expr *lower_listcomp(Lower *L, TSNode node)
{
    Expr *e = new_expr(is(node, "generator_expression")         ? EX_GENEXP
                       : is(node, "dictionary_comprehension") ? EX_DICTCOMP
                       : is(node, "set_comprehension")        ? EX_SETCOMP
                                                              : EX_LISTCOMP,
                       node);
    for (uint32_t i = 0; i < ts_node_named_child_count(node); i++) {
        TSNode c = ts_node_named_child(node, i);
        if (is(c, "for_in_clause")) {
            if (e->target) {
                Expr *outer = new_expr(EX_GENEXP, c);
                *outer = *e;
                outer->kind = EX_GENEXP;
                outer->clause = true;
                outer->loc = loc_of(c); /* where a diagnostic about the clauses points */
                e->iter = outer;
                e->cond = NULL;
            }
            Expr *iter = lower_expr(L, field(c, "right"));
            e->target = lower_target(L, field(c, "left"));
            if (!e->target || !iter)
                return NULL;
            if (e->iter)
                e->iter->lhs = iter;
            else
                e->iter = iter;
        } else if (is(c, "if_clause")) {
            /* several 'if' clauses filter like one joined by 'and' */
            Expr *cond = lower_expr(L, ts_node_named_child(c, 0));
            if (!cond)
                return NULL;
            if (e->cond) {
                Expr *both = new_expr(EX_AND, c);
                both->lhs = e->cond;
                both->rhs = cond;
                cond = both;
            }
            e->cond = cond;
        }
    }
    TSNode body = field(node, "body");
    if (e->kind == EX_DICTCOMP && is(body, "pair")) {
        e->lhs = lower_expr(L, field(body, "key"));
        e->rhs = lower_expr(L, field(body, "value"));
        return e->lhs && e->rhs && e->target && e->iter ? e : NULL;
    }
    e->lhs = lower_expr(L, body);
    return e->lhs && e->target && e->iter ? e : NULL;
}

/* dictionary -> '{' (pair | dictionary_splat)* '}': items alternate keys
 * and values;  set -> '{' expression+ '}' */
static Expr *lower_braces(Lower *L, TSNode node)
{
    bool dict = is(node, "dictionary");
    Expr *e = new_expr(dict ? EX_DICT : EX_SET, node);
    bool ok = true;
    for (uint32_t i = 0; i < ts_node_named_child_count(node); i++) {
        TSNode c = ts_node_named_child(node, i);
        if (is(c, "comment"))
            continue;
        if (dict && !is(c, "pair")) {
            unsupported(L, c);
            return NULL;
        }
        Expr *k = lower_expr(L, dict ? field(c, "key") : c);
        Expr *v = dict ? lower_expr(L, field(c, "value")) : NULL;
        ok = ok && k && (!dict || v);
        vec_push(&e->items, k);
        if (dict)
            vec_push(&e->items, v);
    }
    return ok ? e : NULL;
}

/* lambda -> 'lambda' lambda_parameters? ':' body, with one plain parameter
 * (name) or none (name NULL) */
static Expr *lower_lambda(Lower *L, TSNode node)
{
    TSNode params = field(node, "parameters");
    if (!ts_node_is_null(params) && (ts_node_named_child_count(params) != 1 ||
                                     !is(ts_node_named_child(params, 0), "identifier"))) {
        error_at(L, node, "a lambda with more than one parameter, or a parameter other than a plain name, is not "
                          "supported by slotc");
        return NULL;
    }
    Expr *e = new_expr(EX_LAMBDA, node);
    e->name = ts_node_is_null(params) ? NULL : text_of(L, ts_node_named_child(params, 0));
    e->lhs = lower_expr(L, field(node, "body"));
    return e->lhs ? e : NULL;
}

/* conditional_expression -> then 'if' cond 'else' other */
static Expr *lower_ifexp(Lower *L, TSNode node)
{
    Expr *e = new_expr(EX_IFEXP, node);
    e->lhs = lower_expr(L, ts_node_named_child(node, 0));
    e->cond = lower_expr(L, ts_node_named_child(node, 1));
    e->rhs = lower_expr(L, ts_node_named_child(node, 2));
    return e->lhs && e->cond && e->rhs ? e : NULL;
}

/* generic_type -> identifier type_parameter;  type_parameter -> '[' type
 * (',' type)* ']'.  An annotation such as list[int] or tuple[str, ...]
 * becomes an index expression; '...' becomes the name "...". */
static Expr *lower_generic(Lower *L, TSNode node)
{
    Expr *e = new_expr(EX_INDEX, node);
    e->lhs = lower_expr(L, ts_node_named_child(node, 0));
    TSNode params = ts_node_named_child(node, 1);
    Expr *items = new_expr(EX_TUPLE, params);
    for (uint32_t i = 0; i < ts_node_named_child_count(params); i++) {
        TSNode t = ts_node_named_child(params, i);
        TSNode inner = is(t, "type") ? ts_node_named_child(t, 0) : t;
        Expr *x = NULL;
        if (!ts_node_is_null(inner) && is(inner, "ellipsis")) {
            x = new_expr(EX_NAME, inner);
            x->name = "...";
        } else {
            x = lower_expr(L, t);
        }
        if (!x)
            return NULL;
        vec_push(&items->items, x);
    }
    e->rhs = items->items.len == 1 ? VEC_AT(Expr *, items->items, 0) : items;
    return e->lhs ? e : NULL;
}

static Expr *lower_expr_kind(Lower *L, TSNode node)
{
    if (is(node, "identifier")) {
        Expr *e = new_expr(EX_NAME, node);
        e->name = text_of(L, node);
        return e;
    }
    if (is(node, "integer"))
        return lower_integer(L, node);
    if (is(node, "float"))
        return lower_float(L, node);
    if (is(node, "string"))
        return lower_string(L, node);
    if (is(node, "concatenated_string"))
        return lower_concatenated(L, node);
    if (is(node, "true") || is(node, "false") || is(node, "none"))
        return new_expr(is(node, "true") ? EX_TRUE : is(node, "false") ? EX_FALSE : EX_NONE, node);
    if (is(node, "parenthesized_expression"))
        return lower_expr(L, ts_node_named_child(node, 0));
    if (is(node, "binary_operator"))
        return lower_binary(L, node);
    if (is(node, "unary_operator"))
        return lower_unary(L, node);
    if (is(node, "boolean_operator") || is(node, "not_operator"))
        return lower_boolean(L, node);
    if (is(node, "comparison_operator"))
        return lower_compare(L, node);
    if (is(node, "call"))
        return lower_call(L, node);
    if (is(node, "attribute"))
        return lower_attribute(L, node);
    if (is(node, "subscript"))
        return lower_subscript(L, node);
    if (is(node, "list") || is(node, "list_pattern"))
        return lower_sequence(L, node, EX_LIST);
    if (is(node, "tuple") || is(node, "expression_list") || is(node, "pattern_list") ||
        is(node, "tuple_pattern"))
        return lower_sequence(L, node, EX_TUPLE);
    if (is(node, "list_comprehension") || is(node, "generator_expression") || is(node, "dictionary_comprehension") ||
        is(node, "set_comprehension"))
        return lower_listcomp(L, node);
    if (is(node, "conditional_expression"))
        return lower_ifexp(L, node);
    if (is(node, "dictionary") || is(node, "set"))
        return lower_braces(L, node);
    if (is(node, "lambda"))
        return lower_lambda(L, node);
    if (is(node, "type"))
        return lower_expr(L, ts_node_named_child(node, 0));
    if (is(node, "generic_type"))
        return lower_generic(L, node);
    unsupported(L, node);
    return NULL;
}

static Expr *lower_expr(Lower *L, TSNode node)
{
    if (ts_node_is_null(node))
        return NULL;
    if (L->depth >= MAX_DEPTH) {
        error_at(L, node, "expression nested more than %d levels deep", MAX_DEPTH);
        return NULL;
    }
    L->depth++;
    Expr *e = lower_expr_kind(L, node);
    L->depth--;
    return e;
}

/* ---- statements ---------------------------------------------------------- */

static void target_names(Expr *t, Vec *names)
{
    if (t->kind == EX_NAME)
        vec_push(names, t);
    for (int i = 0; (t->kind == EX_TUPLE || t->kind == EX_LIST) && i < t->items.len; i++)
        target_names(VEC_AT(Expr *, t->items, i), names);
}

/* An assignment or loop target: a name may repeat in an unpacking
 * (`o, _, _ = t`).  The last keeps the name, which holds the last value as
 * in Python; the others get names of their own nobody reads ("_" U+00B7
 * "1", not a name a program writes), so each may have its own type. */
static Expr *lower_target(Lower *L, TSNode node)
{
    Expr *t = lower_expr(L, node);
    Vec names = {0};
    if (t)
        target_names(t, &names);
    for (int i = 0; i < names.len; i++)
        for (int j = i + 1; j < names.len; j++)
            if (strcmp(VEC_AT(Expr *, names, i)->name, VEC_AT(Expr *, names, j)->name) == 0) {
                Expr *repeat = VEC_AT(Expr *, names, i);
                repeat->name = arena_printf("%s\xc2\xb7%d", repeat->name, i + 1); /* U+00B7 */
                break;
            }
    return t;
}

static bool names_var(const Expr *e, const void *context)
{
    return e->kind == EX_NAME && strcmp(e->name, context) == 0;
}

/* Whether a name is read or assigned by a target of the chain but i. */
static bool in_other_target(const Vec *targets, int i, const char *name)
{
    for (int j = 0; j < targets->len; j++)
        if (j != i && expr_any(VEC_AT(Expr *, *targets, j), names_var, name))
            return true;
    return false;
}

/* Whether target assigns the name (x, or x in an unpacking). */
static bool assigns_name(const Expr *target, const char *name)
{
    bool found = target->kind == EX_NAME && strcmp(target->name, name) == 0;
    for (int i = 0; (target->kind == EX_TUPLE || target->kind == EX_LIST) && i < target->items.len; i++)
        found = found || assigns_name(VEC_AT(Expr *, target->items, i), name);
    return found;
}

/* The target of a chain a computed value goes to first, to be read back by
 * the others: a name no other target mentions, else an attribute of a name
 * no other target assigns (self.x); -1 when there is neither. */
static int first_target(const Vec *targets)
{
    for (int i = 0; i < targets->len; i++) {
        const Expr *t = VEC_AT(Expr *, *targets, i);
        if (t->kind == EX_NAME && !in_other_target(targets, i, t->name))
            return i;
    }
    for (int i = 0; i < targets->len; i++) {
        const Expr *t = VEC_AT(Expr *, *targets, i);
        bool assigned = false;
        for (int j = 0; t->kind == EX_ATTR && t->lhs->kind == EX_NAME && j < targets->len; j++)
            assigned = assigned || assigns_name(VEC_AT(Expr *, *targets, j), t->lhs->name);
        if (t->kind == EX_ATTR && t->lhs->kind == EX_NAME && !assigned)
            return i;
    }
    return -1;
}

/* A value the same whether computed once or once per target: a literal, a
 * name, or a tuple of them. */
static bool simple_value(const Expr *e)
{
    const Expr *v = e->kind == EX_UNARY ? e->lhs : e;
    bool items = e->kind == EX_TUPLE;
    for (int i = 0; items && i < e->items.len; i++)
        items = simple_value(VEC_AT(Expr *, e->items, i));
    return items || v->kind == EX_INT || v->kind == EX_FLOAT || v->kind == EX_STR || v->kind == EX_TRUE ||
           v->kind == EX_FALSE || v->kind == EX_NONE || e->kind == EX_NAME;
}

static Stmt *assign(TSNode node, Expr *target, Expr *value)
{
    Stmt *s = new_stmt(ST_ASSIGN, node);
    s->target = target;
    s->value = arena_alloc(sizeof *value);
    *s->value = *value;
    return s;
}

/* a = b = value: the value is computed once and assigned to the targets
 * from left to right.  A literal or a name is assigned to each in turn;
 * anything else goes to a name target first (one no other target reads),
 * which the others then read: `self.x = x = f()` is `x = f(); self.x = x`.
 * The first statement is returned, the others left in L->after. */
static Stmt *lower_chain(Lower *L, TSNode statement)
{
    Vec targets = {0};
    TSNode node = statement;
    for (; !ts_node_is_null(field(node, "right")) && is(field(node, "right"), "assignment"); node = field(node, "right"))
        vec_push(&targets, lower_target(L, field(node, "left")));
    vec_push(&targets, lower_target(L, field(node, "left")));
    Expr *value = ts_node_is_null(field(node, "right")) ? NULL : lower_expr(L, field(node, "right"));
    for (int i = 0; i < targets.len; i++)
        if (!VEC_AT(Expr *, targets, i))
            return NULL;
    if (!ts_node_is_null(field(node, "type"))) {
        error_at(L, statement, "invalid syntax: an annotated target in a chained assignment");
        return NULL;
    }
    if (!value && ts_node_is_null(field(node, "right")))
        error_at(L, statement, "invalid syntax: a chained assignment without a value");
    if (!value)
        return NULL; /* lower_expr reported why */
    bool simple = simple_value(value);
    int first = simple ? -1 : first_target(&targets);
    if (!simple && first < 0) {
        error_at(L, statement, "chained assignment of a computed value to targets none of which is a name or "
                               "an attribute is not supported by slotc (assign it to a name first)");
        return NULL;
    }
    Stmt *head = assign(node, VEC_AT(Expr *, targets, first < 0 ? 0 : first), value);
    for (int i = 0; i < targets.len; i++) {
        Expr *t = VEC_AT(Expr *, targets, i);
        if (i != (first < 0 ? 0 : first))
            vec_push(&L->after, assign(node, t, simple ? value : head->target));
    }
    return head;
}

/* The statements the last one lowered left to follow it, taken. */
static Vec take_after(Lower *L)
{
    Vec after = L->after;
    L->after = (Vec){0};
    return after;
}

/* assignment -> left '=' right | left ':' type ('=' right)? */
static Stmt *lower_assignment(Lower *L, TSNode node)
{
    TSNode type = field(node, "type"), right = field(node, "right");
    if (!ts_node_is_null(right) && is(right, "assignment"))
        return lower_chain(L, node);
    Stmt *s = new_stmt(ts_node_is_null(type) ? ST_ASSIGN : ST_ANNASSIGN, node);
    s->target = lower_target(L, field(node, "left"));
    if (!ts_node_is_null(type) && !(s->annotation = lower_expr(L, type)))
        return NULL;
    if (!ts_node_is_null(right) && !(s->value = lower_expr(L, right)))
        return NULL;
    return s->target ? s : NULL;
}

/* augmented_assignment -> left ('+=' | '-=' | ...) right */
static Stmt *lower_augmented(Lower *L, TSNode node)
{
    TSNode opnode = field(node, "operator");
    Op op = binary_op(ts_node_type(opnode));
    if ((int)op < 0) {
        error_at(L, opnode, "operator '%s' is not supported by slotc", ts_node_type(opnode));
        return NULL;
    }
    Stmt *s = new_stmt(ST_AUGASSIGN, node);
    s->op = op;
    s->target = lower_expr(L, field(node, "left"));
    s->value = lower_expr(L, field(node, "right"));
    return s->target && s->value ? s : NULL;
}

/* yield -> 'yield' expression? | 'yield' 'from' expression: a statement of
 * a generator function (a yield inside an expression is rejected). */
static Stmt *lower_yield(Lower *L, TSNode node)
{
    bool from = ts_node_child_count(node) > 1 && is(ts_node_child(node, 1), "from");
    if (!L->func) {
        error_at(L, node, "'yield' outside a function");
        return NULL;
    }
    if (ts_node_named_child_count(node) == 0) {
        error_at(L, node, "a bare 'yield' (yielding None) is not supported by slotc");
        return NULL;
    }
    if (L->tries) {
        error_at(L, node, "'yield' inside a 'try' statement is not supported by slotc");
        return NULL;
    }
    L->func->generator = true;
    Stmt *s = new_stmt(from ? ST_YIELD_FROM : ST_YIELD, node);
    s->value = lower_expr(L, ts_node_named_child(node, 0));
    return s->value ? s : NULL;
}

/* expression_statement -> expression | assignment | augmented_assignment */
static Stmt *lower_expression_statement(Lower *L, TSNode node)
{
    TSNode inner = ts_node_named_child(node, 0);
    if (ts_node_named_child_count(node) > 1) {
        unsupported(L, node);
        return NULL;
    }
    if (is(inner, "assignment"))
        return lower_assignment(L, inner);
    if (is(inner, "augmented_assignment"))
        return lower_augmented(L, inner);
    if (is(inner, "yield"))
        return lower_yield(L, inner);
    Stmt *s = new_stmt(ST_EXPR, node);
    s->value = lower_expr(L, inner);
    return s->value ? s : NULL;
}

/* if_statement -> 'if' condition ':' block (elif_clause)* else_clause? */
static Stmt *lower_if(Lower *L, TSNode node)
{
    Stmt *s = new_stmt(ST_IF, node);
    s->value = lower_expr(L, field(node, "condition"));
    lower_block(L, field(node, "consequence"), &s->body);
    Stmt *tail = s;
    for (uint32_t i = 0; i < ts_node_named_child_count(node); i++) {
        TSNode c = ts_node_named_child(node, i);
        if (is(c, "elif_clause")) {
            Stmt *elif = new_stmt(ST_IF, c);
            elif->value = lower_expr(L, field(c, "condition"));
            lower_block(L, field(c, "consequence"), &elif->body);
            vec_push(&tail->orelse, elif);
            tail = elif;
        } else if (is(c, "else_clause")) {
            lower_block(L, field(c, "body"), &tail->orelse);
        }
    }
    return s->value ? s : NULL;
}

/* while_statement -> 'while' condition ':' block else_clause?;
 * for_statement -> 'for' left 'in' right ':' block else_clause?.  The else
 * block (in orelse) runs when the loop ends without a break; a break in it
 * leaves the loop around this one. */
static Stmt *lower_loop(Lower *L, TSNode node)
{
    bool is_for = is(node, "for_statement");
    Stmt *s = new_stmt(is_for ? ST_FOR : ST_WHILE, node);
    if (is_for) {
        s->target = lower_target(L, field(node, "left"));
        s->value = lower_expr(L, field(node, "right"));
    } else {
        s->value = lower_expr(L, field(node, "condition"));
    }
    L->loops++;
    lower_block(L, field(node, "body"), &s->body);
    L->loops--;
    TSNode alt = field(node, "alternative");
    if (!ts_node_is_null(alt))
        lower_block(L, field(alt, "body"), &s->orelse);
    return s->value && (!is_for || s->target) ? s : NULL;
}

/* __eq__, __ne__ and the orderings: the comparison methods of a class. */
static bool comparison_method(const Func *f)
{
    static const char *names[] = {"__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"};
    for (size_t i = 0; f && f->cls && f->params.len == 2 && i < sizeof names / sizeof names[0]; i++)
        if (strcmp(f->name, names[i]) == 0)
            return true;
    return false;
}

/* `return NotImplemented` in a comparison method: what CPython does then,
 * the other operand's method having nothing to say either (slotc compares
 * only objects of one class): == and != fall back to identity, an ordering
 * raises TypeError. */
static Stmt *not_implemented(Lower *L, TSNode node)
{
    const Func *f = L->func;
    const char *self = VEC_AT(Param *, f->params, 0)->name, *other = VEC_AT(Param *, f->params, 1)->name;
    bool eq = strcmp(f->name, "__eq__") == 0, ne = strcmp(f->name, "__ne__") == 0;
    Stmt *s = new_stmt(eq || ne ? ST_RETURN : ST_RAISE, node);
    if (eq || ne) {
        Expr *e = s->value = new_expr(EX_COMPARE, node);
        e->ops = arena_alloc(sizeof *e->ops);
        e->ops[0] = eq ? OP_IS : OP_IS_NOT;
        const char *names[] = {self, other};
        for (int i = 0; i < 2; i++) {
            Expr *n = new_expr(EX_NAME, node);
            n->name = names[i];
            vec_push(&e->items, n);
        }
        return s;
    }
    static const char *symbols[][2] = {{"__lt__", "<"}, {"__le__", "<="}, {"__gt__", ">"}, {"__ge__", ">="}};
    const char *symbol = "";
    for (size_t i = 0; i < sizeof symbols / sizeof symbols[0]; i++)
        if (strcmp(f->name, symbols[i][0]) == 0)
            symbol = symbols[i][1];
    s->value = new_expr(EX_CALL, node);
    s->value->lhs = new_expr(EX_NAME, node);
    s->value->lhs->name = "TypeError";
    Expr *message = new_expr(EX_STR, node);
    message->sval = arena_printf("'%s' not supported between instances of '%s' and '%s'", symbol, f->cls->name,
                                 f->cls->name);
    message->slen = strlen(message->sval);
    vec_push(&s->value->items, message);
    return s;
}

/* return_statement -> 'return' expression? */
static Stmt *lower_return(Lower *L, TSNode node)
{
    if (!L->func) {
        error_at(L, node, "'return' outside function");
        return NULL;
    }
    Stmt *s = new_stmt(ST_RETURN, node);
    if (ts_node_named_child_count(node) == 0)
        return s;
    TSNode value = ts_node_named_child(node, 0);
    if (comparison_method(L->func) && is(value, "identifier") && strcmp(text_of(L, value), "NotImplemented") == 0)
        return not_implemented(L, node);
    s->value = lower_expr(L, ts_node_named_child(node, 0));
    return s->value ? s : NULL;
}

/* with_item -> expression | as_pattern(expression 'as' target): one
 * ST_WITH without its body. */
static Stmt *lower_with_item(Lower *L, TSNode node, TSNode item)
{
    TSNode value = field(item, "value");
    Stmt *s = new_stmt(ST_WITH, node);
    if (is(value, "as_pattern")) {
        TSNode alias = field(value, "alias");
        s->target = lower_expr(L, ts_node_named_child(alias, 0));
        if (!s->target)
            return NULL;
        if (s->target->kind != EX_NAME) {
            error_at(L, alias, "'with ... as' a target other than a name is not supported by slotc");
            return NULL;
        }
        value = ts_node_named_child(value, 0);
    }
    s->value = lower_expr(L, value);
    return s->value ? s : NULL;
}

/* with_statement -> 'with' with_clause ':' block;  with_clause -> with_item
 * (',' with_item)*: `with a, b:` is `with a:` around `with b:`. */
static Stmt *lower_with(Lower *L, TSNode node)
{
    TSNode clause = ts_node_named_child(node, 0);
    Stmt *outer = NULL, *inner = NULL;
    for (uint32_t i = 0; i < ts_node_named_child_count(clause); i++) {
        if (!is(ts_node_named_child(clause, i), "with_item"))
            continue; /* a comment or a line continuation between items */
        Stmt *s = lower_with_item(L, node, ts_node_named_child(clause, i));
        if (!s)
            return NULL;
        if (inner)
            vec_push(&inner->body, s);
        outer = outer ? outer : s;
        inner = s;
    }
    if (outer)
        lower_block(L, field(node, "body"), &inner->body);
    return outer;
}

/* delete_statement -> 'del' expression: one item of a dict or list */
static Stmt *lower_del(Lower *L, TSNode node)
{
    TSNode target = ts_node_named_child(node, 0);
    if (is(target, "expression_list")) {
        error_at(L, node, "'del' of several targets is not supported by slotc");
        return NULL;
    }
    Stmt *s = new_stmt(ST_DEL, node);
    s->target = lower_expr(L, target);
    return s->target ? s : NULL;
}

/* The block of a clause (except, finally), whatever comments precede it. */
static TSNode clause_block(TSNode clause)
{
    for (uint32_t i = 0; i < ts_node_named_child_count(clause); i++)
        if (is(ts_node_named_child(clause, i), "block"))
            return ts_node_named_child(clause, i);
    return (TSNode){0};
}

/* except_clause -> 'except' (value ('as' alias)?)? ':' block, where the
 * grammar gives `E as name` as one as_pattern(E, as_pattern_target(name)) */
static Stmt *lower_except(Lower *L, TSNode node)
{
    Stmt *h = new_stmt(ST_EXCEPT, node);
    TSNode value = field(node, "value"), alias = field(node, "alias");
    bool ok = true;
    if (!ts_node_is_null(value) && is(value, "as_pattern")) {
        TSNode target = field(value, "alias");
        alias = ts_node_is_null(target) ? target : ts_node_named_child(target, 0);
        value = ts_node_named_child(value, 0);
    } else if (!ts_node_is_null(alias)) {
        error_at(L, alias, "'except E, name' is Python 2 syntax; write 'except E as name'");
        ok = false;
        alias = (TSNode){0};
    }
    if (!ts_node_is_null(value))
        ok = (h->value = lower_expr(L, value)) != NULL && ok;
    if (!ts_node_is_null(alias)) {
        if (!is(alias, "identifier")) {
            error_at(L, alias, "'except ... as' a target other than a name is not supported by slotc");
            ok = false;
        } else {
            h->target = lower_expr(L, alias);
        }
    }
    L->handlers++;
    lower_block(L, clause_block(node), &h->body);
    L->handlers--;
    return ok ? h : NULL;
}

/* try_statement -> 'try' ':' block except_clause* else_clause?
 * finally_clause?  (except* groups are rejected) */
static Stmt *lower_try(Lower *L, TSNode node)
{
    Stmt *s = new_stmt(ST_TRY, node);
    bool ok = true;
    L->tries++;
    lower_block(L, field(node, "body"), &s->body);
    for (uint32_t i = 0; i < ts_node_named_child_count(node); i++) {
        TSNode c = ts_node_named_child(node, i);
        if (is(c, "except_clause")) {
            Stmt *h = lower_except(L, c);
            ok = ok && h;
            if (h)
                vec_push(&s->handlers, h);
        } else if (is(c, "except_group_clause")) {
            error_at(L, c, "'except*' (exception groups) is not supported by slotc");
            ok = false;
        } else if (is(c, "else_clause")) {
            lower_block(L, field(c, "body"), &s->orelse);
        } else if (is(c, "finally_clause")) {
            lower_block(L, clause_block(c), &s->final);
        }
    }
    L->tries--;
    return ok ? s : NULL;
}

/* raise_statement -> 'raise' (expression ('from' cause)?)? */
static Stmt *lower_raise(Lower *L, TSNode node)
{
    Stmt *s = new_stmt(ST_RAISE, node);
    TSNode cause = field(node, "cause"), value = {0};
    for (uint32_t i = 0; i < ts_node_named_child_count(node) && ts_node_is_null(value); i++) {
        TSNode c = ts_node_named_child(node, i);
        if (!is(c, "comment") && (ts_node_is_null(cause) || !ts_node_eq(c, cause)))
            value = c;
    }
    if (ts_node_is_null(value)) {
        if (!L->handlers) {
            error_at(L, node, "a bare 'raise' outside an 'except' clause is not supported by slotc");
            return NULL;
        }
        return s;
    }
    if (is(value, "expression_list")) {
        unsupported(L, value);
        return NULL;
    }
    s->value = lower_expr(L, value);
    if (!ts_node_is_null(cause) && !(s->cause = lower_expr(L, cause)))
        return NULL;
    return s->value ? s : NULL;
}

/* assert_statement -> 'assert' test (',' message)?, which is
 * `if not test: raise AssertionError(message)` */
static Stmt *lower_assert(Lower *L, TSNode node)
{
    TSNode test = ts_node_named_child(node, 0);
    Stmt *s = new_stmt(ST_IF, node);
    s->value = new_expr(EX_NOT, test);
    s->value->lhs = lower_expr(L, test);
    Stmt *raise = new_stmt(ST_RAISE, node);
    raise->value = new_expr(EX_CALL, node);
    raise->value->lhs = new_expr(EX_NAME, node);
    raise->value->lhs->name = "AssertionError";
    bool ok = s->value->lhs != NULL;
    if (ts_node_named_child_count(node) > 1) {
        Expr *message = lower_expr(L, ts_node_named_child(node, 1));
        ok = ok && message;
        vec_push(&raise->value->items, message);
    }
    vec_push(&s->body, raise);
    return ok ? s : NULL;
}

/* global_statement -> 'global' identifier (',' identifier)*: the names
 * the function assigns as module globals. */
static Stmt *lower_global(Lower *L, TSNode node)
{
    for (uint32_t i = 0; L->func && i < ts_node_named_child_count(node); i++)
        vec_push(&L->func->globals, (void *)text_of(L, ts_node_named_child(node, i)));
    return NULL;
}

static Stmt *lower_stmt(Lower *L, TSNode node)
{
    if (is(node, "with_statement"))
        return lower_with(L, node);
    if (is(node, "global_statement"))
        return lower_global(L, node);
    if (is(node, "delete_statement"))
        return lower_del(L, node);
    if (is(node, "try_statement"))
        return lower_try(L, node);
    if (is(node, "raise_statement"))
        return lower_raise(L, node);
    if (is(node, "assert_statement"))
        return lower_assert(L, node);
    if (is(node, "expression_statement"))
        return lower_expression_statement(L, node);
    if (is(node, "if_statement"))
        return lower_if(L, node);
    if (is(node, "while_statement") || is(node, "for_statement"))
        return lower_loop(L, node);
    if (is(node, "return_statement"))
        return lower_return(L, node);
    if (is(node, "pass_statement"))
        return new_stmt(ST_PASS, node);
    if ((is(node, "break_statement") || is(node, "continue_statement")) && !L->loops) {
        error_at(L, node, is(node, "break_statement") ? "'break' outside loop" : "'continue' not properly in loop");
        return NULL;
    }
    if (is(node, "break_statement"))
        return new_stmt(ST_BREAK, node);
    if (is(node, "continue_statement"))
        return new_stmt(ST_CONTINUE, node);
    unsupported(L, node);
    return NULL;
}

/* block -> statement+ ; comments are skipped */
static void lower_block(Lower *L, TSNode block, Vec *out)
{
    if (ts_node_is_null(block))
        return;
    if (L->depth >= MAX_DEPTH) {
        error_at(L, block, "blocks nested more than %d levels deep", MAX_DEPTH);
        return;
    }
    L->depth++;
    for (uint32_t i = 0; i < ts_node_named_child_count(block); i++) {
        TSNode c = ts_node_named_child(block, i);
        if (is(c, "comment"))
            continue;
        Stmt *s = lower_stmt(L, c);
        Vec after = take_after(L);
        if (s)
            vec_push(out, s);
        for (int k = 0; k < after.len; k++)
            vec_push(out, after.items[k]);
    }
    L->depth--;
}

/* ---- definitions --------------------------------------------------------- */

/* One parameter: identifier | typed_parameter | default_parameter |
 * typed_default_parameter.  *args, **kwargs, '/' and '*' are rejected. */
static Param *lower_param(Lower *L, TSNode p)
{
    Param *param = arena_alloc(sizeof *param);
    param->loc = loc_of(p);
    if (is(p, "identifier")) {
        param->name = text_of(L, p);
        return param;
    }
    if (is(p, "typed_parameter")) {
        TSNode name = ts_node_named_child(p, 0);
        if (!is(name, "identifier")) {
            unsupported(L, name);
            return NULL;
        }
        param->name = text_of(L, name);
        param->annotation = lower_expr(L, field(p, "type"));
        return param->annotation ? param : NULL;
    }
    if (is(p, "default_parameter") || is(p, "typed_default_parameter")) {
        param->name = text_of(L, field(p, "name"));
        if (is(p, "typed_default_parameter") && !(param->annotation = lower_expr(L, field(p, "type"))))
            return NULL;
        param->default_value = lower_expr(L, field(p, "value"));
        return param->default_value ? param : NULL;
    }
    error_at(L, p, "%s parameters are not supported by slotc",
             is(p, "list_splat_pattern") ? "'*args'"
             : is(p, "dictionary_splat_pattern") ? "'**kwargs'"
                                                 : construct_name(p));
    return NULL;
}

/* function_definition -> 'def' name parameters ('->' type)? ':' block */
static Func *lower_function(Lower *L, TSNode node, Vec *decorators, Class *cls)
{
    Func *f = arena_alloc(sizeof *f);
    f->name = text_of(L, field(node, "name"));
    f->loc = loc_of(node);
    f->cls = cls;
    if (decorators)
        f->decorators = *decorators;
    for (uint32_t i = 0; i < ts_node_child_count(node); i++)
        if (is(ts_node_child(node, i), "async")) {
            error_at(L, node, "'async def' is not supported by slotc");
            return NULL;
        }
    TSNode params = field(node, "parameters");
    for (uint32_t i = 0; i < ts_node_named_child_count(params); i++) {
        TSNode p = ts_node_named_child(params, i);
        if (is(p, "comment"))
            continue;
        Param *param = lower_param(L, p);
        if (param)
            vec_push(&f->params, param);
    }
    TSNode ret = field(node, "return_type");
    if (!ts_node_is_null(ret))
        f->returns = lower_expr(L, ret);
    Param *other = comparison_method(f) ? VEC_AT(Param *, f->params, 1) : NULL;
    if (other && other->annotation && other->annotation->kind == EX_NAME &&
        strcmp(other->annotation->name, "object") == 0)
        other->annotation->name = cls->name; /* __eq__(self, other: object): slotc compares one class */
    Func *outer = L->func;
    int loops = L->loops;
    L->func = f;
    L->loops = 0;
    lower_block(L, field(node, "body"), &f->body);
    L->func = outer;
    L->loops = loops;
    return f;
}

static bool is_docstring(TSNode stmt)
{
    if (!is(stmt, "expression_statement") || ts_node_named_child_count(stmt) != 1)
        return false;
    TSNode e = ts_node_named_child(stmt, 0);
    return is(e, "string") || is(e, "concatenated_string");
}

/* decorator -> '@' expression */
static void lower_decorators(Lower *L, TSNode node, Vec *out)
{
    for (uint32_t i = 0; i < ts_node_named_child_count(node); i++) {
        TSNode d = ts_node_named_child(node, i);
        if (!is(d, "decorator"))
            continue;
        Expr *e = lower_expr(L, ts_node_named_child(d, 0));
        if (e)
            vec_push(out, e);
    }
}

/* NAME = value in a class body (but __slots__): a class attribute. */
static bool is_class_attribute(const Stmt *s)
{
    return s->kind == ST_ASSIGN && s->target->kind == EX_NAME && strcmp(s->target->name, "__slots__") != 0;
}

/* Renames a bare name of an earlier attribute of the class (context) to
 * the attribute's global, "Class.NAME": inside a class body the class's
 * names come first. */
static bool rename_attribute(const Expr *e, const void *context)
{
    const Class *c = context;
    for (int i = 0; e->kind == EX_NAME && i < c->attrs.len; i++) {
        const char *name = VEC_AT(Stmt *, c->attrs, i)->target->name;
        if (strcmp(strchr(name, '.') + 1, e->name) == 0)
            ((Expr *)e)->name = name;
    }
    return false;
}

/* A class attribute becomes the module global "Class.NAME", assigned where
 * the class is defined (so in source order with the other globals). */
static void class_attribute(Lower *L, Class *c, Stmt *s)
{
    expr_any(s->value, rename_attribute, c);
    s->target->name = arena_printf("%s.%s", c->name, s->target->name);
    vec_push(&c->attrs, s);
    vec_push(&L->m->globals, s);
}

/* `__rmul__ = __mul__` in a class body: a method that calls the one it
 * names with its own arguments (a forwarding method, so that each has its
 * own body to infer).  Returns it, or NULL when s is not such an alias. */
static Func *method_alias(Class *c, const Stmt *s)
{
    if (s->kind != ST_ASSIGN || s->target->kind != EX_NAME || s->value->kind != EX_NAME)
        return NULL;
    Func *f = NULL;
    for (int i = 0; i < c->methods.len; i++)
        if (strcmp(VEC_AT(Func *, c->methods, i)->name, s->value->name) == 0)
            f = VEC_AT(Func *, c->methods, i);
    if (!f || f->params.len == 0 || f->decorators.len)
        return NULL;
    Func *alias = arena_alloc(sizeof *alias);
    *alias = (Func){.name = s->target->name, .loc = s->loc, .cls = c, .params = f->params, .returns = f->returns};
    Expr *self = arena_alloc(sizeof *self), *callee = arena_alloc(sizeof *callee), *call = arena_alloc(sizeof *call);
    *self = (Expr){.kind = EX_NAME, .loc = s->loc, .name = VEC_AT(Param *, f->params, 0)->name};
    *callee = (Expr){.kind = EX_ATTR, .loc = s->loc, .lhs = self, .name = f->name};
    *call = (Expr){.kind = EX_CALL, .loc = s->loc, .lhs = callee};
    alias->params = (Vec){0};
    for (int i = 0; i < f->params.len; i++) {
        Param *p = arena_alloc(sizeof *p);
        *p = *VEC_AT(Param *, f->params, i);
        p->var = NULL;
        vec_push(&alias->params, p);
        if (i == 0)
            continue;
        Expr *arg = arena_alloc(sizeof *arg);
        *arg = (Expr){.kind = EX_NAME, .loc = s->loc, .name = p->name};
        vec_push(&call->items, arg);
    }
    Stmt *ret = arena_alloc(sizeof *ret);
    *ret = (Stmt){.kind = ST_RETURN, .loc = s->loc, .value = call};
    vec_push(&alias->body, ret);
    return alias;
}

/* A statement of a class body: a method alias, a class attribute, or one
 * classes.c reads */
static void class_statement(Lower *L, Class *c, Stmt *s)
{
    Func *alias = method_alias(c, s);
    if (alias)
        vec_push(&c->methods, alias);
    else if (is_class_attribute(s))
        class_attribute(L, c, s);
    else
        vec_push(&c->body, s);
}

/* A class body statement: method, decorated method, docstring, pass,
 * annotation, __slots__ or another class-level assignment. */
static void lower_class_member(Lower *L, Class *c, TSNode s)
{
    if (is(s, "comment") || is(s, "pass_statement") || is_docstring(s))
        return;
    if (is(s, "function_definition")) {
        vec_push(&c->methods, lower_function(L, s, NULL, c));
        return;
    }
    if (is(s, "decorated_definition")) {
        TSNode def = field(s, "definition");
        if (!is(def, "function_definition")) {
            unsupported(L, def);
            return;
        }
        Vec decorators = {0};
        lower_decorators(L, s, &decorators);
        vec_push(&c->methods, lower_function(L, def, &decorators, c));
        return;
    }
    if (is(s, "expression_statement")) {
        Stmt *st = lower_expression_statement(L, s);
        Vec after = take_after(L);
        if (st)
            class_statement(L, c, st);
        for (int i = 0; i < after.len; i++)
            class_statement(L, c, VEC_AT(Stmt *, after, i));
        return;
    }
    error_at(L, s, "%s in a class body is not supported by slotc", construct_name(s));
}

/* class_definition -> 'class' name argument_list? ':' block */
static Class *lower_class(Lower *L, TSNode node, Vec *decorators)
{
    Class *c = arena_alloc(sizeof *c);
    c->name = text_of(L, field(node, "name"));
    c->loc = loc_of(node);
    if (decorators)
        c->decorators = *decorators;
    TSNode supers = field(node, "superclasses");
    if (!ts_node_is_null(supers)) {
        Expr call = {0};
        if (lower_arguments(L, supers, &call)) {
            c->bases = call.items;
            for (int i = 0; i < call.keywords.len; i++) {
                Keyword *k = VEC_AT(Keyword *, call.keywords, i);
                diag_at(L->src, k->loc, DIAG_ERROR, "%s in a class definition is not supported by slotc",
                        strcmp(k->name, "metaclass") == 0 ? "a metaclass"
                                                           : arena_printf("keyword '%s'", k->name));
            }
        }
    }
    TSNode body = field(node, "body");
    for (uint32_t i = 0; i < ts_node_named_child_count(body); i++)
        lower_class_member(L, c, ts_node_named_child(body, i));
    return c;
}

/* if __name__ == "__main__": block */
static bool is_main_guard(Lower *L, TSNode node)
{
    if (!is(node, "if_statement") || ts_node_named_child_count(node) != 2)
        return false;
    const char *cond = text_of(L, field(node, "condition"));
    return strcmp(cond, "__name__ == \"__main__\"") == 0 ||
           strcmp(cond, "__name__ == '__main__'") == 0;
}

/* from math import a, b / from random import a, b: the names become the
 * module's functions (and math's constants), kept in names. */
static void import_module_names(Lower *L, TSNode node, const char *module, Vec *names)
{
    for (uint32_t i = 0; i < ts_node_named_child_count(node); i++) {
        TSNode name = ts_node_named_child(node, i);
        if (ts_node_eq(name, field(node, "module_name")))
            continue;
        if (!is(name, "dotted_name")) {
            error_at(L, name, "this form of import from %s is not supported by slotc (import names "
                              "one by one, without 'as')", module);
            continue;
        }
        vec_push(names, (void *)text_of(L, name));
    }
}

/* Imports slotc understands: the modules that declare records, and math,
 * random, heapq and sys, whose functions it translates.  name is the module
 * (of `from M import ...`) or one of the names an import statement lists. */
static void check_import(Lower *L, TSNode node, TSNode name)
{
    static const char *known[] = {"collections", "dataclasses", "typing", "__future__", "functools", "enum"};
    TSNode written = name;
    if (is(name, "aliased_import"))
        name = field(name, "name");
    const char *module = text_of(L, name);
    Module *m = L->m;
    bool *imported = strcmp(module, "math") == 0     ? &m->imports_math
                     : strcmp(module, "random") == 0 ? &m->imports_random
                     : strcmp(module, "heapq") == 0  ? &m->imports_heapq
                     : strcmp(module, "time") == 0   ? &m->imports_time
                     : strcmp(module, "sys") == 0    ? &m->imports_sys
                                                     : NULL;
    Vec *names = imported == &m->imports_math     ? &m->math_names
                 : imported == &m->imports_random ? &m->random_names
                 : imported == &m->imports_heapq  ? &m->heapq_names
                 : imported == &m->imports_time   ? &m->time_names
                                                  : &m->sys_names;
    if (imported && is(node, "import_from_statement")) {
        import_module_names(L, node, module, names);
        return;
    }
    if (imported && is(written, "dotted_name")) {
        *imported = true;
        return;
    }
    if (imported) {
        error_at(L, written, "import %s as a different name is not supported by slotc (write 'import %s')", module,
                 module);
        return;
    }
    for (size_t i = 0; i < sizeof known / sizeof known[0]; i++)
        if (strcmp(module, known[i]) == 0)
            return;
    error_at(L, written, "import of module '%s' is not supported by slotc", module);
}

/* NAME = value, NAME: T = value, A, B = ..., NAME += value: a module global */
static bool module_global(const Stmt *s)
{
    if (s->kind != ST_ASSIGN && s->kind != ST_ANNASSIGN && s->kind != ST_AUGASSIGN)
        return false;
    if (s->target->kind == EX_NAME)
        return s->value != NULL;
    for (int i = 0; s->target->kind == EX_TUPLE && i < s->target->items.len; i++)
        if (VEC_AT(Expr *, s->target->items, i)->kind != EX_NAME)
            return false;
    return s->target->kind == EX_TUPLE;
}

/* A module-level statement runs in source order with the globals'
 * assignments, before the `if __name__ == "__main__":` block (so none may
 * follow that block). */
static void add_module_statement(Lower *L, TSNode node, Stmt *s)
{
    if (L->m->has_entry) {
        error_at(L, node, "statements after the `if __name__ == \"__main__\":` block are not supported by "
                          "slotc (move them above it)");
        return;
    }
    vec_push(&L->m->globals, s);
    L->m->script = true;
}

static void lower_module_statement(Lower *L, TSNode node)
{
    Stmt *s = lower_stmt(L, node);
    if (s)
        add_module_statement(L, node, s);
}

/* NAME = value (a global), Name = namedtuple(...) (a class), or a statement */
static void module_assignment(Lower *L, TSNode node, Stmt *s)
{
    Expr *v = s->value;
    bool namedtuple = s->kind == ST_ASSIGN && s->target->kind == EX_NAME && v &&
                      v->kind == EX_CALL &&
                      ((v->lhs->kind == EX_NAME && strcmp(v->lhs->name, "namedtuple") == 0) ||
                       (v->lhs->kind == EX_ATTR && strcmp(v->lhs->name, "namedtuple") == 0));
    if (!namedtuple && module_global(s)) {
        vec_push(&L->m->globals, s);
        return;
    }
    if (!namedtuple) {
        add_module_statement(L, node, s);
        return;
    }
    Class *c = arena_alloc(sizeof *c);
    c->name = s->target->name;
    c->loc = s->loc;
    c->kind = CK_NAMEDTUPLE;
    vec_push(&c->body, s);
    vec_push(&L->m->classes, c);
}

static void lower_module_assignment(Lower *L, TSNode node)
{
    Stmt *s = lower_expression_statement(L, node);
    Vec after = take_after(L);
    if (s)
        module_assignment(L, node, s);
    for (int i = 0; i < after.len; i++)
        module_assignment(L, node, VEC_AT(Stmt *, after, i));
}

static void lower_toplevel(Lower *L, TSNode node)
{
    if (is(node, "comment") || is(node, "pass_statement") || is_docstring(node))
        return;
    if (is(node, "import_from_statement"))
        check_import(L, node, field(node, "module_name"));
    else if (is(node, "import_statement"))
        for (uint32_t i = 0; i < ts_node_named_child_count(node); i++) /* import a, b */
            check_import(L, node, ts_node_named_child(node, i));
    else if (is(node, "class_definition"))
        vec_push(&L->m->classes, lower_class(L, node, NULL));
    else if (is(node, "function_definition"))
        vec_push(&L->m->funcs, lower_function(L, node, NULL, NULL));
    else if (is(node, "decorated_definition")) {
        Vec decorators = {0};
        lower_decorators(L, node, &decorators);
        TSNode def = field(node, "definition");
        if (is(def, "class_definition"))
            vec_push(&L->m->classes, lower_class(L, def, &decorators));
        else
            vec_push(&L->m->funcs, lower_function(L, def, &decorators, NULL));
    } else if (is_main_guard(L, node)) {
        L->m->has_entry = true;
        lower_block(L, field(node, "consequence"), &L->m->main_body);
    } else if (is(node, "expression_statement"))
        lower_module_assignment(L, node);
    else
        lower_module_statement(L, node);
}

/* module -> statement* */
void lower_module(Module *m, TSNode root)
{
    Lower L = {.m = m, .src = m->src};
    for (uint32_t i = 0; i < ts_node_named_child_count(root); i++)
        lower_toplevel(&L, ts_node_named_child(root, i));
}
