/*
 * infer_test.c - the inference rules, one table row per rule.
 *
 * Each row is a small module compiled in memory through the real pipeline:
 * either it compiles and one field has the expected type (in its Python
 * spelling, as `slotc inspect` prints it), or it is refused with a
 * diagnostic at the expected line and column.  The rows are grouped by
 * where a type comes from, as in the essay at the top of infer.c.
 */
#include <criterion/criterion.h>
#include <criterion/parameterized.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "generator_unit.h"

/* The openings most rows share: a class whose __init__ takes nothing, and
 * small classes other rows build on. */
#define INIT "class P:\n    def __init__(self):\n"
#define PERSON "class Person:\n    def __init__(self, name: str):\n        self.name = name\n\n"
#define NODE "class Node:\n    def __init__(self, v: int):\n        self.v = v\n        self.next = None\n"
#define ANIMALS "class Animal:\n    def __init__(self, name: str):\n        self.name = name\n\n" \
                "class Dog(Animal):\n    pass\n\nclass Cat(Animal):\n    pass\n\n"

/* ---- field types ------------------------------------------------------------ */

typedef struct InferCase {
    const char *source;
    const char *cls, *field;
    const char *type; /* Python spelling */
} InferCase;

static void free_infer_cases(struct criterion_test_params *params)
{
    InferCase *cases = params->params;
    for (size_t i = 0; i < params->length; i++) {
        cr_free((void *)cases[i].source);
        cr_free((void *)cases[i].cls);
        cr_free((void *)cases[i].field);
        cr_free((void *)cases[i].type);
    }
    cr_free(cases);
}

