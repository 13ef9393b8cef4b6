// name: audiences/touched/since
// mode: fragment
// param $since: an ISO-8601 instant
// The touchpoint happened at or after this instant.
t.at >= datetime($since)
