/*
 * error.c - Python exceptions: the classes, the objects, raise and try.
 *
 * An exception is a slot_exception: its class (a slot_exc_type, which
 * names its bases, so `except LookupError` is a walk up from KeyError) and
 * its arguments, kept as the text str() and repr() show.  The runtime
 * raises built-in ones through slot_raise; emitted code raises built-in and
 * user ones through slot_throw.  User exception classes are emitted structs
 * that begin with a slot_exception.
 *
 * A running `try` is a slot_try on the C stack of the function that holds
 * the statement, linked to the one outside it.  Raising jumps (longjmp) to
 * the innermost one, after taking it off the chain and freeing the text
 * buffers the abandoned code left open; its handlers then run in the frame
 * that set the jump.  Nothing runs between the raise and the handler:
 * finally blocks and `with` exits are try statements of their own in the
 * emitted code.
 *
 * With no try running, the exception ends the program the way an uncaught
 * one ends CPython: whatever the program printed reaches stdout first, then
 * the last line of the traceback ("IndexError: list index out of range")
 * goes to stderr, and the process exits with status 1.  The traceback's
 * "File ..., line ..." lines have no equivalent and are not printed; tests
 * compare only that last line.  When str(e) is empty CPython prints the
 * bare name ("AssertionError"), and so does slot_throw.  Files the program
 * left open are then flushed and closed, as CPython's shutdown closes them
 * after printing the traceback.
 */
#include "slot_internal.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define EXC(kind) (&slot_exc_types[SLOT_##kind])

/* CPython's names and hierarchy (Lib/test/exception_hierarchy.txt), for
 * the classes the runtime raises and the bases programs catch. */
const slot_exc_type slot_exc_types[SLOT_EXC_COUNT] = {
    [SLOT_BASE_EXCEPTION] = {"BaseException", NULL, NULL, NULL},
    [SLOT_EXCEPTION] = {"Exception", NULL, EXC(BASE_EXCEPTION), NULL},
    [SLOT_ARITHMETIC_ERROR] = {"ArithmeticError", NULL, EXC(EXCEPTION), NULL},
    [SLOT_ASSERTION_ERROR] = {"AssertionError", NULL, EXC(EXCEPTION), NULL},
    [SLOT_ATTRIBUTE_ERROR] = {"AttributeError", NULL, EXC(EXCEPTION), NULL},
    [SLOT_FILE_EXISTS_ERROR] = {"FileExistsError", NULL, EXC(OS_ERROR), NULL},
    [SLOT_FILE_NOT_FOUND_ERROR] = {"FileNotFoundError", NULL, EXC(OS_ERROR), NULL},
    [SLOT_INDEX_ERROR] = {"IndexError", NULL, EXC(LOOKUP_ERROR), NULL},
    [SLOT_IS_A_DIRECTORY_ERROR] = {"IsADirectoryError", NULL, EXC(OS_ERROR), NULL},
    [SLOT_KEY_ERROR] = {"KeyError", NULL, EXC(LOOKUP_ERROR), NULL},
    [SLOT_LOOKUP_ERROR] = {"LookupError", NULL, EXC(EXCEPTION), NULL},
    [SLOT_NAME_ERROR] = {"NameError", NULL, EXC(EXCEPTION), NULL},
    [SLOT_NOT_A_DIRECTORY_ERROR] = {"NotADirectoryError", NULL, EXC(OS_ERROR), NULL},
    [SLOT_NOT_IMPLEMENTED_ERROR] = {"NotImplementedError", NULL, EXC(RUNTIME_ERROR), NULL},
    [SLOT_OS_ERROR] = {"OSError", NULL, EXC(EXCEPTION), NULL},
    [SLOT_OVERFLOW_ERROR] = {"OverflowError", NULL, EXC(ARITHMETIC_ERROR), NULL},
    [SLOT_PERMISSION_ERROR] = {"PermissionError", NULL, EXC(OS_ERROR), NULL},
    [SLOT_RUNTIME_ERROR] = {"RuntimeError", NULL, EXC(EXCEPTION), NULL},
    [SLOT_STOP_ITERATION] = {"StopIteration", NULL, EXC(EXCEPTION), NULL},
    [SLOT_SYSTEM_EXIT] = {"SystemExit", NULL, EXC(BASE_EXCEPTION), NULL},
    [SLOT_TYPE_ERROR] = {"TypeError", NULL, EXC(EXCEPTION), NULL},
    [SLOT_UNICODE_DECODE_ERROR] = {"UnicodeDecodeError", NULL, EXC(UNICODE_ERROR), NULL},
    [SLOT_UNICODE_ERROR] = {"UnicodeError", NULL, EXC(VALUE_ERROR), NULL},
    [SLOT_UNSUPPORTED_OPERATION] = {"UnsupportedOperation", "io", EXC(OS_ERROR), EXC(VALUE_ERROR)},
    [SLOT_VALUE_ERROR] = {"ValueError", NULL, EXC(EXCEPTION), NULL},
    [SLOT_ZERO_DIVISION_ERROR] = {"ZeroDivisionError", NULL, EXC(ARITHMETIC_ERROR), NULL},
};

