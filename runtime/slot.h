/*
 * slot.h - the public header of libslot, the runtime that C emitted by slotc
 * links against.  It is all a user of emitted code includes.
 *
 * The runtime gives emitted code what Python gives a program for free:
 * immutable strings, unboxed lists and tuples, ints that never wrap, Python's
 * float text, printing, and Python's exceptions.  Every name starts with
 * slot_ (or SLOT_ for macros); nothing else in emitted code uses that prefix.
 *
 * Memory: everything is allocated through slot_alloc / slot_alloc_atomic.
 * The default backend is the Boehm collector with all-interior-pointers off
 * (so objects carry no extra byte; emitted code only keeps pointers to the
 * start of objects).  Building the runtime with -DSLOT_ARENA selects a bump
 * arena instead: nothing is collected, everything is freed at exit, which
 * keeps sanitizer and valgrind runs meaningful.  Objects returned by the
 * runtime are owned by the collector (or the arena); callers never free them.
 */
#ifndef SLOT_H
#define SLOT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Emitted files check these and refuse to build against another runtime. */
#define SLOT_VERSION_MAJOR 0
#define SLOT_VERSION_MINOR 1
#define SLOT_VERSION_PATCH 0
#define SLOT_VERSION "0.1.0"

#if defined(__GNUC__)
#define SLOT_NORETURN __attribute__((noreturn))
#else
#define SLOT_NORETURN
#endif

/* ---- start-up and allocation ------------------------------------------ */

/* Sets up the collector (interior pointers off) and stdout buffering.
 * Emitted main() calls it first. */
void slot_init(int argc, char **argv);
/* Flushes stdout, then flushes and closes every file still open (errors
 * there are ignored, as CPython ignores them at shutdown); returns the
 * process status (0, or 1 if stdout failed). */
int slot_exit(void);

/* Zeroed memory that may hold pointers to other runtime objects. */
void *slot_alloc(size_t size);
/* Zeroed memory that holds no pointers (the collector does not scan it). */
void *slot_alloc_atomic(size_t size);

/* ---- exceptions --------------------------------------------------------- */

#include <setjmp.h> /* slot_try holds a jmp_buf */

typedef struct slot_str slot_str; /* below, with the strings */

/* CPython's built-in exception classes, one per kind.
 * SLOT_UNSUPPORTED_OPERATION is io.UnsupportedOperation (reading a file
 * opened for writing, and the reverse); the OSError subclasses are the ones
 * CPython picks by errno when open() fails. */
typedef enum slot_exc {
    SLOT_BASE_EXCEPTION,
    SLOT_EXCEPTION,
    SLOT_ARITHMETIC_ERROR,
    SLOT_ASSERTION_ERROR,
    SLOT_ATTRIBUTE_ERROR,
    SLOT_FILE_EXISTS_ERROR,
    SLOT_FILE_NOT_FOUND_ERROR,
    SLOT_INDEX_ERROR,
    SLOT_IS_A_DIRECTORY_ERROR,
    SLOT_KEY_ERROR,
    SLOT_LOOKUP_ERROR,
    SLOT_NAME_ERROR,
    SLOT_NOT_A_DIRECTORY_ERROR,
    SLOT_NOT_IMPLEMENTED_ERROR,
    SLOT_OS_ERROR,
    SLOT_OVERFLOW_ERROR,
    SLOT_PERMISSION_ERROR,
    SLOT_RUNTIME_ERROR,
    SLOT_STOP_ITERATION,
    SLOT_SYSTEM_EXIT,
    SLOT_TYPE_ERROR,
    SLOT_UNICODE_DECODE_ERROR,
    SLOT_UNICODE_ERROR,
    SLOT_UNSUPPORTED_OPERATION,
    SLOT_VALUE_ERROR,
    SLOT_ZERO_DIVISION_ERROR,
    SLOT_EXC_COUNT
} slot_exc;

/* An exception class: its name and its bases.  The built-in ones are
 * slot_exc_types[kind], with CPython's hierarchy (LookupError above
 * IndexError and KeyError, ...); emitted code defines one for each
 * exception class of the program, whose base is its Python base's. */
typedef struct slot_exc_type {
    const char *name;
    const char *module; /* printed before the name when uncaught ("io"); NULL for builtins and __main__ */
    const struct slot_exc_type *base;
    const struct slot_exc_type *also; /* a second base (io.UnsupportedOperation is an OSError and a ValueError) */
} slot_exc_type;

extern const slot_exc_type slot_exc_types[SLOT_EXC_COUNT];

/* An exception object.  A user exception class's struct starts with one
 * (its member `exc`), so a pointer to the object is a pointer to it.  The
 * arguments are kept as text, made when the object is: str(e) is text, and
 * repr(e) is the class name followed by args in parentheses. */
typedef struct slot_exception {
    const slot_exc_type *type;
    const slot_str *text; /* str(e); NULL until BaseException.__init__ ran */
    const slot_str *args; /* the reprs of the arguments, comma-separated */
} slot_exception;

/* A new exception of a built-in class: BaseException(*args) called with
 * nargs arguments, first being str() of the only one (repr() for a
 * KeyError) and args the reprs of all of them joined by ", ". */
slot_exception *slot_exception_new(const slot_exc_type *type, int64_t nargs, const slot_str *first,
                                   const slot_str *args);
/* BaseException.__init__(self, *args), as a user __init__ calls it through
 * super(): the arguments as slot_exception_new takes them. */
void slot_exception_init(slot_exception *self, int64_t nargs, const slot_str *first, const slot_str *args);
/* (args may be NULL when there is one argument and it is the str first:
 * its repr is made from it.) */
/* What a user exception class's constructor does besides __init__: the
 * object gets its class, and the arguments it was called with become its
 * args unless __init__ already called BaseException.__init__. */
void slot_exception_start(slot_exception *self, const slot_exc_type *type, int64_t nargs, const slot_str *first,
                          const slot_str *args);
/* isinstance(self, type): type is self's class or one of its bases. */
bool slot_exception_is(const slot_exception *self, const slot_exc_type *type);
/* str(self), and type(self).__name__ */
const slot_str *slot_exception_str(const slot_exception *self);
const slot_str *slot_exception_name(const slot_exception *self);

/* Raises self: control goes to the innermost try that is running (below),
 * or, uncaught, the program ends as CPython ends it: whatever it printed
 * reaches stdout first, then the last line of the traceback goes to stderr
 * ("IndexError: list index out of range", or the bare name when str(e) is
 * empty), the files still open are flushed and closed (as CPython does at
 * shutdown) and the process exits with status 1.  The "File ..., line ..."
 * lines have no equivalent and are not printed. */
SLOT_NORETURN void slot_throw(slot_exception *self);

/* Raises a new exception of a built-in kind whose one argument is the
 * message, a printf format ("" for none).  A KeyError's message is the
 * repr of the key, which is what CPython prints. */
