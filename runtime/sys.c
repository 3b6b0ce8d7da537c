/*
 * sys.c - the parts of the sys module programs use: argv, exit() and the
 * standard streams' write(); and the time module's clocks and sleep().
 *
 * sys.exit raises SystemExit, which derives from BaseException, so that
 * finally blocks run and `except Exception` lets it pass, as in CPython;
 * error.c ends the program with its code when nothing catches it.
 */
#define _POSIX_C_SOURCE 200809L /* clock_gettime, nanosleep */

#include "slot_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static int sys__argc;
static char **sys__argv;

void slot_sys__set_argv(int argc, char **argv)
{
    sys__argc = argc;
    sys__argv = argv;
}

slot_list *slot_sys_argv(void)
{
    slot_list *list = slot_list_new(sizeof(const slot_str *), false);
    for (int i = 0; i < sys__argc; i++)
        SLOT_ITEM(const slot_str *, slot_list_push(list)) = slot_str_from_cstr(sys__argv[i]);
    return list;
}

/* SystemExit(arg): str() of the argument and its repr, as exceptions keep them. */
static SLOT_NORETURN void sys__raise_exit(const slot_str *text, const slot_str *args)
{
    slot_throw(slot_exception_new(&slot_exc_types[SLOT_SYSTEM_EXIT], args ? 1 : 0, text, args));
}

void slot_sys_exit(int64_t code)
{
    const slot_str *text = slot_str_from_int(code);
    sys__raise_exit(text, text);
}

void slot_sys_exit_none(void)
{
    sys__raise_exit(NULL, NULL);
}

void slot_sys_exit_message(const slot_str *message)
{
    slot_buf b;
    slot_buf_init(&b);
    slot_buf_str_repr(&b, message);
    sys__raise_exit(message, slot_buf_take(&b));
}

static FILE *sys__stream(int stream)
{
    return stream == 2 ? stderr : stdout;
}

int64_t slot_sys_write(int stream, const slot_str *text)
{
    fwrite(text->data, 1, (size_t)text->size, sys__stream(stream));
    return text->len;
}

void slot_print_to(slot_buf *self, int stream, bool newline)
{
    if (newline)
        slot_buf_char(self, '\n');
    if (self->size > 0)
        fwrite(self->data, 1, self->size, sys__stream(stream));
    free(slot_buf__detach(self));
}

/* ---- time ---------------------------------------------------------------- */

static double sys__clock(clockid_t clock)
{
    struct timespec ts;
    clock_gettime(clock, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

double slot_time_time(void)
{
    return sys__clock(CLOCK_REALTIME);
}

double slot_time_perf_counter(void)
{
    return sys__clock(CLOCK_MONOTONIC);
}

double slot_time_monotonic(void)
{
    return sys__clock(CLOCK_MONOTONIC);
}

double slot_time_process_time(void)
{
    return sys__clock(CLOCK_PROCESS_CPUTIME_ID);
}

void slot_time_sleep(double seconds)
{
    if (seconds < 0)
        slot_raise(SLOT_VALUE_ERROR, "sleep length must be non-negative");
    struct timespec ts = {(time_t)seconds, (long)((seconds - (double)(time_t)seconds) * 1e9)};
    while (nanosleep(&ts, &ts) != 0)
        ; /* interrupted by a signal: sleep the rest */
}