/* ---- exception objects ---------------------------------------------------- */

/* The class of e.  A user exception gets its class when its constructor
 * returns; one raised from its own __init__ before that shows as its
 * nearest built-in class would, Exception. */
static const slot_exc_type *error__type(const slot_exception *e)
{
    return e->type ? e->type : EXC(EXCEPTION);
}

static const slot_str *error__text(const char *text, size_t size)
{
    return slot_str_new(text, size);
}

/* "(a, b)": str() of an exception with several arguments is the repr of
 * its args tuple. */
static const slot_str *error__parenthesized(const slot_str *args)
{
    slot_buf b;
    slot_buf_init(&b);
    slot_buf_char(&b, '(');
    slot_buf_str(&b, args);
    slot_buf_char(&b, ')');
    return slot_buf_take(&b);
}

void slot_exception_init(slot_exception *self, int64_t nargs, const slot_str *first, const slot_str *args)
{
    if (nargs == 0) {
        self->text = self->args = error__text("", 0);
        return;
    }
    self->args = args;
    self->text = nargs == 1 ? first : error__parenthesized(args);
}

slot_exception *slot_exception_new(const slot_exc_type *type, int64_t nargs, const slot_str *first,
                                   const slot_str *args)
{
    slot_exception *self = slot_alloc(sizeof *self);
    self->type = type;
    slot_exception_init(self, nargs, first, args);
    return self;
}

void slot_exception_start(slot_exception *self, const slot_exc_type *type, int64_t nargs, const slot_str *first,
                          const slot_str *args)
{
    self->type = type;
    if (!self->text)
        slot_exception_init(self, nargs, first, args);
}

/* Whether t is type or derives from it, through either base. */
static bool error__derives(const slot_exc_type *t, const slot_exc_type *type)
{
    for (; t; t = t->base)
        if (t == type || (t->also && error__derives(t->also, type)))
            return true;
    return false;
}

bool slot_exception_is(const slot_exception *self, const slot_exc_type *type)
{
    return error__derives(error__type(self), type);
}

/* An exception whose __init__ has not called BaseException.__init__ yet
 * (str(self) early in __init__) shows no arguments. */
const slot_str *slot_exception_str(const slot_exception *self)
{
    return self->text ? self->text : error__text("", 0);
}

const slot_str *slot_exception_name(const slot_exception *self)
{
    const char *name = error__type(self)->name;
    return error__text(name, strlen(name));
}

void slot_buf_exception(slot_buf *out, const slot_exception *e, bool repr)
{
    if (!e) {
        slot_buf_none(out);
        return;
    }
    if (!repr) {
        slot_buf_str(out, slot_exception_str(e));
        return;
    }
    slot_buf_cstr(out, error__type(e)->name);
    slot_buf_char(out, '(');
    if (e->args)
        slot_buf_str(out, e->args);
    else if (e->text)
        slot_buf_str_repr(out, e->text);
    slot_buf_char(out, ')');
}

/* An item is a pointer to a slot_exception or to a user exception object,
 * which starts with one; every struct pointer has the same representation,
 * so the bytes read as a slot_exception * are its address. */
static const slot_exception *error__item(const void *item)
{
    const slot_exception *e;
    memcpy(&e, item, sizeof e);
    return e;
}

void slot_repr_exception(slot_buf *out, const void *item)
{
    slot_buf_exception(out, error__item(item), true);
}

bool slot_eq_exception(const void *a, const void *b)
{
    return error__item(a) == error__item(b);
}

/* ---- raising and catching -------------------------------------------------- */

static slot_try *error__handlers;     /* the innermost try running */
static slot_exception *error__caught; /* what the last raise carried to it */

