/*
 * runtime_text_test.c - unit tests for the runtime's str methods and text
 * files, checked against CPython 3.11.
 *
 * Every expected value is what python3 prints for the same call: a list or
 * a tuple is compared through its repr, so the expected text is exactly
 * Python's repr() of the result.  Non-ASCII text is written as UTF-8 escapes
 * ("h\xc3\xa9llo" is 'héllo').  The predicates table covers the Unicode
 * side (digits that are not decimals, titlecase letters, Unicode spaces).
 *
 * The file tests run in a fresh directory of their own, removed at exit.
 * A raised exception ends the process, so those tests declare
 * .exit_code = 1 and check stderr from an atexit handler, as runtime_test.c
 * does.  The same file is built against the collector and the arena.
 */
#define _XOPEN_SOURCE 700

#include "unit.h"

#include <criterion/criterion.h>
#include <criterion/parameterized.h>
#include <criterion/redirect.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* ---- helpers ------------------------------------------------------------ */

/* A runtime string from C text (UTF-8). */
static const slot_str *S(const char *text)
{
    return slot_str_from_cstr(text);
}

/* Python's repr() of a list or a tuple of strings. */
static const char *list_repr(const slot_list *list)
{
    slot_buf b;
    slot_buf_init(&b);
    slot_buf_list(&b, list, slot_repr_str);
    return slot_buf_take(&b)->data;
}

static const char *tuple_repr(const slot_tuple *tuple)
{
    slot_buf b;
    slot_buf_init(&b);
    slot_buf_tuple(&b, tuple, slot_repr_str);
    return slot_buf_take(&b)->data;
}

static const char *split_repr(const slot_str *s, const slot_str *sep, int64_t maxsplit)
{
    return list_repr(slot_str_split(s, sep, maxsplit));
}

static const char *rsplit_repr(const slot_str *s, const slot_str *sep, int64_t maxsplit)
{
    return list_repr(slot_str_rsplit(s, sep, maxsplit));
}

/* sep.join() of n C strings. */
static const slot_str *join(const slot_str *sep, int64_t n, const char *const *texts)
{
    slot_list *items = slot_list_new(sizeof(const slot_str *), false);
    for (int64_t i = 0; i < n; i++)
        SLOT_ITEM(const slot_str *, slot_list_push(items)) = S(texts[i]);
    return slot_str_join(sep, items);
}

/* ---- split, splitlines, partition ---------------------------------------- */

Test(str_split, by_separator, .init = setup)
{
    cr_expect_str_eq(split_repr(S("a,b,,c"), S(","), -1), "['a', 'b', '', 'c']");
    cr_expect_str_eq(split_repr(S("a,b,,c"), S(","), 1), "['a', 'b,,c']");
    cr_expect_str_eq(split_repr(S("a,b,,c"), S(","), 0), "['a,b,,c']");
    cr_expect_str_eq(split_repr(S(",a,"), S(","), -1), "['', 'a', '']");
    cr_expect_str_eq(split_repr(S(""), S(","), -1), "['']");
    cr_expect_str_eq(split_repr(S("  a b  c  "), NULL, -1), "['a', 'b', 'c']");
    cr_expect_str_eq(split_repr(S("  a b  c  "), NULL, 1), "['a', 'b  c  ']");
    cr_expect_str_eq(split_repr(S("  a b  c  "), NULL, 0), "['a b  c  ']");
    cr_expect_str_eq(split_repr(S(""), NULL, -1), "[]");
    cr_expect_str_eq(split_repr(S("   "), NULL, -1), "[]");
    cr_expect_str_eq(split_repr(S("a\xe3\x80\x80"
                                  "b\xc2\x85"
                                  "c\xc2\xa0"
                                  "d\xe2\x80\xa8"
                                  "e"),
                                NULL, -1),
                     "['a', 'b', 'c', 'd', 'e']");
    cr_expect_str_eq(split_repr(S("a\x1c"
                                  "b\x1f"
                                  "c"),
                                NULL, -1),
                     "['a', 'b', 'c']");
    cr_expect_str_eq(split_repr(S("a\xe2\x80\x8b"
                                  "b"),
                                NULL, -1),
                     "['a\\u200bb']");
    cr_expect_str_eq(split_repr(S("h\xc3\xa9llo w\xc3\xb6rld"), S("\xc3\xb6"), -1), "['h\xc3\xa9llo w', 'rld']");
    cr_expect_str_eq(split_repr(S("1<>2<>3"), S("<>"), -1), "['1', '2', '3']");
    cr_expect_str_eq(split_repr(S("aaa"), S("aa"), -1), "['', 'a']");
}

Test(str_split, from_the_right, .init = setup)
{
    cr_expect_str_eq(rsplit_repr(S("a,b,,c"), S(","), 1), "['a,b,', 'c']");
    cr_expect_str_eq(rsplit_repr(S("a,b,,c"), S(","), -1), "['a', 'b', '', 'c']");
    cr_expect_str_eq(rsplit_repr(S("  a b  c  "), NULL, 1), "['  a b', 'c']");
    cr_expect_str_eq(rsplit_repr(S("  a b  c  "), NULL, -1), "['a', 'b', 'c']");
    cr_expect_str_eq(rsplit_repr(S("  a b  c  "), NULL, 0), "['  a b  c']");
    cr_expect_str_eq(rsplit_repr(S("1<>2<>3"), S("<>"), 1), "['1<>2', '3']");
    cr_expect_str_eq(rsplit_repr(S("aaa"), S("aa"), -1), "['a', '']");
    cr_expect_str_eq(rsplit_repr(S("\xe3\x80\x80x\xe3\x80\x80y\xe3\x80\x80"), NULL, 1), "['\\u3000x', 'y']");
}