ParameterizedTestParameters(infer, field_types)
{
    static InferCase cases[] = {
        /* annotations: of a parameter, or where the field is assigned */
        {"class P:\n    def __init__(self, n: int):\n        self.n = n\n", "P", "n", "int"},
        {"class P:\n    def __init__(self, w: float):\n        self.w = w\n", "P", "w", "float"},
        {"class P:\n    def __init__(self, s: str):\n        self.s = s\n", "P", "s", "str"},
        {"class P:\n    def __init__(self, on: bool):\n        self.on = on\n", "P", "on", "bool"},
        {INIT "        self.xs: list[str] = []\n", "P", "xs", "list[str]"},
        {"from typing import List\n" INIT "        self.xs: List[int] = []\n", "P", "xs", "list[int]"},
        {INIT "        self.xss: list[list[float]] = []\n", "P", "xss", "list[list[float]]"},
        {"class P:\n    def __init__(self, t: tuple[str, ...]):\n        self.t = t\n", "P", "t", "tuple[str, ...]"},
        {"from typing import Tuple\n" INIT "        self.t: Tuple[float, ...] = ()\n", "P", "t", "tuple[float, ...]"},
        {INIT "        self.d: dict[str, list[int]] = {}\n", "P", "d", "dict[str, list[int]]"},
        {"from typing import Dict\n" INIT "        self.d: Dict[int, float] = {}\n", "P", "d", "dict[int, float]"},
        {INIT "        self.s: set[str] = set()\n", "P", "s", "set[str]"},
        {"from typing import Optional\nclass N:\n    def __init__(self, nxt: Optional['N']):\n        self.nxt = nxt\n",
         "N", "nxt", "N | None"},
        {"class N:\n    def __init__(self):\n        self.nxt: N | None = None\n", "N", "nxt", "N | None"},
        {"class N:\n    def __init__(self):\n        self.me: 'N' = self\n", "N", "me", "N"},
        {PERSON "class Team:\n    def __init__(self, lead: Person):\n        self.lead = lead\n", "Team", "lead", "Person"},
        {"from typing import Iterator\nclass P:\n    def __init__(self, it: Iterator[int]):\n        self.it = it\n",
         "P", "it", "Iterator[int]"},

        /* default values of parameters */
        {"class P:\n    def __init__(self, n=4):\n        self.n = n\n", "P", "n", "int"},
        {"class P:\n    def __init__(self, x=1.5):\n        self.x = x\n", "P", "x", "float"},
        {"class P:\n    def __init__(self, s='a'):\n        self.s = s\n", "P", "s", "str"},
        {"class P:\n    def __init__(self, on=False):\n        self.on = on\n", "P", "on", "bool"},
        {"class P:\n    def __init__(self, a, b=2.5):\n        self.a = a\n        self.b = b\n\ndef main():\n    P(a='q')\n",
         "P", "b", "float"},

        /* literals and the operators and builtins applied to them */
        {INIT "        self.s = 'a' + 'b'\n", "P", "s", "str"},
        {INIT "        self.q = 7 / 2\n", "P", "q", "float"},
        {INIT "        self.q = 7 // 2\n", "P", "q", "int"},
        {INIT "        self.q = 7 // 2.0\n", "P", "q", "float"},
        {INIT "        self.q = 1 + 2.5\n", "P", "q", "float"},
        {INIT "        self.q = 2 ** 0.5\n", "P", "q", "float"},
        {INIT "        self.q = True + 1\n", "P", "q", "int"},
        {INIT "        self.q = True & False\n", "P", "q", "bool"},
        {INIT "        self.q = round(2.5)\n", "P", "q", "int"},
        {INIT "        self.b = 1 < 2\n", "P", "b", "bool"},
        {INIT "        self.n = len('abc')\n", "P", "n", "int"},
        {INIT "        self.t = ('a', 'b')\n", "P", "t", "tuple[str, ...]"},
        {INIT "        self.a, self.b = 1.5, 'x'\n", "P", "b", "str"},
        {"class P:\n    def __init__(self):\n        self.n = 0\n\n    def bump(self):\n        self.m = self.n + 1\n", "P", "m", "int"},
        {"class P:\n    def __init__(self, n: int):\n        self.label = f'n={n}'\n", "P", "label", "str"},
        {"class P:\n    def __init__(self, n: int):\n        self.sign = 'pos' if n > 0 else 'neg'\n", "P", "sign", "str"},
        {"class P:\n    def __init__(self, s: str):\n        self.parts = s.split(',')\n", "P", "parts", "list[str]"},
        {"class P:\n    def __init__(self, xs: list[str]):\n        self.first = xs[0]\n", "P", "first", "str"},
        {"class P:\n    def __init__(self, xs: list[int]):\n        self.rest = xs[1:]\n", "P", "rest", "list[int]"},

        /* the arguments at constructor call sites, positional and keyword */
        {"class P:\n    def __init__(self, n):\n        self.n = n\n\ndef main():\n    P(3)\n", "P", "n", "int"},
        {"class P:\n    def __init__(self, n):\n        self.n = n\n\ndef main():\n    P('a')\n", "P", "n", "str"},
        {"class P:\n    def __init__(self, n):\n        self.n = n\n\ndef main():\n    P(1.5)\n", "P", "n", "float"},
        {"class P:\n    def __init__(self, n):\n        self.n = n\n\ndef main():\n    P(n=True)\n", "P", "n", "bool"},
        {"class P:\n    def __init__(self, a, b):\n        self.a = a\n        self.b = b\n\ndef main():\n    P(1, b='x')\n",
         "P", "b", "str"},
        {"class P:\n    def __init__(self, a, b=2.5):\n        self.a = a\n        self.b = b\n\ndef main():\n    P(b=1.0, a='q')\n",
         "P", "a", "str"},
        {"class P:\n    def __init__(self, xs):\n        self.xs = xs\n\nclass Q:\n    def make(self):\n        return P([1.5])\n",
         "P", "xs", "list[float]"},

        /* the arguments at function and method call sites */
        {"class P:\n    def __init__(self, n):\n        self.n = n\n\ndef make(k):\n    return P(k)\n\ndef main():\n    make('z')\n",
         "P", "n", "str"},
        {"class P:\n    def __init__(self, n):\n        self.n = n\n\ndef make(k):\n    return P(k)\n\ndef main():\n    make(k=1.5)\n",
         "P", "n", "float"},
        {"class P:\n    def __init__(self, n):\n        self.n = n\n\n    def set(self, v):\n        self.n = v\n\n"
         "def main():\n    p = P('a')\n    p.set('b')\n",
         "P", "n", "str"},
        {"class P:\n    def __init__(self):\n        self.xs = []\n\n    def add(self, x):\n        self.xs.append(x)\n\n"
         "def main():\n    p = P()\n    p.add('s')\n",
         "P", "xs", "list[str]"},

        /* return statements, through several functions */
        {"def f() -> int:\n    return 3\n\n" INIT "        self.n = f()\n", "P", "n", "int"},
        {"def f():\n    return 2.5\n\n" INIT "        self.n = f()\n", "P", "n", "float"},
        {"def a():\n    return 1.5\n\ndef b():\n    return a()\n\ndef c():\n    return b()\n\n" INIT "        self.v = c()\n",
         "P", "v", "float"},
        {"def f(x):\n    return [x]\n\n" INIT "        self.v = f('s')\n", "P", "v", "list[str]"},
        {"def f(on: bool):\n    if on:\n        return 'a'\n    return 'b'\n\n" INIT "        self.v = f(True)\n", "P", "v", "str"},
        {INIT "        self.n = self.compute()\n\n    def compute(self):\n        return 'x'\n", "P", "n", "str"},
        {INIT "        self.v = self.pair()\n\n    def pair(self):\n        return (1.0, 2.0)\n", "P", "v", "tuple[float, ...]"},
        {"def gen(n: int):\n    for i in range(n):\n        yield i * 0.5\n\n" INIT "        self.g = gen(3)\n", "P", "g", "Iterator[float]"},
        {"class P:\n    def __init__(self, xs: list[str]):\n        self.it = iter(xs)\n", "P", "it", "Iterator[str]"},

        /* attribute writes through other objects */
        {"class P:\n    def __init__(self, t):\n        self.t = t\n\ndef main():\n    p = P(0)\n    p.t = 5\n", "P", "t", "int"},
        {PERSON "class Team:\n    def __init__(self):\n        self.leader = None\n\ndef main():\n    t = Team()\n    p = Person('a')\n"
                "    t.leader = p\n",
         "Team", "leader", "Person | None"},
        {PERSON "class Team:\n    def __init__(self, leader):\n        self.leader = leader\n\ndef main():\n"
                "    t = Team(Person('a'))\n    t.leader = Person('b')\n",
         "Team", "leader", "Person"},
        {PERSON "class Team:\n    def __init__(self):\n        self.members = []\n\ndef join(t: Team, p: Person):\n"
                "    t.members.append(p)\n",
         "Team", "members", "list[Person]"},

        /* container operations */
        {INIT "        self.xs = []\n        self.xs.append(2.0)\n", "P", "xs", "list[float]"},
        {PERSON "class Reg:\n    def __init__(self):\n        self.people = []\n\ndef main():\n    r = Reg()\n"
                "    r.people.append(Person('a'))\n",
         "Reg", "people", "list[Person]"},
        {INIT "        self.xs = [x * 0.5 for x in range(3)]\n", "P", "xs", "list[float]"},
        {"class P:\n    def __init__(self, words: list[str]):\n        self.lens = [len(w) for w in words]\n", "P", "lens", "list[int]"},
        {"class P:\n    def __init__(self, words: list[str]):\n        self.up = [w.upper() for w in words if w]\n", "P", "up", "list[str]"},
        {"class Q:\n    def __init__(self, v: int):\n        self.v = v\n\n" INIT "        self.qs = [Q(i) for i in range(3)]\n",
         "P", "qs", "list[Q]"},
        {INIT "        self.xss = [[1, 2], [3]]\n", "P", "xss", "list[list[int]]"},
        {INIT "        self.pts = [(1.0, 2.0)]\n", "P", "pts", "list[tuple[float, ...]]"},
        {INIT "        self.d = {'a': 1}\n", "P", "d", "dict[str, int]"},
        {INIT "        self.d = {'a': [1.5]}\n", "P", "d", "dict[str, list[float]]"},
        {INIT "        self.s = {1.5, 2.5}\n", "P", "s", "set[float]"},
        {INIT "        self.d = {k: len(k) for k in ['a', 'bb']}\n", "P", "d", "dict[str, int]"},
        {INIT "        self.s = {x * 2 for x in range(3)}\n", "P", "s", "set[int]"},
        {INIT "        self.d = {}\n        self.d['a'] = 1.5\n", "P", "d", "dict[str, float]"},
        {INIT "        self.d = dict()\n        self.d[1] = 'x'\n", "P", "d", "dict[int, str]"},
        {INIT "        self.xs = []\n        self.xs.insert(0, 'a')\n", "P", "xs", "list[str]"},
        {INIT "        self.xs = []\n        self.xs.extend([1.5, 2.5])\n", "P", "xs", "list[float]"},
        {INIT "        self.s = set()\n        self.s.add('x')\n", "P", "s", "set[str]"},
        {INIT "        self.s = set()\n        self.s.update({2.5})\n", "P", "s", "set[float]"},
        {INIT "        self.d = {}\n        self.d.setdefault('a', 1.5)\n", "P", "d", "dict[str, float]"},
        {INIT "        self.d = {}\n        self.d.update({1: 'x'})\n", "P", "d", "dict[int, str]"},
        {INIT "        self.d = {}\n        self.d.setdefault('k', []).append(2.5)\n", "P", "d",
         "dict[str, list[float]]"},
        {PERSON "class Reg:\n    def __init__(self):\n        self.by_name = {}\n\n    def add(self, p: Person):\n"
                "        self.by_name[p.name] = p\n",
         "Reg", "by_name", "dict[str, Person]"},
        {"class P:\n    def __init__(self, xs: list[int]):\n        self.t = tuple(xs)\n", "P", "t", "tuple[int, ...]"},
        {"class P:\n    def __init__(self, xs: list[float]):\n        self.ys = sorted(xs)\n", "P", "ys", "list[float]"},
        {"class P:\n    def __init__(self, xs: list[str]):\n        self.s = set(xs)\n", "P", "s", "set[str]"},
        {"class P:\n    def __init__(self, d: dict[str, float]):\n        self.v = d.get('k', 0.0)\n", "P", "v", "float"},
        {"class P:\n    def __init__(self, d: dict[str, list[int]]):\n        self.v = d['a']\n", "P", "v", "list[int]"},

        /* the random module's functions */
        {"import random\n" INIT "        self.r = random.random()\n", "P", "r", "float"},
        {"import random\n" INIT "        self.n = random.randrange(1, 10, 2)\n", "P", "n", "int"},
        {"from random import randint\n" INIT "        self.n = randint(1, 6)\n", "P", "n", "int"},
        {"import random\n" INIT "        self.u = random.uniform(1, 2)\n", "P", "u", "float"},
        {"import random\nclass P:\n    def __init__(self, xs: list[str]):\n        self.c = random.choice(xs)\n", "P", "c",
         "str"},
        {"import random\nclass P:\n    def __init__(self, t: tuple[float, ...]):\n        self.c = random.choice(t)\n", "P",
         "c", "float"},
        {"from random import choice\n" INIT "        self.c = choice('abc')\n", "P", "c", "str"},
        {"import random\nclass P:\n    def __init__(self, t: tuple[int, ...]):\n        self.s = random.sample(t, 2)\n", "P",
         "s", "list[int]"},

        /* None, then an object: an optional pointer */
        {NODE "\ndef main():\n    a = Node(1)\n    a.next = Node(2)\n", "Node", "next", "Node | None"},
        {NODE "\n    def link(self, v: int):\n        self.next = Node(v)\n", "Node", "next", "Node | None"},
        {"class Node:\n    def __init__(self, parent=None):\n        self.parent = parent\n\ndef main():\n    root = Node()\n"
         "    Node(parent=root)\n",
         "Node", "parent", "Node | None"},

        /* user classes as fields, lists of them, recursive classes */
        {"class Q:\n    def __init__(self, v: int):\n        self.v = v\n\n" INIT "        self.q = Q(1)\n", "P", "q", "Q"},
        {"class Tree:\n    def __init__(self, v: int):\n        self.v = v\n        self.left = None\n        self.right = None\n\n"
         "    def insert(self, v: int):\n        if v < self.v:\n            self.left = Tree(v)\n        else:\n"
         "            self.right = Tree(v)\n",
         "Tree", "right", "Tree | None"},
        {"class Tree:\n    def __init__(self, v: int):\n        self.v = v\n        self.children = []\n\n"
         "    def add(self, v: int):\n        self.children.append(Tree(v))\n",
         "Tree", "children", "list[Tree]"},
        {"class Tree:\n    def __init__(self, v: int, parent):\n        self.v = v\n        self.parent = parent\n\n"
         "def main():\n    r = Tree(0, None)\n    Tree(1, r)\n",
         "Tree", "parent", "Tree | None"},

        /* inheritance: a derived class reads its base's fields; a Dog and a Cat are Animals */
        {"class A:\n    def __init__(self, x: int):\n        self.x = x\n\nclass B(A):\n    def __init__(self, x: int, y: str):\n"
         "        super().__init__(x)\n        self.y = y\n",
         "B", "x", "int"},
        {"class A:\n    def __init__(self, x: int):\n        self.x = x\n\nclass B(A):\n    def __init__(self, x: int, y: str):\n"
         "        super().__init__(x)\n        self.y = y\n",
         "B", "y", "str"},
        {"class A:\n    def __init__(self, x):\n        self.x = x\n\nclass B(A):\n    def __init__(self, y):\n"
         "        super().__init__(2.5)\n        self.y = y\n\ndef main():\n    B('s')\n",
         "B", "x", "float"},
        {ANIMALS "class Home:\n    def __init__(self):\n        self.pet = Dog('a')\n\n    def swap(self):\n        self.pet = Cat('b')\n",
         "Home", "pet", "Animal"},
        {ANIMALS "class Home:\n    def __init__(self):\n        self.pets = []\n        self.pets.append(Dog('a'))\n", "Home", "pets",
         "list[Dog]"},

        /* records: NamedTuple, namedtuple, dataclass */
        {"from typing import NamedTuple\nclass P(NamedTuple):\n    x: float\n    y: float = 0.0\n", "P", "y", "float"},
        {"from typing import NamedTuple\nclass P(NamedTuple):\n    x: int\n    tags: list[str]\n", "P", "tags", "list[str]"},
        {"from collections import namedtuple\nP = namedtuple('P', 'a b')\n\ndef main():\n    P(1, 'x')\n", "P", "b", "str"},
        {"from collections import namedtuple\nP = namedtuple('P', ['a', 'b'])\n\ndef main():\n    P(a=2.5, b=True)\n", "P", "a", "float"},
        {"from collections import namedtuple\nP = namedtuple('P', 'a, b')\n\ndef main():\n    P(1.5, [1])\n", "P", "b", "list[int]"},
        {"import collections\nP = collections.namedtuple('P', 'a b')\n\ndef main():\n    P('x', 'y')\n", "P", "a", "str"},
        {"from dataclasses import dataclass\n@dataclass\nclass P:\n    name: str\n", "P", "name", "str"},
        {"from dataclasses import dataclass\n@dataclass\nclass P:\n    n: int = 0\n    label: str = ''\n", "P", "label", "str"},
        {"from dataclasses import dataclass\n@dataclass(frozen=True)\nclass P:\n    x: float\n    y: float\n", "P", "y", "float"},
        {"from dataclasses import dataclass\n@dataclass(slots=True)\nclass P:\n    x: int\n    ok: bool = False\n", "P", "ok", "bool"},
        {"import dataclasses\n@dataclasses.dataclass(frozen=True, slots=True)\nclass P:\n    x: str\n", "P", "x", "str"},
        {"from dataclasses import dataclass\nfrom typing import Optional\n@dataclass\nclass Node:\n    v: int\n"
         "    next: Optional['Node'] = None\n",
         "Node", "next", "Node | None"},

        /* __slots__ classes */
        {"class P:\n    __slots__ = ('x', 'y')\n\n    def __init__(self, x: float, y: float):\n        self.x = x\n        self.y = y\n",
         "P", "y", "float"},
        {"class P:\n    __slots__ = ['name']\n\n    def __init__(self, name):\n        self.name = name\n\ndef main():\n    P('a')\n",
         "P", "name", "str"},
        {"class P:\n    __slots__ = ('items',)\n\n    def __init__(self):\n        self.items = []\n        self.items.append('a')\n",
         "P", "items", "list[str]"},
        {"class A:\n    __slots__ = ('x',)\n\n    def __init__(self):\n        self.x = 1\n\nclass B(A):\n    __slots__ = ('y',)\n\n"
         "    def __init__(self):\n        super().__init__()\n        self.y = 'a'\n",
         "B", "y", "str"},
    };
    size_t n = sizeof cases / sizeof cases[0];
    InferCase *copy = cr_malloc(sizeof cases);
    for (size_t i = 0; i < n; i++)
        copy[i] = (InferCase){shared(cases[i].source), shared(cases[i].cls), shared(cases[i].field),
                              shared(cases[i].type)};
    return cr_make_param_array(InferCase, copy, n, free_infer_cases);
}

