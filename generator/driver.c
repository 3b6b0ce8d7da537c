/*
 * driver.c - the passes, in order.
 *
 * Each pass reads what the previous one built; the driver stops after any
 * pass that reported an error, so later passes only ever see a module that
 * is complete and consistent up to their stage.
 */
#include "slotc.h"

Module *compile_source(Source *src, bool derive)
{
    int errors = diag_error_count();
    Module *m = parse_module(src);
    if (m && diag_error_count() == errors)
        enums_build(m);
    if (m && diag_error_count() == errors)
        classes_build(m);
    if (m && diag_error_count() == errors)
        infer_module(m);
    if (m && diag_error_count() == errors && derive)
        derive_module(m);
    if (m && diag_error_count() == errors)
        value_module(m);
    if (m && diag_error_count() == errors)
        layout_module(m);
    return m && diag_error_count() == errors ? m : NULL;
}
