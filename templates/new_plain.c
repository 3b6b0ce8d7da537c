/* {{source}}:{{line}}: {{name}}(...) allocates and runs __init__ */
{{name}} *{{name}}_new({{params}})
{
    {{name}} *self = {{alloc}}(sizeof *self);
    {{init_call}}
    return self;
}

