// name: audiences/touched/types
// mode: fragment
// param $types: touchpoint types
// The touchpoint is of one of these types.
t.type IN $types
