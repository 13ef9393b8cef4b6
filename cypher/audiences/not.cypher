// name: audiences/not
// mode: fragment
// slot {{clause}}: the condition that must not hold
// The condition does not hold.
NOT ({{clause}})