Test(str_split, splitlines, .init = setup)
{
    cr_expect_str_eq(list_repr(slot_str_splitlines(S("a\nb\r\nc\rd\x0b"
                                                     "e\x0c"
                                                     "f\x1cg\xc2\x85h\xe2\x80\xa8i\xe2\x80\xa9j"),
                                                   false)),
                     "['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j']");
    cr_expect_str_eq(list_repr(slot_str_splitlines(S("a\nb\r\nc\r"), true)), "['a\\n', 'b\\r\\n', 'c\\r']");
    cr_expect_str_eq(list_repr(slot_str_splitlines(S("a\n\n"), false)), "['a', '']");
    cr_expect_str_eq(list_repr(slot_str_splitlines(S(""), false)), "[]");
    cr_expect_str_eq(list_repr(slot_str_splitlines(S("x\x1fy"), false)), "['x\\x1fy']");
    cr_expect_str_eq(list_repr(slot_str_splitlines(S("\r\n\r"), true)), "['\\r\\n', '\\r']");
    cr_expect_str_eq(list_repr(slot_str_splitlines(S("no newline"), true)), "['no newline']");
}

Test(str_split, partition, .init = setup)
{
    cr_expect_str_eq(tuple_repr(slot_str_partition(S("a=b=c"), S("="))), "('a', '=', 'b=c')");
    cr_expect_str_eq(tuple_repr(slot_str_rpartition(S("a=b=c"), S("="))), "('a=b', '=', 'c')");
    cr_expect_str_eq(tuple_repr(slot_str_partition(S("abc"), S("x"))), "('abc', '', '')");
    cr_expect_str_eq(tuple_repr(slot_str_rpartition(S("abc"), S("x"))), "('', '', 'abc')");
    cr_expect_str_eq(tuple_repr(slot_str_partition(S("k\xc3\xa9y: v"), S(": "))), "('k\xc3\xa9y', ': ', 'v')");
    cr_expect_str_eq(tuple_repr(slot_str_rpartition(S("k\xc3\xa9y: v"), S(": "))), "('k\xc3\xa9y', ': ', 'v')");
    cr_expect_str_eq(tuple_repr(slot_str_partition(S("=="), S("="))), "('', '=', '=')");
    cr_expect_str_eq(tuple_repr(slot_str_rpartition(S("=="), S("="))), "('=', '=', '')");
}

/* ---- strip, join, replace ------------------------------------------------ */

Test(str_strip, whitespace_and_chars, .init = setup)
{
    cr_expect_str_eq(slot_str_strip(S("  \t hi \n "), NULL)->data, "hi");
    cr_expect_str_eq(slot_str_lstrip(S("  \t hi \n "), NULL)->data, "hi \n ");
    cr_expect_str_eq(slot_str_rstrip(S("  \t hi \n "), NULL)->data, "  \t hi");
    cr_expect_str_eq(slot_str_strip(S("xxhixx"), S("x"))->data, "hi");
    cr_expect_str_eq(slot_str_lstrip(S("xxhixx"), S("x"))->data, "hixx");
    cr_expect_str_eq(slot_str_rstrip(S("xxhixx"), S("x"))->data, "xxhi");
    cr_expect_str_eq(slot_str_strip(S("\xe3\x80\x80hi\xc2\xa0\xc2\x85"), NULL)->data, "hi");
    cr_expect_str_eq(slot_str_lstrip(S("\xe3\x80\x80hi\xc2\xa0\xc2\x85"), NULL)->data, "hi\xc2\xa0\xc2\x85");
    cr_expect_str_eq(slot_str_rstrip(S("\xe3\x80\x80hi\xc2\xa0\xc2\x85"), NULL)->data, "\xe3\x80\x80hi");
    cr_expect_str_eq(slot_str_strip(S("abcHIcba"), S("abc"))->data, "HI");
    cr_expect_str_eq(slot_str_lstrip(S("abcHIcba"), S("abc"))->data, "HIcba");
    cr_expect_str_eq(slot_str_rstrip(S("abcHIcba"), S("abc"))->data, "abcHI");
    cr_expect_str_eq(slot_str_strip(S("\xc3\xa9\xc3\xa9hi\xc3\xa9"), S("\xc3\xa9"))->data, "hi");
    cr_expect_str_eq(slot_str_lstrip(S("\xc3\xa9\xc3\xa9hi\xc3\xa9"), S("\xc3\xa9"))->data, "hi\xc3\xa9");
    cr_expect_str_eq(slot_str_rstrip(S("\xc3\xa9\xc3\xa9hi\xc3\xa9"), S("\xc3\xa9"))->data, "\xc3\xa9\xc3\xa9hi");
    cr_expect_str_eq(slot_str_strip(S(" hi "), S(""))->data, " hi ");
    cr_expect_str_eq(slot_str_lstrip(S(" hi "), S(""))->data, " hi ");
    cr_expect_str_eq(slot_str_rstrip(S(" hi "), S(""))->data, " hi ");
    cr_expect_str_eq(slot_str_strip(S("\xe2\x82\xac"
                                      "1\xe2\x82\xac"),
                                    S("\xe2\x82\xac"))
                         ->data,
                     "1");
    cr_expect_str_eq(slot_str_lstrip(S("\xe2\x82\xac"
                                       "1\xe2\x82\xac"),
                                     S("\xe2\x82\xac"))
                         ->data,
                     "1\xe2\x82\xac");
    cr_expect_str_eq(slot_str_rstrip(S("\xe2\x82\xac"
                                       "1\xe2\x82\xac"),
                                     S("\xe2\x82\xac"))
                         ->data,
                     "\xe2\x82\xac"
                     "1");
    cr_expect_str_eq(slot_str_strip(S(""), NULL)->data, "");
    cr_expect_str_eq(slot_str_lstrip(S(""), NULL)->data, "");
    cr_expect_str_eq(slot_str_rstrip(S(""), NULL)->data, "");
    cr_expect_str_eq(slot_str_strip(S("    "), NULL)->data, "");
    cr_expect_str_eq(slot_str_lstrip(S("    "), NULL)->data, "");
    cr_expect_str_eq(slot_str_rstrip(S("    "), NULL)->data, "");
}

