/*
 * file.c - open() in text mode: reading lines, reading everything, writing,
 * closing, with CPython's results and CPython's exceptions.
 *
 * A slot_file is a small collector-owned handle; what it reads and writes
 * through lives in a file_state on the plain heap: the FILE *, the raw bytes
 * of the chunk being decoded and the decoded text not yet handed out.  The
 * states of all open files form a registry (a doubly linked list) so that
 * slot_exit and an uncaught slot_raise can flush and close what the program
 * left open, as CPython's shutdown does.  The registry lives outside the
 * collector, so it does not keep a handle alive: in the collector build a
 * handle that becomes garbage is closed by a finalizer, the way CPython's
 * reference counting closes `for line in open(path)` files.  Finalizers run
 * when the next open() is called, and open() collects once and retries when
 * the process runs out of descriptors.  The arena build never collects; its
 * files stay open until closed or exit.
 *
 * Reading follows CPython's TextIOWrapper step by step, because that decides
 * which error a bad file raises and when.  The file is read in chunks of
 * 8192 bytes (TextIOWrapper._CHUNK_SIZE); each chunk, after the incomplete
 * UTF-8 sequence the previous one ended with, is checked as CPython's UTF-8
 * decoder checks it, so an invalid byte raises UnicodeDecodeError with
 * CPython's reason and position (counted from the start of that chunk's
 * input) as soon as readline() reaches the chunk, even if earlier lines of
 * the chunk were fine.  Newlines are universal: "\r\n" and "\r" become
 * "\n", and a "\r" ending a chunk waits for the next one (CPython's
 * IncrementalNewlineDecoder).  read() decodes the rest in one piece, as
 * CPython does, so its positions count from the first byte not yet decoded.
 *
 * The buffers are reused: reading a file line by line allocates nothing but
 * the lines, however long the file or its lines are.  Writing is UTF-8
 * through stdio's buffer; "\n" is written as is (os.linesep on POSIX).
 * Error messages take strerror() from the same C library CPython uses.
 *
 * Where this can differ from CPython: fread fills a whole chunk, while
 * CPython's raw read takes what a pipe or a terminal has at the moment, so
 * on those the chunks, and with them decode error positions, can differ
 * (regular files match).  A write that fails (a full disk) raises when
 * stdio flushes, and stdio's buffer is not CPython's, so the write that
 * raises may be another one; at exit the failure is ignored, as in CPython.
 */
#define _POSIX_C_SOURCE 200809L

#include "slot_internal.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#ifndef SLOT_ARENA
#include <gc.h>
#endif

/* CPython's TextIOWrapper._CHUNK_SIZE: how many bytes it decodes at once. */
#define FILE_CHUNK 8192
/* The longest incomplete UTF-8 sequence a chunk can leave for the next. */
#define FILE_UTF8_CARRY 3

/* What was done last, since stdio needs a seek between reading and writing. */
typedef enum file_direction {
    FILE_IDLE,
    FILE_READING,
    FILE_WRITING,
} file_direction;

/* An open file's plain-heap state, owned by the registry until closed. */
typedef struct file_state {
    FILE *fp;
    slot_file *owner; /* the handle, told when the state goes away */
    struct file_state *prev, *next;
    file_direction direction;
    /* Undecoded input: carry bytes left by the last chunk, then the next
     * chunk. */
    unsigned char raw[FILE_UTF8_CARRY + FILE_CHUNK];
    size_t carry;
    bool pending_cr; /* a "\r" ended the last chunk */
    /* Decoded text not yet returned: text[start, end); the bytes before
     * scanned hold no "\n". */
    char *text;
    size_t start, end, scanned, cap;
} file_state;

struct slot_file {
    file_state *state; /* NULL once closed */
    bool readable;
    bool writable;
};

/* Every open file, newest first. */
static file_state *file__open_files;

/* ---- errors ------------------------------------------------------------- */

