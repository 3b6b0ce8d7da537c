/*
 * unit.h - what every runtime unit test program shares: the runtime set up
 * before each test, and tests of code that raises.
 *
 * A raised exception ends the process, so such a test declares
 * .exit_code = 1 (RAISES) and checks stderr from an atexit handler: the
 * test body never returns.
 */
#ifndef UNIT_H
#define UNIT_H

#include "slot.h"

#include <criterion/criterion.h>
#include <criterion/redirect.h>
#include <stdlib.h>

static inline void setup(void)
{
    slot_init(0, NULL);
}

/* What the running test expects on stderr when it exits. */
static const char *expected_stderr;

/* atexit handler: the raise has printed its line and called exit(1). */
static inline void check_stderr_at_exit(void)
{
    fflush(stderr);
    cr_expect_stderr_eq_str(expected_stderr, "stderr should read \"%s\"", expected_stderr);
}

static inline void expect_stderr(const char *text)
{
    expected_stderr = text;
    atexit(check_stderr_at_exit);
}

static inline void setup_stderr(void)
{
    slot_init(0, NULL);
    cr_redirect_stderr();
}

/* A test whose body must raise: exit status 1 and the text on stderr. */
#define RAISES(name) Test(raise, name, .init = setup_stderr, .exit_code = 1)

#endif /* UNIT_H */
