// name: audiences/said/until
// mode: fragment
// param $until: an ISO-8601 instant
// The signal is from before this instant.
s.at < datetime($until)
