/*
 * slotc.h - the generator's one internal header, sectioned by pipeline stage.
 *
 * Data flows one way: source -> parse -> lower (AST) -> classes -> infer ->
 * layout -> translate -> emit.  Every stage reads what the one before it
 * built and reports user errors through the diagnostic sink (diag.c); the
 * driver (main.c) stops after any stage that reported an error.  The whole
 * model lives in one arena that is freed at exit.
 */
#ifndef SLOTC_H
#define SLOTC_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#define SLOTC_VERSION "0.1.0"

typedef struct Type Type;
typedef struct Expr Expr;
typedef struct Stmt Stmt;
typedef struct Func Func;
typedef struct Class Class;
typedef struct Module Module;
typedef struct Prop Prop;

/* ---- util.c: arena, vectors, string builders ---------------------------- */

/* Dies with a message: for internal bugs and out-of-memory, never for user
 * errors (those are diagnostics). */
_Noreturn void die(const char *format, ...) __attribute__((format(printf, 1, 2)));
void *xmalloc(size_t size);
void *xrealloc(void *p, size_t size);

/* Arena allocation for the whole model; zeroed; freed by arena_free_all. */
void *arena_alloc(size_t size);
void arena_free_all(void);
char *arena_strndup(const char *s, size_t n);
char *arena_strdup(const char *s);
char *arena_printf(const char *format, ...) __attribute__((format(printf, 1, 2)));

/* A growable array of pointers, stored in the arena. */
typedef struct Vec {
    void **items;
    int len;
    int cap;
} Vec;
void vec_push(Vec *v, void *item);
#define VEC_AT(type, v, i) ((type)(v).items[(i)])

/* A growable string (heap, not arena) used to build text. */
typedef struct Str {
    char *data;
    size_t len;
    size_t cap;
} Str;
void str_add(Str *s, const char *text);
void str_addn(Str *s, const char *text, size_t n);
void str_printf(Str *s, const char *format, ...) __attribute__((format(printf, 2, 3)));
void str_free(Str *s);
/* Moves the text into the arena and resets s. */
char *str_finish(Str *s);

/* ---- source.c: one input file ------------------------------------------- */

/* Files larger than this are refused with a diagnostic (keeps every later
 * stage's memory and time bounded). */
#define SOURCE_MAX_BYTES (64u << 20)

typedef struct Source {
    const char *path;
    const char *text; /* NUL-terminated copy of the file */
    size_t size;
    int *line_starts; /* byte offset of each line */
    int nlines;
} Source;

typedef struct Loc {
    int line; /* 1-based */
    int col;  /* 1-based, in bytes */
} Loc;

/* Reads and checks path; NULL after reporting an I/O error (*io_error set)
 * or text that is not UTF-8. */
Source *source_read(const char *path, bool *io_error);
/* The same for text already in memory (tests, fuzzing); path names it. */
Source *source_from_memory(const char *path, const char *text, size_t size);
/* The passes from parsing to layout (driver.c); NULL once one reported an
 * error.  derive says whether derive.c may turn fields into functions. */
Module *compile_source(Source *src, bool derive);
/* The text of line (1-based), without its newline, and its length. */
const char *source_line(const Source *src, int line, int *len);

/* ---- diag.c: the one sink for user diagnostics -------------------------- */

typedef enum DiagLevel { DIAG_ERROR, DIAG_WARNING, DIAG_NOTE } DiagLevel;

/* GCC-style: "file:line:col: error: message", the source line, a caret.
 * Errors are counted; stages keep going so one run reports all of them. */
void diag_at(const Source *src, Loc loc, DiagLevel level, const char *format, ...)
    __attribute__((format(printf, 4, 5)));
void diag_vat(const Source *src, Loc loc, DiagLevel level, const char *format, va_list ap);
/* An error with no location (I/O, usage): "slotc: error: ...". */
void diag_plain(const char *format, ...) __attribute__((format(printf, 1, 2)));
int diag_error_count(void);
/* Forgets the errors counted so far: a process that compiles many inputs
 * (the fuzzer) counts each one's from zero. */
