/* {{name}} == {{name}}: field by field */
bool {{name}}_eq(const {{name}} *a, const {{name}} *b)
{
    if (!a || !b) /* None equals only None */
        return a == b;
    return {{test}};
}

/* hash() of a {{name}}: the hash of the tuple of its fields, as in CPython */
int64_t {{name}}_hash(const {{name}} *self)
{
    if (!self)
        return slot_hash_pointer(NULL);
    int64_t hashes[] = {{{hashes}}};
    return slot_hash_tuple({{count}}, hashes);
}

