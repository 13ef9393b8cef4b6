// name: audiences/page
// mode: fragment
// slot {{rows}}: the page's members c (audiences/rows)
// A page of an audience: its members' ids in id order after a keyset cursor.
{{rows}}
RETURN c.id AS id