/* The OSError subclass CPython raises for errno err (Objects/exceptions.c
 * maps errno values to classes): the ones open() and close() can meet;
 * EINTR never comes out (open is retried, as CPython retries it). */
static slot_exc file__errno_kind(int err)
{
    switch (err) {
    case ENOENT:
        return SLOT_FILE_NOT_FOUND_ERROR;
    case EACCES:
    case EPERM:
        return SLOT_PERMISSION_ERROR;
    case EISDIR:
        return SLOT_IS_A_DIRECTORY_ERROR;
    case ENOTDIR:
        return SLOT_NOT_A_DIRECTORY_ERROR;
    case EEXIST:
        return SLOT_FILE_EXISTS_ERROR;
    default:
        return SLOT_OS_ERROR;
    }
}

/* Raises what CPython raises for a failed system call: "[Errno 2] No such
 * file or directory: 'path'", or without the path when there is none. */
static SLOT_NORETURN void file__raise_errno(int err, const slot_str *path)
{
    if (!path)
        slot_raise(file__errno_kind(err), "[Errno %d] %s", err, strerror(err));
    slot_buf b;
    slot_buf_init(&b);
    slot_buf_str_repr(&b, path);
    const slot_str *shown = slot_buf_take(&b);
    slot_raise(file__errno_kind(err), "[Errno %d] %s: %s", err, strerror(err), shown->data);
}

/* ---- the registry -------------------------------------------------------- */

static void file__link(file_state *st)
{
    st->next = file__open_files;
    if (st->next)
        st->next->prev = st;
    file__open_files = st;
}

static void file__unlink(file_state *st)
{
    if (st->prev)
        st->prev->next = st->next;
    else
        file__open_files = st->next;
    if (st->next)
        st->next->prev = st->prev;
}

/* Closes and frees a state, detaching it from its handle; returns fclose's
 * errno, or 0 when everything was written. */
static int file__destroy(file_state *st)
{
    file__unlink(st);
    st->owner->state = NULL;
    int err = fclose(st->fp) == 0 ? 0 : errno;
    free(st->text);
    free(st);
    return err;
}

void slot_file__close_all(void)
{
    while (file__open_files)
        file__destroy(file__open_files);
}

#ifndef SLOT_ARENA
/* Collector finalizer: the handle is garbage, so nothing can read or write
 * it any more; close it as CPython closes an unreferenced file, silently. */
static void file__finalize(void *handle, void *unused)
{
    (void)unused;
    slot_file *self = handle;
    if (self->state)
        file__destroy(self->state);
}
#endif

/* ---- open() ------------------------------------------------------------- */

/* What a mode string asks for, once CPython would accept it. */
typedef struct file_mode {
    int flags; /* for open(2) */
    const char *stdio;
    bool readable, writable, appending;
} file_mode;

/* The mode letters, one bit each in the order of file__mode_letters. */
enum {
    FILE_X = 1 << 0,
    FILE_R = 1 << 1,
    FILE_W = 1 << 2,
    FILE_A = 1 << 3,
    FILE_PLUS = 1 << 4,
    FILE_T = 1 << 5,
    FILE_B = 1 << 6,
};

/* The mode letters as _io.open() decodes them: each of "xrwa+tb" at most
 * once, else "invalid mode". */
static unsigned file__mode_letters(const slot_str *mode)
{
    static const char letters[] = "xrwa+tb";
    unsigned seen = 0;
    for (int64_t i = 0; i < mode->size; i++) {
        const char *at = mode->data[i] ? strchr(letters, mode->data[i]) : NULL;
        unsigned bit = at ? 1u << (at - letters) : 0;
        if (!bit || (seen & bit))
            slot_raise(SLOT_VALUE_ERROR, "invalid mode: '%s'", mode->data);
        seen |= bit;
    }
    return seen;
}

