// name: audiences/touched/until
// mode: fragment
// param $until: an ISO-8601 instant
// The touchpoint happened before this instant.
t.at < datetime($until)
