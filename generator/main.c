/*
 * main.c - the slotc command line, and the driver that runs the passes.
 *
 *   slotc build FILE.py... -o DIR    write FILE.h and FILE.c into DIR
 *   slotc run [--arena] FILE.py [ARGS...]
 *                                    build into a temporary directory,
 *                                    compile with $CC, run with ARGS
 *   slotc inspect FILE.py            what each class's struct costs
 *   slotc compare FILE.py            run under python3 and as C: time, peak
 *                                    memory and bytes per instance
 *
 * Exit status: 0 success, 1 diagnostics in the input, 2 usage or I/O error
 * (and, for run, the program's own status).  The driver reads as the list
 * of passes and stops after any pass that reported an error.
 */
#include "slotc.h"
#include "compare.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

enum { EXIT_DIAGNOSTICS = 1, EXIT_USAGE = 2 };

/* --no-derive: keep every field stored (derive.c does nothing). */
static bool derive_fields = true;

static const char *usage_text =
    "usage: slotc build [--no-derive] [--int-bits=N] [--pack-bools] [--templates DIR] FILE.py... -o DIR\n"
    "       slotc run [--arena] [--no-derive] [--int-bits=N] [--pack-bools] [--templates DIR] FILE.py [ARGS...]\n"
    "       slotc inspect [--no-derive] [--int-bits=N] [--pack-bools] [--templates DIR] [--verify] [--json] FILE.py\n"
    "       slotc compare [--json OUT] [--svg OUT] FILE.py\n"
    "       slotc --version | --help | COMMAND --help\n"
    "\n"
    "man slotc has the whole manual.\n";

static const char *help_build =
    "usage: slotc build [--no-derive] [--int-bits=N] [--pack-bools] [--templates DIR] FILE.py... -o DIR\n\n"
    "Translates each Python module to C: DIR/NAME.h (one struct per class, the\n"
    "prototypes) and DIR/NAME.c (the functions, and main() when the module has\n"
    "an `if __name__ == \"__main__\":` block).  Files are written atomically;\n"
    "nothing is written when any input has an error.  Compile them with\n"
    "`cc -std=c11 NAME.c $(pkg-config --cflags --libs slot)`.\n\n"
    "  --no-derive      keep every field stored: by default a field whose value\n"
    "                   can always be computed from other fields becomes a\n"
    "                   function and takes no space\n"
    "  --int-bits=N     store int fields in N bits (8, 16, 32; 64 is the default);\n"
    "                   a field annotated Annotated[int, \"int16\"] (int8, int16,\n"
    "                   int32, int64, uint8, uint16, uint32) gets that width\n"
    "                   whatever N is.  Storing a value that does not fit raises\n"
    "                   OverflowError, where Python would store it\n"
    "  --pack-bools     store bool fields as one-bit fields, eight to a byte\n"
    "                   (slotc inspect shows the bytes saved)\n"
    "  --templates DIR  read templates from DIR first: a file there replaces the\n"
    "                   default template of the same name (README.md lists them\n"
    "                   and their variables)\n\n"
    "example: slotc build shapes.py -o gen/\n"
    "exit status: 0 written, 1 errors in the input, 2 usage or I/O error\n";

static const char *help_run =
    "usage: slotc run [--arena] [--no-derive] [--int-bits=N] [--pack-bools] [--templates DIR] FILE.py [ARGS...]\n\n"
    "Builds FILE.py into a temporary directory, compiles it with $CC (default cc)\n"
    "and -std=c11 -O2 -Wall -Wextra -Wpedantic -Werror $CFLAGS, links the slot runtime,\n"
    "runs the program with ARGS, removes the directory and exits with the\n"
    "program's status.  Options go before FILE.py; what follows it is ARGS.\n\n"
    "  --arena          link the arena runtime (no collector; everything is freed\n"
    "                   at exit): for sanitizer and valgrind runs\n"
    "  --no-derive, --int-bits=N, --pack-bools, --templates DIR   as for slotc build\n\n"
    "environment: CC, CFLAGS; TMPDIR (where the temporary directory goes)\n"
    "example: CFLAGS=-fsanitize=address slotc run --arena game.py --seed 4\n"
    "exit status: the program's, or 1 errors in the input, 2 usage, I/O or\n"
    "C compiler error\n";

