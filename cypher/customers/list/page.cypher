// name: customers/list/page
// mode: fragment
// slot {{filter}}: customers/list/filter
// slot {{order}}: customers/list/ascending or customers/list/descending: the cursor's condition, the order and the cut
// A page of customers by name (family name, then given name, lower case, then id) after a keyset
// cursor. The key is computed, so no index gives this order: every customer passing the filter is
// sorted (the instant orders walk their index instead: customers/list/created-ascending...).
// Rows `c, key` for customers/list/view.
MATCH (c:Customer)
WHERE {{filter}}
WITH c, toLower(coalesce(c.familyName, '') + ' ' + coalesce(c.givenName, '')) AS key
{{order}}
WITH c, [key, c.id] AS key
