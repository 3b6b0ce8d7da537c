/*
 * parse.c - Python text to a concrete syntax tree, with tree-sitter.
 *
 * tree-sitter never fails: it returns a tree in which bad input shows up as
 * ERROR nodes (text it could not fit) and MISSING nodes (a token it had to
 * invent).  Each becomes a syntax diagnostic with its line and column, and
 * a module with syntax errors goes no further.  The walk uses a tree cursor,
 * not recursion, so deeply nested input cannot overflow the stack.
 */
#include "slotc.h"
#include "lower.h"

#include <string.h>

const TSLanguage *tree_sitter_python(void);

enum { MAX_SYNTAX_ERRORS = 20 };

/* The first bracket in text[start, end) that is never closed, skipping
 * string literals and comments; -1 if they all close. */
static long unclosed_bracket(const char *text, uint32_t start, uint32_t end)
{
    long stack[64];
    int depth = 0;
    for (uint32_t i = start; i < end; i++) {
        char c = text[i];
        if (c == '#') {
            while (i < end && text[i] != '\n')
                i++;
        } else if (c == '"' || c == '\'') {
            for (i++; i < end && text[i] != c && text[i] != '\n'; i++)
                i += text[i] == '\\';
        } else if (c == '(' || c == '[' || c == '{') {
            if (depth < 64)
                stack[depth] = (long)i;
            depth++;
        } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
            depth--;
        }
    }
    return depth > 0 && depth <= 64 ? stack[depth - 1] : -1;
}

static Loc loc_at(const Source *src, long offset)
{
    int line = 1;
    long start = 0;
    for (long i = 0; i < offset; i++)
        if (src->text[i] == '\n')
            line++, start = i + 1;
    return (Loc){line, (int)(offset - start) + 1};
}

/* Reports one ERROR or MISSING node. */
static void report_syntax(const Source *src, TSNode node)
{
    TSPoint at = ts_node_start_point(node);
    Loc loc = {(int)at.row + 1, (int)at.column + 1};
    if (ts_node_is_missing(node)) {
        diag_at(src, loc, DIAG_ERROR, "syntax error: expected '%s'", ts_node_type(node));
        return;
    }
    long open = unclosed_bracket(src->text, ts_node_start_byte(node), ts_node_end_byte(node));
    if (open >= 0) {
        diag_at(src, loc_at(src, open), DIAG_ERROR, "syntax error: '%c' was never closed", src->text[open]);
        return;
    }
    TSNode first = ts_node_child(node, 0);
    if (!ts_node_is_null(first) && ts_node_child_count(first) == 0 && !ts_node_is_named(first))
        diag_at(src, loc, DIAG_ERROR, "syntax error in this '%s' statement", ts_node_type(first));
    else
        diag_at(src, loc, DIAG_ERROR, "syntax error");
}

/* Visits every node in document order; reports the first errors found. */
static int check_syntax(const Source *src, TSNode root)
{
    int found = 0;
    TSTreeCursor cursor = ts_tree_cursor_new(root);
    for (;;) {
        TSNode node = ts_tree_cursor_current_node(&cursor);
        bool bad = ts_node_is_missing(node) || strcmp(ts_node_type(node), "ERROR") == 0;
        if (bad && found++ < MAX_SYNTAX_ERRORS)
            report_syntax(src, node);
        /* Descend unless this is an error: its insides are noise. */
        if (!bad && ts_node_has_error(node) && ts_tree_cursor_goto_first_child(&cursor))
            continue;
        while (!ts_tree_cursor_goto_next_sibling(&cursor))
            if (!ts_tree_cursor_goto_parent(&cursor)) {
                ts_tree_cursor_delete(&cursor);
                return found;
            }
    }
}

static const char *module_stem(const char *path)
{
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    const char *dot = strrchr(base, '.');
    return arena_strndup(base, dot ? (size_t)(dot - base) : strlen(base));
}

Module *parse_module(const Source *src)
{
    TSParser *parser = ts_parser_new();
    if (!ts_parser_set_language(parser, tree_sitter_python()))
        die("the tree-sitter-python grammar does not match the tree-sitter library");
    TSTree *tree = ts_parser_parse_string(parser, NULL, src->text, (uint32_t)src->size);
    if (!tree)
        die("tree-sitter returned no tree");
    TSNode root = ts_tree_root_node(tree);
    Module *m = NULL;
    if (!ts_node_has_error(root) || check_syntax(src, root) == 0) {
        m = arena_alloc(sizeof *m);
        m->src = src;
        m->name = module_stem(src->path);
        m->cname = c_ident(m->name);
        lower_module(m, root);
    }
    ts_tree_delete(tree);
    ts_parser_delete(parser);
    return m;
}