void diag_reset(void);
/* Where diagnostics go (stderr unless a test redirects them). */
void diag_set_stream(FILE *stream);

/* ---- parse.c + lower.c: tree-sitter, then slotc's AST ------------------- */

typedef enum TypeKind {
    TY_UNKNOWN,
    TY_NONE,
    TY_BOOL,
    TY_INT,
    TY_FLOAT,
    TY_STR,
    TY_LIST,  /* list[item] */
    TY_TUPLE, /* tuple[item, ...] */
    TY_CLASS, /* pointer to a user class */
    TY_ITER,  /* an iterator of item: a generator, iter(xs) */
    TY_FILE,  /* a text file from open() */
    TY_DICT,  /* dict[item, value] */
    TY_SET,   /* set[item] */
    TY_DEQUE, /* collections.deque[item] */
    TY_RANGE, /* a range kept as a value: r = range(a, b) */
} TypeKind;

struct Type {
    TypeKind kind;
    Type *item;    /* TY_LIST, TY_TUPLE, TY_ITER, TY_SET, TY_DEQUE; TY_DICT's key */
    Type *value;   /* TY_DICT */
    Class *cls;    /* TY_CLASS */
    bool optional; /* TY_CLASS: may be None (a NULL pointer) */
};

typedef enum ExprKind {
    EX_NAME,
    EX_INT,
    EX_FLOAT,
    EX_STR,
    EX_TRUE,
    EX_FALSE,
    EX_NONE,
    EX_BINARY,  /* lhs op rhs: + - * / // % ** */
    EX_UNARY,   /* op operand: - + */
    EX_NOT,
    EX_AND,
    EX_OR,
    EX_COMPARE, /* a < b <= c: items[0..n], ops[0..n-1] */
    EX_CALL,    /* func(args, kw=...) */
    EX_ATTR,    /* object.name */
    EX_INDEX,   /* object[index] */
    EX_LIST,
    EX_TUPLE,
    EX_LISTCOMP,
    EX_IFEXP,   /* then if cond else other */
    EX_FSTRING, /* f"...": items are EX_STR pieces and expressions */
    EX_GENEXP,  /* (elt for target in iter if cond), as EX_LISTCOMP */
    EX_DICT,    /* {k: v, ...}: items are keys, and values in the Expr's keys */
    EX_SET,     /* {a, b} */
    EX_DICTCOMP, /* {k: v for ...}: lhs the key, rhs the value, as EX_LISTCOMP */
    EX_SETCOMP,  /* {x for ...}, as EX_LISTCOMP */
    EX_SLICE,    /* start:stop:step, the index of an EX_INDEX: lhs, rhs, cond (each may be NULL) */
    EX_LAMBDA,   /* lambda name: lhs (one parameter), only as key=; var is the parameter */
} ExprKind;

typedef enum Op {
    OP_ADD,
    OP_SUB,
    OP_MUL,
    OP_DIV,
    OP_FLOORDIV,
    OP_MOD,
    OP_POW,
    OP_NEG,
    OP_POS,
    OP_EQ,
    OP_NE,
    OP_LT,
    OP_LE,
    OP_GT,
    OP_GE,
    OP_IN,
    OP_NOT_IN,
    OP_IS,
    OP_IS_NOT,
    OP_BITOR, /* ints and bools; in annotations, X | None */
    OP_BITAND,
    OP_BITXOR,
    OP_LSHIFT,
    OP_RSHIFT,
    OP_INVERT, /* unary ~ */
} Op;

typedef struct Keyword {
    const char *name;
    Expr *value;
    Loc loc;
} Keyword;

typedef struct Var Var;

