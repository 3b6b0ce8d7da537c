/*
 * lower.h - what parse.c and lower.c share: the tree-sitter node type.
 * Kept apart from slotc.h so that only these two files see tree-sitter.
 */
#ifndef SLOTC_LOWER_H
#define SLOTC_LOWER_H

#include <tree_sitter/api.h>

#include "slotc.h"

/* Fills m with the module's classes, functions and entry point. */
void lower_module(Module *m, TSNode root);

#endif
