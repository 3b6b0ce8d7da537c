/*
 * compare.c - `slotc compare`: the same program under CPython and as C.
 *
 * main.c builds and compiles FILE.py as `slotc run` does; this file runs
 * the two programs and puts their costs side by side:
 *
 *   1. python3 FILE.py and the C program each run once under GNU time
 *      (/usr/bin/time), stdin from /dev/null, stdout into a file: the wall
 *      time is measured here with CLOCK_MONOTONIC, the peak RSS is GNU
 *      time's %M (its wait4()'s ru_maxrss).  A child forked from slotc
 *      itself would not do: Linux keeps the high-water mark of the process
 *      image exec replaces, and slotc's own (libclang loaded) is some 60 MB.
 *      GNU time is a small process that forks the program for us.
 *   2. Their stdout must be identical byte for byte, and their exit statuses
 *      equal; otherwise the first differing line of each is reported and
 *      the status is 1.
 *   3. A second python3 run, under measure.py (the driver below, written
 *      into the build directory), counts the instances of each class and
 *      measures the bytes one costs in CPython, as written and with
 *      __slots__.  Its own comment says how.
 *   4. In C an instance costs its struct (c->size, after derive and
 *      layout) rounded up as the collector rounds it (compare__gc_bytes).
 *
 * The report is a table on stdout, and optionally JSON (schema in
 * README.md) and an SVG bar chart, each written atomically.
 */
#include "compare.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

enum {
    EXIT_DIFFERENT = 1, /* the outputs or the exit statuses differ */
    EXIT_USAGE = 2,     /* usage, I/O, C compiler or measuring error */
};

/* Instances of each class that the driver measures (the first ones made). */
#define COMPARE_SAMPLES "1000"
#define COMPARE_PYTHON  "python3"
#define COMPARE_TIME    "/usr/bin/time"
/* Longest text of a differing line that "outputs differ" shows. */
#define COMPARE_LINE_MAX 200

static const char *compare__help =
    "usage: slotc compare [--json OUT] [--svg OUT] FILE.py\n\n"
    "Builds FILE.py as `slotc run` does, then runs it under python3 and as C,\n"
    "each once under GNU time (/usr/bin/time) with stdin from /dev/null.  Their\n"
    "stdout must be identical (otherwise: \"outputs differ\", the first differing\n"
    "line of each, status 1).  Prints the wall time and peak RSS of each run, and\n"
    "per class the instances the program made and the bytes one costs: in CPython\n"
    "as written and with __slots__ (tracemalloc, in a second python3 run, on the\n"
    "first " COMPARE_SAMPLES " instances of each class), and in C (sizeof plus the collector's\n"
    "rounding).  --json OUT writes the same data (schema in README.md), --svg OUT\n"
    "a bar chart; files are written atomically.\n\n"
    "environment: CC, CFLAGS (as for run)\n"
    "example: slotc compare --json crowd.json --svg crowd.svg crowd.py\n"
    "exit status: 0 compared, 1 errors in the input or outputs that differ,\n"
    "2 usage, I/O or C compiler error\n";

