// name: audiences/said/since
// mode: fragment
// param $since: an ISO-8601 instant
// The signal is from this instant or later.
s.at >= datetime($since)