Test(str_join, joins, .init = setup)
{
    cr_expect_str_eq(join(S(", "), 3, (const char *[]){"a", "b", "c"})->data, "a, b, c");
    cr_expect_str_eq(join(S(""), 0, (const char *[]){NULL})->data, "");
    cr_expect_str_eq(join(S("-"), 1, (const char *[]){"x"})->data, "x");
    cr_expect_str_eq(join(S("\xc3\xa9"), 2, (const char *[]){"a", "b"})->data, "a\xc3\xa9"
                                                                               "b");
    cr_expect_str_eq(join(S(""), 3, (const char *[]){"ab", "", "c"})->data, "abc");
}

Test(str_replace, counts_and_empty_old, .init = setup)
{
    cr_expect_str_eq(slot_str_replace(S("aaa"), S("a"), S("b"), -1)->data, "bbb");
    cr_expect_str_eq(slot_str_replace(S("aaa"), S("a"), S("b"), 2)->data, "bba");
    cr_expect_str_eq(slot_str_replace(S("abc"), S(""), S("-"), -1)->data, "-a-b-c-");
    cr_expect_str_eq(slot_str_replace(S("abc"), S(""), S("-"), 2)->data, "-a-bc");
    cr_expect_str_eq(slot_str_replace(S(""), S(""), S("x"), -1)->data, "x");
    cr_expect_str_eq(slot_str_replace(S("abab"), S("ab"), S(""), -1)->data, "");
    cr_expect_str_eq(slot_str_replace(S("h\xc3\xa9llo"), S("l"), S("L"), 1)->data, "h\xc3\xa9Llo");
    cr_expect_str_eq(slot_str_replace(S("aaaa"), S("aa"), S("a"), -1)->data, "aa");
    cr_expect_str_eq(slot_str_replace(S("abc"), S("b"), S("x"), 0)->data, "abc");
    cr_expect_str_eq(slot_str_replace(S("abc"), S("z"), S("x"), -1)->data, "abc");
    cr_expect_str_eq(slot_str_replace(S("\xc3\xa9\xe2\x82\xac"), S(""), S("|"), -1)->data, "|\xc3\xa9|\xe2\x82\xac|");
    cr_expect_str_eq(slot_str_replace(S("abc"), S(""), S("-"), 0)->data, "abc");
}

/* Strings never change: the methods leave their inputs as they were. */
Test(str_replace, inputs_unchanged, .init = setup)
{
    const slot_str *s = S("a b a");
    slot_str_replace(s, S("a"), S("xyz"), -1);
    slot_str_split(s, NULL, -1);
    slot_str_center(s, 11, NULL);
    cr_expect_str_eq(s->data, "a b a");
    cr_expect_eq(s->len, 5);
}

/* ---- search ---------------------------------------------------------------- */