ParameterizedTest(InferCase *c, infer, field_types)
{
    char *diags = NULL;
    Module *m = compile_text(c->source, &diags);
    cr_assert_not_null(m, "did not compile:\n%s\n%s", c->source, diags);
    cr_expect_str_eq(type_python(field_of(m, c->cls, c->field)->var.type), c->type, "%s", c->source);
    free(diags);
}

/* A derived class's struct starts with its base's, so a B * is usable as an A *. */
Test(infer, derived_class_starts_with_its_base)
{
    char *diags = NULL;
    Module *m = compile_text("class A:\n    def __init__(self, x: int):\n        self.x = x\n\nclass B(A):\n"
                             "    def __init__(self, x: int, y: str):\n        super().__init__(x)\n        self.y = y\n",
                             &diags);
    cr_assert_not_null(m, "%s", diags);
    Class *b = module_find_class(m, "B");
    cr_assert_eq(b->layout.len, 2);
    Class *a = module_find_class(m, "A");
    Field *base = VEC_AT(Field *, b->layout, 0), *y = VEC_AT(Field *, b->layout, 1);
    cr_expect_str_eq(base->var.name, "base");
    cr_expect_str_eq(base->c_type, "A");
    cr_expect_eq(base->offset, 0);
    cr_expect_eq(base->size, a->size);
    cr_expect_str_eq(y->var.name, "y");
    cr_expect_geq(y->offset, a->size);
    free(diags);
}