/* measure.py: the second python3 run (step 3 above), one string a line. */
static const char *const compare__driver[] = {
    "# measure.py - written and run by `slotc compare` (generator/compare.c).",
    "#",
    "# usage: python3 measure.py FILE.py OUT LIMIT",
    "#",
    "# Runs FILE.py as __main__ (runpy.run_path, as `python3 FILE.py` would) with",
    "# two hooks installed first, builtins.__build_class__ and",
    "# collections.namedtuple, which give every class that code in FILE.py makes",
    "# a __new__ that counts its instances and keeps the first LIMIT of them",
    "# alive.  After the run each kept instance is measured:",
    "#",
    "#   own blocks    the instance made again from its field values",
    "#                 (object.__new__ + object.__setattr__, or tuple.__new__)",
    "#                 while tracemalloc traces: the object with its GC header,",
    "#                 and the inline values or dict that hold its attributes,",
    "#                 each block rounded up as the allocator rounds it (pymalloc:",
    "#                 16-byte classes up to 512 bytes; malloc above).",
    "#   field values  a value counts when the instance holds the only reference",
    "#                 to it: a float or an int outside the small-int cache",
    "#                 computed at run time, a string built at run time, a list",
    "#                 made for it.  A value shared with anything else counts 0:",
    "#                 small ints, interned and literal strings, None, True, a",
    "#                 string taken from a list.  Items of an owned list, tuple,",
    "#                 dict or set count by the same rule; an instance of one of",
    "#                 the module's classes counts in its own class only.",
    "#",
    "# \"with __slots__\" is the same measurement with a copy of the class that",
    "# declares its attribute names as __slots__ (the class itself when its",
    "# instances have no __dict__).  OUT gets one line per class that made",
    "# instances: \"NAME INSTANCES SAMPLED AS_WRITTEN WITH_SLOTS\", the last two",
    "# the mean bytes per sampled instance (-1 when they could not be measured),",
    "# after the lines \"python VERSION\" and \"exit STATUS\" (the status",
    "# python3 FILE.py would have exited with).",
    "import builtins",
    "import collections",
    "import inspect",
    "import os",
    "import runpy",
    "import sys",
    "import tracemalloc",
    "import traceback",
    "",
    "PATH, OUT, LIMIT = sys.argv[1], sys.argv[2], int(sys.argv[3])",
    "counts = {}     # class -> instances made",
    "samples = {}    # class -> its first LIMIT instances",
    "originals = {}  # instrumented class -> the __new__ it defined itself, or None",
    "makers = {}     # class -> the __new__ counting_new calls for it",
    "",
    "",
    "def maker(cls):",
    "    \"\"\"The __new__ cls would use without the counting ones.\"\"\"",
    "    for c in cls.__mro__:",
    "        entry = c.__dict__.get(\"__new__\")",
    "        if entry is COUNTING_NEW:",
    "            entry = originals.get(c)",
    "        if entry is not None:",
    "            makers[cls] = entry.__func__ if isinstance(entry, staticmethod) else entry",
    "            return makers[cls]",
    "    raise TypeError(f\"no __new__ for {cls.__name__}\")",
    "",
    "",
    "def counting_new(cls, *args, **kwargs):",
    "    make = makers.get(cls) or maker(cls)",
    "    obj = make(cls) if make is object.__new__ else make(cls, *args, **kwargs)",
    "    if type(obj) is cls:",
    "        made = counts.get(cls, 0)",
    "        counts[cls] = made + 1",
    "        if made < LIMIT:",
    "            samples.setdefault(cls, []).append(obj)",
    "    return obj",
    "",
    "",
    "COUNTING_NEW = staticmethod(counting_new)",
    "",
    "",
    "def instrument(cls):",
    "    if type(cls) is type and cls not in originals:",
    "        originals[cls] = cls.__dict__.get(\"__new__\")",
    "        cls.__new__ = COUNTING_NEW",
    "",
    "",
    "build_class = builtins.__build_class__",
    "make_namedtuple = collections.namedtuple",
    "",
    "",
    "def hooked_build_class(func, name, *bases, **kwargs):",
    "    cls = build_class(func, name, *bases, **kwargs)",
    "    if func.__code__.co_filename == PATH:",
    "        instrument(cls)",
    "    return cls",
    "",
    "",
    "def hooked_namedtuple(typename, field_names, **kwargs):",
    "    caller = sys._getframe(1)",
    "    if kwargs.get(\"module\") is None:",
    "        kwargs[\"module\"] = caller.f_globals.get(\"__name__\", \"__main__\")",
    "    cls = make_namedtuple(typename, field_names, **kwargs)",
    "    if caller.f_code.co_filename == PATH:",
    "        instrument(cls)",
    "    return cls",
    "",
    "",
    "def run_module():",
    "    \"\"\"Runs FILE.py as python3 FILE.py would; returns the exit status that",
    "    python3 would have had (an uncaught exception's traceback goes to",
    "    stderr).\"\"\"",
    "    builtins.__build_class__ = hooked_build_class",
    "    collections.namedtuple = hooked_namedtuple",
    "    sys.argv = [PATH]",
    "    sys.path[0] = os.path.dirname(os.path.abspath(PATH))",
    "    try:",
    "        runpy.run_path(PATH, run_name=\"__main__\")",
    "        return 0",
    "    except SystemExit as e:",
    "        return e.code if isinstance(e.code, int) else 0 if e.code is None else 1",
    "    except BaseException:",
    "        traceback.print_exc()",
    "        return 1",
    "    finally:",
    "        builtins.__build_class__ = build_class",
    "        collections.namedtuple = make_namedtuple",
    "        sys.stdout.flush()",
    "",
    "",
    "def block(size):",
    "    \"\"\"The bytes the allocator takes for a request of size bytes.\"\"\"",
    "    if size <= 512:",
    "        return (size + 15) // 16 * 16",
    "    return max(32, (size + 8 + 15) // 16 * 16)",
    "",
    "",
    "def attribute_names(obj):",
    "    \"\"\"obj's attribute names: its slots (base classes first), then its",
    "    __dict__ in insertion order; None for a tuple (a namedtuple).\"\"\"",
    "    if isinstance(obj, tuple):",
    "        return None",
    "    names = []",
    "    for klass in reversed(type(obj).__mro__):",
    "        slots = klass.__dict__.get(\"__slots__\", ())",
    "        for name in (slots,) if isinstance(slots, str) else slots:",
    "            if name.startswith(\"__\") and not name.endswith(\"__\"):",
    "                name = \"_\" + klass.__name__.lstrip(\"_\") + name",
    "            if name not in (\"__dict__\", \"__weakref__\") and hasattr(obj, name):",
    "                names.append(name)",
    "    return names + list(getattr(obj, \"__dict__\", {}))",
    "",
    "",
    "def values_of(obj, names):",
    "    if names is None:",
    "        return list(obj)",
    "    attributes = getattr(obj, \"__dict__\", {})",
    "    return [attributes[n] if n in attributes else getattr(obj, n) for n in names]",
    "",
    "",
    "def remake(cls, names, values):",
    "    \"\"\"A new instance of cls holding values.\"\"\"",
    "    if names is None:",
    "        return tuple.__new__(cls, values)",
    "    obj = object.__new__(cls)",
    "    for i in range(len(names)):",
    "        object.__setattr__(obj, names[i], values[i])",
    "    return obj",
    "",
    "",
    "# The lines of remake that allocate the object and its attribute storage.",
    "REMAKE_LINES = {remake.__code__.co_firstlineno + i for i, text in enumerate(inspect.getsourcelines(remake)[0])",
    "                if \"__new__(\" in text or \"__setattr__(\" in text}",
    "HERE = remake.__code__.co_filename",
    "",
    "",
    "def own_bytes(cls, names, values):",
    "    \"\"\"The blocks a new instance of cls holding values allocates.  A first",
    "    instance fills the free lists the call's temporaries come from, so only",
    "    the second one's own blocks stay traced.\"\"\"",
    "    remake(cls, names, values)",
    "    tracemalloc.clear_traces()",
    "    obj = remake(cls, names, values)",
    "    traces = tracemalloc.take_snapshot().traces",
    "    del obj",
    "    return sum(block(t.size) for t in traces",
    "               if t.traceback[0].filename == HERE and t.traceback[0].lineno in REMAKE_LINES)",
    "",
    "",
    "def slotted_copy(cls, names):",
    "    \"\"\"cls with its attribute names as __slots__, or cls when its instances",
    "    have no __dict__ (or the names cannot be slots).\"\"\"",
    "    if names is None or not any(\"__dict__\" in c.__dict__ for c in cls.__mro__):",
    "        return cls",
    "    try:",
    "        return type(cls.__name__, (object,), {\"__slots__\": tuple(names)})",
    "    except TypeError:",
    "        return cls",
    "",
    "",
    "def owned(value, seen, probe=False):",
    "    \"\"\"The bytes of value (and of the items it alone holds) when its owner",
    "    holds the only reference to it.  Every caller holds value in a list and",
    "    a loop variable, which calibrate() counts.\"\"\"",
    "    refs = sys.getrefcount(value)",
    "    if probe:",
    "        return refs",
    "    if refs > EXCLUSIVE or id(value) in seen or type(value) in originals or type(value) in counts:",
    "        return 0  # shared, counted already, or an instance of the module's (its class counts it)",
    "    seen.add(id(value))",
    "    if type(value) is list:  # the list object and its item array",
    "        empty = sys.getsizeof([])",
    "        total = block(empty) + (block(sys.getsizeof(value) - empty) if sys.getsizeof(value) > empty else 0)",
    "    else:",
    "        total = block(sys.getsizeof(value))",
    "    if isinstance(value, (list, tuple, set, frozenset)):",
    "        items = list(value)",
    "    elif isinstance(value, dict):",
    "        items = list(value.values())",
    "    else:",
    "        return total",
    "    for item in items:",
    "        total += owned(item, seen)",
    "    return total",
    "",
    "",
    "def calibrate():",
    "    \"\"\"The reference count owned() sees for a value that only its owner holds.\"\"\"",
    "    owner = [float(len(sys.argv)) + 0.5]",
    "    for value in list(owner):",
    "        return owned(value, set(), probe=True)",
    "",
    "",
    "EXCLUSIVE = calibrate()",
    "",
    "",
    "def measure(cls, kept):",
    "    \"\"\"Mean bytes per kept instance, as written and with __slots__.\"\"\"",
    "    remade = {}  # attribute names -> own bytes as written, with slots",
    "    written = slotted = 0",
    "    for obj in kept:",
    "        names = attribute_names(obj)",
    "        key = None if names is None else tuple(names)",
    "        if key not in remade:",
    "            values = values_of(obj, names)",
    "            remade[key] = (own_bytes(cls, names, values), own_bytes(slotted_copy(cls, names), names, values))",
    "            del values",
    "        fields = 0",
    "        for value in values_of(obj, names):",
    "            fields += owned(value, set())",
    "        written += remade[key][0] + fields",
    "        slotted += remade[key][1] + fields",
    "    return written / len(kept), slotted / len(kept)",
    "",
    "",
    "def main():",
    "    status = run_module()",
    "    tracemalloc.start()",
    "    lines = [f\"python {sys.version.split()[0]}\\n\", f\"exit {status}\\n\"]",
    "    for cls, kept in samples.items():",
    "        try:",
    "            written, slotted = measure(cls, kept)",
    "        except Exception:  # reported as unknown, the rest still measured",
    "            traceback.print_exc()",
    "            written = slotted = -1",
    "        lines.append(f\"{cls.__name__} {counts[cls]} {len(kept)} {written:.1f} {slotted:.1f}\\n\")",
    "    tracemalloc.stop()",
    "    with open(OUT, \"w\") as out:",
    "        out.writelines(lines)",
    "",
    "",
    "main()"};