Test(str_search, find_count_index_by_code_point, .init = setup)
{
    cr_expect_eq(slot_str_find(S("h\xc3\xa9llo w\xc3\xb6rld"), S("w\xc3\xb6")), 6);
    cr_expect_eq(slot_str_rfind(S("h\xc3\xa9llo w\xc3\xb6rld"), S("w\xc3\xb6")), 6);
    cr_expect_eq(slot_str_count(S("h\xc3\xa9llo w\xc3\xb6rld"), S("w\xc3\xb6")), 1);
    cr_expect_eq(slot_str_find(S("h\xc3\xa9llo w\xc3\xb6rld"), S("l")), 2);
    cr_expect_eq(slot_str_rfind(S("h\xc3\xa9llo w\xc3\xb6rld"), S("l")), 9);
    cr_expect_eq(slot_str_count(S("h\xc3\xa9llo w\xc3\xb6rld"), S("l")), 3);
    cr_expect_eq(slot_str_find(S("h\xc3\xa9llo"), S("z")), -1);
    cr_expect_eq(slot_str_rfind(S("h\xc3\xa9llo"), S("z")), -1);
    cr_expect_eq(slot_str_count(S("h\xc3\xa9llo"), S("z")), 0);
    cr_expect_eq(slot_str_find(S("h\xc3\xa9llo"), S("")), 0);
    cr_expect_eq(slot_str_rfind(S("h\xc3\xa9llo"), S("")), 5);
    cr_expect_eq(slot_str_count(S("h\xc3\xa9llo"), S("")), 6);
    cr_expect_eq(slot_str_find(S(""), S("")), 0);
    cr_expect_eq(slot_str_rfind(S(""), S("")), 0);
    cr_expect_eq(slot_str_count(S(""), S("")), 1);
    cr_expect_eq(slot_str_find(S("abcabc"), S("abc")), 0);
    cr_expect_eq(slot_str_rfind(S("abcabc"), S("abc")), 3);
    cr_expect_eq(slot_str_count(S("abcabc"), S("abc")), 2);
    cr_expect_eq(slot_str_find(S("\xf0\x9d\x84\x9ex\xf0\x9d\x84\x9ex"), S("x")), 1);
    cr_expect_eq(slot_str_rfind(S("\xf0\x9d\x84\x9ex\xf0\x9d\x84\x9ex"), S("x")), 3);
    cr_expect_eq(slot_str_count(S("\xf0\x9d\x84\x9ex\xf0\x9d\x84\x9ex"), S("x")), 2);
    cr_expect_eq(slot_str_index(S("h\xc3\xa9llo"), S("l")), 2);
    cr_expect_eq(slot_str_rindex(S("h\xc3\xa9llo"), S("l")), 3);
    cr_expect_eq(slot_str_index(S("h\xc3\xa9llo"), S("h")), 0);
    cr_expect_eq(slot_str_rindex(S("h\xc3\xa9llo"), S("h")), 0);
    cr_expect_eq(slot_str_index(S("aXbXc"), S("X")), 1);
    cr_expect_eq(slot_str_rindex(S("aXbXc"), S("X")), 3);
    cr_expect_eq(slot_str_count(S("aaaa"), S("aa")), 2);
}

Test(str_search, startswith_endswith, .init = setup)
{
    cr_expect(slot_str_startswith(S("h\xc3\xa9llo"), S("h\xc3\xa9")));
    cr_expect_not(slot_str_endswith(S("h\xc3\xa9llo"), S("h\xc3\xa9")));
    cr_expect_not(slot_str_startswith(S("h\xc3\xa9llo"), S("llo")));
    cr_expect(slot_str_endswith(S("h\xc3\xa9llo"), S("llo")));
    cr_expect_not(slot_str_startswith(S("ab"), S("abc")));
    cr_expect_not(slot_str_endswith(S("ab"), S("abc")));
    cr_expect(slot_str_startswith(S("ab"), S("")));
    cr_expect(slot_str_endswith(S("ab"), S("")));
    cr_expect(slot_str_startswith(S(""), S("")));
    cr_expect(slot_str_endswith(S(""), S("")));
}

/* ---- padding ---------------------------------------------------------------- */

Test(str_pad, just_center_zfill, .init = setup)
{
    cr_expect_str_eq(slot_str_ljust(S("abc"), 6, S("*"))->data, "abc***");
    cr_expect_str_eq(slot_str_rjust(S("abc"), 6, S("*"))->data, "***abc");
    cr_expect_str_eq(slot_str_center(S("abc"), 6, S("*"))->data, "*abc**");
    cr_expect_str_eq(slot_str_ljust(S("abc"), 8, NULL)->data, "abc     ");
    cr_expect_str_eq(slot_str_rjust(S("abc"), 8, NULL)->data, "     abc");
    cr_expect_str_eq(slot_str_center(S("abc"), 8, NULL)->data, "  abc   ");
    cr_expect_str_eq(slot_str_ljust(S("ab"), 5, NULL)->data, "ab   ");
    cr_expect_str_eq(slot_str_rjust(S("ab"), 5, NULL)->data, "   ab");
    cr_expect_str_eq(slot_str_center(S("ab"), 5, NULL)->data, "  ab ");
    cr_expect_str_eq(slot_str_ljust(S("ab"), 6, S("-"))->data, "ab----");
    cr_expect_str_eq(slot_str_rjust(S("ab"), 6, S("-"))->data, "----ab");
    cr_expect_str_eq(slot_str_center(S("ab"), 6, S("-"))->data, "--ab--");
    cr_expect_str_eq(slot_str_ljust(S("\xc3\xa9"), 4, S("\xc2\xb7"))->data, "\xc3\xa9\xc2\xb7\xc2\xb7\xc2\xb7");
    cr_expect_str_eq(slot_str_rjust(S("\xc3\xa9"), 4, S("\xc2\xb7"))->data, "\xc2\xb7\xc2\xb7\xc2\xb7\xc3\xa9");
    cr_expect_str_eq(slot_str_center(S("\xc3\xa9"), 4, S("\xc2\xb7"))->data, "\xc2\xb7\xc3\xa9\xc2\xb7\xc2\xb7");
    cr_expect_str_eq(slot_str_ljust(S("abc"), 2, NULL)->data, "abc");
    cr_expect_str_eq(slot_str_rjust(S("abc"), 2, NULL)->data, "abc");
    cr_expect_str_eq(slot_str_center(S("abc"), 2, NULL)->data, "abc");
    cr_expect_str_eq(slot_str_ljust(S("abc"), 4, S("\xe2\x82\xac"))->data, "abc\xe2\x82\xac");
    cr_expect_str_eq(slot_str_rjust(S("abc"), 4, S("\xe2\x82\xac"))->data, "\xe2\x82\xac"
                                                                           "abc");
    cr_expect_str_eq(slot_str_center(S("abc"), 4, S("\xe2\x82\xac"))->data, "abc\xe2\x82\xac");
    cr_expect_str_eq(slot_str_ljust(S(""), 3, S("x"))->data, "xxx");
    cr_expect_str_eq(slot_str_rjust(S(""), 3, S("x"))->data, "xxx");
    cr_expect_str_eq(slot_str_center(S(""), 3, S("x"))->data, "xxx");
    cr_expect_str_eq(slot_str_zfill(S("42"), 5)->data, "00042");
    cr_expect_str_eq(slot_str_zfill(S("-42"), 5)->data, "-0042");
    cr_expect_str_eq(slot_str_zfill(S("+"), 3)->data, "+00");
    cr_expect_str_eq(slot_str_zfill(S(""), 2)->data, "00");
    cr_expect_str_eq(slot_str_zfill(S("abc"), 2)->data, "abc");
    cr_expect_str_eq(slot_str_zfill(S("\xc3\xa9"), 3)->data, "00\xc3\xa9");
    cr_expect_str_eq(slot_str_zfill(S("--1"), 4)->data, "-0-1");
}

