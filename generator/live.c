/*
 * live.c - which locals of a generator must survive a yield.
 *
 * A generator's state struct holds its resume point and the locals whose
 * value is still needed after some yield: the variables live at that
 * point.  Everything else stays an ordinary C local of the next function.
 * This is the textbook backward liveness analysis, on slotc's structured
 * AST: a statement's live-in set is its uses plus its live-out set minus
 * what it defines; loops iterate until nothing changes, with `break`
 * jumping to the loop's exit and `continue` to its head.  A parameter is
 * kept when it is live where the body starts (the first call of next
 * happens after the generator was made).
 */
#include "slotc.h"

#include <string.h>

typedef struct Live {
    Func *f;
    int n;          /* locals */
    bool *across;   /* live after some yield */
    bool *exit;     /* the innermost loop's exit set (break) */
    bool *head;     /* the innermost loop's head set (continue) */
    bool *open;     /* the targets of the `with` blocks around: read when they close */
} Live;

static int index_of(const Live *L, const Var *v)
{
    for (int i = 0; i < L->n; i++)
        if (VEC_AT(Var *, L->f->locals, i) == v)
            return i;
    return -1;
}

static bool *set_new(const Live *L)
{
    return arena_alloc(sizeof(bool) * (size_t)(L->n + 1));
}

static bool *set_copy(const Live *L, const bool *s)
{
    bool *c = set_new(L);
    memcpy(c, s, sizeof(bool) * (size_t)L->n);
    return c;
}

/* a |= b; whether a changed */
static bool set_join(const Live *L, bool *a, const bool *b)
{
    bool changed = false;
    for (int i = 0; i < L->n; i++)
        if (b[i] && !a[i])
            a[i] = changed = true;
    return changed;
}

typedef struct Uses {
    const Live *L;
    bool *set;
} Uses;

static bool add_use(const Expr *e, const void *context)
{
    const Uses *u = context;
    if (e->kind == EX_NAME && e->var) {
        int i = index_of(u->L, e->var);
        if (i >= 0)
            u->set[i] = true;
    }
    return false;
}

/* Adds the locals e reads to set. */
static void uses(const Live *L, const Expr *e, bool *set)
{
    Uses u = {L, set};
    expr_any(e, add_use, &u);
}

/* What an assignment to target defines, and what it reads (an attribute
 * or item target reads its object and index). */
static void target_effect(const Live *L, const Expr *target, bool *set)
{
    if (target->kind == EX_NAME) {
        int i = index_of(L, target->var);
        if (i >= 0)
            set[i] = false;
    } else if (target->kind == EX_TUPLE || target->kind == EX_LIST) {
        for (int i = 0; i < target->items.len; i++)
            target_effect(L, VEC_AT(Expr *, target->items, i), set);
    } else {
        uses(L, target, set);
    }
}

static bool *block_in(Live *L, Vec *body, const bool *out);

/* The live-in set of a loop whose head is entered with `enter` added
 * (the condition's uses, or the target's definition), iterated to a fixed
 * point.  A break goes to out; the loop's end, through the else block. */
static bool *loop_in(Live *L, Stmt *s, const bool *out)
{
    bool *saved_exit = L->exit, *saved_head = L->head;
    bool *ended = block_in(L, &s->orelse, out);
    bool *head = set_copy(L, ended);
    L->exit = (bool *)out;
    for (bool changed = true; changed;) {
        L->head = head;
        bool *body = block_in(L, &s->body, head);
        bool *next = set_copy(L, ended);
        if (s->kind == ST_FOR)
            target_effect(L, s->target, body);
        else
            uses(L, s->value, next);
        set_join(L, next, body);
        changed = set_join(L, head, next);
    }
    L->exit = saved_exit, L->head = saved_head;
    if (s->kind == ST_FOR)
        uses(L, s->value, head); /* the iterable is evaluated once, first */
    return head;
}

/* A try statement: a raise anywhere in the body may go to any handler, so
 * what the handlers read is live where the body starts.  No yield is
 * inside a try (lower.c), so no point within it needs more. */
static bool *try_in(Live *L, Stmt *s, const bool *out)
{
    bool *final = block_in(L, &s->final, out);
    bool *in = block_in(L, &s->body, block_in(L, &s->orelse, final));
    set_join(L, in, final);
    for (int i = 0; i < s->handlers.len; i++)
        set_join(L, in, block_in(L, &VEC_AT(Stmt *, s->handlers, i)->body, final));
    return in;
}

static bool *stmt_in(Live *L, Stmt *s, const bool *out)
{
    bool *in = set_copy(L, out);
    switch (s->kind) {
    case ST_ASSIGN:
    case ST_ANNASSIGN:
        if (s->value)
            target_effect(L, s->target, in);
        uses(L, s->value, in);
        return in;
    case ST_AUGASSIGN:
        uses(L, s->target, in);
        uses(L, s->value, in);
        return in;
    case ST_EXPR:
        uses(L, s->value, in);
        return in;
    case ST_DEL:
        uses(L, s->target, in);
        return in;
    case ST_RETURN:
        memset(in, 0, sizeof(bool) * (size_t)L->n);
        uses(L, s->value, in);
        return in;
    case ST_BREAK:
        return L->exit ? set_copy(L, L->exit) : in;
    case ST_CONTINUE:
        return L->head ? set_copy(L, L->head) : in;
    case ST_PASS:
        return in;
    case ST_YIELD:
    case ST_YIELD_FROM:
        set_join(L, L->across, out);
        set_join(L, L->across, L->open); /* a with block closes its file after it, on any path */
        uses(L, s->value, in);
        return in;
    case ST_IF: {
        bool *a = block_in(L, &s->body, out), *b = block_in(L, &s->orelse, out);
        memset(in, 0, sizeof(bool) * (size_t)L->n);
        set_join(L, in, a);
        set_join(L, in, b);
        uses(L, s->value, in);
        return in;
    }
    case ST_WITH: {
        bool *after = set_copy(L, out), *open = L->open;
        uses(L, s->target, after); /* the file is closed at the end */
        L->open = set_copy(L, open);
        uses(L, s->target, L->open);
        bool *body = block_in(L, &s->body, after);
        L->open = open;
        if (s->target)
            target_effect(L, s->target, body);
        uses(L, s->value, body);
        return body;
    }
    case ST_WHILE:
    case ST_FOR:
        return loop_in(L, s, out);
    case ST_RAISE: /* control goes to a handler (try_in adds what it reads) or out */
        memset(in, 0, sizeof(bool) * (size_t)L->n);
        uses(L, s->value, in);
        uses(L, s->cause, in);
        return in;
    case ST_TRY:
        return try_in(L, s, out);
    case ST_EXCEPT: /* inside ST_TRY only */
        return in;
    }
    return in;
}

static bool *block_in(Live *L, Vec *body, const bool *out)
{
    bool *live = set_copy(L, out);
    for (int i = body->len - 1; i >= 0; i--)
        live = stmt_in(L, VEC_AT(Stmt *, *body, i), live);
    return live;
}

bool *live_across_yields(Func *f)
{
    Live L = {.f = f, .n = f->locals.len};
    L.across = set_new(&L);
    L.open = set_new(&L);
    bool *entry = block_in(&L, &f->body, set_new(&L));
    for (int i = 0; i < f->params.len; i++) {
        int k = index_of(&L, VEC_AT(Param *, f->params, i)->var);
        if (k >= 0 && entry[k])
            L.across[k] = true;
    }
    return L.across;
}
