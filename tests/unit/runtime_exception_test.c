/*
 * runtime_exception_test.c - exceptions in libslot: the built-in class
 * hierarchy, the text of str() and repr() (checked against CPython 3.11),
 * raising into a running try, nested tries, the text buffers a raise
 * abandons, and the uncaught end of the program.
 *
 * The try statements below are written the way the generator writes them:
 * slot_try_enter, setjmp in the test's own frame, slot_try_leave.
 */
#include "unit.h"
#include "slot_internal.h"

#include <criterion/criterion.h>
#include <criterion/parameterized.h>
#include <string.h>

/* ---- helpers ------------------------------------------------------------ */

static const slot_exc_type *builtin(slot_exc kind)
{
    return &slot_exc_types[kind];
}

/* str(e), or repr(e) with repr. */
static const char *text_of(const slot_exception *e, bool repr)
{
    slot_buf b;
    slot_buf_init(&b);
    slot_buf_exception(&b, e, repr);
    return slot_buf_take(&b)->data;
}

static const slot_str *text(const char *s)
{
    return slot_str_from_cstr(s);
}

/* Runs slot_raise(kind, message) in a try and returns what it caught. */
static slot_exception *caught_raise(slot_exc kind, const char *message)
{
    slot_try t;
    slot_try_enter(&t);
    if (setjmp(t.jump) == 0) {
        slot_raise(kind, "%s", message);
        cr_assert_fail("slot_raise returned");
    }
    return slot_try_caught();
}

/* ---- the hierarchy ------------------------------------------------------ */

struct derives_case {
    slot_exc kind, base;
    bool is;
};

static struct derives_case derives_cases[] = {
    {SLOT_KEY_ERROR, SLOT_KEY_ERROR, true},
    {SLOT_KEY_ERROR, SLOT_LOOKUP_ERROR, true},
    {SLOT_INDEX_ERROR, SLOT_LOOKUP_ERROR, true},
    {SLOT_KEY_ERROR, SLOT_EXCEPTION, true},
    {SLOT_KEY_ERROR, SLOT_BASE_EXCEPTION, true},
    {SLOT_KEY_ERROR, SLOT_INDEX_ERROR, false},
    {SLOT_ZERO_DIVISION_ERROR, SLOT_ARITHMETIC_ERROR, true},
    {SLOT_OVERFLOW_ERROR, SLOT_ARITHMETIC_ERROR, true},
    {SLOT_ZERO_DIVISION_ERROR, SLOT_VALUE_ERROR, false},
    {SLOT_FILE_NOT_FOUND_ERROR, SLOT_OS_ERROR, true},
    {SLOT_PERMISSION_ERROR, SLOT_OS_ERROR, true},
    {SLOT_NOT_IMPLEMENTED_ERROR, SLOT_RUNTIME_ERROR, true},
    {SLOT_UNICODE_DECODE_ERROR, SLOT_VALUE_ERROR, true},
    {SLOT_UNSUPPORTED_OPERATION, SLOT_OS_ERROR, true},
    {SLOT_UNSUPPORTED_OPERATION, SLOT_VALUE_ERROR, true},
    {SLOT_VALUE_ERROR, SLOT_OS_ERROR, false},
    {SLOT_EXCEPTION, SLOT_VALUE_ERROR, false},
};

ParameterizedTestParameters(hierarchy, matches_cpython)
{
    return cr_make_param_array(struct derives_case, derives_cases, sizeof derives_cases / sizeof derives_cases[0]);
}

ParameterizedTest(struct derives_case *c, hierarchy, matches_cpython, .init = setup)
{
    slot_exception e = {.type = builtin(c->kind)};
    cr_expect_eq(slot_exception_is(&e, builtin(c->base)), c->is, "issubclass(%s, %s)", builtin(c->kind)->name,
                 builtin(c->base)->name);
}

/* ---- str() and repr() --------------------------------------------------- */

Test(text, arguments, .init = setup)
{
    const slot_exc_type *v = builtin(SLOT_VALUE_ERROR);
    slot_exception *none = slot_exception_new(v, 0, NULL, NULL);
    cr_expect_str_eq(text_of(none, false), "");
    cr_expect_str_eq(text_of(none, true), "ValueError()");
    slot_exception *one = slot_exception_new(v, 1, text("bad"), NULL);
    cr_expect_str_eq(text_of(one, false), "bad");
    cr_expect_str_eq(text_of(one, true), "ValueError('bad')");
    slot_exception *two = slot_exception_new(v, 2, text("a"), text("'a', 1"));
    cr_expect_str_eq(text_of(two, false), "('a', 1)");
    cr_expect_str_eq(text_of(two, true), "ValueError('a', 1)");
    cr_expect_str_eq(slot_exception_name(two)->data, "ValueError");
}