/* ---- predicates ---------------------------------------------------------- */

/* s and what CPython's isdigit, isdecimal, isnumeric, isalpha, isalnum,
 * isspace, isupper and islower say of it.  Text is held inline: parameters
 * are copied into each test's process. */
struct predicate_case {
    char text[16];
    bool digit, decimal, numeric, alpha, alnum, space, upper, lower;
};

ParameterizedTestParameters(str_predicates, match_cpython)
{
    static struct predicate_case cases[] = {
        {"123", true, true, true, false, true, false, false, false},              /* '123' */
        {"\xc2\xb2", true, false, true, false, true, false, false, false},        /* '\xb2' */
        {"\xc2\xbd", false, false, true, false, true, false, false, false},       /* '\xbd' */
        {"\xd9\xa3", true, true, true, false, true, false, false, false},         /* '\u0663' */
        {"\xe2\x85\xa7", false, false, true, false, true, false, true, false},    /* '\u2167' */
        {"abc\xc3\xa9", false, false, false, true, true, false, false, true},     /* 'abc\xe9' */
        {"abc1", false, false, false, false, true, false, false, true},           /* 'abc1' */
        {"", false, false, false, false, false, false, false, false},             /* '' */
        {" \t\n", false, false, false, false, false, true, false, false},         /* ' \t\n' */
        {"\x1c", false, false, false, false, false, true, false, false},          /* '\x1c' */
        {"\xe2\x80\x8b", false, false, false, false, false, false, false, false}, /* '\u200b' */
        {"\xe3\x80\x80", false, false, false, false, false, true, false, false},  /* '\u3000' */
        {"ABC1", false, false, false, false, true, false, true, false},           /* 'ABC1' */
        {"\xc7\x85", false, false, false, true, true, false, false, false},       /* '\u01c5' */
        {"abc", false, false, false, true, true, false, false, true},             /* 'abc' */
        {"\xc2\xaa"
         "b",
         false, false, false, true, true, false, false, true},                            /* '\xaab' */
        {"\xce\xa3\xce\x91", false, false, false, true, true, false, true, false},        /* '\u03a3\u0391' */
        {"\xce\xa3\xc3\xadsyphus", false, false, false, true, true, false, false, false}, /* '\u03a3\xedsyphus' */
        {"1", true, true, true, false, true, false, false, false},                        /* '1' */
        {"a\xf0\x9d\x84\x9e", false, false, false, false, false, false, false, true},     /* 'a\U0001d11e' */
        {"\xf0\x9d\x9f\x98", true, true, true, false, true, false, false, false},         /* '\U0001d7d8' */
        {"\xc3\x9f", false, false, false, true, true, false, false, true},                /* '\xdf' */
    };
    return cr_make_param_array(struct predicate_case, cases, sizeof cases / sizeof cases[0]);
}

ParameterizedTest(struct predicate_case *c, str_predicates, match_cpython, .init = setup)
{
    const slot_str *s = S(c->text);
    cr_expect_eq(slot_str_isdigit(s), c->digit, "isdigit of \"%s\"", c->text);
    cr_expect_eq(slot_str_isdecimal(s), c->decimal, "isdecimal of \"%s\"", c->text);
    cr_expect_eq(slot_str_isnumeric(s), c->numeric, "isnumeric of \"%s\"", c->text);
    cr_expect_eq(slot_str_isalpha(s), c->alpha, "isalpha of \"%s\"", c->text);
    cr_expect_eq(slot_str_isalnum(s), c->alnum, "isalnum of \"%s\"", c->text);
    cr_expect_eq(slot_str_isspace(s), c->space, "isspace of \"%s\"", c->text);
    cr_expect_eq(slot_str_isupper(s), c->upper, "isupper of \"%s\"", c->text);
    cr_expect_eq(slot_str_islower(s), c->lower, "islower of \"%s\"", c->text);
}

/* ---- str methods that raise ------------------------------------------------ */

