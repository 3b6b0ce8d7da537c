/*
 * generator_test.c - unit tests of the generator's stages.
 *
 * Layout and derivation are checked through the real pipeline on small
 * sources held in memory; the template renderer and the naming of C
 * identifiers directly.  Diagnostics are captured through the sink's
 * stream, so each test can assert on the exact text.  Inference has its
 * own table in infer_test.c.
 */
#include <criterion/criterion.h>
#include <criterion/redirect.h>
#include <criterion/parameterized.h>
#include <stdlib.h>
#include <string.h>

#include "generator_unit.h"

/* ---- diagnostics ---------------------------------------------------------- */

typedef struct DiagCase {
    const char *source;
    const char *expected; /* a substring of the diagnostics */
} DiagCase;

static void free_diag_cases(struct criterion_test_params *params)
{
    DiagCase *cases = params->params;
    for (size_t i = 0; i < params->length; i++) {
        cr_free((void *)cases[i].source);
        cr_free((void *)cases[i].expected);
    }
    cr_free(cases);
}

ParameterizedTestParameters(diagnostics, rejected)
{
    static DiagCase cases[] = {
        {"def main():\n    exec('1')\n", "test.py:2:5: error: 'exec()' is not supported"},
        {"class A:\n    pass\nclass B:\n    pass\nclass C(A, B):\n    pass\n", "multiple inheritance"},
        {"class M(type):\n    pass\nclass C(metaclass=M):\n    pass\n", "a metaclass"},
        {"class C:\n    def __del__(self):\n        pass\n", "'__del__' is not supported"},
        {"def main(:\n    pass\n", "test.py:1:10: error: syntax error"},
        {"def main():\n    x = (1,\n", "'(' was never closed"},
        {"def main():\n    x = 99999999999999999999\n", "does not fit in 64 bits"},
        {"def main():\n    print(undefined_name)\n", "name 'undefined_name' is not defined"},
        {"def main():\n    p = 3\n    print(p and p > 2)\n", "'and' between values of types int and bool"},
        {"def f(*args):\n    pass\n", "'*args' parameters are not supported"},
        {"import os\n", "import of module 'os' is not supported"},
    };
    size_t n = sizeof cases / sizeof cases[0];
    DiagCase *copy = cr_malloc(sizeof cases);
    for (size_t i = 0; i < n; i++)
        copy[i] = (DiagCase){shared(cases[i].source), shared(cases[i].expected)};
    return cr_make_param_array(DiagCase, copy, n, free_diag_cases);
}

ParameterizedTest(DiagCase *c, diagnostics, rejected)
{
    char *diags = NULL;
    Module *m = compile_text(c->source, &diags);
    cr_expect_null(m, "compiled, but should not have:\n%s", c->source);
    cr_expect(strstr(diags, c->expected) != NULL, "expected '%s' in:\n%s", c->expected, diags);
    free(diags);
}

Test(diagnostics, show_line_and_caret)
{
    char *diags = NULL;
    compile_text("def main():\n    lambda a, b: 1\n", &diags);
    cr_expect_str_eq(diags, "test.py:2:5: error: a lambda with more than one parameter, or a parameter other than a plain "
                            "name, is not supported by slotc\n"
                            "        lambda a, b: 1\n"
                            "        ^\n");
    free(diags);
}

/* ---- layout --------------------------------------------------------------- */

Test(layout, largest_alignment_first_then_source_order)
{
    char *diags = NULL;
    Module *m = compile_text("class P:\n"
                             "    def __init__(self, a: bool, b: int, c: bool, d: str, e: float):\n"
                             "        self.a = a\n"
                             "        self.b = b\n"
                             "        self.c = c\n"
                             "        self.d = d\n"
                             "        self.e = e\n",
                             &diags);
    cr_assert_not_null(m, "%s", diags);
    Class *c = module_find_class(m, "P");
    const char *order[] = {"b", "d", "e", "a", "c"};
    int offsets[] = {0, 8, 16, 24, 25};
    cr_assert_eq(c->layout.len, 5);
    for (int i = 0; i < 5; i++) {
        Field *f = VEC_AT(Field *, c->layout, i);
        cr_expect_str_eq(f->var.name, order[i]);
        cr_expect_eq(f->offset, offsets[i], "%s at %d", f->var.name, f->offset);
    }
    cr_expect_eq(c->size, 32);
    cr_expect_eq(c->align, 8);
    free(diags);
}

