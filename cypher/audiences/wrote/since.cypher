// name: audiences/wrote/since
// mode: fragment
// param $since: an ISO-8601 instant
// The text was written at this instant or later.
w.at >= datetime($since)