SLOT_NORETURN void slot_raise(slot_exc kind, const char *format, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

/* A `try` statement running: emitted code enters one, calls setjmp on its
 * jump buffer itself (setjmp must run in the frame that catches), and
 * leaves it when the body ends or a return, break or continue jumps out:
 *
 *     slot_try try_1;
 *     slot_try_enter(&try_1);
 *     if (setjmp(try_1.jump) == 0) {
 *         ...body...
 *         slot_try_leave(&try_1);
 *     } else {
 *         slot_exception *exc_2 = slot_try_caught();
 *         ...handlers...
 *     }
 *
 * A raise leaves the innermost try before it jumps there, so the handlers
 * run outside it.  Text buffers the abandoned code had filled (a print
 * interrupted by its argument) are freed on the way. */
typedef struct slot_try {
    jmp_buf jump;
    struct slot_try *outer;
    size_t buffers; /* the text buffers open when it was entered */
} slot_try;

void slot_try_enter(slot_try *self);
void slot_try_leave(slot_try *self);
/* The exception that ended the body, right after setjmp returned non-zero. */
slot_exception *slot_try_caught(void);

/* Appends str(e), or with repr, repr(e) ("ValueError('bad')"); None for
 * NULL. */
typedef struct slot_buf slot_buf;
void slot_buf_exception(slot_buf *out, const slot_exception *e, bool repr);
/* Items of a list of exceptions (pointers to them): repr, and equality,
 * which for exceptions is identity. */
void slot_repr_exception(slot_buf *out, const void *item);
bool slot_eq_exception(const void *a, const void *b);

/* p itself, unless it is None (NULL): then AttributeError("'NoneType'
 * object has no attribute 'name'"), as CPython raises on None.name. */
void *slot_not_none(const void *p, const char *name);

/* ---- int: int64_t, never wraps ------------------------------------------ */

/* Overflow raises OverflowError("integer overflow") instead of wrapping. */
static inline int64_t slot_int_add(int64_t a, int64_t b)
{
    int64_t r;
    if (__builtin_add_overflow(a, b, &r))
        slot_raise(SLOT_OVERFLOW_ERROR, "integer overflow");
    return r;
}

static inline int64_t slot_int_sub(int64_t a, int64_t b)
{
    int64_t r;
    if (__builtin_sub_overflow(a, b, &r))
        slot_raise(SLOT_OVERFLOW_ERROR, "integer overflow");
    return r;
}

static inline int64_t slot_int_mul(int64_t a, int64_t b)
{
    int64_t r;
    if (__builtin_mul_overflow(a, b, &r))
        slot_raise(SLOT_OVERFLOW_ERROR, "integer overflow");
    return r;
}

static inline int64_t slot_int_neg(int64_t a)
{
    return slot_int_sub(0, a);
}

/* Python's // and %: the result takes the divisor's sign.  Division by zero
 * raises ZeroDivisionError with CPython's words. */
int64_t slot_int_floordiv(int64_t a, int64_t b);
int64_t slot_int_mod(int64_t a, int64_t b);
/* a ** b (overflow raises).  CPython's result is a float when b < 0; slotc
 * types int ** int as int, so a negative b raises ValueError instead. */
int64_t slot_int_pow(int64_t a, int64_t b);
/* a << b and a >> b: a negative count raises ValueError("negative shift
 * count"); a left shift out of int64_t raises OverflowError; a right shift
 * rounds toward minus infinity, as Python's does. */
int64_t slot_int_lshift(int64_t a, int64_t b);
int64_t slot_int_rshift(int64_t a, int64_t b);
/* Stores into narrowed int fields (Annotated[int, "int8"], --int-bits):
 * v when lo <= v <= hi, the range of the field's C type; an OverflowError
 * naming the field ("Point.x") otherwise. */
int64_t slot_int_narrow(int64_t v, int64_t lo, int64_t hi, const char *field);
static inline int8_t slot_narrow_int8(int64_t v, const char *field)
{
    return (int8_t)slot_int_narrow(v, INT8_MIN, INT8_MAX, field);
}
static inline int16_t slot_narrow_int16(int64_t v, const char *field)
{
    return (int16_t)slot_int_narrow(v, INT16_MIN, INT16_MAX, field);
}
static inline int32_t slot_narrow_int32(int64_t v, const char *field)
{
    return (int32_t)slot_int_narrow(v, INT32_MIN, INT32_MAX, field);
}
static inline uint8_t slot_narrow_uint8(int64_t v, const char *field)
{
    return (uint8_t)slot_int_narrow(v, 0, UINT8_MAX, field);
}
static inline uint16_t slot_narrow_uint16(int64_t v, const char *field)
{
    return (uint16_t)slot_int_narrow(v, 0, UINT16_MAX, field);
}
static inline uint32_t slot_narrow_uint32(int64_t v, const char *field)
{
    return (uint32_t)slot_int_narrow(v, 0, UINT32_MAX, field);
}
/* int / int is a float; "division by zero" when b == 0. */
double slot_int_truediv(int64_t a, int64_t b);
int64_t slot_int_abs(int64_t a);

/* ---- range ------------------------------------------------------------- */

/* len(range(start, stop, step)); step 0 raises ValueError as CPython does. */
int64_t slot_range_len(int64_t start, int64_t stop, int64_t step);

/* Item k of range(start, step, ...), for k below its length: computed in
 * unsigned arithmetic, so no intermediate value overflows. */
static inline int64_t slot_range_item(int64_t start, int64_t step, int64_t k)
{
    return (int64_t)((uint64_t)start + (uint64_t)k * (uint64_t)step);
}

/* A range kept as a value (r = range(a, b)): its three numbers.  Loops
 * count through it with slot_range_len and slot_range_item. */
typedef struct slot_range {
    int64_t start;
    int64_t stop;
    int64_t step;
} slot_range;

/* range(start, stop, step): ValueError for a step of 0. */
slot_range slot_range_new(int64_t start, int64_t stop, int64_t step);
/* r[i]: negative i counts from the end; IndexError "range object index out
 * of range". */
int64_t slot_range_at(slot_range r, int64_t i);
bool slot_range_contains(slot_range r, int64_t x);
/* len(r) */
int64_t slot_range_count(slot_range r);
/* r == s: the same items (CPython compares ranges as sequences) */
bool slot_range_eq(slot_range r, slot_range s);
/* A list[range]'s items: repr and == */
void slot_repr_range(slot_buf *out, const void *item);
bool slot_eq_range(const void *a, const void *b);
/* "range(0, 5)", "range(0, 10, 2)" */
void slot_buf_range(slot_buf *out, slot_range r);

/* ---- float: double ------------------------------------------------------- */

double slot_float_div(double a, double b);      /* float division by zero */
double slot_float_floordiv(double a, double b); /* float floor division by zero */
double slot_float_mod(double a, double b);      /* float modulo */
double slot_float_pow(double a, double b);
/* int(x): truncates; NaN raises ValueError, infinities OverflowError, with
 * CPython's messages; values outside int64_t raise OverflowError. */
int64_t slot_float_to_int(double x);
/* round(x) -> int (ties to even) and round(x, n) -> float, as CPython. */
int64_t slot_float_round(double x);
double slot_float_round_digits(double x, int64_t n);

/* ---- math: the module's functions, raising as CPython does ---------- */

/* ValueError("math domain error") / OverflowError("math range error") where
 * CPython raises them; floor and ceil return ints (OverflowError for the
 * infinities, ValueError for NaN).  fabs, hypot and atan2 are libm's own. */
double slot_math_sqrt(double x);
double slot_math_exp(double x);
double slot_math_log(double x);
double slot_math_sin(double x);
double slot_math_cos(double x);
double slot_math_tan(double x);
int64_t slot_math_floor(double x);
int64_t slot_math_ceil(double x);

/* ---- hashes: CPython's algorithms for int, float, bool and tuples ------- */

int64_t slot_hash_int(int64_t v);
int64_t slot_hash_float(double v);
/* hash() of an object whose __hash__ returned h: h itself, as CPython keeps
 * a result that fits in a Py_hash_t (so hash(self.name) passes through),
 * but -1, which becomes -2. */
int64_t slot_hash_returned(int64_t h);
/* Folds the hashes of a tuple's items (or a frozen record's fields) the way
 * CPython's tuplehash does; hash((1, 2)) equals CPython's. */
int64_t slot_hash_tuple(size_t n, const int64_t *item_hashes);
/* hash() of an object that compares by identity, from its address the way
 * CPython derives it from id(). */
int64_t slot_hash_pointer(const void *p);
/* hash() of a list, or of a tuple holding one: TypeError "unhashable
 * type: 'list'" (type names the kind). */
int64_t slot_hash_unhashable(const char *type);

/* ---- str: immutable UTF-8 ----------------------------------------------- */

/* A string never changes after creation.  size is in bytes, len in code
 * points (what Python's len() returns), hash is computed at creation with
 * slot_hash_bytes.  data is NUL-terminated and, for runtime-made strings,
 * points just past the header in the same allocation.  Emitted code declares
 * each literal as a constant pointer to a static object made by SLOT_STR. */
typedef struct slot_str {
    int64_t size;
    int64_t len;
    int64_t hash;
    const char *data;
} slot_str;

/* FNV-1a over the bytes, folded away from -1 like every Python hash.  The
 * generator uses the same function to fill in literal hashes. */
static inline int64_t slot_hash_bytes(const char *data, size_t size)
{
    uint64_t h = 14695981039346656037u;
    for (size_t i = 0; i < size; i++) {
        h ^= (unsigned char)data[i];
        h *= 1099511628211u;
    }
    int64_t r = (int64_t)(h >> 1);
    return r == -1 ? -2 : r;
}

#define SLOT_STR(size, len, hash, text) (&(const slot_str){(size), (len), (hash), (text)})

/* New string copied from size bytes of valid UTF-8. */
const slot_str *slot_str_new(const char *data, size_t size);
const slot_str *slot_str_from_cstr(const char *text);
const slot_str *slot_str_concat(const slot_str *a, const slot_str *b);
/* s * n: n copies (none when n <= 0). */
const slot_str *slot_str_repeat(const slot_str *self, int64_t n);
/* s[i] as a one-character string; IndexError("string index out of range"). */
const slot_str *slot_str_at(const slot_str *self, int64_t i);
/* ord(s): the code point of a one-character string; TypeError otherwise,
 * worded as CPython words it. */
int64_t slot_str_ord(const slot_str *self);
/* chr(i): the one-character string of code point i; ValueError outside
 * range(0x110000), and for a surrogate (which UTF-8 cannot hold). */
const slot_str *slot_str_chr(int64_t i);
/* `for ch in s`: the character at byte offset *at (below s->size) as a new
 * string; *at moves past it. */
const slot_str *slot_str_next_char(const slot_str *self, int64_t *at);
bool slot_str_eq(const slot_str *a, const slot_str *b);
/* <0, 0, >0 by code point order (bytewise on UTF-8). */
int slot_str_cmp(const slot_str *a, const slot_str *b);
/* str.upper() / str.lower(): CPython's full Unicode case mappings (final sigma included). */
const slot_str *slot_str_upper(const slot_str *self);
const slot_str *slot_str_lower(const slot_str *self);
/* str(x) for the scalar types. */
const slot_str *slot_str_from_int(int64_t v);
const slot_str *slot_str_from_float(double v);
const slot_str *slot_str_from_bool(bool v);
/* int(s) and float(s): CPython's syntax (surrounding whitespace, a sign,
 * underscores between digits; for floats also inf, infinity and nan in any
 * case) and CPython's ValueError messages.  An int outside int64_t raises
 * OverflowError. */
int64_t slot_str_to_int(const slot_str *s);
double slot_str_to_float(const slot_str *s);
/* `needle in self` for strings. */
bool slot_str_contains(const slot_str *self, const slot_str *needle);

/* ---- slot_buf: text being built (print, str(), repr()) ------------------ */

/* A growable byte buffer.  Initialise with slot_buf_init; the buffer owns
 * its storage (plain malloc, freed by slot_print / slot_buf_take). */
typedef struct slot_buf {
    char *data;
    size_t size;
    size_t cap;
} slot_buf;

void slot_buf_init(slot_buf *self);
void slot_buf_bytes(slot_buf *self, const char *data, size_t size);
void slot_buf_cstr(slot_buf *self, const char *text);
void slot_buf_char(slot_buf *self, char c);
/* str() of each type appended to the buffer. */
void slot_buf_int(slot_buf *self, int64_t v);
void slot_buf_float(slot_buf *self, double v); /* shortest round-trip repr */
void slot_buf_bool(slot_buf *self, bool v);    /* True / False */
void slot_buf_none(slot_buf *self);            /* None */
void slot_buf_str(slot_buf *self, const slot_str *s);
/* repr() of a string: CPython's quote choice and escapes. */
void slot_buf_str_repr(slot_buf *self, const slot_str *s);
/* Writes the buffer and a newline to stdout and frees the storage. */
void slot_print(slot_buf *self);
/* The same without the newline (print(..., end=...)). */
void slot_write(slot_buf *self);
/* Turns the buffer into a new string and frees the storage. */
const slot_str *slot_buf_take(slot_buf *self);

/* ---- element protocols --------------------------------------------------- */

/* Lists and tuples store items unboxed; these callbacks receive a pointer to
 * an item (an int64_t *, a double *, a const slot_str **, ...). */
typedef void (*slot_repr_fn)(slot_buf *out, const void *item);
typedef bool (*slot_eq_fn)(const void *a, const void *b);
typedef int (*slot_cmp_fn)(const void *a, const void *b);

void slot_repr_int(slot_buf *out, const void *item);
void slot_repr_float(slot_buf *out, const void *item);
void slot_repr_bool(slot_buf *out, const void *item);
void slot_repr_str(slot_buf *out, const void *item); /* quoted */
bool slot_eq_int(const void *a, const void *b);
bool slot_eq_float(const void *a, const void *b);
bool slot_eq_bool(const void *a, const void *b);
bool slot_eq_str(const void *a, const void *b);
int slot_cmp_int(const void *a, const void *b);
int slot_cmp_float(const void *a, const void *b);
int slot_cmp_bool(const void *a, const void *b);
int slot_cmp_str(const void *a, const void *b);

/* ---- list[T]: items stored unboxed -------------------------------------- */

/* item_size is sizeof(T); atomic says T holds no pointer, so the item
 * storage is allocated atomic. */
typedef struct slot_list {
    int64_t len;
    int64_t cap;
    unsigned char *items;
    uint32_t item_size;
    bool atomic;
    bool mapped; /* items lie outside the collected heap (runtime/alloc.c) */
} slot_list;

slot_list *slot_list_new(size_t item_size, bool atomic);
/* A list holding a copy of n items. */
slot_list *slot_list_from(size_t item_size, bool atomic, int64_t n, const void *items);
/* a + b: a new list with the items of both. */
slot_list *slot_list_concat(const slot_list *a, const slot_list *b);
/* xs * n: a new list of n copies of the items (none when n <= 0). */
slot_list *slot_list_repeat(const slot_list *self, int64_t n);
/* Appends one zeroed item and returns its address for the caller to fill. */
void *slot_list_push(slot_list *self);
/* Room for n items in all, allocated at once (a comprehension over a
 * range knows how many it makes). */
void slot_list_reserve(slot_list *self, int64_t n);
/* Address of item i; negative i counts from the end; out of range raises
 * IndexError("list index out of range"). */
void *slot_list_at(const slot_list *self, int64_t i);
bool slot_list_contains(const slot_list *self, const void *item, slot_eq_fn eq);
/* a == b: the same length and equal items. */
bool slot_list_eq(const slot_list *a, const slot_list *b, slot_eq_fn eq);
/* a < b and the other orderings: <0, 0 or >0, item by item as Python
 * orders lists (the first items that differ decide, else the length). */
int slot_list_cmp(const slot_list *a, const slot_list *b, slot_cmp_fn cmp);
/* Stable sort in place; reverse keeps equal items in their order, as
 * Python's does. */
void slot_list_sort(slot_list *self, slot_cmp_fn cmp, bool reverse);
/* sort(key=...): pairs holds one record per item, its key first and its
 * index in the last 8 bytes (16 bytes for a scalar key), already sorted by key (slot_list_sort with the
 * key's cmp, which is stable); self's items are put in that order. */
void slot_list_reorder(slot_list *self, const slot_list *pairs);
void slot_buf_list(slot_buf *out, const slot_list *self, slot_repr_fn repr);
/* xs.insert(i, x) (i clamped, as Python does), xs.pop(i) (the item copied
 * to *item; IndexError "pop from empty list" / "pop index out of range"),
 * xs.remove(x) (ValueError "list.remove(x): x not in list"), xs.index(x)
 * (ValueError "<repr> is not in list"), xs.count(x), xs.reverse(),
 * xs.extend(ys), xs.clear(). */
void slot_list_insert(slot_list *self, int64_t i, const void *item);
void slot_list_pop(slot_list *self, int64_t i, void *item);
void slot_list_remove(slot_list *self, const void *item, slot_eq_fn eq);
int64_t slot_list_index(const slot_list *self, const void *item, slot_eq_fn eq, slot_repr_fn repr);
int64_t slot_list_count(const slot_list *self, const void *item, slot_eq_fn eq);
void slot_list_reverse(slot_list *self);
void slot_list_extend(slot_list *self, const slot_list *other);
void slot_list_clear(slot_list *self);

/* ---- collections.deque[T] (runtime/deque.c) ------------------------------ */

/* The items, contiguous: everything that only reads a list works on
 * &d->items (iteration, `in`, ==, count); base is the buffer they lie in,
 * front the free slots before them.  maxlen is -1 for none. */
typedef struct slot_deque {
    slot_list items;
    unsigned char *base;
    int64_t front;
    int64_t maxlen;
} slot_deque;

/* deque(maxlen=n): ValueError "maxlen must be non-negative" below -1. */
slot_deque *slot_deque_new(size_t item_size, bool atomic, int64_t maxlen);
/* append(x) and appendleft(x): a zeroed slot for the caller to fill (with
 * a maxlen reached, the item at the other end is dropped first). */
void *slot_deque_append(slot_deque *self);
void *slot_deque_appendleft(slot_deque *self);
/* pop() and popleft(): the item copied to *item (unless NULL); IndexError
 * "pop from an empty deque". */
void slot_deque_pop(slot_deque *self, void *item);
void slot_deque_popleft(slot_deque *self, void *item);
/* d[i]: IndexError "deque index out of range". */
void *slot_deque_at(const slot_deque *self, int64_t i);
/* extend(items) and extendleft(items) (left: each item pushed at the front
 * in turn, so they end up reversed, as in CPython). */
void slot_deque_extend(slot_deque *self, const slot_list *items, bool left);
/* rotate(n): n steps to the right (negative: to the left). */
void slot_deque_rotate(slot_deque *self, int64_t n);
void slot_deque_clear(slot_deque *self);
/* remove(x): ValueError "<repr of x> is not in deque". */
void slot_deque_remove(slot_deque *self, const void *item, slot_eq_fn eq, slot_repr_fn repr);
/* "deque([1, 2])", "deque([1, 2], maxlen=3)" */
void slot_buf_deque(slot_buf *out, const slot_deque *self, slot_repr_fn repr);

/* ---- the sys module --------------------------------------------------- */

/* sys.argv: the program's arguments as a new list of str (the first is the
 * program's path, as the command line gave it). */
slot_list *slot_sys_argv(void);
/* sys.exit(code) and sys.exit(): raise SystemExit; uncaught, the program
 * ends with that status (0 for None) after its finally blocks ran. */
SLOT_NORETURN void slot_sys_exit(int64_t code);
SLOT_NORETURN void slot_sys_exit_none(void);
/* sys.exit("message"): SystemExit whose uncaught end prints the message on
 * stderr and exits with status 1. */
SLOT_NORETURN void slot_sys_exit_message(const slot_str *message);
/* sys.stdout.write(s) (stream 1) and sys.stderr.write(s) (stream 2): the
 * text as it is, no newline added; the number of characters written. */
int64_t slot_sys_write(int stream, const slot_str *text);
/* print(..., file=sys.stderr): the buffer, then a newline unless end=
 * was given, written to stream 1 (stdout) or 2 (stderr). */
void slot_print_to(slot_buf *self, int stream, bool newline);

/* ---- the time module (runtime/sys.c) ------------------------------------ */

/* time.time() (the epoch, CLOCK_REALTIME), perf_counter() and monotonic()
 * (CLOCK_MONOTONIC), process_time() (the process's CPU time): seconds. */
double slot_time_time(void);
double slot_time_perf_counter(void);
double slot_time_monotonic(void);
double slot_time_process_time(void);
/* time.sleep(seconds): ValueError "sleep length must be non-negative". */
void slot_time_sleep(double seconds);

/* ---- heapq on a list[T] --------------------------------------------------- */

/* CPython's algorithm, so that equal keys come out in its order.  item and
 * out point to one item (item_size bytes); cmp orders items. */
/* heappush(heap, *item) */
void slot_heap_push(slot_list *heap, const void *item, slot_cmp_fn cmp);
/* *out = heappop(heap); IndexError("index out of range") when empty */
void slot_heap_pop(slot_list *heap, void *out, slot_cmp_fn cmp);
/* *out = heapreplace(heap, *item) (pop, then push); IndexError when empty */
void slot_heap_replace(slot_list *heap, const void *item, void *out, slot_cmp_fn cmp);
/* *out = heappushpop(heap, *item) (push, then pop) */
void slot_heap_pushpop(slot_list *heap, const void *item, void *out, slot_cmp_fn cmp);
/* heapify(heap), in place */
void slot_heapify(slot_list *heap, slot_cmp_fn cmp);

/* ---- tuple[T, ...]: length-prefixed immutable array ---------------------- */

typedef struct slot_tuple {
    int64_t len;
    int64_t item_size;
    unsigned char items[];
} slot_tuple;

slot_tuple *slot_tuple_from(size_t item_size, bool atomic, int64_t n, const void *items);
slot_tuple *slot_tuple_from_list(const slot_list *list);
slot_list *slot_list_from_tuple(const slot_tuple *self, bool atomic);
/* IndexError("tuple index out of range") when out of range. */
const void *slot_tuple_at(const slot_tuple *self, int64_t i);
bool slot_tuple_contains(const slot_tuple *self, const void *item, slot_eq_fn eq);
bool slot_tuple_eq(const slot_tuple *a, const slot_tuple *b, slot_eq_fn eq);
/* The order of tuples, as slot_list_cmp orders lists. */
int slot_tuple_cmp(const slot_tuple *a, const slot_tuple *b, slot_cmp_fn cmp);
/* "(a, b)", "(a,)" for one item, "()" for none. */
void slot_buf_tuple(slot_buf *out, const slot_tuple *self, slot_repr_fn repr);

/* ---- dict[K, V] and set[T]: keys and values stored unboxed --------------- */

/* Hashing an item given its address (an int64_t *, a const slot_str **,
 * ...), with CPython's values for int, float and bool, so that sets of those
 * iterate and print in CPython's order.  A record or tuple key hashes its
 * fields with slot_hash_tuple.  No hash is ever -1. */
typedef int64_t (*slot_hash_fn)(const void *item);

int64_t slot_hashof_int(const void *item);
/* hash() of a tuple: CPython's, from each item's hash. */
int64_t slot_tuple_hash(const slot_tuple *self, slot_hash_fn hash);
int64_t slot_hashof_float(const void *item); /* NaN hashes to 0 */
int64_t slot_hashof_bool(const void *item);
int64_t slot_hashof_str(const void *item); /* slotc's string hash, not CPython's */

/* Keys and values are copied in and out as item_size bytes; the caller
 * keeps what it passes.  Dicts, sets and the lists made from them are new
 * objects owned by the collector.  Keys are found by the hash, then by eq;
 * two keys whose bytes are identical are the same key without asking eq,
 * which stands in for CPython's identity check (a NaN stored and looked up
 * through the same variable is found, as in CPython). */

/* dict[K, V]: CPython's compact dict.  Entries (keys in one array, values
 * in another) stay in insertion order; an index table of 1-, 2-, 4- or
 * 8-byte slots finds them.  Deleting leaves a hole that the next resize
 * squeezes out, so the rest keep their order; setting an existing key keeps
 * its place (and its original key).  Emitted code reads len and nothing
 * else; the other members belong to dict.c.  Addresses of keys and values
 * returned by the functions below point into the dict and are valid until
 * the dict next changes. */
typedef struct slot_dict {
    int64_t len;           /* len(d) */
    int64_t nentries;      /* entries used, deleted ones included */
    int64_t usable;        /* insertions left before the table grows */
    unsigned char *index;  /* index table, then the entries' live bits */
    unsigned char *keys;   /* key_size bytes per entry */
    unsigned char *values; /* value_size bytes per entry */
    slot_hash_fn hash;     /* K's hash */
    slot_eq_fn eq;         /* K's == */
    uint32_t key_size;     /* sizeof(K) */
    uint32_t value_size;   /* sizeof(V) */
    uint8_t log2_size;     /* the index table has 1 << log2_size slots */
    bool key_atomic;       /* K holds no pointer */
    bool value_atomic;     /* V holds no pointer */
} slot_dict;

/* A new empty dict; it allocates nothing more until the first key. */
slot_dict *slot_dict_new(size_t key_size, bool key_atomic, size_t value_size, bool value_atomic,
                         slot_hash_fn hash, slot_eq_fn eq);
/* d.get(key): the address of key's value, or NULL when key is missing. */
void *slot_dict_get(const slot_dict *self, const void *key);
/* d[key]: the address of the value; a missing key raises KeyError with its
 * repr through key_repr (KeyError: 'x'), as CPython does. */
void *slot_dict_at(const slot_dict *self, const void *key, slot_repr_fn key_repr);
/* d[key] = ...: the address of key's value for the caller to fill; a new
 * key goes at the end with a zeroed value. */
void *slot_dict_set(slot_dict *self, const void *key);
/* d.setdefault(key, *value): stores a copy of *value when key is missing;
 * the address of key's value either way. */
void *slot_dict_setdefault(slot_dict *self, const void *key, const void *value);
bool slot_dict_contains(const slot_dict *self, const void *key);
/* del d[key]: true if key was there.  A missing key raises KeyError when
 * raise is set, and is ignored otherwise. */
bool slot_dict_del(slot_dict *self, const void *key, slot_repr_fn key_repr, bool raise);
/* d.pop(key): copies the value to *value (unless value is NULL) and removes
 * the entry.  A missing key raises KeyError through key_repr, or, when
 * key_repr is NULL, returns false and leaves *value alone: d.pop(key, dflt)
 * is `v = dflt; slot_dict_pop(d, &key, &v, NULL)`. */
bool slot_dict_pop(slot_dict *self, const void *key, void *value, slot_repr_fn key_repr);
/* d.popitem(): copies out and removes the last entry; KeyError("popitem():
 * dictionary is empty") when there is none.  key or value may be NULL. */
void slot_dict_popitem(slot_dict *self, void *key, void *value);
/* d.clear(), d.copy(), d.update(other) (other's entries in its order;
 * other has the same key and value types). */
void slot_dict_clear(slot_dict *self);
slot_dict *slot_dict_copy(const slot_dict *self);
void slot_dict_update(slot_dict *self, const slot_dict *other);

/* The next live entry at or after pos: stores the addresses of its key and
 * value (either pointer may be NULL) and returns its position, or -1 at the
 * end.  for (int64_t p = 0; (p = slot_dict_next(d, p, &k, &v)) >= 0; p++)
 * walks the dict in order, with no check for changes. */
int64_t slot_dict_next(const slot_dict *self, int64_t pos, void **key, void **value);
/* A `for` loop over d, d.keys(), d.values() or d.items() with CPython's
 * checks: slot_dict_step raises RuntimeError("dictionary changed size
 * during iteration") when len(d) differs from the start, and
 * RuntimeError("dictionary keys changed during iteration") when the loop
 * meets more entries than d had.
 *     slot_dict_cursor c = slot_dict_begin(d);
 *     while (slot_dict_step(d, &c, &k, &v)) ... */
typedef struct slot_dict_cursor {
    int64_t pos;  /* next entry to look at */
    int64_t used; /* len(d) when the loop began */
    int64_t left; /* entries the loop may still meet */
} slot_dict_cursor;

slot_dict_cursor slot_dict_begin(const slot_dict *self);
bool slot_dict_step(const slot_dict *self, slot_dict_cursor *cursor, void **key, void **value);

/* list(d), list(d.values()): new lists of copies, in order. */
slot_list *slot_dict_keys(const slot_dict *self);
slot_list *slot_dict_values(const slot_dict *self);
/* list(d.items()): a new list of (key, value) records of item_size bytes,
 * the key copied to key_offset and the value to value_offset (the layout
 * of the generator's tuple[K, V]); atomic says the record holds no
 * pointer. */
slot_list *slot_dict_items(const slot_dict *self, size_t item_size, bool atomic, size_t key_offset,
                           size_t value_offset);
/* a == b: the same keys with equal values, in any order. */
bool slot_dict_eq(const slot_dict *a, const slot_dict *b, slot_eq_fn value_eq);
/* "{'a': 1, 'b': 2}", "{}". */
void slot_buf_dict(slot_buf *out, const slot_dict *self, slot_repr_fn key_repr,
                   slot_repr_fn value_repr);

/* set[T]: CPython 3.11's set table, slot for slot: the same sizes, linear
 * probing then perturbation, resize points, reuse of deleted slots and the
 * same algorithm for every operation that builds a set.  A set therefore
 * iterates and prints in exactly CPython's order whenever the hashes are
 * CPython's: ints, floats (not NaN), bools and tuples or records of those.
 * Strings hash differently (CPython's string hash is randomised per run),
 * so a set of strings prints in an order of its own, as CPython's does.
 * A set display of three or more constants ({5, 1, 33, 17, 2}) is, in
 * CPython, a copy of a set built from them (the compiler folds them into a
 * frozenset), so it is slot_set_copy(slot_set_from_list(...)) here;
 * set(xs), comprehensions and other displays add in order.  Emitted code
 * reads len and nothing else. */
typedef struct slot_set {
    int64_t len;          /* len(s): active slots */
    int64_t fill;         /* active and deleted slots */
    int64_t mask;         /* slots - 1; 7 for a set that never held a key */
    int64_t finger;       /* where set.pop() starts looking */
    unsigned char *keys;  /* key_size bytes per slot, NULL until the first add */
    unsigned char *state; /* one byte per slot: empty, active or deleted */
    slot_hash_fn hash;    /* T's hash */
    slot_eq_fn eq;        /* T's == */
    uint32_t key_size;    /* sizeof(T) */
    bool key_atomic;      /* T holds no pointer */
} slot_set;

slot_set *slot_set_new(size_t key_size, bool key_atomic, slot_hash_fn hash, slot_eq_fn eq);
/* set(xs), s.update(xs) for a list: the items added in list order.  The
 * new set's items have the list's size and atomicity. */
slot_set *slot_set_from_list(const slot_list *items, slot_hash_fn hash, slot_eq_fn eq);
void slot_set_update_list(slot_set *self, const slot_list *items);
/* s.update(d) / set(d) for a dict: its keys, after CPython's one resize. */
void slot_set_update_dict(slot_set *self, const slot_dict *dict);
/* s.add(key): true if key was new. */
bool slot_set_add(slot_set *self, const void *key);
bool slot_set_contains(const slot_set *self, const void *key);
/* s.discard(key): true if key was there.  s.remove(key) raises KeyError
 * with the key's repr when it was not. */
bool slot_set_discard(slot_set *self, const void *key);
void slot_set_remove(slot_set *self, const void *key, slot_repr_fn key_repr);
/* s.pop(): copies the element CPython would pop to *key; KeyError("pop
 * from an empty set") when empty. */
void slot_set_pop(slot_set *self, void *key);
void slot_set_clear(slot_set *self);
/* A set display of three or more constants, from the set of its items added
 * in order: CPython's compiler folds them into a frozenset constant, which
 * merging the code's constants builds again by adding the items in the
 * first one's order, and the display is a copy of that. */
slot_set *slot_set_display(const slot_set *self);
slot_set *slot_set_copy(const slot_set *self);

/* a | b, a & b, a - b, a ^ b: new sets built the way CPython builds them,
 * so they iterate in CPython's order.  a and b hold the same type. */
slot_set *slot_set_union(const slot_set *a, const slot_set *b);
slot_set *slot_set_intersection(const slot_set *a, const slot_set *b);
slot_set *slot_set_difference(const slot_set *a, const slot_set *b);
slot_set *slot_set_symmetric_difference(const slot_set *a, const slot_set *b);
/* a |= b (a.update(b)), a &= b, a -= b, a ^= b. */
void slot_set_update(slot_set *self, const slot_set *other);
void slot_set_intersection_update(slot_set *self, const slot_set *other);
void slot_set_difference_update(slot_set *self, const slot_set *other);
void slot_set_symmetric_difference_update(slot_set *self, const slot_set *other);
/* a == b ignores order; a <= b is issubset (a >= b is issubset(b, a); a < b
 * adds len(a) < len(b)). */
bool slot_set_eq(const slot_set *a, const slot_set *b);
bool slot_set_issubset(const slot_set *a, const slot_set *b);
bool slot_set_isdisjoint(const slot_set *a, const slot_set *b);

/* The next active slot at or after pos, its key's address at *key, or -1
 * at the end: for (int64_t p = 0; (p = slot_set_next(s, p, &k)) >= 0; p++)
 * walks the set in CPython's order, with no check for changes. */
int64_t slot_set_next(const slot_set *self, int64_t pos, void **key);
/* A `for` loop over s with CPython's check: slot_set_step raises
 * RuntimeError("Set changed size during iteration") when len(s) differs
 * from the start.
 *     slot_set_cursor c = slot_set_begin(s);
 *     while (slot_set_step(s, &c, &k)) ... */
typedef struct slot_set_cursor {
    int64_t pos;  /* next slot to look at */
    int64_t used; /* len(s) when the loop began */
} slot_set_cursor;

slot_set_cursor slot_set_begin(const slot_set *self);
bool slot_set_step(const slot_set *self, slot_set_cursor *cursor, void **key);
/* list(s), sorted(s) before sorting: a new list in iteration order. */
slot_list *slot_list_from_set(const slot_set *self);
/* "{1, 2}" in iteration order, "set()" when empty. */
void slot_buf_set(slot_buf *out, const slot_set *self, slot_repr_fn repr);

/* iter(d) (its keys) and iter(s), with the checks of slot_dict_step and
 * slot_set_step (slot_iter is declared with the iterators below). */
struct slot_iter *slot_dict_iter(const slot_dict *self);
struct slot_iter *slot_set_iter(const slot_set *self);

/* ---- iterators ------------------------------------------------------------ */

/* The iterator protocol.  Every iterator begins with a slot_iter, whose
 * next function stores the next item at *item (an int64_t *, a const
 * slot_str **, ...) and returns true, or returns false, leaving *item alone,
 * once the iterator is exhausted (and every time after).  A generator's
 * state struct, emitted by slotc, is one: it can live on the caller's stack
 * or inside another object. */
typedef struct slot_iter slot_iter;
typedef bool (*slot_next_fn)(slot_iter *self, void *item);
struct slot_iter {
    slot_next_fn next;
};

static inline bool slot_next(slot_iter *self, void *item)
{
    return self->next(self, item);
}

/* iter(xs) of a list (which sees items appended meanwhile, as Python's
 * does) and of a tuple. */
slot_iter *slot_list_iter(const slot_list *xs);
slot_iter *slot_tuple_iter(const slot_tuple *xs);
/* iter(range(start, stop, step)): ValueError for a zero step, as range's. */
slot_iter *slot_range_iter(int64_t start, int64_t stop, int64_t step);

/* ---- slices: xs[start:stop:step] ------------------------------------------ */

/* Adjusts the bounds as CPython does (has_start / has_stop false for an
 * omitted one) and returns the number of items; a zero step raises
 * ValueError("slice step cannot be zero"). */
int64_t slot_slice_adjust(int64_t len, int64_t *start, int64_t *stop, int64_t step, bool has_start, bool has_stop);
/* New lists, tuples and strings (code points, not bytes). */
slot_list *slot_list_slice(const slot_list *self, int64_t start, int64_t stop, int64_t step, bool has_start,
                           bool has_stop);
slot_tuple *slot_tuple_slice(const slot_tuple *self, bool atomic, int64_t start, int64_t stop, int64_t step,
                             bool has_start, bool has_stop);
const slot_str *slot_str_slice(const slot_str *self, int64_t start, int64_t stop, int64_t step, bool has_start,
                               bool has_stop);
/* xs[start:stop] = items replaces those items (any number); with a step,
 * items must be as many as the slice has (ValueError "attempt to assign
 * sequence of size 3 to extended slice of size 2" otherwise). */
void slot_list_set_slice(slot_list *self, int64_t start, int64_t stop, int64_t step, bool has_start, bool has_stop,
                         const slot_list *items);

/* Typed access: SLOT_ITEM(int64_t, slot_list_at(xs, i)) is xs[i]. */
#define SLOT_ITEM(type, address) (*(type *)(address))

/* ---- str methods ---------------------------------------------------------- */

/* CPython's str methods.  Indexes, lengths and widths count code points.
 * Results are new strings, lists and tuples owned by the collector (a
 * string that would come back unchanged may be self itself: strings never
 * change); the inputs are never modified.  Lists and tuples hold
 * const slot_str * items.  "Whitespace" is what str.isspace() accepts: the
 * ASCII \t \n \v \f \r, \x1c-\x1f and space, and beyond ASCII \x85,
 * \xa0 and the Unicode spaces and separators (U+1680, U+2000-U+200A,
 * U+2028, U+2029, U+202F, U+205F, U+3000). */

/* s.split(sep, maxsplit): sep NULL splits on runs of whitespace and drops
 * empty strings; maxsplit -1 (any negative) splits everywhere.  An empty
 * sep raises ValueError("empty separator"). */
slot_list *slot_str_split(const slot_str *self, const slot_str *sep, int64_t maxsplit);
/* s.rsplit(sep, maxsplit): the same, splitting from the right. */
slot_list *slot_str_rsplit(const slot_str *self, const slot_str *sep, int64_t maxsplit);
/* s.splitlines(keepends): lines end at \n, \r, \r\n, \v, \f, \x1c,
 * \x1d, \x1e, \x85, U+2028 and U+2029. */
slot_list *slot_str_splitlines(const slot_str *self, bool keepends);
/* sep.join(items) for a list of strings. */
const slot_str *slot_str_join(const slot_str *sep, const slot_list *items);
/* s.strip(chars), lstrip, rstrip: chars NULL strips whitespace, otherwise
 * any of the code points in chars. */
const slot_str *slot_str_strip(const slot_str *self, const slot_str *chars);
const slot_str *slot_str_lstrip(const slot_str *self, const slot_str *chars);
const slot_str *slot_str_rstrip(const slot_str *self, const slot_str *chars);
/* s.replace(old, replacement, count): count -1 (any negative) replaces all; an
 * empty old inserts replacement before every code point and at the end. */
const slot_str *slot_str_replace(const slot_str *self, const slot_str *old, const slot_str *replacement,
                                 int64_t count);
/* s.find(sub) and s.rfind(sub): the code point index, or -1.  index and
 * rindex raise ValueError("substring not found") instead.  The empty sub is
 * found at 0 (find) and at len(s) (rfind). */
int64_t slot_str_find(const slot_str *self, const slot_str *sub);
int64_t slot_str_rfind(const slot_str *self, const slot_str *sub);
int64_t slot_str_index(const slot_str *self, const slot_str *sub);
int64_t slot_str_rindex(const slot_str *self, const slot_str *sub);
/* s.count(sub): non-overlapping occurrences; len(s) + 1 for the empty sub. */
int64_t slot_str_count(const slot_str *self, const slot_str *sub);
bool slot_str_startswith(const slot_str *self, const slot_str *prefix);
bool slot_str_endswith(const slot_str *self, const slot_str *suffix);
/* s.ljust(width, fillchar), rjust, center: fillchar NULL is a space; a
 * fillchar that is not one code point raises CPython's TypeError.  center
 * puts the odd pad on the left exactly when CPython does. */
const slot_str *slot_str_ljust(const slot_str *self, int64_t width, const slot_str *fillchar);
const slot_str *slot_str_rjust(const slot_str *self, int64_t width, const slot_str *fillchar);
const slot_str *slot_str_center(const slot_str *self, int64_t width, const slot_str *fillchar);
/* s.zfill(width): zeros on the left, after a leading + or -. */
const slot_str *slot_str_zfill(const slot_str *self, int64_t width);
/* s.partition(sep) -> (head, sep, tail), (s, "", "") when sep is absent;
 * s.rpartition(sep) splits at the last sep, ("", "", s) when absent.  An
 * empty sep raises ValueError("empty separator"). */
slot_tuple *slot_str_partition(const slot_str *self, const slot_str *sep);
slot_tuple *slot_str_rpartition(const slot_str *self, const slot_str *sep);
/* The predicates, false for the empty string, CPython 3.11's answer for
 * every code point (Unicode 14.0).  isupper / islower: at least one cased
 * code point and no code point of the other case or titlecase. */
bool slot_str_isdigit(const slot_str *self);
bool slot_str_isdecimal(const slot_str *self);
bool slot_str_isnumeric(const slot_str *self);
bool slot_str_isalpha(const slot_str *self);
bool slot_str_isalnum(const slot_str *self);
bool slot_str_isspace(const slot_str *self);
bool slot_str_isupper(const slot_str *self);
bool slot_str_islower(const slot_str *self);

/* ---- format specifications: format(x, spec) and f"{x:spec}" ------------- */

/* format(value, spec) appended to out; spec is the text after ':' (UTF-8,
 * NUL-terminated; the caller keeps it).  CPython 3.11's mini-language,
 * [[fill]align][sign][z][#][0][width][grouping][.precision][type], with its
 * output and its errors: an invalid spec raises CPython's ValueError
 * ("Unknown format code 'd' for object of type 'float'"), a 'c' outside
 * range(0x110000) OverflowError.  Widths count code points.  An empty spec
 * is str(value); a bool with any other spec formats as the int 1 or 0, as
 * CPython's does (format(True, '>6') == '     1'). */
void slot_buf_format_int(slot_buf *out, int64_t v, const char *spec);
void slot_buf_format_float(slot_buf *out, double v, const char *spec);
void slot_buf_format_str(slot_buf *out, const slot_str *s, const char *spec);
void slot_buf_format_bool(slot_buf *out, bool v, const char *spec);

/* ---- random: the random module, drawing CPython's numbers -------------- */

/* One Mersenne Twister for the whole program, as CPython's module-level
 * functions share one Random().  After slot_random_seed(n) every function
 * below returns what CPython 3.11 returns after random.seed(n), and raises
 * its errors with its words.  Unseeded, the first draw seeds from the OS
 * (as CPython does), so those numbers differ from run to run.  Lists,
 * tuples and strings passed in stay the caller's. */

/* random.seed(n): every bit of n counts; n and -n seed alike. */
void slot_random_seed(int64_t n);
/* random.seed(): fresh entropy from the OS (or the clock). */
void slot_random_seed_os(void);
/* random.random(): a float in [0.0, 1.0) made of 53 random bits. */
double slot_random_random(void);
/* random.getrandbits(k): ValueError for k < 0; OverflowError when the
 * k-bit number drawn does not fit in an int64_t. */
int64_t slot_random_getrandbits(int64_t k);
/* random.randrange(stop): ValueError("empty range for randrange()") when
 * stop <= 0. */
int64_t slot_random_randbelow(int64_t stop);
/* random.randrange(start, stop, step): step 1 is randrange(start, stop);
 * CPython's ValueErrors for an empty range and for a zero step. */
int64_t slot_random_randrange(int64_t start, int64_t stop, int64_t step);
/* random.randint(a, b): randrange(a, b + 1), b == INT64_MAX included. */
int64_t slot_random_randint(int64_t a, int64_t b);
/* random.uniform(a, b): a + (b - a) * random(); the _int form takes two
 * ints, whose difference Python computes exactly before rounding it. */
double slot_random_uniform(double a, double b);
double slot_random_uniform_int(int64_t a, int64_t b);
/* random.expovariate(lambd): -log(1 - random()) / lambd;
 * ZeroDivisionError("float division by zero") for lambd 0. */
double slot_random_expovariate(double lambd);
/* random.choice(seq): the address of the chosen item inside seq (read it
 * with SLOT_ITEM), or for a str a new one-character string;
 * IndexError("Cannot choose from an empty sequence") when seq is empty. */
const void *slot_random_choice_list(const slot_list *seq);
const void *slot_random_choice_tuple(const slot_tuple *seq);
const slot_str *slot_random_choice_str(const slot_str *seq);
/* random.shuffle(xs): xs's items reordered in place, as CPython swaps them. */
void slot_random_shuffle(slot_list *self);
/* random.sample(population, k): a new list of k items (atomic: they hold
 * no pointer), the population unchanged; ValueError("Sample larger than
 * population or is negative") unless 0 <= k <= len(population). */
slot_list *slot_random_sample_list(const slot_list *population, int64_t k);
slot_list *slot_random_sample_tuple(const slot_tuple *population, bool atomic, int64_t k);

/* ---- files: open() in text mode, UTF-8 ------------------------------------ */

/* A file object from open(); the handle is the collector's.  Every file
 * still open is flushed and closed by slot_exit and by an uncaught
 * slot_raise, as CPython does at shutdown; with the collector, a handle
 * that becomes garbage is closed too, like CPython's unreferenced files. */
typedef struct slot_file slot_file;

/* open(path, mode) for the text modes: one of r, w, a, x, optionally with +
 * and t.  Mode errors raise CPython's ValueError ("invalid mode: 'q'");
 * binary modes raise a ValueError naming slotc's limit.  A failed open
 * raises CPython's class and words: "FileNotFoundError: [Errno 2] No such
 * file or directory: 'missing.txt'", PermissionError, IsADirectoryError,
 * NotADirectoryError, FileExistsError (mode x), else OSError. */
slot_file *slot_open(const slot_str *path, const slot_str *mode);
/* f.readline(): the next line with its "\n", "" at end of file.  Newlines
 * are universal ("\r\n" and "\r" read as "\n"); invalid UTF-8 raises
 * CPython's UnicodeDecodeError, position included. */
const slot_str *slot_file_readline(slot_file *self);
/* `for line in f`: the next line, or NULL at end of file. */
const slot_str *slot_file_next(slot_file *self);
/* f.read(): the rest of the file. */
const slot_str *slot_file_read(slot_file *self);
/* f.write(s): returns len(s), the code points written. */
int64_t slot_file_write(slot_file *self, const slot_str *s);
/* f.close(): closing twice is fine.  On a closed file the others raise
 * ValueError("I/O operation on closed file."); reading a file opened for
 * writing raises io.UnsupportedOperation("not readable"), writing one
 * opened for reading "not writable". */
void slot_file_close(slot_file *self);
/* iter(f): the lines of f, as an iterator of const slot_str *. */
slot_iter *slot_file_iter(slot_file *self);

#endif /* SLOT_H */
