/* Ordering of {{name}}: its __lt__, the only comparison sorted(), min() and
 * max() need */
int {{name}}_cmp(const {{name}} *a, const {{name}} *b)
{
    if ({{a_lt_b}})
        return -1;
    return {{b_lt_a}} ? 1 : 0;
}

int {{name}}_item_cmp(const void *a, const void *b)
{
    return {{name}}_cmp({{item_a}}, {{item_b}});
}