struct Expr {
    ExprKind kind;
    Loc loc;
    Type *type;       /* set by infer */
    const char *name; /* EX_NAME, EX_ATTR */
    int64_t ival;     /* EX_INT */
    double fval;      /* EX_FLOAT */
    const char *sval; /* EX_STR: UTF-8 bytes */
    size_t slen;
    Op op;
    Expr *lhs;  /* EX_BINARY, EX_UNARY/NOT operand, EX_ATTR/EX_INDEX object,
                   EX_CALL callee, EX_IFEXP then, EX_LISTCOMP/GENEXP element */
    Expr *rhs;  /* EX_BINARY, EX_INDEX index, EX_IFEXP else */
    Expr *cond; /* EX_IFEXP, EX_LISTCOMP filter (one `if`) */
    Vec items;  /* of Expr: call args, list/tuple items, compare operands */
    Op *ops;    /* EX_COMPARE */
    Vec keywords; /* of Keyword: call keywords */
    /* EX_LISTCOMP: for target in iter */
    Expr *target;
    Expr *iter;
    Var *var;      /* EX_NAME: resolved by infer; EX_LISTCOMP: its variable */
    Class *cls;    /* EX_CALL of a class, EX_ATTR field owner */
    Func *callee;  /* EX_CALL of a user function or method */
    bool truth_only; /* EX_AND / EX_OR of mixed types, in a condition */
    bool repr;       /* an f-string expression with !r */
    bool convert;    /* ... with !r or !s: formatted as its text */
    const char *format; /* ... with a format specification: the text after ':' */
    bool consumed;   /* EX_GENEXP: run where it is written, never an object */
    bool clause;     /* EX_GENEXP: an outer `for target in iter if cond` clause of the
                        comprehension whose iter it is; lhs is the next clause's iterable */
    Prop *prop;      /* EX_ATTR read or written through a property */
    const char *math; /* a math function's (EX_CALL) or constant's C spelling */
    const char *random; /* a call of the random module's function of that name (EX_CALL) */
    const char *heapq;  /* ... of the heapq module's */
    const char *time;   /* ... of the time module's: "time", "perf_counter", ... */
    const char *sys;    /* sys.argv (EX_ATTR or EX_NAME), sys.exit(), sys.stdout.write(),
                           sys.stderr.write() and sys.stdout.flush() (EX_CALL): "argv",
                           "exit", "stdout.write", ... */
    uint32_t start, end; /* the source bytes it came from */
};

/* The name of infer's view of a deque's items as a list (d.items·, in C
 * &d->items): U+00B7 keeps it apart from any attribute a program names. */
#define DEQUE_ITEMS "items\xc2\xb7"

typedef enum StmtKind {
    ST_EXPR,
    ST_ASSIGN,     /* target = value (target may be a tuple) */
    ST_AUGASSIGN,  /* target op= value */
    ST_ANNASSIGN,  /* target: annotation [= value] */
    ST_RETURN,
    ST_IF,
    ST_WHILE,
    ST_FOR,
    ST_BREAK,
    ST_CONTINUE,
    ST_PASS,
    ST_YIELD,      /* yield value */
    ST_YIELD_FROM, /* yield from value */
    ST_WITH,       /* with value as target: body */
    ST_DEL,        /* del target (an item of a dict or list) */
    ST_TRY,        /* try: body, handlers, else: orelse, finally: final */
    ST_EXCEPT,     /* one handler of an ST_TRY: except value as target: body (value NULL: bare except) */
    ST_RAISE,      /* raise value from cause (value NULL: re-raise the exception being handled) */
} StmtKind;

struct Stmt {
    StmtKind kind;
    Loc loc;
    Expr *target;
    Expr *value;      /* value, condition, iterable */
    Expr *annotation; /* ST_ANNASSIGN */
    Op op;            /* ST_AUGASSIGN */
    Vec body;         /* of Stmt */
    Vec orelse;       /* of Stmt: else / elif chain */
    Vec handlers;     /* of Stmt: ST_TRY's ST_EXCEPT clauses, in order */
    Vec final;        /* of Stmt: ST_TRY's finally block */
    Expr *cause;      /* ST_RAISE: the expression after 'from' */
    bool derived_store; /* the store of a field derive.c made a function */
};

typedef struct Param {
    const char *name;
    Loc loc;
    Expr *annotation;
    Expr *default_value;
    Var *var;
} Param;