Test(layout, only_bools_pack_to_bytes)
{
    char *diags = NULL;
    Module *m = compile_text("class F:\n    def __init__(self, a: bool, b: bool):\n        self.a = a\n        self.b = b\n", &diags);
    cr_assert_not_null(m, "%s", diags);
    Class *c = module_find_class(m, "F");
    cr_expect_eq(c->size, 2);
    cr_expect_eq(c->align, 1);
    free(diags);
}

Test(layout, packed_bools_share_a_byte_after_the_other_fields)
{
    char *diags = NULL;
    layout_set_pack_bools(true);
    Module *m = compile_text("class F:\n    def __init__(self, a: bool, n: int, b: bool, c: bool):\n"
                             "        self.a = a\n        self.n = n\n        self.b = b\n        self.c = c\n",
                             &diags);
    layout_set_pack_bools(false);
    cr_assert_not_null(m, "%s", diags);
    Class *c = module_find_class(m, "F");
    cr_expect_eq(c->size, 16);
    cr_expect_eq(c->unpacked_size, 16);
    Field *b = field_of(m, "F", "b"), *last = field_of(m, "F", "c");
    cr_expect(b->packed && last->packed);
    cr_expect_eq(b->offset, 8);
    cr_expect_eq(b->bit, 1);
    cr_expect_eq(last->bit, 2);
    cr_expect(verify_layouts(m, emit_module(m), NULL), "libclang reads the same bits");
    free(diags);
}

/* ---- value types ---------------------------------------------------------- */

static const char *value_why(const char *source, const char *name)
{
    char *diags = NULL;
    Module *m = compile_text(source, &diags);
    cr_assert_not_null(m, "%s", diags);
    free(diags);
    Class *c = module_find_class(m, name);
    return c->value ? NULL : c->value_why;
}

#define POINT "class P:\n    def __init__(self, x: int):\n        self.x = x\n\n"

Test(value, decided_by_what_the_program_does)
{
    cr_expect_null(value_why(POINT "def f():\n    ps = [P(1), P(2)]\n    print(ps[0].x)\n", "P"));
    cr_expect_str_eq(value_why(POINT "def f():\n    p = P(1)\n    p.x = 2\n", "P"), "P.x is assigned after __init__");
    cr_expect_str_eq(value_why(POINT "def f():\n    a = P(1)\n    print(a is a)\n", "P"), "it is compared with 'is'");
    cr_expect_str_eq(value_why(POINT "def f():\n    a = P(1)\n    print(a == a)\n", "P"), "it is compared by identity");
    cr_expect_str_eq(value_why(POINT "def f():\n    print([P(1)])\n", "P"), "its default repr shows its address");
    cr_expect_str_eq(value_why(POINT "def f(p: P | None):\n    pass\n", "P"), "a value of it may be None");
    cr_expect_str_eq(value_why("class Q:\n    def __init__(self, xs: list[int]):\n        self.xs = xs\n"
                               "        xs.append(len(xs))\n        register(self)\n\n"
                               "def register(q: Q):\n    pass\n",
                               "Q"),
                     "__init__ passes self on before it is complete");
}

Test(types, unknown_equals_only_unknown)
{
    Type *unknown = type_new(TY_UNKNOWN);
    cr_expect(type_eq(NULL, unknown), "NULL and '?' are both not known yet");
    cr_expect(type_eq(type_list(NULL), type_list(unknown)), "list[?] settles: inference must not loop");
    cr_expect_not(type_eq(type_list(NULL), type_list(type_new(TY_INT))));
}