static const char *help_inspect =
    "usage: slotc inspect [--no-derive] [--int-bits=N] [--pack-bools] [--templates DIR] [--verify] [--json] FILE.py\n\n"
    "Shows every class: its form, size, alignment and padding, and per field\n"
    "the Python type, the C type, the offset, the size and where the type came\n"
    "from; which fields are derived (computed, no storage) and, for computed\n"
    "fields that stay stored, why; and every generator's state struct.\n\n"
    "  --verify   also parse the emitted header with libclang and print each\n"
    "             struct as the C compiler lays it out (pahole-style, with\n"
    "             holes); a difference from slotc's layout is an internal error\n"
    "             (status 2).  build and run make the same check on every\n"
    "             header they write\n"
    "  --json     write the same facts as JSON (the schema is in README.md)\n"
    "  --no-derive, --int-bits=N, --pack-bools, --templates DIR   as for slotc build\n\n"
    "example: slotc inspect --verify samples/person.py\n"
    "exit status: 0 shown, 1 errors in the input, 2 usage or I/O error\n";

/* Reads path and runs the passes; NULL (and the exit status) on error. */
static Module *compile_file(const char *path, int *status)
{
    bool io_error;
    Source *src = source_read(path, &io_error);
    if (!src) {
        *status = io_error ? EXIT_USAGE : EXIT_DIAGNOSTICS;
        return NULL;
    }
    Module *m = compile_source(src, derive_fields);
    if (!m)
        *status = EXIT_DIAGNOSTICS;
    return m;
}

static bool wants_help(int argc, char **argv)
{
    for (int i = 0; i < argc; i++)
        if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0)
            return true;
    return false;
}

static int usage(const char *message)
{
    fprintf(stderr, "slotc: %s\n%s", message, usage_text);
    return EXIT_USAGE;
}

