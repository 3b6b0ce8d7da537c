/* {{name}} as an item of a list or tuple */
void {{name}}_item_repr(slot_buf *out, const void *item)
{
    {{name}}_repr(out, {{item}});
}

bool {{name}}_item_eq(const void *a, const void *b)
{
    return {{item_eq}};
}

