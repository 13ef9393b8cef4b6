// name: audiences/purchased/since
// mode: fragment
// param $since: an ISO-8601 instant
// The order was placed at or after this instant.
o.placedAt >= datetime($since)
