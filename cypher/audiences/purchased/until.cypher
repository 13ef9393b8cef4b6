// name: audiences/purchased/until
// mode: fragment
// param $until: an ISO-8601 instant
// The order was placed before this instant.
o.placedAt < datetime($until)