/* ---- diagnostics -------------------------------------------------------------- */

typedef struct DiagCase {
    const char *source;
    int line, col;
    const char *message; /* "error: ..." or "note: ...", a substring of what is reported there */
} DiagCase;

static void free_diag_cases(struct criterion_test_params *params)
{
    DiagCase *cases = params->params;
    for (size_t i = 0; i < params->length; i++) {
        cr_free((void *)cases[i].source);
        cr_free((void *)cases[i].message);
    }
    cr_free(cases);
}

#define INT_THEN_FLOAT INIT "        self.v = 1\n\n    def f(self):\n        self.v = 2.5\n"
#define ARG_CONFLICT "class C:\n    def __init__(self, x):\n        self.x = x\n\ndef main():\n    C(1)\n    C('a')\n"

ParameterizedTestParameters(infer, diagnostics)
{
    static DiagCase cases[] = {
        /* conflicting types, and the annotation that would settle them */
        {INT_THEN_FLOAT, 6, 9, "error: conflicting types for field 'v' of P: int from the assignment at line 3, "
                               "and float from the assignment here"},
        {INT_THEN_FLOAT, 3, 9, "note: it became int here; annotate it where it is assigned (for example 'self.v: int = ...')"},
        {ARG_CONFLICT, 7, 7, "error: conflicting types for parameter 'x' of C.__init__(): int from the argument at line 6, "
                             "and str from the argument here"},
        {ARG_CONFLICT, 6, 7, "note: it became int here; annotate it (for example 'x: int')"},
        {"def main():\n    x = 1\n    x = 'a'\n", 3, 5, "error: conflicting types for variable 'x': int from the assignment at line 2"},
        {PERSON "class Team:\n    def __init__(self, leader: Person):\n        self.leader = leader\n\ndef main():\n"
                "    t = Team(Person('a'))\n    t.leader = 'b'\n",
         11, 5, "error: conflicting types for field 'leader' of Team: Person"},
        {INIT "        self.xs = [1]\n\n    def add(self):\n        self.xs.append('a')\n", 6, 9,
         "error: conflicting types for field 'xs' of P: list[int] from the assignment at line 3, and list[str] from the append here"},
        {"class P:\n    def __init__(self, on: bool):\n        self.v = 1 if on else 'a'\n", 3, 18,
         "error: the two branches have different types (int and str)"},
        {INIT "        self.t = [1, 'a']\n", 3, 22, "error: items of different types (int and str) in one list are not supported"},
        {INIT "        self.t = (None, 'a')\n", 3, 18,
         "error: None as an item of a tuple whose items differ in type is not supported by slotc"},

        /* an int where a float is known: CPython would keep the int */
        {INIT "        self.v = 2.5\n\n    def f(self):\n        self.v = 1\n", 6, 9,
         "error: field 'v' of P is a float (from the assignment at line 3) but receives an int here"},
        {"class P:\n    def __init__(self, x):\n        self.x = x\n\ndef main():\n    P(2.5)\n    P(1)\n", 7, 7,
         "error: parameter 'x' of P.__init__() is a float (from the argument at line 6) but receives an int here"},
        {INIT "        self.v: float = 0\n", 3, 9, "write a float literal or use float(...)"},
        {"from typing import NamedTuple\nclass P(NamedTuple):\n    y: float = 0\n", 3, 16,
         "error: field 'y' of P is a float (from the annotation at line 3) but receives an int here"},

        /* fields never given a type, and None where only a class may be */
        {"class C:\n    def __init__(self, x):\n        self.x = x\n", 3, 9,
         "error: cannot infer the type of field 'x' of C; annotate it where it is assigned"},
        {"class P:\n    __slots__ = ('a', 'b')\n\n    def __init__(self):\n        self.a = 1\n", 2, 23,
         "error: cannot infer the type of field 'b' of P"},
        {NODE, 4, 9, "error: field 'next' of Node is only ever None here; annotate its class"},
        {INIT "        self.s = 'a'\n\n    def clear(self):\n        self.s = None\n", 6, 9,
         "error: field 's' of P is str (from the assignment at line 3) and receives None here"},
        {"from typing import Optional\nclass P:\n    def __init__(self, n: Optional[int]):\n        self.n = n\n", 3, 27,
         "error: Optional[int] is not supported by slotc yet (only classes may be None)"},
        {INIT "        self.d = {}\n        self.d[[1]] = 2\n", 3, 9, "error: field 'd' of P is a dict[list[int], int]: keys of type list[int]"},

        /* annotations slotc does not read */
        {"class P:\n    def __init__(self, s: 'Foo'):\n        self.s = s\n", 2, 27,
         "error: the annotation \"Foo\" does not name a class of this module"},
        {"from typing import Union\nclass P:\n    def __init__(self, s: Union[int, str]):\n        self.s = s\n", 3, 27,
         "error: the annotation 'Union[...]' is not supported by slotc yet"},

        /* attributes a class does not have */
        {"class C:\n    __slots__ = ('a',)\n    def __init__(self):\n        self.a = 1\n        self.b = 2\n", 5, 9,
         "error: 'C' object has no attribute 'b': it is not among the class's __slots__"},
        {"class P:\n    __slots__ = ('n',)\n\n    def __init__(self):\n        self.n = 0\n\ndef main():\n    p = P()\n    p.m = 1\n", 9, 5,
         "error: 'P' object has no attribute 'm'"},
        {INIT "        self.n = 1\n\ndef main():\n    p = P()\n    print(p.nope)\n", 7, 11, "error: 'P' object has no attribute 'nope'"},
        {"from dataclasses import dataclass\n@dataclass(frozen=True)\nclass P:\n    x: int\n\ndef main():\n    p = P(1)\n    p.x = 2\n",
         8, 5, "error: cannot assign to field 'x': 'P' is immutable (CPython raises FrozenInstanceError here)"},
        {"class P:\n    def __init__(self, a: int):\n        self.a = a\n\ndef main():\n    P()\n", 6, 5,
         "error: P.__init__() is missing the argument 'a'"},

        /* the random module: what slotc does not draw */
        {"import random\n\ndef main():\n    print(random.gauss(0.0, 1.0))\n", 4, 11,
         "error: random.gauss() is not supported by slotc"},
        {"import random\n\ndef main():\n    random.shuffle('abc')\n", 4, 20,
         "error: random.shuffle() takes a list here, not str"},

        /* constructs inside a class that slotc does not translate */
        {"class P:\n    x: int\n\n    def __init__(self):\n        self.x = 1\n", 2, 5,
         "error: class-level annotations are supported in dataclasses and NamedTuples"},
        {"from dataclasses import dataclass\n@dataclass\nclass P:\n    x: int\n\n    def __post_init__(self):\n        self.y = self.x\n",
         6, 5, "error: special method '__post_init__' is not supported by slotc yet"},
        {"from dataclasses import dataclass, field\n@dataclass\nclass P:\n    xs: list[int] = field(init=False)\n", 4, 32,
         "error: field(init=...) is not supported by slotc"},
        {"from dataclasses import dataclass\n@dataclass\nclass A:\n    x: int\n\n@dataclass\nclass B(A):\n    y: str\n", 7, 1,
         "error: inheritance with a dataclass ('B') is not supported by slotc yet"},
    };
    size_t n = sizeof cases / sizeof cases[0];
    DiagCase *copy = cr_malloc(sizeof cases);
    for (size_t i = 0; i < n; i++)
        copy[i] = (DiagCase){shared(cases[i].source), cases[i].line, cases[i].col, shared(cases[i].message)};
    return cr_make_param_array(DiagCase, copy, n, free_diag_cases);
}

/* Whether diags has a line reported at line:col of test.py that contains message. */
static bool reported_at(const char *diags, int line, int col, const char *message)
{
    char where[64];
    size_t n = (size_t)snprintf(where, sizeof where, "test.py:%d:%d: ", line, col);
    for (const char *s = diags; *s;) {
        size_t len = strcspn(s, "\n");
        const char *hit = strncmp(s, where, n) == 0 ? strstr(s, message) : NULL;
        if (hit && hit + strlen(message) <= s + len)
            return true;
        s += len + (s[len] == '\n');
    }
    return false;
}

ParameterizedTest(DiagCase *c, infer, diagnostics)
{
    char *diags = NULL;
    Module *m = compile_text(c->source, &diags);
    cr_expect_null(m, "compiled, but should not have:\n%s", c->source);
    cr_expect(reported_at(diags, c->line, c->col, c->message), "expected at %d:%d '%s' in:\n%s", c->line, c->col,
              c->message, diags);
    free(diags);
}