struct Var {
    const char *name;
    const char *what;  /* for diagnostics: "parameter 'age' of Person.__init__()" */
    const char *cname; /* the C identifier */
    Loc loc;           /* first definition */
    Type *type;
    Loc type_loc;      /* where the type was decided */
    const char *why;   /* how: "annotation", "argument", ... */
    bool conflict;     /* a conflict was already reported */
    bool read;         /* read somewhere (unread C variables need a (void) use) */
    Var *narrows;      /* `if isinstance(x, C):` gives x the type C in the body: this
                          var, which reads the variable it narrows through a cast */
};

typedef enum FuncKind {
    FN_PLAIN,  /* a function or an ordinary method */
    FN_GETTER, /* @property, or a derived field's function (derive.c) */
    FN_SETTER, /* @name.setter */
} FuncKind;

struct Func {
    const char *name;
    const char *cname;
    Loc loc;
    FuncKind kind;
    bool const_self; /* self is only read: `const Class *self` (derive.c) */
    Class *cls;      /* the class of a method, NULL for a module function */
    Class *owner;    /* a @staticmethod's or @classmethod's class: a module function
                        (no self) named "Class.name" for lookups (classes.c) */
    bool classmethod;
    Vec params;      /* of Param; a method's first is self */
    Expr *returns;   /* annotation */
    Vec body;        /* of Stmt */
    Vec decorators;  /* of Expr */
    Vec locals;      /* of Var: params first, then assigned names */
    Var *result;     /* the return type */
    bool has_return_value;
    bool generator;  /* has a yield: a generator function */
    Vec globals;     /* of char: names its `global` statements declare */
    Var *yields;     /* a generator's item type */
    Vec state;       /* of Field: a generator's state (translate.c) */
    Class *shape;    /* its state struct laid out, for inspect and verify */
};

typedef enum ClassKind {
    CK_PLAIN,      /* attributes assigned in methods */
    CK_SLOTS,      /* __slots__ */
    CK_NAMEDTUPLE, /* collections.namedtuple(...) */
    CK_NAMEDTUPLE_TYPED, /* class X(typing.NamedTuple) */
    CK_DATACLASS,  /* @dataclass */
} ClassKind;

typedef struct Field {
    Var var;             /* name, C name, type and its provenance */
    Expr *default_value; /* dataclass / NamedTuple default */
    bool no_repr;        /* field(repr=False): left out of the record's repr */
    bool no_compare;     /* field(compare=False): left out of ==, ordering and hash */
    Expr *annotation;
    int index;           /* source order */
    int offset;          /* set by layout */
    int size;
    int align;
    /* derive.c: a field computed by a function instead of stored */
    int stores;          /* assignments to it anywhere in the module */
    Stmt *init_store;    /* its `self.x = ...` at the top level of __init__ */
    Loc other_store;     /* an assignment elsewhere */
    bool derived;
    Func *getter;        /* the function that computes it, when derived */
    const char *c_type;  /* the C type when it has no Python one (a generator's header) */
    const char *stored_why; /* why it stays stored, when its value is computed */
    Loc stored_loc;
    /* infer.c: a narrowed int (Annotated[int, "int8"], --int-bits): its
     * width in bits, 0 for int64_t, and what asked for it */
    int bits;
    bool is_unsigned;
    const char *bits_why;
    /* layout.c, --pack-bools: a bool stored as bit `bit` of the byte at
     * offset (size 1 for the first bool of a byte, 0 for the others) */
    bool packed;
    int bit;
} Field;

/* A property: an attribute read through a getter (and maybe written through
 * a setter) instead of a field. */
struct Prop {
    const char *name;
    Func *getter;
    Func *setter;
    Field *field; /* the field it replaces, for a derived field */
    /* functools.cached_property: the value and whether it is there yet */
    Field *cache, *cached;
};

