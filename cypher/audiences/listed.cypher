// name: audiences/listed
// mode: fragment
// slot {{rows}}: the page's members c (audiences/rows)
// A page of an audience as the start of customers/list/view: rows `c, key` (key: the id, the cursor's sort key).
{{rows}}
WITH c, c.id AS key
