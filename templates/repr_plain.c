/* repr() of a {{name}}: CPython's default, with this object's address */
void {{name}}_repr(slot_buf *out, const {{name}} *self)
{
    if (!self) {
        slot_buf_none(out);
        return;
    }
    char text[64];
    snprintf(text, sizeof text, "<__main__.{{name}} object at %p>", (const void *)self);
    slot_buf_cstr(out, text);
}

