/*
 * ast.c - questions about expressions that several stages ask.
 *
 * Stages often need to know whether some node inside an expression has a
 * property (a call, a read of self, an operation that can raise).  expr_any
 * walks every child an Expr can have, so each stage states only the
 * property of one node.
 */
#include "slotc.h"

#include <string.h>

bool expr_any(const Expr *e, bool (*test)(const Expr *e, const void *context), const void *context)
{
    if (!e)
        return false;
    if (test(e, context))
        return true;
    if (expr_any(e->lhs, test, context) || expr_any(e->rhs, test, context) || expr_any(e->cond, test, context) ||
        expr_any(e->target, test, context) || expr_any(e->iter, test, context))
        return true;
    for (int i = 0; i < e->items.len; i++)
        if (expr_any(VEC_AT(Expr *, e->items, i), test, context))
            return true;
    for (int i = 0; i < e->keywords.len; i++)
        if (expr_any(VEC_AT(Keyword *, e->keywords, i)->value, test, context))
            return true;
    return false;
}

Expr *call_keyword(const Expr *call, const char *name)
{
    for (int k = 0; k < call->keywords.len; k++)
        if (strcmp(VEC_AT(Keyword *, call->keywords, k)->name, name) == 0)
            return VEC_AT(Keyword *, call->keywords, k)->value;
    return NULL;
}

bool block_breaks(const Vec *body)
{
    for (int i = 0; i < body->len; i++) {
        Stmt *s = VEC_AT(Stmt *, *body, i);
        if (s->kind == ST_BREAK)
            return true;
        /* a break inside a nested loop leaves that loop, not this one (but
         * one in the nested loop's else clause leaves this one) */
        if ((s->kind == ST_IF || s->kind == ST_TRY || s->kind == ST_EXCEPT) &&
            (block_breaks(&s->body) || block_breaks(&s->orelse) || block_breaks(&s->handlers) || block_breaks(&s->final)))
            return true;
        if ((s->kind == ST_FOR || s->kind == ST_WHILE) && block_breaks(&s->orelse))
            return true;
    }
    return false;
}

bool block_yields(const Vec *body)
{
    for (int i = 0; i < body->len; i++) {
        const Stmt *s = VEC_AT(Stmt *, *body, i);
        if (s->kind == ST_YIELD || s->kind == ST_YIELD_FROM || block_yields(&s->body) || block_yields(&s->orelse) ||
            block_yields(&s->handlers) || block_yields(&s->final))
            return true;
    }
    return false;
}
