/*
 * compare.h - `slotc compare` (compare.c): the program under CPython and as
 * C, side by side.
 *
 * main.c parses nothing itself: compare_options reads the command line,
 * main.c builds and compiles the program as `slotc run` does, and
 * compare_programs runs both, measures them and reports.
 */
#ifndef SLOTC_COMPARE_H
#define SLOTC_COMPARE_H

#include "slotc.h"

typedef struct CompareOptions {
    const char *file; /* FILE.py */
    const char *json; /* --json OUT, or NULL */
    const char *svg;  /* --svg OUT, or NULL */
} CompareOptions;

/* Reads the arguments after `compare`; false when there is nothing more to
 * do (--help printed, or a usage error reported), with *status set.  An
 * output that cannot be written is a usage error found before anything
 * runs. */
bool compare_options(int argc, char **argv, CompareOptions *opt, int *status);

/* Runs the module m under python3 and its C program, dir/program, then
 * prints the comparison and writes the files opt names; returns the exit
 * status (0, 1 when the outputs differ, 2 on an I/O error).  The files it
 * makes in dir are removed; the rest of dir is the caller's. */
int compare_programs(const CompareOptions *opt, const Module *m, const char *dir);

#endif /* SLOTC_COMPARE_H */