/* The checks _io.open() makes on the mode, in its order and words. */
static unsigned file__check_mode(const slot_str *mode)
{
    if (memchr(mode->data, '\0', (size_t)mode->size))
        slot_raise(SLOT_VALUE_ERROR, "embedded null character");
    unsigned m = file__mode_letters(mode);
    if ((m & FILE_T) && (m & FILE_B))
        slot_raise(SLOT_VALUE_ERROR, "can't have text and binary mode at once");
    int kinds = !!(m & FILE_X) + !!(m & FILE_R) + !!(m & FILE_W) + !!(m & FILE_A);
    if (kinds > 1)
        slot_raise(SLOT_VALUE_ERROR, "must have exactly one of create/read/write/append mode");
    return m;
}

/* FileIO's open(2) flags for the mode, and the matching fdopen mode. */
static void file__open_flags(unsigned m, file_mode *fm)
{
    bool plus = m & FILE_PLUS;
    int access = O_WRONLY;
    if (plus)
        access = O_RDWR;
    else if (m & FILE_R)
        access = O_RDONLY;
    if (m & FILE_R) {
        fm->flags = access;
        fm->stdio = plus ? "r+" : "r";
    } else if (m & FILE_A) {
        fm->flags = access | O_CREAT | O_APPEND;
        fm->stdio = plus ? "a+" : "a";
    } else {
        fm->flags = access | O_CREAT | ((m & FILE_X) ? O_EXCL : O_TRUNC);
        fm->stdio = plus ? "w+" : "w";
    }
    fm->flags |= O_CLOEXEC;
}

/* The checks FileIO makes after the path is known to have no NUL byte;
 * then slotc's own limit, text only. */
static file_mode file__mode(const slot_str *mode, unsigned m)
{
    if (!(m & (FILE_X | FILE_R | FILE_W | FILE_A)))
        slot_raise(SLOT_VALUE_ERROR,
                   "Must have exactly one of create/read/write/append mode and at most one plus");
    if (m & FILE_B)
        slot_raise(SLOT_VALUE_ERROR,
                   "binary mode '%s': in slotc open() reads and writes str only (text mode)",
                   mode->data);
    bool plus = m & FILE_PLUS;
    file_mode fm = {0, NULL, plus || (m & FILE_R), plus || !(m & FILE_R), (m & FILE_A) != 0};
    file__open_flags(m, &fm);
    return fm;
}

#ifndef SLOT_ARENA
/* Collector build: closes the files whose handles were found to be garbage.
 * Finalizers run only here, on demand, never inside an allocation: a file
 * function allocating a line must not see its own handle, which the caller
 * may no longer hold, closed under it. */
static void file__collect_garbage_files(bool full)
{
    static bool on_demand;
    if (!on_demand) {
        on_demand = true;
        GC_set_finalize_on_demand(1);
    }
    if (full)
        GC_gcollect();
    GC_invoke_finalizers();
}
#endif

/* open(2), again as long as a signal interrupts it, as CPython's FileIO. */
static int file__open_retrying(const char *path, int flags)
{
    int fd;
    do
        fd = open(path, flags, 0666);
    while (fd < 0 && errno == EINTR);
    return fd;
}

/* open(2), retried once after a full collection when the process is out of
 * descriptors: garbage handles may still hold some (collector build). */
static int file__open_fd(const char *path, int flags)
{
#ifndef SLOT_ARENA
    file__collect_garbage_files(false);
#endif
    int fd = file__open_retrying(path, flags);
#ifndef SLOT_ARENA
    if (fd < 0 && (errno == EMFILE || errno == ENFILE)) {
        file__collect_garbage_files(true);
        fd = file__open_retrying(path, flags);
    }
#endif
    return fd;
}

/* What FileIO does after open(2): refuse a directory (open(2) lets one be
 * opened for reading) and start appending files at their end. */
static void file__check_fd(int fd, const slot_str *path, const file_mode *fm)
{
    struct stat info;
    if (fstat(fd, &info) == 0 && S_ISDIR(info.st_mode)) {
        close(fd);
        file__raise_errno(EISDIR, path);
    }
    if (fm->appending)
        lseek(fd, 0, SEEK_END);
}