/* Files compare_programs makes in the build directory. */
static const char *const compare__files[] = {"interpreter.txt", "measure.py", "measure.txt", "measure.err",
                                             "python.out", "python.rss", "c.out", "c.rss"};

/* One measured run of a program. */
typedef struct CompareRun {
    double seconds; /* wall time */
    long kib;       /* peak RSS in KiB */
    int status;     /* exit status; 128 + N when killed by signal N */
    char *out;      /* its stdout (arena) */
    size_t len;
} CompareRun;

/* What one instance of a class costs. */
typedef struct CompareClass {
    const Class *cls;
    long instances;        /* made in the python3 run */
    long sampled;          /* of them measured */
    double written, slots; /* CPython bytes per instance (means); < 0 unknown */
    int c_size;            /* sizeof the struct */
    int c_bytes;           /* with the collector's rounding */
} CompareClass;

typedef struct Compare {
    const CompareOptions *opt;
    const char *dir;
    const char *interpreter; /* the python3 executable itself */
    const char *python;      /* its version */
    CompareRun py, c;
    CompareClass *classes;
    int nclasses;
} Compare;

/* ---- the command line ---------------------------------------------------- */

static int compare__usage(const char *message)
{
    fprintf(stderr, "slotc: %s\nusage: slotc compare [--json OUT] [--svg OUT] FILE.py\n", message);
    return EXIT_USAGE;
}

/* The directory part of path ("." when it has none). */
static const char *compare__dirname(const char *path)
{
    const char *slash = strrchr(path, '/');
    if (!slash)
        return ".";
    return slash == path ? "/" : arena_strndup(path, (size_t)(slash - path));
}

/* Whether path can be written the way compare__write does (a new file in
 * its directory, renamed over it); reports why not. */
static bool compare__writable(const char *path)
{
    struct stat st;
    if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
        diag_plain("cannot write '%s': it is a directory", path);
        return false;
    }
    if (access(compare__dirname(path), W_OK | X_OK) != 0) {
        diag_plain("cannot write '%s': %s", path, strerror(errno));
        return false;
    }
    return true;
}

/* Where the value of option arg goes (--json, --svg), or NULL. */
static const char **compare__option(CompareOptions *opt, const char *arg)
{
    if (strcmp(arg, "--json") == 0)
        return &opt->json;
    if (strcmp(arg, "--svg") == 0)
        return &opt->svg;
    return NULL;
}

