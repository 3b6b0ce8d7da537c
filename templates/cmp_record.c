/* Ordering of {{name}}: field by field, as tuples compare */
int {{name}}_cmp(const {{name}} *a, const {{name}} *b)
{
    {{steps}}
    return 0;
}

int {{name}}_item_cmp(const void *a, const void *b)
{
    return {{name}}_cmp({{item_a}}, {{item_b}});
}

