/*
 * methods.c - the methods of built-in types that slotc translates: str's
 * and a text file's.  One table says, for each, the Python signature
 * (infer.c checks the arguments and types the result) and the runtime
 * function with the C text of each omitted argument (translate.c calls it).
 *
 * Signature letters: s str, i int, b bool, L list[str]; a letter after '|' is
 * optional.  Results: s str, i int, b bool, n None, L list[str],
 * T tuple[str, ...].
 */
#include "slotc.h"

#include <string.h>

static const Method methods[] = {
    /* str */
    {TY_STR, "upper", "", 's', "slot_str_upper", {0}},
    {TY_STR, "lower", "", 's', "slot_str_lower", {0}},
    {TY_STR, "split", "|si", 'L', "slot_str_split", {"NULL", "-1"}},
    {TY_STR, "rsplit", "|si", 'L', "slot_str_rsplit", {"NULL", "-1"}},
    {TY_STR, "splitlines", "|b", 'L', "slot_str_splitlines", {"false"}},
    {TY_STR, "strip", "|s", 's', "slot_str_strip", {"NULL"}},
    {TY_STR, "lstrip", "|s", 's', "slot_str_lstrip", {"NULL"}},
    {TY_STR, "rstrip", "|s", 's', "slot_str_rstrip", {"NULL"}},
    {TY_STR, "join", "L", 's', "slot_str_join", {0}},
    {TY_STR, "replace", "ss|i", 's', "slot_str_replace", {NULL, NULL, "-1"}},
    {TY_STR, "find", "s", 'i', "slot_str_find", {0}},
    {TY_STR, "rfind", "s", 'i', "slot_str_rfind", {0}},
    {TY_STR, "index", "s", 'i', "slot_str_index", {0}},
    {TY_STR, "rindex", "s", 'i', "slot_str_rindex", {0}},
    {TY_STR, "count", "s", 'i', "slot_str_count", {0}},
    {TY_STR, "startswith", "s", 'b', "slot_str_startswith", {0}},
    {TY_STR, "endswith", "s", 'b', "slot_str_endswith", {0}},
    {TY_STR, "ljust", "i|s", 's', "slot_str_ljust", {NULL, "NULL"}},
    {TY_STR, "rjust", "i|s", 's', "slot_str_rjust", {NULL, "NULL"}},
    {TY_STR, "center", "i|s", 's', "slot_str_center", {NULL, "NULL"}},
    {TY_STR, "zfill", "i", 's', "slot_str_zfill", {0}},
    {TY_STR, "isdigit", "", 'b', "slot_str_isdigit", {0}},
    {TY_STR, "isalpha", "", 'b', "slot_str_isalpha", {0}},
    {TY_STR, "isalnum", "", 'b', "slot_str_isalnum", {0}},
    {TY_STR, "isspace", "", 'b', "slot_str_isspace", {0}},
    {TY_STR, "isupper", "", 'b', "slot_str_isupper", {0}},
    {TY_STR, "isdecimal", "", 'b', "slot_str_isdecimal", {0}},
    {TY_STR, "isnumeric", "", 'b', "slot_str_isnumeric", {0}},
    {TY_STR, "islower", "", 'b', "slot_str_islower", {0}},
    {TY_STR, "partition", "s", 'T', "slot_str_partition", {0}},
    {TY_STR, "rpartition", "s", 'T', "slot_str_rpartition", {0}},
    /* text files */
    {TY_FILE, "write", "s", 'i', "slot_file_write", {0}},
    {TY_FILE, "read", "", 's', "slot_file_read", {0}},
    {TY_FILE, "readline", "", 's', "slot_file_readline", {0}},
    {TY_FILE, "close", "", 'n', "slot_file_close", {0}},
};

const Method *method_find(TypeKind self, const char *name)
{
    for (size_t i = 0; i < sizeof methods / sizeof methods[0]; i++)
        if (methods[i].self == self && strcmp(methods[i].name, name) == 0)
            return &methods[i];
    return NULL;
}

/* The type a signature letter stands for. */
Type *method_type(char letter)
{
    switch (letter) {
    case 's':
        return type_new(TY_STR);
    case 'i':
        return type_new(TY_INT);
    case 'b':
        return type_new(TY_BOOL);
    case 'L':
        return type_list(type_new(TY_STR));
    case 'T':
        return type_tuple(type_new(TY_STR));
    default:
        return type_new(TY_NONE);
    }
}

/* How many arguments a method takes: at least *min, at most *max. */
void method_arity(const Method *m, int *min, int *max)
{
    const char *bar = strchr(m->args, '|');
    *max = (int)strlen(m->args) - (bar ? 1 : 0);
    *min = bar ? (int)(bar - m->args) : *max;
}

/* The signature letter of argument i. */
char method_arg(const Method *m, int i)
{
    const char *p = m->args;
    for (int k = 0; *p; p++) {
        if (*p == '|')
            continue;
        if (k++ == i)
            return *p;
    }
    return 0;
}
