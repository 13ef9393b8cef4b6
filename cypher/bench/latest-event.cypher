// name: bench/latest-event
// mode: read
// When the graph's latest touchpoint happened: generated data ends in the past, so the lead
// benchmark qualifies people as of then (with today's date every fact would have decayed away).
MATCH (t:Touchpoint)
RETURN toString(max(t.at)) AS at
