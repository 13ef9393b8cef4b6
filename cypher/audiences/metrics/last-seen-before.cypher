// name: audiences/metrics/last-seen-before
// mode: fragment
// param $lastSeenBefore: an ISO-8601 instant
// The customer was seen (an order or touchpoint), and the latest time is before this instant.
(EXISTS { (c)-[:DID|PLACED]->() }
  AND NOT EXISTS { MATCH (c)-[:DID|PLACED]->(event) WHERE coalesce(event.at, event.placedAt) >= datetime($lastSeenBefore) })
