/* repr() of a {{name}}: its __repr__ */
void {{name}}_repr(slot_buf *out, const {{name}} *self)
{
    if (!self) {
        slot_buf_none(out);
        return;
    }
    slot_buf_str(out, {{call}});
}
