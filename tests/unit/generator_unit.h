/*
 * generator_unit.h - what the generator's unit test programs share: a
 * source held in memory compiled through the real pipeline with its
 * diagnostics captured, a field looked up by name, and strings copied where
 * Criterion's parameterized cases can reach them.
 */
#ifndef GENERATOR_UNIT_H
#define GENERATOR_UNIT_H

#include <criterion/alloc.h>
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "slotc.h"

/* Compiles text as "test.py"; diagnostics go to *diags (caller frees). */
static inline Module *compile_text(const char *text, char **diags)
{
    size_t size;
    FILE *stream = open_memstream(diags, &size);
    diag_set_stream(stream);
    Source *src = source_from_memory("test.py", text, strlen(text));
    Module *m = src ? compile_source(src, true) : NULL;
    fclose(stream);
    diag_set_stream(NULL);
    return m;
}

/* The field cls.field (or one cls inherits); the test fails without it. */
static inline Field *field_of(Module *m, const char *cls, const char *field)
{
    Class *c = module_find_class(m, cls);
    cr_assert_not_null(c, "class %s", cls);
    Field *f = class_find_field(c, field);
    cr_assert_not_null(f, "field %s.%s", cls, field);
    return f;
}

/* Criterion runs each parameterized case in a new process image, where the
 * addresses of static strings differ: cases are copied to its shared
 * memory with cr_malloc / cr_strdup. */
static inline const char *shared(const char *s)
{
    char *copy = cr_malloc(strlen(s) + 1);
    strcpy(copy, s);
    return copy;
}

#endif /* GENERATOR_UNIT_H */