static bool is_directory(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* Every input is compiled before anything is written. */
static int build(const char **files, int n, const char *dir)
{
    if (!is_directory(dir)) {
        diag_plain("output directory '%s' does not exist or is not a directory", dir);
        return EXIT_USAGE;
    }
    Output **outs = arena_alloc(sizeof(Output *) * (size_t)n);
    int status = 0;
    for (int i = 0; i < n; i++) {
        Module *m = compile_file(files[i], &status);
        if (m)
            outs[i] = emit_module(m);
        if (m && !verify_layouts(m, outs[i], NULL))
            return EXIT_USAGE;
    }
    if (diag_error_count())
        return status ? status : EXIT_DIAGNOSTICS;
    for (int i = 0; i < n; i++)
        if (!emit_write(outs[i], dir))
            return EXIT_USAGE;
    return 0;
}

/* Applies --templates DIR; a usage error (2) when DIR is not a directory. */
static int set_templates(const char *dir)
{
    if (template_set_user_dir(dir))
        return 0;
    diag_plain("templates directory '%s' cannot be read: %s", dir, strerror(errno));
    return EXIT_USAGE;
}

/* Applies --int-bits=N; a usage error (2) for another N. */
static int set_int_bits(const char *n)
{
    static const char *const widths[] = {"8", "16", "32", "64"};
    for (size_t i = 0; i < sizeof widths / sizeof widths[0]; i++)
        if (strcmp(n, widths[i]) == 0) {
            infer_set_int_bits(atoi(n));
            return 0;
        }
    return usage(arena_printf("--int-bits takes 8, 16, 32 or 64, not '%s'", n));
}

/* Takes the options build and inspect share out of argv, wherever they are
 * (--no-derive, --int-bits=N, --templates DIR); the new argc, or -1 (and
 * *status) after an error. */
static int take_shared_options(int argc, char **argv, int *status)
{
    int n = 0;
    for (int i = 0; i < argc; i++) {
        if (strcmp(argv[i], "--no-derive") == 0)
            derive_fields = false;
        else if (strcmp(argv[i], "--pack-bools") == 0)
            layout_set_pack_bools(true);
        else if (strncmp(argv[i], "--int-bits=", 11) == 0) {
            if ((*status = set_int_bits(argv[i] + 11)))
                return -1;
        } else if (strcmp(argv[i], "--templates") == 0 && i + 1 < argc) {
            if ((*status = set_templates(argv[++i])))
                return -1;
        } else
            argv[n++] = argv[i];
    }
    return n;
}

static int cmd_build(int argc, char **argv)
{
    int status = 0;
    if ((argc = take_shared_options(argc, argv, &status)) < 0)
        return status;
    if (wants_help(argc, argv)) {
        fputs(help_build, stdout);
        return 0;
    }
    const char **files = arena_alloc(sizeof(char *) * (size_t)(argc + 1));
    int n = 0;
    const char *dir = NULL;
    for (int i = 0; i < argc; i++) {
        if (strcmp(argv[i], "-o") == 0 && i + 1 < argc)
            dir = argv[++i];
        else if (argv[i][0] == '-')
            return usage(arena_printf("build: unknown option '%s'", argv[i]));
        else
            files[n++] = argv[i];
    }
    if (!n || !dir)
        return usage("build needs at least one FILE.py and -o DIR");
    return build(files, n, dir);
}

static int cmd_inspect(int argc, char **argv)
{
    int status = 0;
    if ((argc = take_shared_options(argc, argv, &status)) < 0)
        return status;
    if (wants_help(argc, argv)) {
        fputs(help_inspect, stdout);
        return 0;
    }
    bool verify = false, json = false;
    for (; argc > 1 && argv[0][0] == '-'; argc--, argv++) {
        if (strcmp(argv[0], "--verify") == 0)
            verify = true;
        else if (strcmp(argv[0], "--json") == 0)
            json = true;
        else
            return usage(arena_printf("inspect: unknown option '%s'", argv[0]));
    }
    if (argc != 1 || argv[0][0] == '-')
        return usage("inspect needs exactly one FILE.py");
    Module *m = compile_file(argv[0], &status);
    if (!m)
        return status;
    Output *out = emit_module(m); /* lays out the generators' state too */
    if (json)
        inspect_module_json(m, stdout);
    else
        inspect_module(m, stdout);
    if (!verify)
        return 0;
    fputs("\nThe emitted structs as the C compiler lays them out (libclang):\n\n", stdout);
    return verify_layouts(m, out, stdout) ? 0 : EXIT_USAGE;
}

/* Splits a flags string ($CC, $CFLAGS) on spaces into argv. */
static void split_words(const char *text, Vec *args)
{
    char *copy = arena_strdup(text ? text : "");
    for (char *w = strtok(copy, " \t\n"); w; w = strtok(NULL, " \t\n"))
        vec_push(args, w);
}

/* Runs argv; returns its exit status (128 + signal when killed). */
static int spawn(Vec *args)
{
    vec_push(args, NULL);
    fflush(stdout);
    pid_t pid = fork();
    if (pid < 0)
        return -1;
    if (pid == 0) {
        execvp(VEC_AT(char *, *args, 0), (char **)args->items);
        fprintf(stderr, "slotc: cannot run '%s': %s\n", VEC_AT(char *, *args, 0), strerror(errno));
        _exit(127);
    }
    int status;
    while (waitpid(pid, &status, 0) < 0)
        if (errno != EINTR)
            return -1;
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

static int compile_c(const char *dir, const Output *out, bool arena)
{
    Vec args = {0};
    split_words(getenv("CC") && *getenv("CC") ? getenv("CC") : "cc", &args);
    split_words("-std=c11 -O2 -Wall -Wextra -Wpedantic -Werror", &args);
    split_words(getenv("CFLAGS"), &args);
    vec_push(&args, arena_printf("-I%s", paths_runtime_include()));
    vec_push(&args, "-o");
    vec_push(&args, arena_printf("%s/program", dir));
    vec_push(&args, arena_printf("%s/%s", dir, out->source_name));
    vec_push(&args, (char *)paths_runtime_library(arena ? "libslot_arena.a" : "libslot.a"));
    if (!arena)
        split_words(SLOTC_GC_LIBS, &args);
    vec_push(&args, "-lm");
    int status = spawn(&args);
    if (status != 0)
        diag_plain("the C compiler failed on the code slotc emitted for '%s' (status %d)", out->source_name,
                   status);
    return status;
}

static void remove_tree(const char *dir, const Output *out)
{
    const char *files[] = {out ? out->header_name : NULL, out ? out->source_name : NULL, "program"};
    for (size_t i = 0; i < 3; i++)
        if (files[i])
            unlink(arena_printf("%s/%s", dir, files[i]));
    rmdir(dir);
}

/* Builds path into a new temporary directory and compiles it there to
 * *dir/program (run and compare); 0, or the exit status after an error. */
static int run_build(const char *path, bool arena, Module **module, Output **out, char **dir)
{
    int status = 0;
    Module *m = *module = compile_file(path, &status);
    if (!m)
        return status;
    if (!m->has_entry && !m->script) {
        diag_plain("'%s' has no statement to run: add an `if __name__ == \"__main__\":` block", path);
        return EXIT_DIAGNOSTICS;
    }
    *out = emit_module(m);
    if (!verify_layouts(m, *out, NULL))
        return EXIT_USAGE;
    const char *base = getenv("TMPDIR") && *getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp";
    *dir = arena_printf("%s/slotc-run.XXXXXX", base);
    if (!mkdtemp(*dir)) {
        diag_plain("cannot create a temporary directory in '%s': %s", base, strerror(errno));
        return EXIT_USAGE;
    }
    if (!emit_write(*out, *dir) || compile_c(*dir, *out, arena) != 0) {
        remove_tree(*dir, *out);
        return EXIT_USAGE;
    }
    return 0;
}

/* run's options come before FILE.py: what follows it is the program's. */
static int cmd_run(int argc, char **argv)
{
    bool arena = false;
    int status;
    for (; argc > 0 && argv[0][0] == '-'; argc--, argv++) {
        if (strcmp(argv[0], "--help") == 0 || strcmp(argv[0], "-h") == 0) {
            fputs(help_run, stdout);
            return 0;
        } else if (strcmp(argv[0], "--arena") == 0)
            arena = true;
        else if (strcmp(argv[0], "--no-derive") == 0)
            derive_fields = false;
        else if (strcmp(argv[0], "--pack-bools") == 0)
            layout_set_pack_bools(true);
        else if (strncmp(argv[0], "--int-bits=", 11) == 0) {
            if ((status = set_int_bits(argv[0] + 11)))
                return status;
        } else if (strcmp(argv[0], "--templates") == 0 && argc > 1) {
            if ((status = set_templates(argv[1])))
                return status;
            argc--, argv++;
        } else
            return usage(arena_printf("run: unknown option '%s'", argv[0]));
    }
    if (argc < 1)
        return usage("run needs a FILE.py");
    Module *m;
    Output *out;
    char *dir;
    status = run_build(argv[0], arena, &m, &out, &dir);
    if (status)
        return status;
    Vec args = {0};
    vec_push(&args, arena_printf("%s/program", dir));
    for (int i = 1; i < argc; i++)
        vec_push(&args, argv[i]);
    status = spawn(&args);
    remove_tree(dir, out);
    return status < 0 ? EXIT_USAGE : status;
}

/* Builds like run, then compare.c runs both programs and measures them. */
static int cmd_compare(int argc, char **argv)
{
    CompareOptions opt;
    int status = 0;
    if (!compare_options(argc, argv, &opt, &status))
        return status;
    Module *m;
    Output *out;
    char *dir;
    status = run_build(opt.file, false, &m, &out, &dir);
    if (status)
        return status;
    status = compare_programs(&opt, m, dir);
    remove_tree(dir, out);
    return status;
}

static int dispatch(int argc, char **argv)
{
    if (argc < 2)
        return usage("no command given");
    const char *cmd = argv[1];
    if (strcmp(cmd, "--version") == 0) {
        printf("slotc %s\n", SLOTC_VERSION);
        return 0;
    }
    if (strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0 || strcmp(cmd, "help") == 0) {
        fputs(usage_text, stdout);
        return 0;
    }
    if (strcmp(cmd, "build") == 0)
        return cmd_build(argc - 2, argv + 2);
    if (strcmp(cmd, "run") == 0)
        return cmd_run(argc - 2, argv + 2);
    if (strcmp(cmd, "inspect") == 0)
        return cmd_inspect(argc - 2, argv + 2);
    if (strcmp(cmd, "compare") == 0)
        return cmd_compare(argc - 2, argv + 2);
    return usage(arena_printf("unknown command '%s'", cmd));
}

int main(int argc, char **argv)
{
    int status = dispatch(argc, argv);
    arena_free_all();
    return status;
}