Test(text, runtime_raises, .init = setup)
{
    slot_exception *key = caught_raise(SLOT_KEY_ERROR, "'k'");
    cr_expect_str_eq(text_of(key, false), "'k'");
    cr_expect_str_eq(text_of(key, true), "KeyError('k')");
    slot_exception *missing = caught_raise(SLOT_FILE_NOT_FOUND_ERROR, "[Errno 2] No such file or directory: 'x'");
    cr_expect_str_eq(text_of(missing, false), "[Errno 2] No such file or directory: 'x'");
    cr_expect_str_eq(text_of(missing, true), "FileNotFoundError(2, 'No such file or directory')");
    slot_exception *stop = caught_raise(SLOT_STOP_ITERATION, "");
    cr_expect_str_eq(text_of(stop, true), "StopIteration()");
    slot_exception *quoted = caught_raise(SLOT_VALUE_ERROR, "invalid literal for int() with base 10: 'x'");
    cr_expect_str_eq(text_of(quoted, true), "ValueError(\"invalid literal for int() with base 10: 'x'\")");
}

/* A user exception class, as emitted: the header first, then its fields. */
typedef struct Failure {
    slot_exception exc;
    int64_t code;
} Failure;

static const slot_exc_type Failure_type = {"Failure", NULL, &slot_exc_types[SLOT_RUNTIME_ERROR], NULL};

Test(text, user_class, .init = setup)
{
    Failure *f = slot_alloc(sizeof *f);
    f->code = 7;
    /* its __init__ called BaseException.__init__: the call's own arguments are not used */
    slot_exception_init(&f->exc, 1, text("failed with 7"), NULL);
    slot_exception_start(&f->exc, &Failure_type, 2, text("7"), text("7, 'x'"));
    cr_expect_str_eq(text_of(&f->exc, false), "failed with 7");
    cr_expect_str_eq(text_of(&f->exc, true), "Failure('failed with 7')");
    cr_expect(slot_exception_is(&f->exc, builtin(SLOT_RUNTIME_ERROR)));
    cr_expect(!slot_exception_is(&f->exc, builtin(SLOT_VALUE_ERROR)));
    Failure *g = slot_alloc(sizeof *g);
    slot_exception_start(&g->exc, &Failure_type, 2, text("7"), text("7, 'x'"));
    cr_expect_str_eq(text_of(&g->exc, false), "(7, 'x')");
    Failure *items[] = {f, g};
    cr_expect(slot_eq_exception(&items[0], &items[0]));
    cr_expect(!slot_eq_exception(&items[0], &items[1]));
}

/* ---- raising into a try -------------------------------------------------- */

Test(try, nested, .init = setup)
{
    volatile int reached = 0; /* changed between setjmp and longjmp */
    slot_try outer;
    slot_try_enter(&outer);
    if (setjmp(outer.jump) == 0) {
        slot_try inner;
        slot_try_enter(&inner);
        if (setjmp(inner.jump) == 0) {
            slot_raise(SLOT_INDEX_ERROR, "list index out of range");
        } else {
            slot_exception *e = slot_try_caught();
            cr_expect_str_eq(e->type->name, "IndexError");
            reached = 1;
            slot_throw(e); /* on to the outer try */
        }
    } else {
        slot_exception *e = slot_try_caught();
        cr_expect_str_eq(text_of(e, false), "list index out of range");
        reached = reached == 1 ? 2 : -1;
    }
    cr_expect_eq(reached, 2);
}

Test(try, left_normally, .init = setup)
{
    slot_try t;
    slot_try_enter(&t);
    if (setjmp(t.jump) == 0)
        slot_try_leave(&t);
    else
        cr_assert_fail("nothing was raised");
    /* the try is gone: the next one catches alone */
    slot_exception *e = caught_raise(SLOT_TYPE_ERROR, "x");
    cr_expect_str_eq(e->type->name, "TypeError");
}

Test(try, frees_abandoned_buffers, .init = setup)
{
    size_t before = slot_buf__open_count();
    slot_try t;
    slot_try_enter(&t);
    if (setjmp(t.jump) == 0) {
        slot_buf line;
        slot_buf_init(&line);
        slot_buf_cstr(&line, "total: ");
        cr_expect_eq(slot_buf__open_count(), before + 1);
        slot_raise(SLOT_KEY_ERROR, "'missing'");
    }
    cr_expect_eq(slot_buf__open_count(), before);
    slot_buf done;
    slot_buf_init(&done);
    slot_buf_cstr(&done, "finished");
    cr_expect_str_eq(slot_buf_take(&done)->data, "finished");
    cr_expect_eq(slot_buf__open_count(), before);
}

/* ---- uncaught ------------------------------------------------------------ */

RAISES(uncaught_user_exception)
{
    expect_stderr("Failure: failed\n");
    Failure *f = slot_alloc(sizeof *f);
    slot_exception_start(&f->exc, &Failure_type, 1, text("failed"), NULL);
    slot_throw(&f->exc);
}

RAISES(uncaught_without_message)
{
    expect_stderr("AssertionError\n");
    slot_throw(slot_exception_new(builtin(SLOT_ASSERTION_ERROR), 0, NULL, NULL));
}

RAISES(uncaught_io_module)
{
    expect_stderr("io.UnsupportedOperation: not readable\n");
    slot_raise(SLOT_UNSUPPORTED_OPERATION, "not readable");
}

RAISES(uncaught_after_a_try_ended)
{
    expect_stderr("ZeroDivisionError: division by zero\n");
    slot_try t;
    slot_try_enter(&t);
    if (setjmp(t.jump) == 0)
        slot_try_leave(&t);
    slot_raise(SLOT_ZERO_DIVISION_ERROR, "division by zero");
}