RAISES(split_empty_separator)
{
    expect_stderr("ValueError: empty separator\n");
    slot_str_split(S("abc"), S(""), -1);
}

RAISES(rsplit_empty_separator)
{
    expect_stderr("ValueError: empty separator\n");
    slot_str_rsplit(S("abc"), S(""), -1);
}

RAISES(partition_empty_separator)
{
    expect_stderr("ValueError: empty separator\n");
    slot_str_partition(S("abc"), S(""));
}

RAISES(index_not_found)
{
    expect_stderr("ValueError: substring not found\n");
    slot_str_index(S("abc"), S("d"));
}

RAISES(rindex_not_found)
{
    expect_stderr("ValueError: substring not found\n");
    slot_str_rindex(S("abc"), S("abcd"));
}

RAISES(center_fill_of_two_characters)
{
    expect_stderr("TypeError: The fill character must be exactly one character long\n");
    slot_str_center(S("abc"), 9, S("ab"));
}

RAISES(ljust_empty_fill)
{
    expect_stderr("TypeError: The fill character must be exactly one character long\n");
    slot_str_ljust(S("abc"), 9, S(""));
}

/* ---- files --------------------------------------------------------------- */

/* The directory the running file test works in. */
static char temp_dir[64];

static int remove_entry(const char *path, const struct stat *info, int flag, struct FTW *ftw)
{
    (void)info;
    (void)flag;
    (void)ftw;
    return remove(path);
}

/* atexit handler: removes what enter_temp_dir made.  A test run as root
 * may have become nobody; root again to clean up. */
static void remove_temp_dir(void)
{
    if (getuid() == 0 && geteuid() != 0 && seteuid(0) != 0)
        return;
    nftw(temp_dir, remove_entry, 8, FTW_DEPTH | FTW_PHYS);
}

/* Each file test runs in its own process, in a new empty directory. */
static void enter_temp_dir(void)
{
    strcpy(temp_dir, "/tmp/slot-text-test-XXXXXX");
    cr_assert_not_null(mkdtemp(temp_dir));
    cr_assert_eq(chdir(temp_dir), 0);
    atexit(remove_temp_dir);
}

static void setup_files(void)
{
    slot_init(0, NULL);
    enter_temp_dir();
}

static void setup_files_stderr(void)
{
    setup_stderr();
    enter_temp_dir();
}

/* A file test whose body must raise. */
#define FILE_RAISES(name) Test(file_raise, name, .init = setup_files_stderr, .exit_code = 1)

/* Writes size bytes to a new file, bypassing the runtime. */
static void write_bytes(const char *name, const char *data, size_t size)
{
    FILE *f = fopen(name, "wb");
    cr_assert_not_null(f);
    cr_assert_eq(fwrite(data, 1, size, f), size);
    cr_assert_eq(fclose(f), 0);
}

/* The same for C text without NUL bytes. */
static void write_text(const char *name, const char *text)
{
    write_bytes(name, text, strlen(text));
}

/* The whole of a file as C text, read without the runtime. */
static const char *read_bytes(const char *name)
{
    static char text[256];
    FILE *f = fopen(name, "rb");
    cr_assert_not_null(f);
    size_t n = fread(text, 1, sizeof text - 1, f);
    text[n] = '\0';
    fclose(f);
    return text;
}

static slot_file *open_file(const char *name, const char *mode)
{
    return slot_open(S(name), S(mode));
}

Test(file, write_returns_code_points_and_read_gets_text_back, .init = setup_files)
{
    slot_file *f = open_file("out.txt", "w");
    cr_expect_eq(slot_file_write(f, S("h\xc3\xa9llo\n")), 6);
    cr_expect_eq(slot_file_write(f, S("")), 0);
    cr_expect_eq(slot_file_write(f, S("\xe2\x82\xac\xf0\x9d\x84\x9e\n")), 3);
    slot_file_close(f);
    slot_file_close(f);
    cr_expect_str_eq(read_bytes("out.txt"), "h\xc3\xa9llo\n\xe2\x82\xac\xf0\x9d\x84\x9e\n");
    const slot_str *text = slot_file_read(open_file("out.txt", "rt"));
    cr_expect_str_eq(text->data, "h\xc3\xa9llo\n\xe2\x82\xac\xf0\x9d\x84\x9e\n");
    cr_expect_eq(text->len, 9);
}

/* Universal newlines: "\r\n" and "\r" read as "\n". */
Test(file, readline_translates_newlines, .init = setup_files)
{
    write_text("nl.txt", "a\r\nb\rc\n\rd");
    slot_file *f = open_file("nl.txt", "r");
    const char *expected[] = {"a\n", "b\n", "c\n", "\n", "d", "", ""};
    for (int i = 0; i < 7; i++)
        cr_expect_str_eq(slot_file_readline(f)->data, expected[i], "line %d", i);
}

Test(file, next_stops_at_the_end, .init = setup_files)
{
    write_text("nl.txt", "a\r\nb\rc\n\rd");
    slot_file *f = open_file("nl.txt", "r");
    slot_buf b;
    slot_buf_init(&b);
    const slot_str *line;
    while ((line = slot_file_next(f)) != NULL) {
        slot_buf_str_repr(&b, line);
        slot_buf_char(&b, ' ');
    }
    cr_expect_str_eq(slot_buf_take(&b)->data, "'a\\n' 'b\\n' 'c\\n' '\\n' 'd' ");
    cr_expect_null(slot_file_next(f));
}

