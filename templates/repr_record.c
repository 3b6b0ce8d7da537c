/* repr() of a {{name}}: {{name}}(field=value, ...) */
void {{name}}_repr(slot_buf *out, const {{name}} *self)
{
    if (!self) {
        slot_buf_none(out);
        return;
    }
    slot_buf_cstr(out, "{{name}}(");
    {{fields}}
    slot_buf_char(out, ')');
}