/* A new state for fd, in the registry. */
static file_state *file__new_state(int fd, const slot_str *path, const file_mode *fm)
{
    FILE *fp = fdopen(fd, fm->stdio);
    if (!fp) {
        int err = errno;
        close(fd);
        file__raise_errno(err, path);
    }
    file_state *st = calloc(1, sizeof *st);
    if (!st)
        slot_alloc__out_of_memory(sizeof *st);
    st->fp = fp;
    st->cap = FILE_CHUNK;
    st->text = slot_alloc__xrealloc(NULL, st->cap);
    file__link(st);
    return st;
}

/* open(path, mode) with CPython's checks in CPython's order: the mode, a
 * NUL in the path, the mode again (FileIO's rule), then the system call.
 * The handle is the collector's; the file stays open until slot_file_close,
 * slot_exit, an uncaught exception or (collector build) the handle's
 * collection. */
slot_file *slot_open(const slot_str *path, const slot_str *mode)
{
    unsigned m = file__check_mode(mode);
    if (memchr(path->data, '\0', (size_t)path->size))
        slot_raise(SLOT_VALUE_ERROR, "embedded null byte");
    file_mode fm = file__mode(mode, m);
    int fd = file__open_fd(path->data, fm.flags);
    if (fd < 0)
        file__raise_errno(errno, path);
    file__check_fd(fd, path, &fm);
    slot_file *self = slot_alloc(sizeof *self);
    self->readable = fm.readable;
    self->writable = fm.writable;
    self->state = file__new_state(fd, path, &fm);
    self->state->owner = self;
#ifndef SLOT_ARENA
    GC_register_finalizer(self, file__finalize, NULL, NULL, NULL);
#endif
    return self;
}

/* The state of an open file, or ValueError as CPython's CHECK_CLOSED. */
static file_state *file__state(const slot_file *self)
{
    if (!self->state)
        slot_raise(SLOT_VALUE_ERROR, "I/O operation on closed file.");
    return self->state;
}

/* Closing twice is fine.  A failed final write raises OSError, after the
 * file is closed, as CPython's close() does. */
void slot_file_close(slot_file *self)
{
    if (!self->state)
        return;
    int err = file__destroy(self->state);
    if (err)
        file__raise_errno(err, NULL);
}

/* ---- UTF-8, as CPython's decoder checks it -------------------------------- */

/* Where and why decoding failed: bytes [start, end) of the input. */
typedef struct file_utf8_error {
    size_t start, end;
    const char *reason;
} file_utf8_error;

/* The bytes allowed after lead byte b at place k (1 to 3) of its sequence:
 * no overlong forms, no surrogates, nothing past U+10FFFF. */
static bool file__utf8_follows(unsigned char b, int k, unsigned char c)
{
    unsigned char lo = 0x80, hi = 0xBF;
    if (k == 1 && b == 0xE0)
        lo = 0xA0;
    else if (k == 1 && b == 0xED)
        hi = 0x9F;
    else if (k == 1 && b == 0xF0)
        lo = 0x90;
    else if (k == 1 && b == 0xF4)
        hi = 0x8F;
    return c >= lo && c <= hi;
}

/* Sequence length for lead byte b, 0 for a byte that cannot start one. */
static int file__utf8_length(unsigned char b)
{
    if (b < 0x80)
        return 1;
    if (b < 0xC2)
        return 0;
    if (b < 0xE0)
        return 2;
    if (b < 0xF0)
        return 3;
    return b < 0xF5 ? 4 : 0;
}

/* Checks the sequence at s[i] of an n-byte input.  Returns its length, 0
 * when it is cut off by the end of a non-final input (the caller keeps the
 * bytes for the next chunk), or -1 with *e set.  Like CPython, a cut-off
 * "\xED\xA0".."\xED\xBF" waits for the next chunk although it can only be a
 * surrogate, so the error then counts from the next chunk's input. */
