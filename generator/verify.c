/*
 * verify.c - the emitted layouts, read back by a C compiler.
 *
 * layout.c decides every field's offset; what counts is what the C compiler
 * does with the struct emit.c wrote.  After emitting, slotc parses the
 * header it wrote with libclang (from memory, nothing touches the disk) and
 * compares each struct's size and each field's offset with its own layout:
 * a difference is a bug in slotc, reported as an internal error.  With a
 * report stream, the structs are also printed the way pahole shows them,
 * holes and tail padding included, with the sizes as libclang reports them.
 */
#include "slotc.h"

#include <clang-c/Index.h>
#include <string.h>

typedef struct Verify {
    const Module *m;
    FILE *report;
    int mismatches;
    int checked; /* classes found in the header */
} Verify;

static void mismatch(Verify *V, const char *what, long long slotc, long long clang)
{
    fprintf(stderr, "slotc: internal error: %s: slotc's layout says %lld, the C compiler %lld\n", what, slotc,
            clang);
    V->mismatches++;
}

/* One struct: its size, every field's offset, and the pahole view. */
static void verify_class(Verify *V, const Class *c, CXType type)
{
    long long size = clang_Type_getSizeOf(type);
    if (size != c->size)
        mismatch(V, arena_printf("sizeof(%s)", c->name), c->size, size);
    if (V->report)
        fprintf(V->report, "struct %s {%*s/* size %lld, align %lld, per libclang */\n", c->name,
                (int)(28 - strlen(c->name)), "", size, clang_Type_getAlignOf(type));
    long long end = 0;
    for (int i = 0; i < c->layout.len; i++) {
        const Field *f = VEC_AT(Field *, c->layout, i);
        long long bits = clang_Type_getOffsetOf(type, f->var.cname), offset = bits / 8;
        if (offset != f->offset)
            mismatch(V, arena_printf("offsetof(%s, %s)", c->name, f->var.cname), f->offset, offset);
        if (f->packed && bits % 8 != f->bit) /* a packed bool's bit in its byte */
            mismatch(V, arena_printf("the bit of %s.%s", c->name, f->var.cname), f->bit, bits % 8);
        if (V->report && offset > end)
            fprintf(V->report, "    /* XXX %lld-byte hole */\n", offset - end);
        if (V->report)
            fprintf(V->report, "    %-34s /* %4lld %4d */\n",
                    arena_printf("%s%s;", c_decl(field_c_type(f), f->var.cname), f->packed ? " : 1" : ""),
                    offset, f->size);
        end = offset + f->size > end ? offset + f->size : end; /* bools packed in a byte share it */
    }
    if (V->report && c->layout.len && size > end)
        fprintf(V->report, "    /* %lld bytes of tail padding */\n", size - end);
    if (V->report)
        fprintf(V->report, "};\n\n");
}

static enum CXChildVisitResult visit(CXCursor cursor, CXCursor parent, CXClientData data)
{
    (void)parent;
    Verify *V = data;
    if (clang_getCursorKind(cursor) != CXCursor_StructDecl || !clang_isCursorDefinition(cursor))
        return CXChildVisit_Continue;
    CXString name = clang_getCursorSpelling(cursor);
    int n = V->m->classes.len;
    for (int i = 0; i < n + V->m->generators.len; i++) {
        const Class *c = i < n ? VEC_AT(Class *, V->m->classes, i) : VEC_AT(Func *, V->m->generators, i - n)->shape;
        if (strcmp(c->name, clang_getCString(name)) == 0) {
            verify_class(V, c, clang_getCursorType(cursor));
            V->checked++;
        }
    }
    clang_disposeString(name);
    return CXChildVisit_Continue;
}

/* Compiler errors in the emitted header are slotc's bugs too. */
static int report_errors(CXTranslationUnit tu)
{
    int errors = 0;
    for (unsigned i = 0; i < clang_getNumDiagnostics(tu); i++) {
        CXDiagnostic d = clang_getDiagnostic(tu, i);
        if (clang_getDiagnosticSeverity(d) >= CXDiagnostic_Error) {
            CXString text = clang_formatDiagnostic(d, clang_defaultDiagnosticDisplayOptions());
            fprintf(stderr, "slotc: internal error: the emitted header does not compile: %s\n",
                    clang_getCString(text));
            clang_disposeString(text);
            errors++;
        }
        clang_disposeDiagnostic(d);
    }
    return errors;
}

bool verify_layouts(const Module *m, const Output *out, FILE *report)
{
    const char *dir = "/slotc-verify";
    const char *main_name = arena_printf("%s/verify.c", dir);
    struct CXUnsavedFile files[] = {
        {main_name, arena_printf("#include \"%s\"\n", out->header_name), 0},
        {arena_printf("%s/%s", dir, out->header_name), out->header, (unsigned long)strlen(out->header)},
    };
    files[0].Length = (unsigned long)strlen(files[0].Contents);
    const char *args[] = {"-std=c11", arena_printf("-I%s", paths_runtime_include()), arena_printf("-I%s", dir)};
    CXIndex index = clang_createIndex(0, 0);
    CXTranslationUnit tu = clang_parseTranslationUnit(index, main_name, args, 3, files, 2, CXTranslationUnit_None);
    Verify V = {m, report, 0, 0};
    if (!tu) {
        fprintf(stderr, "slotc: internal error: libclang could not parse the emitted header\n");
        V.mismatches++;
    } else {
        V.mismatches += report_errors(tu);
        clang_visitChildren(clang_getTranslationUnitCursor(tu), visit, &V);
        if (V.checked != m->classes.len + m->generators.len) {
            fprintf(stderr, "slotc: internal error: %d of %d structs found in the emitted header\n", V.checked,
                    m->classes.len + m->generators.len);
            V.mismatches++;
        }
        clang_disposeTranslationUnit(tu);
    }
    clang_disposeIndex(index);
    return V.mismatches == 0;
}
