/*
 * error.c - Python exceptions, as far as a program without handlers needs
 * them.
 *
 * slotc accepts no try/except yet, so every raise ends the program the way
 * an uncaught exception ends CPython: whatever the program printed so far
 * reaches stdout first, then the last line of the traceback
 * ("IndexError: list index out of range") goes to stderr, and the process
 * exits with status 1.  The traceback's "File ..., line ..." lines have no
 * equivalent and are not printed; tests compare only that last line.  When
 * the message is empty CPython prints the bare name ("AssertionError"), and
 * so does slot_raise.  Files the program left open are then flushed and
 * closed, as CPython's shutdown closes them after printing the traceback.
 */
#include "slot_internal.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

/* CPython's class name for each slot_exc. */
static const char *error__name(slot_exc kind)
{
    switch (kind) {
    case SLOT_ASSERTION_ERROR:
        return "AssertionError";
    case SLOT_ATTRIBUTE_ERROR:
        return "AttributeError";
    case SLOT_FILE_EXISTS_ERROR:
        return "FileExistsError";
    case SLOT_FILE_NOT_FOUND_ERROR:
        return "FileNotFoundError";
    case SLOT_INDEX_ERROR:
        return "IndexError";
    case SLOT_IS_A_DIRECTORY_ERROR:
        return "IsADirectoryError";
    case SLOT_KEY_ERROR:
        return "KeyError";
    case SLOT_NAME_ERROR:
        return "NameError";
    case SLOT_NOT_A_DIRECTORY_ERROR:
        return "NotADirectoryError";
    case SLOT_NOT_IMPLEMENTED_ERROR:
        return "NotImplementedError";
    case SLOT_OS_ERROR:
        return "OSError";
    case SLOT_OVERFLOW_ERROR:
        return "OverflowError";
    case SLOT_PERMISSION_ERROR:
        return "PermissionError";
    case SLOT_RUNTIME_ERROR:
        return "RuntimeError";
    case SLOT_STOP_ITERATION:
        return "StopIteration";
    case SLOT_TYPE_ERROR:
        return "TypeError";
    case SLOT_UNICODE_DECODE_ERROR:
        return "UnicodeDecodeError";
    case SLOT_UNSUPPORTED_OPERATION:
        /* Not a builtin: CPython prints the module with the name. */
        return "io.UnsupportedOperation";
    case SLOT_VALUE_ERROR:
        return "ValueError";
    case SLOT_ZERO_DIVISION_ERROR:
        return "ZeroDivisionError";
    }
    return "Exception";
}

/* The message is formatted first so that an empty result (say "%s" with
 * "") is recognised and the name printed alone.  Most messages fit the
 * stack buffer; a longer one (a long key in a KeyError) gets a heap copy. */
void slot_raise(slot_exc kind, const char *format, ...)
{
    char small[256];
    /* Never NULL from emitted code; the guard also keeps GCC's
     * -Wformat-truncation quiet under -fsanitize=undefined, whose null
     * check would otherwise leave a path with a null format. */
    if (!format)
        format = "";
    va_list args;
    va_start(args, format);
    va_list again;
    va_copy(again, args);
    int n = vsnprintf(small, sizeof small, format, args);
    va_end(args);
    char *message = small;
    if (n >= (int)sizeof small) {
        message = slot_alloc__xrealloc(NULL, (size_t)n + 1);
        vsnprintf(message, (size_t)n + 1, format, again);
    }
    va_end(again);

    fflush(stdout);
    if (n > 0)
        fprintf(stderr, "%s: %s\n", error__name(kind), message);
    else
        fprintf(stderr, "%s\n", error__name(kind));
    if (message != small)
        free(message);
    slot_file__close_all();
    exit(1);
}

void *slot_not_none(const void *p, const char *name)
{
    if (!p)
        slot_raise(SLOT_ATTRIBUTE_ERROR, "'NoneType' object has no attribute '%s'", name);
    return (void *)p;
}