static int file__utf8_sequence(const unsigned char *s, size_t i, size_t n, bool final,
                               file_utf8_error *e)
{
    int len = file__utf8_length(s[i]);
    *e = (file_utf8_error){i, i + 1, "invalid start byte"};
    if (len == 0)
        return -1;
    for (int k = 1; k < len; k++) {
        if (i + (size_t)k == n) {
            if (!final)
                return 0;
            *e = (file_utf8_error){i, n, "unexpected end of data"};
            return -1;
        }
        if (!file__utf8_follows(s[i], k, s[i + (size_t)k])) {
            bool surrogate = s[i] == 0xED && s[i + 1] >= 0xA0 && s[i + 1] <= 0xBF;
            if (!final && surrogate && i + 2 == n)
                return 0;
            *e = (file_utf8_error){i, i + (size_t)k, "invalid continuation byte"};
            return -1;
        }
    }
    return len;
}

/* UnicodeDecodeError as CPython words it; position counts from base. */
static SLOT_NORETURN void file__raise_decode(const unsigned char *s, size_t base,
                                             const file_utf8_error *e)
{
    if (e->end - e->start == 1)
        slot_raise(SLOT_UNICODE_DECODE_ERROR,
                   "'utf-8' codec can't decode byte 0x%02x in position %zu: %s", s[e->start],
                   base + e->start, e->reason);
    slot_raise(SLOT_UNICODE_DECODE_ERROR,
               "'utf-8' codec can't decode bytes in position %zu-%zu: %s", base + e->start,
               base + e->end - 1, e->reason);
}

/* How many leading bytes of s[0, n) are complete, valid UTF-8; the rest
 * (at most FILE_UTF8_CARRY bytes, only when not final) waits for more.
 * Invalid input raises, its position counted from base. */
static size_t file__utf8_valid(const unsigned char *s, size_t n, bool final, size_t base)
{
    size_t i = 0;
    while (i < n) {
        if (s[i] < 0x80) {
            i++;
            continue;
        }
        file_utf8_error e;
        int len = file__utf8_sequence(s, i, n, final, &e);
        if (len < 0)
            file__raise_decode(s, base, &e);
        if (len == 0)
            break;
        i += (size_t)len;
    }
    return i;
}

/* ---- reading -------------------------------------------------------------- */

/* Room for extra more bytes of text after end, moving the unread text to
 * the front first so the buffer only grows with the longest line. */
static void file__reserve(file_state *st, size_t extra)
{
    if (st->start > 0) {
        memmove(st->text, st->text + st->start, st->end - st->start);
        st->end -= st->start;
        st->scanned -= st->start;
        st->start = 0;
    }
    if (st->cap - st->end >= extra)
        return;
    size_t cap = st->cap;
    while (cap - st->end < extra)
        cap *= 2;
    st->text = slot_alloc__xrealloc(st->text, cap);
    st->cap = cap;
}

/* Appends n bytes of decoded text with universal newlines: "\r\n" and "\r"
 * become "\n".  A "\r" ending non-final text is held back (pending_cr) in
 * case a "\n" starts the next, as CPython's IncrementalNewlineDecoder does. */
static void file__append_text(file_state *st, const char *s, size_t n, bool final)
{
    file__reserve(st, n + 1);
    if (!st->pending_cr && !memchr(s, '\r', n)) {
        memcpy(st->text + st->end, s, n);
        st->end += n;
        return;
    }
    char *out = st->text + st->end;
    bool after_cr = false;
    if (st->pending_cr && (n > 0 || final)) {
        *out++ = '\n';
        after_cr = true;
        st->pending_cr = false;
    }
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '\n' && after_cr) {
            after_cr = false;
            continue;
        }
        after_cr = s[i] == '\r';
        if (after_cr && i + 1 == n && !final) {
            st->pending_cr = true;
            break;
        }
        *out++ = after_cr ? '\n' : s[i];
    }
    st->end = (size_t)(out - st->text);
}