/* A "\r" ending one 8192-byte chunk and a "\n" starting the next are one
 * newline. */
Test(file, crlf_across_chunks, .init = setup_files)
{
    static char data[8194];
    memset(data, 'a', 8191);
    memcpy(data + 8191, "\r\nb", 3);
    write_bytes("b.txt", data, sizeof data);
    slot_file *f = open_file("b.txt", "r");
    const slot_str *first = slot_file_readline(f);
    cr_expect_eq(first->len, 8192);
    cr_expect_str_eq(first->data + 8190, "a\n");
    cr_expect_str_eq(slot_file_readline(f)->data, "b");
    cr_expect_str_eq(slot_file_readline(f)->data, "");
}

Test(file, lines_of_any_length, .init = setup_files)
{
    slot_file *f = open_file("long.txt", "w");
    slot_file_write(f, slot_str_repeat(S("x"), 100000));
    slot_file_write(f, S("\ny"));
    slot_file_close(f);
    f = open_file("long.txt", "r");
    cr_expect_eq(slot_file_readline(f)->len, 100001);
    cr_expect_str_eq(slot_file_readline(f)->data, "y");
    cr_expect_str_eq(slot_file_readline(f)->data, "");
    f = open_file("long.txt", "r");
    slot_file_readline(f);
    cr_expect_str_eq(slot_file_read(f)->data, "y");
    cr_expect_str_eq(slot_file_read(f)->data, "");
    cr_expect_str_eq(slot_file_readline(f)->data, "");
}

Test(file, append_and_plus_modes, .init = setup_files)
{
    write_text("ap.txt", "x");
    slot_file *f = open_file("ap.txt", "a");
    slot_file_write(f, S("y"));
    slot_file_close(f);
    cr_expect_str_eq(read_bytes("ap.txt"), "xy");
    f = open_file("ap.txt", "a+");
    cr_expect_str_eq(slot_file_read(f)->data, "");
    slot_file_write(f, S("z"));
    slot_file_close(f);
    cr_expect_str_eq(read_bytes("ap.txt"), "xyz");
    f = open_file("wp.txt", "w+");
    slot_file_write(f, S("abc\n"));
    cr_expect_str_eq(slot_file_readline(f)->data, "");
    slot_file_close(f);
    cr_expect_str_eq(read_bytes("wp.txt"), "abc\n");
}

/* After a readline, CPython writes where its read-ahead chunk ended. */
Test(file, write_after_readline_in_r_plus, .init = setup_files)
{
    write_text("rp.txt", "line1\nline2\n");
    slot_file *f = open_file("rp.txt", "r+");
    cr_expect_str_eq(slot_file_readline(f)->data, "line1\n");
    slot_file_write(f, S("X"));
    slot_file_close(f);
    cr_expect_str_eq(read_bytes("rp.txt"), "line1\nline2\nX");
}

Test(file, exclusive_creation, .init = setup_files)
{
    slot_file *f = open_file("new.txt", "x");
    slot_file_write(f, S("n"));
    slot_file_close(f);
    cr_expect_str_eq(read_bytes("new.txt"), "n");
}

/* slot_exit flushes and closes what the program left open. */
Test(file, exit_closes_open_files, .init = setup_files)
{
    slot_file *f = open_file("left.txt", "w");
    slot_file_write(f, S("unflushed"));
    cr_expect_str_eq(read_bytes("left.txt"), "");
    cr_expect_eq(slot_exit(), 0);
    cr_expect_str_eq(read_bytes("left.txt"), "unflushed");
    slot_file_close(f);
}

static void check_flushed_at_exit(void)
{
    cr_expect_str_eq(read_bytes("left.txt"), "written");
}

/* An uncaught exception flushes the files too, before the process ends. */
FILE_RAISES(raise_flushes_open_files)
{
    atexit(check_flushed_at_exit);
    expect_stderr("ValueError: v\n");
    slot_file_write(open_file("left.txt", "w"), S("written"));
    slot_raise(SLOT_VALUE_ERROR, "v");
}

/* ---- open() errors ----------------------------------------------------------- */

FILE_RAISES(open_missing_file)
{
    expect_stderr("FileNotFoundError: [Errno 2] No such file or directory: 'missing.txt'\n");
    open_file("missing.txt", "r");
}

FILE_RAISES(open_missing_path_shown_as_repr)
{
    expect_stderr("FileNotFoundError: [Errno 2] No such file or directory: 'mi\\'ss\"ing\\n'\n");
    open_file("mi'ss\"ing\n", "r");
}

FILE_RAISES(open_directory)
{
    expect_stderr("IsADirectoryError: [Errno 21] Is a directory: 'dir'\n");
    cr_assert_eq(mkdir("dir", 0755), 0);
    open_file("dir", "r");
}

FILE_RAISES(open_below_a_file)
{
    expect_stderr("NotADirectoryError: [Errno 20] Not a directory: 'f.txt/x'\n");
    write_text("f.txt", "");
    open_file("f.txt/x", "w");
}

FILE_RAISES(open_existing_file_exclusively)
{
    expect_stderr("FileExistsError: [Errno 17] File exists: 'f.txt'\n");
    write_text("f.txt", "");
    open_file("f.txt", "x");
}

