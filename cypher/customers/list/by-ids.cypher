// name: customers/list/by-ids
// mode: fragment
// param $ids: customer ids in the list's order; an id merged into another customer resolves to the survivor
// The customers of ids another statement found (a segment's members, a product's buyers), as
// customers/by-ids finds them: rows `c, key` (key: the id asked by) for customers/list/view.
// slot {{liveCustomer}}: customers/live-customer
UNWIND $ids AS id
{{liveCustomer}}
WITH c, id AS key
WHERE c IS NOT NULL