/* Before reading: stdio wants a seek after writing. */
static file_state *file__reading(const slot_file *self)
{
    file_state *st = file__state(self);
    if (!self->readable)
        slot_raise(SLOT_UNSUPPORTED_OPERATION, "not readable");
    if (st->direction == FILE_WRITING)
        fseek(st->fp, 0, SEEK_CUR);
    st->direction = FILE_READING;
    return st;
}

/* Reads the next chunk, checks it after the carried bytes and appends its
 * text.  An empty read is the end of the file: the carried bytes must then
 * be complete.  *base counts the bytes decoded before this input, for error
 * positions; it grows by what this call decodes.  False at end of file. */
static bool file__fill(file_state *st, size_t *base)
{
    clearerr(st->fp);
    size_t got = fread(st->raw + st->carry, 1, FILE_CHUNK, st->fp);
    if (got == 0 && ferror(st->fp))
        file__raise_errno(errno, NULL);
    bool final = got == 0;
    size_t n = st->carry + got;
    size_t valid = file__utf8_valid(st->raw, n, final, *base);
    file__append_text(st, (const char *)st->raw, valid, final);
    st->carry = n - valid;
    memmove(st->raw, st->raw + valid, st->carry);
    *base += valid;
    return !final;
}

/* Hands out text[start, upto) as a new string. */
static const slot_str *file__take(file_state *st, size_t upto)
{
    const slot_str *s = slot_str_new(st->text + st->start, upto - st->start);
    st->start = upto;
    st->scanned = upto;
    if (st->start == st->end)
        st->start = st->end = st->scanned = 0;
    return s;
}

/* The next line with its "\n", the text before the end of the file, or ""
 * at the end.  The string is the collector's. */
const slot_str *slot_file_readline(slot_file *self)
{
    file_state *st = file__reading(self);
    for (;;) {
        char *nl = memchr(st->text + st->scanned, '\n', st->end - st->scanned);
        if (nl)
            return file__take(st, (size_t)(nl - st->text) + 1);
        st->scanned = st->end;
        size_t base = 0;
        if (!file__fill(st, &base))
            return file__take(st, st->end);
    }
}

/* `for line in f`: readline() until it returns "", then NULL. */
const slot_str *slot_file_next(slot_file *self)
{
    const slot_str *line = slot_file_readline(self);
    return line->size > 0 ? line : NULL;
}

/* The text readline() would still give, then the rest of the file decoded
 * as one input.  The string is the collector's. */
const slot_str *slot_file_read(slot_file *self)
{
    file_state *st = file__reading(self);
    size_t base = 0;
    while (file__fill(st, &base))
        ;
    return file__take(st, st->end);
}

/* ---- writing -------------------------------------------------------------- */

/* Before writing: CPython drops the text read ahead and writes where the
 * reading stopped (after the last chunk); stdio wants a seek first. */
static file_state *file__writing(const slot_file *self)
{
    file_state *st = file__state(self);
    if (!self->writable)
        slot_raise(SLOT_UNSUPPORTED_OPERATION, "not writable");
    if (st->direction == FILE_READING) {
        st->start = st->end = st->scanned = 0;
        st->carry = 0;
        st->pending_cr = false;
        fseek(st->fp, 0, SEEK_CUR);
    }
    st->direction = FILE_WRITING;
    return st;
}

/* Returns len(s), as Python's write() does.  A failed write raises OSError
 * when stdio reports it, which may be a later write or the close. */
int64_t slot_file_write(slot_file *self, const slot_str *s)
{
    file_state *st = file__writing(self);
    if (s->size > 0 && fwrite(s->data, 1, (size_t)s->size, st->fp) != (size_t)s->size)
        file__raise_errno(errno, NULL);
    return s->len;
}