bool compare_options(int argc, char **argv, CompareOptions *opt, int *status)
{
    *opt = (CompareOptions){0};
    *status = 0;
    for (int i = 0; i < argc; i++) {
        const char **value = compare__option(opt, argv[i]);
        if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
            fputs(compare__help, stdout);
            return false;
        } else if (value && i + 1 < argc) {
            *value = argv[++i];
        } else if (value) {
            *status = compare__usage(arena_printf("compare: %s needs a file name", argv[i]));
            return false;
        } else if (argv[i][0] == '-') {
            *status = compare__usage(arena_printf("compare: unknown option '%s'", argv[i]));
            return false;
        } else if (opt->file) {
            *status = compare__usage("compare needs exactly one FILE.py");
            return false;
        } else {
            opt->file = argv[i];
        }
    }
    if (!opt->file)
        *status = compare__usage("compare needs a FILE.py");
    else if ((opt->json && !compare__writable(opt->json)) || (opt->svg && !compare__writable(opt->svg)))
        *status = EXIT_USAGE;
    return *status == 0;
}

/* ---- files and processes ------------------------------------------------- */

/* The whole of path, NUL-terminated, in the arena; NULL on error (errno). */
static char *compare__read(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    Str s = {0};
    char buf[1 << 16];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, f)) > 0)
        str_addn(&s, buf, n);
    bool ok = !ferror(f);
    fclose(f);
    *len = s.len;
    char *text = str_finish(&s);
    return ok ? text : NULL;
}

/* Writes text to path through a temporary file in the same directory and a
 * rename, so path is never half-written; reports an error. */
static bool compare__write(const char *path, const char *text)
{
    const char *slash = strrchr(path, '/');
    char *tmp = arena_printf("%s/.%s.XXXXXX", compare__dirname(path), slash ? slash + 1 : path);
    int fd = mkstemp(tmp);
    FILE *f = fd < 0 ? NULL : fdopen(fd, "wb");
    mode_t mask = umask(0);
    umask(mask);
    size_t n = strlen(text);
    bool ok = f && fchmod(fd, 0666 & ~mask) == 0 && fwrite(text, 1, n, f) == n;
    ok = f && fclose(f) == 0 && ok;
    if (fd >= 0 && !f)
        close(fd);
    if (ok && rename(tmp, path) == 0)
        return true;
    diag_plain("cannot write '%s': %s", path, strerror(errno));
    if (fd >= 0)
        unlink(tmp);
    return false;
}

/* Opens path onto fd (O_WRONLY|O_CREAT|O_TRUNC for output) in a child. */
static void compare__redirect(int fd, const char *path, int flags)
{
    int file = open(path, flags, 0600);
    if (file < 0 || dup2(file, fd) < 0) {
        fprintf(stderr, "slotc: cannot open '%s': %s\n", path, strerror(errno));
        _exit(127);
    }
    close(file);
}

/* An argument vector, NULL-terminated, from words (NULL-terminated). */
static Vec compare__args(const char *const *words)
{
    Vec args = {0};
    for (; *words; words++)
        vec_push(&args, (void *)*words);
    vec_push(&args, NULL);
    return args;
}

/* Runs args (NULL-terminated) with stdin from /dev/null, stdout into out
 * and stderr into err (NULL: slotc's own stderr); returns its exit status,
 * 128 + N when signal N killed it, -1 when it could not be started. */
