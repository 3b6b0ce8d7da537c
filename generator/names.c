/*
 * names.c - C identifiers for Python names.
 *
 * Python names are kept in the emitted C so it reads like the source.  A
 * name that C reserves (a keyword, a standard macro or type the emitted
 * code uses) gets a trailing underscore; Python identifiers may also hold
 * non-ASCII letters, which C11 allows only as universal character names, so
 * those bytes are spelled as _uXXXX.
 */
#include "slotc.h"

#include <string.h>

static const char *reserved[] = {
    "auto",     "break",    "case",     "char",     "const",    "continue", "default",
    "do",       "double",   "else",     "enum",     "extern",   "float",    "for",
    "goto",     "if",       "inline",   "int",      "long",     "register", "restrict",
    "return",   "short",    "signed",   "sizeof",   "static",   "struct",   "switch",
    "typedef",  "union",    "unsigned", "void",     "volatile", "while",    "bool",
    "true",     "false",    "main",     "int64_t",  "size_t",   "NULL",     "errno",
    "stdout",   "stderr",   "printf",   "exit",     "abs",      "assert",   "self_",
    "_Bool",    "_Alignas", "_Alignof", "_Atomic",  "_Generic", "_Noreturn", "_Static_assert",
    "_Thread_local", "double_t", "out", "argc", "argv",
    "gen",      "iter",     "item", /* a generator's next function: its state, itself, its result */
};

static bool is_reserved(const char *name)
{
    for (size_t i = 0; i < sizeof reserved / sizeof reserved[0]; i++)
        if (strcmp(name, reserved[i]) == 0)
            return true;
    return strncmp(name, "slot_", 5) == 0 || strncmp(name, "SLOT_", 5) == 0;
}

const char *c_ident(const char *name)
{
    Str s = {0};
    for (const unsigned char *p = (const unsigned char *)name; *p; p++) {
        if (*p < 0x80)
            str_addn(&s, (const char *)p, 1);
        else
            str_printf(&s, "_x%02x", *p);
    }
    if (is_reserved(s.data ? s.data : ""))
        str_add(&s, "_");
    return str_finish(&s);
}
