/* {{source}}:{{line}}: {{name}}(...) stores each field */
{{name}} *{{name}}_new({{params}})
{
    {{name}} *self = {{alloc}}(sizeof *self);
    {{stores}}
    return self;
}