/* ---- templates and names -------------------------------------------------- */

Test(template, substitutes_and_indents)
{
    const char *keys[] = {"name", "body", "empty"};
    const char *values[] = {"f", "a;\nb;", ""};
    char *out = template_render("t", "void {{name}}(void)\n{\n    {{body}}\n    {{empty}}\n}\n", keys, values, 3);
    cr_expect_str_eq(out, "void f(void)\n{\n    a;\n    b;\n}\n");
}

Test(template, braces_that_are_not_placeholders_stay)
{
    const char *keys[] = {"x"};
    const char *values[] = {"1, 2"};
    char *out = template_render("t", "int v[] = {{{x}}};", keys, values, 1);
    cr_expect_str_eq(out, "int v[] = {1, 2};");
}

Test(template, unknown_name_is_an_internal_error, .exit_code = 2)
{
    template_render("t", "{{missing}}", NULL, NULL, 0);
}

Test(names, c_keywords_and_runtime_prefix_are_renamed)
{
    cr_expect_str_eq(c_ident("int"), "int_");
    cr_expect_str_eq(c_ident("default"), "default_");
    cr_expect_str_eq(c_ident("slot_x"), "slot_x_");
    cr_expect_str_eq(c_ident("name"), "name");
}

/* ---- derivation ------------------------------------------------------------- */

typedef struct DeriveCase {
    const char *source;
    const char *cls, *field;
    bool derived;
} DeriveCase;

#define RECT "class R:\n    def __init__(self, w: float, h: float):\n        self.width = w\n        self.height = h\n"
#define MAKE "\ndef main():\n    r = R(1.0, 2.0)\n"

static void free_derive_cases(struct criterion_test_params *params)
{
    DeriveCase *cases = params->params;
    for (size_t i = 0; i < params->length; i++) {
        cr_free((void *)cases[i].source);
        cr_free((void *)cases[i].cls);
        cr_free((void *)cases[i].field);
    }
    cr_free(cases);
}

