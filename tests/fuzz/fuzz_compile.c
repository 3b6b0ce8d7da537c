/*
 * fuzz_compile.c - libFuzzer harness: any bytes through the generator.
 *
 * Each input is taken as a Python module and goes where `slotc build` takes
 * a file, minus the disk and libclang:
 *
 *     source_from_memory -> compile_source -> emit_module
 *
 * once with derived fields and, when that compiles, once more without them
 * (--no-derive).  Every input must end in a module or in diagnostics: a
 * crash, a sanitizer report, a die() (libFuzzer reports the exit) or a hang
 * is a generator bug.  Diagnostics go to /dev/null; the arena and the error
 * count are reset after each input, so inputs do not see each other.
 *
 * Built and run by scripts/fuzz.
 */
#include "slotc.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Compiles the module text once; true when it compiled. */
static bool compile_once(const uint8_t *data, size_t size, bool derive)
{
    Source *src = source_from_memory("fuzz.py", (const char *)data, size);
    Module *m = src ? compile_source(src, derive) : NULL;
    if (m)
        emit_module(m);
    return m != NULL;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static FILE *devnull;
    if (!devnull) {
        devnull = fopen("/dev/null", "w");
        if (!devnull)
            die("cannot open /dev/null");
        diag_set_stream(devnull);
    }
    if (compile_once(data, size, true))
        compile_once(data, size, false);
    arena_free_all();
    diag_reset();
    return 0;
}