void slot_try_enter(slot_try *self)
{
    self->outer = error__handlers;
    self->buffers = slot_buf__open_count();
    error__handlers = self;
}

void slot_try_leave(slot_try *self)
{
    error__handlers = self->outer;
}

slot_exception *slot_try_caught(void)
{
    return error__caught;
}

/* An uncaught SystemExit ends the program quietly with its code: 0 for
 * none (or None), the int, or 1 after printing a str on stderr. */
static SLOT_NORETURN void error__system_exit(const slot_exception *e)
{
    const slot_str *text = slot_exception_str(e);
    int status = 0;
    fflush(stdout);
    const slot_str *args = e->args;
    if (args && args->size > 0 && (args->data[0] == '\'' || args->data[0] == '"')) {
        fprintf(stderr, "%s\n", text->data);
        status = 1;
    } else if (args && args->size > 0 && strcmp(args->data, "None") != 0) {
        status = strcmp(text->data, "True") == 0 ? 1 : (int)strtoll(text->data, NULL, 10);
    }
    slot_file__close_all();
    exit(status);
}

/* The uncaught end: "module.Name: text" or the bare name. */
static SLOT_NORETURN void error__exit(const slot_exception *e)
{
    const slot_exc_type *type = error__type(e);
    if (slot_exception_is(e, EXC(SYSTEM_EXIT)))
        error__system_exit(e);
    const slot_str *text = slot_exception_str(e);
    fflush(stdout);
    if (type->module)
        fprintf(stderr, "%s.", type->module);
    if (text->size > 0)
        fprintf(stderr, "%s: %s\n", type->name, text->data);
    else
        fprintf(stderr, "%s\n", type->name);
    slot_file__close_all();
    exit(1);
}

void slot_throw(slot_exception *self)
{
    slot_try *handler = error__handlers;
    if (!handler)
        error__exit(self);
    error__handlers = handler->outer;
    slot_buf__free_since(handler->buffers);
    error__caught = self;
    longjmp(handler->jump, 1);
}

/* An OSError's arguments, as CPython keeps them: "[Errno 2] No such file or
 * directory: 'x'" was made from (2, 'No such file or directory'). */
static const slot_str *error__os_args(const slot_str *text)
{
    int err, start, end;
    if (sscanf(text->data, "[Errno %d] %n", &err, &start) != 1 || start <= 0)
        return NULL;
    const char *colon = strstr(text->data + start, ": ");
    end = colon ? (int)(colon - text->data) : (int)text->size;
    slot_buf b;
    slot_buf_init(&b);
    slot_buf_int(&b, err);
    slot_buf_cstr(&b, ", ");
    slot_buf_str_repr(&b, error__text(text->data + start, (size_t)(end - start)));
    return slot_buf_take(&b);
}

/* The message is formatted first so that an empty result (say "%s" with
 * "") makes an exception without arguments.  Most messages fit the stack
 * buffer; a longer one (a long key in a KeyError) gets a heap copy. */
void slot_raise(slot_exc kind, const char *format, ...)
{
    char small[256];
    /* Never NULL from emitted code; the guard also keeps GCC's
     * -Wformat-truncation quiet under -fsanitize=undefined, whose null
     * check would otherwise leave a path with a null format. */
    if (!format)
        format = "";
    va_list ap;
    va_start(ap, format);
    va_list again;
    va_copy(again, ap);
    int n = vsnprintf(small, sizeof small, format, ap);
    va_end(ap);
    char *message = small;
    if (n >= (int)sizeof small) {
        message = slot_alloc__xrealloc(NULL, (size_t)n + 1);
        vsnprintf(message, (size_t)n + 1, format, again);
    }
    va_end(again);
    const slot_str *text = error__text(message, n > 0 ? (size_t)n : 0);
    if (message != small)
        free(message);

    const slot_exc_type *type = &slot_exc_types[kind];
    const slot_str *args = NULL; /* repr(text), made if repr() asks */
    if (kind == SLOT_KEY_ERROR)  /* the message is the key's repr already */
        args = text;
    else if (error__derives(type, EXC(OS_ERROR)))
        args = error__os_args(text);
    slot_throw(slot_exception_new(type, n > 0 ? 1 : 0, text, args));
}

void *slot_not_none(const void *p, const char *name)
{
    if (!p)
        slot_raise(SLOT_ATTRIBUTE_ERROR, "'NoneType' object has no attribute '%s'", name);
    return (void *)p;
}
