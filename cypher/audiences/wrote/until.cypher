// name: audiences/wrote/until
// mode: fragment
// param $until: an ISO-8601 instant
// The text was written before this instant.
w.at < datetime($until)