static int compare__spawn(Vec *args, const char *out, const char *err)
{
    fflush(stdout);
    fflush(stderr);
    pid_t pid = fork();
    if (pid < 0)
        return -1;
    if (pid == 0) {
        compare__redirect(STDIN_FILENO, "/dev/null", O_RDONLY);
        compare__redirect(STDOUT_FILENO, out, O_WRONLY | O_CREAT | O_TRUNC);
        if (err)
            compare__redirect(STDERR_FILENO, err, O_WRONLY | O_CREAT | O_TRUNC);
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

static double compare__now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* The interpreter python3 runs (its sys.executable), so that the runs
 * measure CPython and not a wrapper such as pyenv's shim; python3 itself
 * when it does not say. */
static const char *compare__interpreter(const char *dir)
{
    const char *out = arena_printf("%s/interpreter.txt", dir);
    const char *words[] = {COMPARE_PYTHON, "-c", "import sys; print(sys.executable)", NULL};
    Vec args = compare__args(words);
    size_t len;
    char *path = compare__spawn(&args, out, "/dev/null") == 0 ? compare__read(out, &len) : NULL;
    if (path)
        path[strcspn(path, "\n")] = '\0';
    return path && *path ? path : COMPARE_PYTHON;
}

/* Runs program (with arg, if not NULL) under GNU time: its stdout into
 * dir/NAME.out, its peak RSS from dir/NAME.rss (-q: nothing but %M there).
 * False after reporting that it could not be run or measured; the
 * program's own failure is its status. */
static bool compare__measure(const char *dir, const char *name, const char *program, const char *arg,
                             CompareRun *run)
{
    const char *out = arena_printf("%s/%s.out", dir, name), *rss = arena_printf("%s/%s.rss", dir, name);
    const char *words[] = {COMPARE_TIME, "-q", "-f", "%M", "-o", rss, program, arg, NULL};
    Vec args = compare__args(words);
    double start = compare__now();
    run->status = compare__spawn(&args, out, NULL);
    run->seconds = compare__now() - start;
    size_t len;
    const char *report = compare__read(rss, &len);
    run->kib = report ? strtol(report, NULL, 10) : 0;
    run->out = compare__read(out, &run->len);
    if (run->status < 0 || run->status == 127 || run->kib <= 0 || !run->out) {
        diag_plain("could not run '%s' under %s (status %d)%s", program, COMPARE_TIME, run->status,
                   access(COMPARE_TIME, X_OK) ? ": it needs GNU time (Debian's package 'time')" : "");
        return false;
    }
    return true;
}

/* ---- the two outputs ----------------------------------------------------- */

/* The line of text that starts at start, for a message: at most
 * COMPARE_LINE_MAX bytes of it, and a note when it has no newline. */
static const char *compare__line(const char *text, size_t len, size_t start)
{
    if (start >= len)
        return "(the output ends before this line)";
    const char *end = memchr(text + start, '\n', len - start);
    size_t n = end ? (size_t)(end - text) - start : len - start;
    const char *note = end ? "" : " (no newline at the end)";
    if (n > COMPARE_LINE_MAX) {
        n = COMPARE_LINE_MAX;
        note = " ...";
    }
    return arena_printf("%.*s%s", (int)n, text + start, note);
}

/* Reports the first line where the two outputs differ; true when they are
 * the same. */
static bool compare__same_output(const Compare *cmp)
{
    const CompareRun *py = &cmp->py, *c = &cmp->c;
    if (py->len == c->len && memcmp(py->out, c->out, py->len) == 0)
        return true;
    size_t at = 0, start = 0;
    int line = 1;
    for (; at < py->len && at < c->len && py->out[at] == c->out[at]; at++)
        if (py->out[at] == '\n') {
            line++;
            start = at + 1;
        }
    diag_plain("outputs differ: '%s' prints different text under CPython and as C\n"
               "  line %d, CPython: %s\n  line %d, slotc:   %s",
               cmp->opt->file, line, compare__line(py->out, py->len, start), line,
               compare__line(c->out, c->len, start));
    return false;
}

/* ---- bytes per instance -------------------------------------------------- */

/* What the collector takes for an object of size bytes.  libgc 8.2 with
 * all-interior-pointers off (runtime/alloc.c) adds no byte, and GC_size()
 * on a fresh heap gives:
 *   up to 384 bytes    whole 16-byte granules (at least one)
 *   up to 2048 bytes   an even number of granules, as many as leaves a 4 KiB
 *                      heap block holding a whole number of objects
 *                      (400 -> 448, 1000 -> 1024)
 *   larger             whole 4 KiB heap blocks (GC_size says less: the rest
 *                      of the last block holds nothing else) */
static int compare__gc_bytes(int size)
{
    int granules = size <= 16 ? 1 : (size + 15) / 16;
    if (size <= 384)
        return granules * 16;
    if (size <= 2048) {
        granules += granules & 1;
        return (256 / (256 / granules) & ~1) * 16;
    }
    return (size + 4095) / 4096 * 4096;
}

/* Writes the driver into dir and runs it on the module (its stdout
 * discarded, its stderr kept); returns its report, or NULL after saying
 * why there is none. */
static char *compare__run_driver(const Compare *cmp)
{
    Str text = {0};
    for (size_t i = 0; i < sizeof compare__driver / sizeof *compare__driver; i++)
        str_printf(&text, "%s\n", compare__driver[i]);
    const char *driver = arena_printf("%s/measure.py", cmp->dir);
    const char *report = arena_printf("%s/measure.txt", cmp->dir), *err = arena_printf("%s/measure.err", cmp->dir);
    if (!compare__write(driver, str_finish(&text)))
        return NULL;
    const char *words[] = {cmp->interpreter, driver, cmp->opt->file, report, COMPARE_SAMPLES, NULL};
    Vec args = compare__args(words);
    int status = compare__spawn(&args, "/dev/null", err);
    size_t len;
    char *lines = status == 0 ? compare__read(report, &len) : NULL;
    if (!lines) {
        const char *why = compare__read(err, &len);
        diag_plain("measuring the instances of '%s' under %s failed (status %d)%s%s", cmp->opt->file,
                   cmp->interpreter, status, why && *why ? ":\n" : "", why ? why : "");
    }
    return lines;
}

/* The driver's line for class name, "NAME INSTANCES SAMPLED AS_WRITTEN
 * WITH_SLOTS", in lines (the ones after the header); false when it has
 * none (the program made no instance) or it is malformed. */
static bool compare__driver_line(const char *lines, const char *name, CompareClass *row)
{
    size_t n = strlen(name);
    for (const char *line = lines; *line; line += strcspn(line, "\n") + (line[strcspn(line, "\n")] == '\n')) {
        if (strncmp(line, name, n) != 0 || line[n] != ' ')
            continue;
        const char *text = arena_strndup(line + n, strcspn(line + n, "\n"));
        return sscanf(text, "%ld %ld %lf %lf", &row->instances, &row->sampled, &row->written, &row->slots) == 4;
    }
    return false;
}

/* The driver's header lines: "python VERSION" and "exit STATUS", the
 * status the program had under the driver's hooks, which must be the one
 * it had without them.  Returns the lines after them, or NULL. */
static const char *compare__driver_header(Compare *cmp, const char *lines)
{
    char version[32];
    int status, end = 0;
    if (sscanf(lines, "python %31s\nexit %d\n%n", version, &status, &end) != 2 || !end) {
        diag_plain("measuring the instances of '%s': the driver's report is malformed", cmp->opt->file);
        return NULL;
    }
    cmp->python = arena_strdup(version);
    if (status != cmp->py.status) {
        diag_plain("measuring the instances of '%s': under the measuring hooks it exited with status %d, "
                   "not %d",
                   cmp->opt->file, status, cmp->py.status);
        return NULL;
    }
    return lines + end;
}

/* One row per class of the module, in source order. */
static bool compare__classes(Compare *cmp, const Module *m)
{
    const char *lines = compare__run_driver(cmp);
    if (lines)
        lines = compare__driver_header(cmp, lines);
    if (!lines)
        return false;
    cmp->nclasses = 0;
    cmp->classes = arena_alloc(sizeof(CompareClass) * (size_t)(m->classes.len + 1));
    for (int i = 0; i < m->classes.len; i++) {
        if (VEC_AT(const Class *, m->classes, i)->tuple) /* CPython's tuples are not one class per shape */
            continue;
        CompareClass *row = &cmp->classes[cmp->nclasses++];
        row->cls = VEC_AT(const Class *, m->classes, i);
        if (!compare__driver_line(lines, row->cls->name, row)) {
            row->instances = row->sampled = 0;
            row->written = row->slots = -1;
        }
        row->c_size = row->cls->size;
        /* a value type is stored inline: no allocation of its own */
        row->c_bytes = row->cls->value ? row->cls->size : compare__gc_bytes(row->cls->size);
    }
    return true;
}

/* ---- the table ------------------------------------------------------------ */

/* 1234567 -> "1,234,567" */
static const char *compare__grouped(long n)
{
    const char *digits = arena_printf("%ld", n);
    Str s = {0};
    for (size_t i = 0, len = strlen(digits); i < len; i++) {
        if (i && (len - i) % 3 == 0 && digits[i - 1] != '-')
            str_add(&s, ",");
        str_addn(&s, digits + i, 1);
    }
    return str_finish(&s);
}

/* Bytes per instance: whole when they are, "-" when unknown. */
static const char *compare__bytes(double bytes)
{
    if (bytes < 0)
        return "-";
    return arena_printf(bytes == (double)(long)bytes ? "%.0f" : "%.1f", bytes);
}

/* python / c as "11.9x", or "-" when c is 0. */
static const char *compare__ratio(double python, double c)
{
    return c > 0 ? arena_printf("%.1fx", python / c) : "-";
}

static void compare__print(const Compare *cmp, FILE *out)
{
    const CompareRun *py = &cmp->py, *c = &cmp->c;
    fprintf(out, "%s: CPython %s against slotc %s\n\n", cmp->opt->file, cmp->python, SLOTC_VERSION);
    fprintf(out, "%-12s %12s %12s %8s\n", "program", "CPython", "slotc", "ratio");
    fprintf(out, "%-12s %10.2f s %10.2f s %8s\n", "wall time", py->seconds, c->seconds,
            compare__ratio(py->seconds, c->seconds));
    fprintf(out, "%-12s %9.1f MB %9.1f MB %8s\n\n", "peak RSS", py->kib / 1024.0, c->kib / 1024.0,
            compare__ratio((double)py->kib, (double)c->kib));
    int w = 5;
    for (int i = 0; i < cmp->nclasses; i++)
        w = (int)strlen(cmp->classes[i].cls->name) > w ? (int)strlen(cmp->classes[i].cls->name) : w;
    fprintf(out, "%-*s  %11s  %13s  %19s  %s\n", w, "class", "instances", "CPython B/obj", "CPython+slots B/obj",
            "C B/obj (sizeof + allocator)");
    for (int i = 0; i < cmp->nclasses; i++) {
        const CompareClass *row = &cmp->classes[i];
        fprintf(out, "%-*s  %11s  %13s  %19s  %d (%d+%d%s)\n", w, row->cls->name, compare__grouped(row->instances),
                compare__bytes(row->written), compare__bytes(row->slots), row->c_bytes, row->c_size,
                row->c_bytes - row->c_size, row->cls->value ? ", inline" : "");
    }
    fprintf(out, "\nB/obj: bytes per instance.  CPython's are measured with tracemalloc on the first %s\n"
                 "instances of each class; C's are the struct and the collector's rounding (none for\n"
                 "a value type, stored inline where it is kept).\n",
            COMPARE_SAMPLES);
}

/* ---- JSON ------------------------------------------------------------------ */

static void compare__json_string(Str *s, const char *text)
{
    str_add(s, "\"");
    for (const unsigned char *p = (const unsigned char *)text; *p; p++) {
        if (*p == '"' || *p == '\\')
            str_printf(s, "\\%c", *p);
        else if (*p < 0x20)
            str_printf(s, "\\u%04x", *p);
        else
            str_addn(s, (const char *)p, 1);
    }
    str_add(s, "\"");
}

/* A number, or null when it is unknown (negative). */
static const char *compare__json_number(double value, const char *format)
{
    return value < 0 ? "null" : arena_printf(format, value);
}

static void compare__json_run(Str *s, const char *name, const CompareRun *run)
{
    str_printf(s, "  \"%s\": {\"seconds\": %.3f, \"peak_rss_kib\": %ld, \"status\": %d}", name, run->seconds,
               run->kib, run->status);
}

static void compare__json_class(Str *s, const CompareClass *row)
{
    str_add(s, "  {\"name\": ");
    compare__json_string(s, row->cls->name);
    str_printf(s, ", \"kind\": \"%s\", \"line\": %d, \"instances\": %ld, \"sampled\": %ld,\n", class_kind_name(row->cls),
               row->cls->loc.line, row->instances, row->sampled);
    str_printf(s, "   \"cpython_bytes\": %s, \"cpython_slots_bytes\": %s,\n", compare__json_number(row->written, "%.1f"),
               compare__json_number(row->slots, "%.1f"));
    str_printf(s, "   \"c_bytes\": %d, \"c_size\": %d, \"c_allocator\": %d, \"c_inline\": %s}", row->c_bytes,
               row->c_size, row->c_bytes - row->c_size, row->cls->value ? "true" : "false");
}

static char *compare__json(const Compare *cmp)
{
    Str s = {0};
    str_add(&s, "{\"file\": ");
    compare__json_string(&s, cmp->opt->file);
    str_printf(&s, ", \"slotc\": \"%s\", \"python\": ", SLOTC_VERSION);
    compare__json_string(&s, cmp->python);
    str_printf(&s, ", \"samples\": %s,\n \"program\": {\n", COMPARE_SAMPLES);
    compare__json_run(&s, "cpython", &cmp->py);
    str_add(&s, ",\n");
    compare__json_run(&s, "slotc", &cmp->c);
    str_printf(&s, ",\n  \"time_ratio\": %s, \"rss_ratio\": %s},\n \"classes\": [\n",
               cmp->c.seconds > 0 ? arena_printf("%.2f", cmp->py.seconds / cmp->c.seconds) : "null",
               compare__json_number((double)cmp->py.kib / (double)cmp->c.kib, "%.2f"));
    for (int i = 0; i < cmp->nclasses; i++) {
        str_add(&s, i ? ",\n" : "");
        compare__json_class(&s, &cmp->classes[i]);
    }
    str_add(&s, "\n ]}\n");
    return str_finish(&s);
}

/* ---- the SVG chart --------------------------------------------------------- */

/* The chart's geometry, in pixels. */
enum {
    SVG_BAR = 30,    /* a bar's width */
    SVG_GAP = 4,     /* between the bars of a group */
    SVG_GROUP = 36,  /* between groups */
    SVG_PLOT = 260,  /* the height of a plot */
    SVG_LEFT = 70,   /* left of each panel: the axis' values and unit */
    SVG_TOP = 120,   /* above the plots: title, legend, panel titles */
    SVG_BOTTOM = 56, /* below the plots: the groups' labels */
};

/* CPython as written, CPython with __slots__, C. */
static const char *const compare__colors[] = {"#c44e52", "#dd8452", "#4c72b0"};
static const char *const compare__series[] = {"CPython as written", "CPython with __slots__", "C (slotc)"};

/* text with the characters XML gives a meaning escaped. */
static const char *compare__xml(const char *text)
{
    Str s = {0};
    for (const char *p = text; *p; p++) {
        switch (*p) {
        case '&':
            str_add(&s, "&amp;");
            break;
        case '<':
            str_add(&s, "&lt;");
            break;
        case '>':
            str_add(&s, "&gt;");
            break;
        case '"':
            str_add(&s, "&quot;");
            break;
        default:
            str_addn(&s, p, 1);
        }
    }
    return str_finish(&s);
}

/* The top of an axis: 1, 2, 2.5 or 5 times a power of ten, at least value. */
static double compare__axis_max(double value)
{
    double scale = 1;
    while (scale * 10 < value)
        scale *= 10;
    while (scale > value && scale > 1e-3)
        scale /= 10;
    static const double steps[] = {1, 2, 2.5, 5, 10};
    for (size_t i = 0; i < sizeof steps / sizeof *steps; i++)
        if (steps[i] * scale >= value)
            return value > 0 ? steps[i] * scale : 1;
    return 10 * scale;
}

/* A panel's frame: its title, grid lines with their values, the axis and
 * its unit. */
static void compare__svg_panel(Str *s, int x, int width, double max, const char *title, const char *unit)
{
    int bottom = SVG_TOP + SVG_PLOT;
    str_printf(s, "<text x=\"%d\" y=\"%d\" font-size=\"14\" font-weight=\"bold\">%s</text>\n", x, SVG_TOP - 16, title);
    for (int k = 0; k <= 5; k++) {
        int y = bottom - SVG_PLOT * k / 5;
        str_printf(s, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\"/>\n", x, y, x + width, y,
                   k ? "#e0e0e0" : "#333");
        str_printf(s, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" fill=\"#555\">%g</text>\n", x - 6, y + 4, max * k / 5);
    }
    str_printf(s, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#333\"/>\n", x, SVG_TOP, x, bottom);
    str_printf(s, "<text transform=\"translate(%d %d) rotate(-90)\" text-anchor=\"middle\" fill=\"#333\">%s</text>\n",
               x - 52, SVG_TOP + SVG_PLOT / 2, unit);
}

/* One bar with its value above it; an unknown value (< 0) gets an empty
 * bar and "n/a". */
static void compare__svg_bar(Str *s, int x, double value, double max, int series, const char *text, const char *tip)
{
    int height = value > 0 ? (int)(value / max * SVG_PLOT + 0.5) : 0, bottom = SVG_TOP + SVG_PLOT;
    str_printf(s, "<rect class=\"bar\" x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"><title>%s</title></rect>\n",
               x, bottom - height, SVG_BAR, height, compare__colors[series], tip);
    str_printf(s, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" font-size=\"11\">%s</text>\n", x + SVG_BAR / 2,
               bottom - height - 5, value < 0 ? "n/a" : text);
}

/* Bytes per instance: a group of three bars per class. */
static int compare__svg_classes(Str *s, const Compare *cmp, int x)
{
    int group = 3 * SVG_BAR + 2 * SVG_GAP, width = cmp->nclasses * (group + SVG_GROUP) + SVG_GROUP;
    double max = 0;
    for (int i = 0; i < cmp->nclasses; i++) {
        const CompareClass *row = &cmp->classes[i];
        double values[] = {row->written, row->slots, row->c_bytes};
        for (int k = 0; k < 3; k++)
            max = values[k] > max ? values[k] : max;
    }
    max = compare__axis_max(max);
    compare__svg_panel(s, x, width < 200 ? 200 : width, max, "Bytes per instance", "bytes");
    for (int i = 0; i < cmp->nclasses; i++) {
        const CompareClass *row = &cmp->classes[i];
        const char *name = compare__xml(row->cls->name);
        double values[] = {row->written, row->slots, row->c_bytes};
        int left = x + SVG_GROUP + i * (group + SVG_GROUP);
        for (int k = 0; k < 3; k++)
            compare__svg_bar(s, left + k * (SVG_BAR + SVG_GAP), values[k], max, k, compare__bytes(values[k]),
                             arena_printf("%s, %s: %s bytes", name, compare__series[k], compare__bytes(values[k])));
        str_printf(s, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%s</text>\n", left + group / 2,
                   SVG_TOP + SVG_PLOT + 18, name);
        str_printf(s, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" font-size=\"10\" fill=\"#555\">%s instance%s</text>\n",
                   left + group / 2, SVG_TOP + SVG_PLOT + 33, compare__grouped(row->instances),
                   row->instances == 1 ? "" : "s");
    }
    return width < 200 ? 200 : width;
}

/* The whole program's peak RSS: CPython's bar and C's. */
static int compare__svg_rss(Str *s, const Compare *cmp, int x)
{
    int gap = 4 * SVG_GAP, group = 2 * SVG_BAR + gap, width = group + 2 * SVG_GROUP < 150 ? 150 : group + 2 * SVG_GROUP;
    double mb[] = {cmp->py.kib / 1024.0, cmp->c.kib / 1024.0};
    double max = compare__axis_max(mb[0] > mb[1] ? mb[0] : mb[1]);
    compare__svg_panel(s, x, width, max, "Peak RSS", "MB");
    int left = x + (width - group) / 2;
    for (int k = 0; k < 2; k++) {
        int bar = left + k * (SVG_BAR + gap);
        compare__svg_bar(s, bar, mb[k], max, 2 * k, arena_printf("%.1f", mb[k]),
                         arena_printf("%s: %.1f MB peak RSS", k ? "slotc" : "CPython", mb[k]));
        str_printf(s, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" font-size=\"10\" fill=\"#555\">%s</text>\n",
                   bar + SVG_BAR / 2, SVG_TOP + SVG_PLOT + 14, k ? "slotc" : "CPython");
    }
    str_printf(s, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">whole program</text>\n", x + width / 2,
               SVG_TOP + SVG_PLOT + 33);
    return width;
}

/* The title, a line of wall times and the legend; returns the width the
 * two lines of text need (roughly: 10 and 7 pixels a character). */
static int compare__svg_heading(Str *s, const Compare *cmp)
{
    const char *title = arena_printf("slotc compare: %s", cmp->opt->file);
    const char *line = arena_printf("CPython %s: %.2f s, %.1f MB; slotc %s: %.2f s, %.1f MB (%s faster, %s less memory)",
                                    cmp->python, cmp->py.seconds, cmp->py.kib / 1024.0, SLOTC_VERSION, cmp->c.seconds,
                                    cmp->c.kib / 1024.0, compare__ratio(cmp->py.seconds, cmp->c.seconds),
                                    compare__ratio((double)cmp->py.kib, (double)cmp->c.kib));
    str_printf(s, "<text x=\"20\" y=\"30\" font-size=\"18\" font-weight=\"bold\">%s</text>\n", compare__xml(title));
    str_printf(s, "<text x=\"20\" y=\"52\" fill=\"#333\">%s</text>\n", compare__xml(line));
    for (int k = 0; k < 3; k++) {
        str_printf(s, "<rect class=\"legend\" x=\"%d\" y=\"66\" width=\"12\" height=\"12\" fill=\"%s\"/>\n", 20 + 190 * k,
                   compare__colors[k]);
        str_printf(s, "<text x=\"%d\" y=\"77\">%s</text>\n", 38 + 190 * k, compare__series[k]);
    }
    int need = 40 + 10 * (int)strlen(title), also = 40 + 7 * (int)strlen(line);
    return need > also ? need : also;
}

static char *compare__svg(const Compare *cmp)
{
    Str body = {0}, s = {0};
    int heading = compare__svg_heading(&body, cmp);
    int right = SVG_LEFT + compare__svg_classes(&body, cmp, SVG_LEFT) + SVG_LEFT + 10;
    int width = right + compare__svg_rss(&body, cmp, right) + 30, height = SVG_TOP + SVG_PLOT + SVG_BOTTOM;
    width = width < heading ? heading : width;
    str_printf(&s, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                   "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
                   "font-family=\"sans-serif\" font-size=\"12\">\n"
                   "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>\n",
               width, height, width, height, width, height);
    str_add(&s, body.data);
    str_free(&body);
    str_add(&s, "</svg>\n");
    return str_finish(&s);
}

/* ---- compare --------------------------------------------------------------- */

/* Runs both programs and checks that they printed the same. */
static int compare__run_both(Compare *cmp, const char *program)
{
    cmp->interpreter = compare__interpreter(cmp->dir);
    if (!compare__measure(cmp->dir, "python", cmp->interpreter, cmp->opt->file, &cmp->py) ||
        !compare__measure(cmp->dir, "c", program, NULL, &cmp->c))
        return EXIT_USAGE;
    if (!compare__same_output(cmp))
        return EXIT_DIFFERENT;
    if (cmp->py.status != cmp->c.status) {
        diag_plain("exit statuses differ: '%s' exits with %d under CPython and %d as C", cmp->opt->file,
                   cmp->py.status, cmp->c.status);
        return EXIT_DIFFERENT;
    }
    return 0;
}

static int compare__report(const Compare *cmp)
{
    compare__print(cmp, stdout);
    if (cmp->opt->json && !compare__write(cmp->opt->json, compare__json(cmp)))
        return EXIT_USAGE;
    if (cmp->opt->svg && !compare__write(cmp->opt->svg, compare__svg(cmp)))
        return EXIT_USAGE;
    return 0;
}

int compare_programs(const CompareOptions *opt, const Module *m, const char *dir)
{
    Compare cmp = {.opt = opt, .dir = dir};
    int status = compare__run_both(&cmp, arena_printf("%s/program", dir));
    if (status == 0)
        status = compare__classes(&cmp, m) ? compare__report(&cmp) : EXIT_USAGE;
    for (size_t i = 0; i < sizeof compare__files / sizeof *compare__files; i++)
        unlink(arena_printf("%s/%s", dir, compare__files[i]));
    return status;
}