struct Class {
    const char *name;
    ClassKind kind;
    Loc loc;
    Vec fields;   /* of Field, source order */
    Vec methods;  /* of Func (getters and setters too) */
    Vec props;    /* of Prop */
    Vec body;     /* class-level statements (annotations, __slots__) */
    Vec bases;    /* of Expr */
    Vec decorators;
    Vec slots;    /* of Expr (string literals) from __slots__ */
    Func *init;
    /* dataclass flags (namedtuples behave as frozen, eq, repr) */
    bool frozen, eq, order, repr, has_slots;
    /* a tuple whose items differ in type, (name, 3): a record infer makes,
     * one per list of item types, whose fields are the items */
    bool tuple;
    /* class C(Enum): a frozen dataclass with name and value fields, whose
     * members are its class attributes (enums.c) */
    bool enumeration;
    Vec layout;   /* of Field, memory order (set by layout) */
    int size;
    int unpacked_size; /* the size without --pack-bools */
    int align;
    /* single inheritance: the base's struct is this struct's first member,
     * so a Derived * is usable as a Base * */
    Class *base;
    Vec subclasses;    /* of Class: the direct ones */
    Field *tag;        /* the root of a hierarchy: the object's class id */
    int class_id;      /* in a hierarchy: preorder number, and the last one */
    int last_id;       /* of its subtree (isinstance is a range test) */
    /* exceptions: a built-in class (not emitted: the runtime's
     * slot_exc_types[exc_kind]), or a user class whose root derives from
     * the built-in exc_base and starts with the slot_exception `header` */
    const char *exc_kind; /* "SLOT_VALUE_ERROR" */
    Class *exc_base;
    Field *header;
    /* class attributes (NAME = value in the body): module globals named
     * "Class.NAME", set in source order before main() (lower.c) */
    Vec attrs; /* of Stmt: the assignments */
    Vec statics; /* of Func: its @staticmethods and @classmethods (in the module's funcs) */
    /* value.c: a value type (stored inline, copied, never allocated), or
     * why not and where that was decided */
    bool value;
    const char *value_why;
    Loc value_loc;
};

struct Module {
    const Source *src;
    const char *name;  /* the file's stem: "person" */
    const char *cname; /* a C-safe version of name */
    Vec classes;       /* of Class */
    Vec funcs;         /* of Func */
    Vec main_body;     /* of Stmt: the `if __name__ == "__main__":` block */
    bool has_entry;
    Func *entry;       /* main_body as a function without parameters (infer) */
    Vec globals;       /* of Stmt: module-level assignments and statements, in order */
    bool script;       /* some of those are statements: the module is a program */
    Func *init;        /* those as a function whose locals are the module's globals (infer) */
    bool imports_math; /* `import math` */
    Vec math_names;    /* of char: names taken with `from math import ...` */
    bool imports_random; /* `import random` */
    Vec random_names;  /* of char: names taken with `from random import ...` */
    bool imports_heapq; /* `import heapq` */
    Vec heapq_names;   /* of char: names taken with `from heapq import ...` */
    bool imports_time; /* `import time` */
    Vec time_names;    /* of char: names taken with `from time import ...` */
    bool imports_sys;  /* `import sys` */
    Vec sys_names;     /* of char: names taken with `from sys import ...` */
    Vec strings;       /* of Expr: every string literal, for emit (translate) */
    Str helpers;       /* file-local C helpers (repr of nested lists) */
    Vec generators;    /* of Func: generator functions and kept generator expressions (translate) */
    Vec helper_names;
    Vec exceptions;    /* of Class: the built-in exception classes it names (classes.c) */
    bool catches;      /* has a try statement: exceptions can be caught (translate) */
};

/* ast.c: whether test holds for e or any expression inside it. */
bool expr_any(const Expr *e, bool (*test)(const Expr *e, const void *context), const void *context);
/* Whether a statement list contains a yield. */
bool block_yields(const Vec *body);
/* Whether a break in body leaves the loop whose body it is. */
bool block_breaks(const Vec *body);
/* The value of a call's keyword argument name, or NULL. */
Expr *call_keyword(const Expr *call, const char *name);

/* Parses src and lowers it; reports syntax errors and unsupported
 * constructs.  Returns NULL if nothing could be parsed at all. */
Module *parse_module(const Source *src);