/* Root may read anything, so as root the test acts as nobody (the real
 * user stays root, which remove_temp_dir needs). */
FILE_RAISES(open_without_permission)
{
    expect_stderr("PermissionError: [Errno 13] Permission denied: 'secret'\n");
    write_text("secret", "s");
    cr_assert_eq(chmod("secret", 0), 0);
    if (geteuid() == 0) {
        cr_assert_eq(chmod(".", 0755), 0);
        cr_assert_eq(seteuid(65534), 0);
    }
    open_file("secret", "r");
}

FILE_RAISES(open_name_too_long)
{
    static char name[301], expected[400];
    memset(name, 'x', 300);
    snprintf(expected, sizeof expected, "OSError: [Errno 36] File name too long: '%s'\n", name);
    expect_stderr(expected);
    open_file(name, "w");
}

FILE_RAISES(invalid_mode_letter)
{
    expect_stderr("ValueError: invalid mode: 'q'\n");
    open_file("f.txt", "q");
}

FILE_RAISES(repeated_mode_letter)
{
    expect_stderr("ValueError: invalid mode: 'rr'\n");
    open_file("f.txt", "rr");
}

FILE_RAISES(two_kinds_of_mode)
{
    expect_stderr("ValueError: must have exactly one of create/read/write/append mode\n");
    open_file("f.txt", "rw");
}

FILE_RAISES(plus_alone)
{
    expect_stderr("ValueError: Must have exactly one of create/read/write/append mode and at "
                  "most one plus\n");
    open_file("f.txt", "+");
}

FILE_RAISES(text_and_binary)
{
    expect_stderr("ValueError: can't have text and binary mode at once\n");
    open_file("f.txt", "rtb");
}

FILE_RAISES(binary_mode)
{
    expect_stderr("ValueError: binary mode 'rb': in slotc open() reads and writes str only "
                  "(text mode)\n");
    open_file("f.txt", "rb");
}

/* ---- operations that raise ------------------------------------------------- */

FILE_RAISES(write_to_file_opened_for_reading)
{
    expect_stderr("io.UnsupportedOperation: not writable\n");
    write_text("f.txt", "");
    slot_file_write(open_file("f.txt", "r"), S("x"));
}

FILE_RAISES(read_from_file_opened_for_writing)
{
    expect_stderr("io.UnsupportedOperation: not readable\n");
    slot_file_readline(open_file("f.txt", "a"));
}

FILE_RAISES(read_closed_file)
{
    expect_stderr("ValueError: I/O operation on closed file.\n");
    slot_file *f = open_file("f.txt", "w");
    slot_file_close(f);
    slot_file_read(f);
}

FILE_RAISES(write_closed_file)
{
    expect_stderr("ValueError: I/O operation on closed file.\n");
    slot_file *f = open_file("f.txt", "w");
    slot_file_close(f);
    slot_file_write(f, S("x"));
}

FILE_RAISES(iterate_closed_file)
{
    expect_stderr("ValueError: I/O operation on closed file.\n");
    slot_file *f = open_file("f.txt", "w");
    slot_file_close(f);
    slot_file_next(f);
}

FILE_RAISES(close_fails_to_flush)
{
    expect_stderr("OSError: [Errno 28] No space left on device\n");
    slot_file *f = open_file("/dev/full", "w");
    slot_file_write(f, S("x"));
    slot_file_close(f);
}

/* ---- UnicodeDecodeError ------------------------------------------------------ */

/* The whole first chunk is decoded before the first line is returned, so
 * a bad byte on line 2 fails the first readline, as in CPython. */
FILE_RAISES(invalid_start_byte)
{
    expect_stderr("UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 3: "
                  "invalid start byte\n");
    write_text("bad.txt", "ok\n\xff\n");
    slot_file_readline(open_file("bad.txt", "r"));
}

/* Positions count from the start of the chunk being decoded, after the
 * bytes of a sequence the previous chunk cut off. */
FILE_RAISES(position_within_the_second_chunk)
{
    expect_stderr("UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 3: "
                  "invalid start byte\n");
    static char data[8195];
    memset(data, 'a', 8191);
    memcpy(data + 8191, "\xe2\x82\xac\xff", 4);
    write_bytes("bad.txt", data, sizeof data);
    slot_file *f = open_file("bad.txt", "r");
    slot_file_readline(f);
}

FILE_RAISES(truncated_sequence_at_the_end)
{
    expect_stderr("UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 0-1: "
                  "unexpected end of data\n");
    write_text("bad.txt", "x\n\xe2\x82");
    slot_file *f = open_file("bad.txt", "r");
    cr_expect_str_eq(slot_file_readline(f)->data, "x\n");
    slot_file_read(f);
}

FILE_RAISES(surrogate)
{
    expect_stderr("UnicodeDecodeError: 'utf-8' codec can't decode byte 0xed in position 0: "
                  "invalid continuation byte\n");
    write_text("bad.txt", "\xed\xa0\x80");
    slot_file_read(open_file("bad.txt", "r"));
}

FILE_RAISES(invalid_continuation)
{
    expect_stderr("UnicodeDecodeError: 'utf-8' codec can't decode byte 0xc3 in position 9: "
                  "invalid continuation byte\n");
    write_text("bad.txt", "ok\nok\nok\n\xc3(");
    slot_file_next(open_file("bad.txt", "r"));
}
