/* {{source}}:{{line}}: {{name}}(...) is a value: returned whole, never allocated */
{{name}} {{name}}_new({{params}})
{
    {{name}} self;
    {{stores}}
    return self;
}