/* ---- methods.c: the methods of str and of files ------------------------- */

typedef struct Method {
    TypeKind self;
    const char *name;
    const char *args; /* signature letters: s str, i int, L list[str]; '|' before optional ones */
    char result;      /* s str, i int, b bool, n None, L list[str], T tuple[str, ...] */
    const char *c;    /* the runtime function; its first argument is the object */
    const char *defaults[4]; /* C text of each omitted argument */
} Method;

const Method *method_find(TypeKind self, const char *name);
Type *method_type(char letter);
void method_arity(const Method *m, int *min, int *max);
char method_arg(const Method *m, int i);

/* One replacement field of a literal str.format() string, after the text
 * before it; the last entry (index -2) holds only the text at the end. */
typedef struct FormatField {
    const char *literal;
    int index;        /* positional argument, or -1 for a keyword */
    const char *name; /* the keyword */
    char conversion;  /* 'r', 's' or 0 */
    const char *spec; /* after ':', or NULL */
} FormatField;

Vec *format_fields(const char *text, size_t len, const char **error);
/* The same for a literal "..." % args string (printf-style conversions as
 * format specifications). */
Vec *percent_fields(const char *text, size_t len, const char **error);

/* ---- classes.c: the attribute set of every class ------------------------ */

void classes_build(Module *m);
/* enums.c: Enum classes become records with their members as class
 * attributes, and the module's code uses them (before classes_build). */
void enums_build(Module *m);
Class *module_find_class(const Module *m, const char *name);
Func *module_find_func(const Module *m, const char *name);
Func *class_find_method(const Class *c, const char *name);
/* The @staticmethod or @classmethod name of c or of a base, or NULL. */
Func *class_find_static(const Class *c, const char *name);
Field *class_find_field(const Class *c, const char *name);
Prop *class_find_prop(const Class *c, const char *name);
/* Namedtuples and frozen dataclasses compare by value. */
bool class_is_record(const Class *c);
bool class_compares_by_value(const Class *c);
/* Whether a is b or derives from it; the nearest class both derive from. */
bool class_derives(const Class *a, const Class *b);
bool class_orderable(const Class *c);
bool type_orderable(const Type *t);
Class *class_common(Class *a, Class *b);
const Class *class_root(const Class *c);
/* obj->member for field f of an object of class c: "base.base.name" when f
 * belongs to an ancestor. */
const char *class_member(const Class *c, const Field *f);
/* The class of c's hierarchy that defines f's method name last below c:
 * whether some subclass of c overrides it. */
bool class_overridden_below(const Class *c, const char *method);
/* "plain", "slots", "namedtuple", "NamedTuple", "dataclass" or "Enum" */
const char *class_kind_name(const Class *c);
/* __add__, __eq__, __len__ ...: the special methods operators call. */
bool class_operator_method(const char *name);
/* The built-in exception class called name (made on first use), or NULL. */
Class *class_builtin_exception(Module *m, const char *name);
/* Whether c is an exception class (built-in, or deriving from one); its
 * nearest built-in ancestor. */
bool class_is_exception(const Class *c);
Class *class_exception_base(const Class *c);
/* c's base, a built-in exception class above a user root included. */
Class *class_parent(const Class *c);

/* ---- infer.c: types ------------------------------------------------------ */

void infer_module(Module *m);
/* --int-bits=N: int fields are N bits wide unless annotated otherwise. */
void infer_set_int_bits(int bits);
Type *type_new(TypeKind kind);
Type *type_list(Type *item);
Type *type_tuple(Type *item);
Type *type_iter(Type *item);
Type *type_dict(Type *key, Type *value);
Type *type_set(Type *item);
Type *type_deque(Type *item);
/* A class as Python names it: a tuple record is tuple[str, int]. */
const char *class_python(const Class *c);
Type *type_class(Class *c);
/* C | None: the same pointer, which may be NULL. */
Type *type_optional(Class *c);
bool type_eq(const Type *a, const Type *b);
bool type_complete(const Type *t);
/* Python spelling: "list[int]". */
const char *type_python(const Type *t);
/* C spelling: "slot_list *". */
const char *type_c(const Type *t);
const char *c_decl(const char *ctype, const char *name);
const char *field_c_type(const Field *f);
const char *field_python_type(const Field *f);
/* True when the C representation holds no pointer (atomic allocation). */
bool type_pointer_free(const Type *t);

