/* {{source}}:{{line}}: class {{name}} ({{kind}}), {{size}} bytes */
struct {{name}} {
    {{fields}}
};
/* The layout `slotc inspect` shows, checked by the compiler. */
{{checks}}

