// name: customers/360/by-id
// mode: fragment
// param $id: a customer id; an id merged into another customer resolves to the survivor
// The customer of an id, as customers/by-ids finds it.
// slot {{liveCustomer}}: customers/live-customer
WITH $id AS id
{{liveCustomer}}
WITH c
WHERE c IS NOT NULL