/* ---- derive.c: fields computed instead of stored ---------------------- */

void derive_module(Module *m);
/* The C name infer.c gives a function or method. */
const char *infer_function_cname(const Module *m, const Func *f);

/* ---- value.c: classes stored inline ------------------------------------- */

/* Decides which classes are value types (Class.value, or value_why). */
void value_module(Module *m);
/* A value type the program never prints nor compares (value.c makes sure):
 * it needs no repr and no element functions. */
bool value_opaque(const Class *c);

/* ---- live.c: the locals a generator keeps across a yield ----------------- */

/* One flag per f->locals entry: live after some yield (or a parameter live
 * where the body starts). */
bool *live_across_yields(Func *f);

/* ---- layout.c: field order and offsets ----------------------------------- */

void layout_module(Module *m);
/* --pack-bools: bool fields become one-bit fields. */
void layout_set_pack_bools(bool on);
void type_size_align(const Type *t, int *size, int *align);

/* ---- translate.c: statements and expressions to C ------------------------ */

/* Returns the C definitions of every function and method, and fills decls
 * with their prototypes. */
char *translate_module(Module *m, Str *decls);
/* The slot_repr_fn / slot_eq_fn for items of type t (helpers for nested
 * containers are added to m->helpers). */
const char *translate_repr_fn(Module *m, const Type *t);
const char *translate_eq_fn(Module *m, const Type *t);
/* The slot_cmp_fn that orders items of type t (a helper for lists and tuples). */
const char *translate_cmp_fn(Module *m, const Type *t);
/* The statement appending str(value) (repr when repr) to *buf. */
const char *translate_format(Module *m, const char *buf, const Type *t, const char *value, bool repr);
const char *translate_hash(const Type *t, const char *value);
/* What a class's repr, eq, hash and cmp functions take for an object: the
 * pointer itself, or a value type's address. */
const char *translate_ref(const Type *t, const char *value);
const char *translate_narrow(const Class *c, const Field *f, const char *value);
const char *translate_special_call(const Class *c, const char *name, const char *self, const char *arg);

/* ---- paths.c: the templates and the runtime, built or installed -------- */

const char *paths_templates(void);
const char *paths_runtime_include(void);
const char *paths_runtime_library(const char *file);

/* ---- template.c + emit.c: files on disk ---------------------------------- */

/* Renders a template with named values; see template.c for the syntax. */
char *template_render(const char *name, const char *text, const char *const *keys,
                      const char *const *values, int n);
bool template_set_user_dir(const char *dir);
const char *template_load(const char *name);

typedef struct Output {
    char *header_name; /* "person.h" */
    char *header;
    char *source_name; /* "person.c" */
    char *source;
} Output;

Output *emit_module(Module *m);
/* Writes each file through a temporary file and a rename; returns false
 * after reporting an I/O error (earlier files are left untouched). */
bool emit_write(const Output *out, const char *dir);

/* ---- verify.c: layouts checked by the C compiler (libclang) ------------- */

/* Parses the emitted header with libclang and compares every struct's size
 * and field offsets with the layout; prints internal errors on stderr and
 * returns false on any difference.  With report, prints each struct the
 * way pahole does. */
bool verify_layouts(const Module *m, const Output *out, FILE *report);

/* ---- inspect.c ----------------------------------------------------------- */

void inspect_module(const Module *m, FILE *out);
/* The same as JSON; the schema is in README.md. */
void inspect_module_json(const Module *m, FILE *out);

/* ---- names.c: C identifiers ---------------------------------------------- */

/* A C identifier for a Python name: keywords and runtime names get a
 * trailing underscore. */
const char *c_ident(const char *name);

#endif /* SLOTC_H */
