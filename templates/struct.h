/* {{source}}:{{line}}: class {{name}} ({{kind}}), {{size}} bytes */
struct {{name}} {
    {{fields}}
};

