/* repr() of a {{python}}: (item, item, ...) */
void {{name}}_repr(slot_buf *out, const {{name}} *self)
{
    if (!self) {
        slot_buf_none(out);
        return;
    }
    slot_buf_char(out, '(');
    {{items}}
    slot_buf_char(out, ')');
}

