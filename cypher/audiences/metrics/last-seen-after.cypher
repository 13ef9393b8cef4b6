// name: audiences/metrics/last-seen-after
// mode: fragment
// param $lastSeenAfter: an ISO-8601 instant
// The customer's latest order or touchpoint is at or after this instant.
EXISTS { MATCH (c)-[:DID|PLACED]->(event) WHERE coalesce(event.at, event.placedAt) >= datetime($lastSeenAfter) }
