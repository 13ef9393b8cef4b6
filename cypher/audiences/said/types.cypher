// name: audiences/said/types
// mode: fragment
// param $types: signal types
// The signal is of one of these types.
s.type IN $types