ParameterizedTestParameters(derive, detection)
{
    static DeriveCase cases[] = {
        /* derived */
        {RECT "        self.area = w * h\n", "R", "area", true},
        {RECT "        self.area = self.width * self.height\n", "R", "area", true},
        {RECT "        self.kind = 'box'\n", "R", "kind", true},
        {RECT "        self.area = w * h\n        self.twice = self.area * 2\n", "R", "twice", true},
        {RECT "        self.big = w if w > h else h\n", "R", "big", true},
        {RECT "        self.side = max(w, h)\n", "R", "side", true},
        {RECT "        self.wide = w > h and h > 0.0\n", "R", "wide", true},
        {"class P:\n    def __init__(self, name: str):\n        self.name = name\n        self.label = name + '!'\n",
         "P", "label", true},
        {"class S:\n    def __init__(self, a: int, b: int):\n        self.a = a\n        self.b = b\n        self.total = a + b\n",
         "S", "total", true},
        {"class S:\n    def __init__(self, x: int):\n        self.x = x\n        self.size = abs(x)\n", "S", "size", true},
        {"import math\n" RECT "        self.diagonal = math.sqrt(w * w + h * h) * math.pi\n", "R", "diagonal", true},
        {RECT "        self.area = w * h\n" MAKE "    print(r.area)\n", "R", "area", true},
        {RECT "        self.half = self.span / 2.0\n\n    @property\n    def span(self) -> float:\n        return self.width + self.height\n",
         "R", "half", true},
        /* stored */
        {RECT "        self.area = w * h\n" MAKE "    r.width = 3.0\n", "R", "area", false},
        {RECT "        self.area = w * h\n" MAKE "    for i in range(3):\n        r.height += 1.0\n", "R", "area", false},
        {RECT "        self.area = w * h\n\nclass Editor:\n    def widen(self, r: R):\n        r.width = 5.0\n", "R", "area",
         false},
        {RECT "        self.area = w * h\n\n    @property\n    def w(self) -> float:\n        return self.width\n\n"
              "    @w.setter\n    def w(self, v: float):\n        self.width = v\n",
         "R", "area", false},
        {RECT "        self.area = w * h\n\n    def grow(self):\n        self.area += 1.0\n", "R", "area", false},
        {"class R:\n    def __init__(self, w: float, h: float):\n        self.area = w * h\n        self.width = w\n        self.height = h\n",
         "R", "area", false},
        {"class R:\n    def __init__(self, w: float, h: float):\n        self.width = w\n        self.show()\n        self.height = h\n"
         "        self.area = w * h\n\n    def show(self):\n        print(self.width)\n",
         "R", "area", false},
        {"class L:\n    def __init__(self, items: list[int]):\n        self.items = items\n        self.n = len(items)\n", "L", "n",
         false},
        {"class R:\n    def __init__(self, w: float, h: float):\n        self.width = w\n        self.height = h\n        if w > 0.0:\n"
         "            self.area = w * h\n        else:\n            self.area = 0.0\n",
         "R", "area", false},
        {"class R:\n    def __init__(self, w: float, h: float):\n        w = w * 2.0\n        self.width = w\n        self.height = h\n"
         "        self.area = w * h\n",
         "R", "area", false},
        {"def f(a: float, b: float) -> float:\n    return a * b\n\n" RECT "        self.area = f(w, h)\n", "R", "area", false},
        {RECT "        self.area = w * h\n\n    def reset(self):\n        self.area = 0.0\n", "R", "area", false},
        {RECT "        self.area = w * h\n" MAKE "    r.area = 1.0\n", "R", "area", false},
        {RECT "        self.half = self.span / 2.0\n\n    @property\n    def span(self) -> float:\n        print('x')\n"
              "        return self.width + self.height\n",
         "R", "half", false},
    };
    size_t n = sizeof cases / sizeof cases[0];
    DeriveCase *copy = cr_malloc(sizeof cases);
    for (size_t i = 0; i < n; i++)
        copy[i] = (DeriveCase){shared(cases[i].source), shared(cases[i].cls), shared(cases[i].field), cases[i].derived};
    return cr_make_param_array(DeriveCase, copy, n, free_derive_cases);
}

ParameterizedTest(DeriveCase *c, derive, detection)
{
    char *diags = NULL;
    Module *m = compile_text(c->source, &diags);
    cr_assert_not_null(m, "did not compile:\n%s\n%s", c->source, diags);
    Field *f = field_of(m, c->cls, c->field);
    cr_expect_eq(f->derived, c->derived, "%s.%s should%s be derived:\n%s", c->cls, c->field,
                 c->derived ? "" : " not", c->source);
    free(diags);
}

Test(derive, derived_field_takes_no_space)
{
    char *diags = NULL;
    Module *m = compile_text(RECT "        self.area = w * h\n", &diags);
    cr_assert_not_null(m, "%s", diags);
    cr_expect_eq(module_find_class(m, "R")->size, 16);
    free(diags);
}

/* ---- layouts read back by libclang ---------------------------------------- */

Test(verify, libclang_agrees_with_the_layout)
{
    char *diags = NULL;
    Module *m = compile_text(RECT "        self.flag = w > h\n" MAKE "    r.flag = False\n", &diags);
    cr_assert_not_null(m, "%s", diags);
    cr_expect(verify_layouts(m, emit_module(m), NULL));
    free(diags);
}

Test(verify, a_wrong_offset_is_caught)
{
    char *diags = NULL;
    Module *m = compile_text(RECT, &diags);
    cr_assert_not_null(m, "%s", diags);
    Output *out = emit_module(m);
    Field *height = field_of(m, "R", "height");
    height->offset += 8; /* the model now disagrees with the header it wrote */
    cr_redirect_stderr();
    cr_expect_not(verify_layouts(m, out, NULL));
    free(diags);
}
