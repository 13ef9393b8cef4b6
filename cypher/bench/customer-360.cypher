// name: bench/customer-360
// mode: read
// param $id: customer id
// The hand-written single query that answers what bench/api.ts asks the API for one customer's
// 360 view: the ceiling the API is compared with.
MATCH (c:Customer {id: $id})
CALL (c) { OPTIONAL MATCH (c)-[from:VALUE_FROM]->(r) RETURN collect({attribute: from.attribute, source: r.source, sourceId: r.sourceId}) AS attributeSources }
CALL (c) { OPTIONAL MATCH (c)-[:HAS_IDENTITY]->(i) WITH i ORDER BY i.type, i.value RETURN collect({type: i.type, value: i.value}) AS identities }
CALL (c) {
  OPTIONAL MATCH (c)-[:PLACED]->(o:Order)
  WITH o ORDER BY o.placedAt DESC, o.id DESC
  WITH collect(o) AS orders
  RETURN size(orders) AS orderCount, [o IN orders[..3] | o {.id, .total, .currency,
    lines: [(o)-[line:CONTAINS]->(p) | {quantity: line.quantity, unitPrice: line.unitPrice, sku: p.sku, name: p.name}]}] AS orders
}
CALL (c) {
  OPTIONAL MATCH (c)-[:DID|PLACED]->(event)-[:ON|VIA]->(channel)
  WITH channel.name AS channel, count(event) AS uses, min(coalesce(event.at, event.placedAt)) AS first, max(coalesce(event.at, event.placedAt)) AS last
  RETURN collect({channel: channel, count: uses, first: first, last: last}) AS channels
}
CALL (c) {
  OPTIONAL MATCH (c)-[:DID]->(t:Touchpoint)
  WITH t ORDER BY t.at DESC, t.id DESC LIMIT 10
  RETURN collect(t {.id, .type, .channel, .at, product: [(t)-[:ABOUT]->(p:Product) | p.name][0]}) AS touchpoints
}
CALL (c) {
  OPTIONAL MATCH (c)-[:POSTED]->(s:SocialSignal)
  WITH s ORDER BY s.at DESC LIMIT 10
  RETURN collect(s {.type, .sentiment, topics: [(s)-[:MENTIONS]->(topic:Topic) | topic.name]}) AS signals
}
CALL (c) {
  OPTIONAL MATCH (c)-[:GAVE]->(k:Consent)
  WITH k ORDER BY k.at DESC
  WITH k.purpose AS purpose, collect(k.status) AS history
  RETURN collect({purpose: purpose, status: history[0]}) AS consents
}
CALL (c) {
  OPTIONAL MATCH (c)-[:PLACED]->(o:Order)
  WITH sum(o.total) AS spend
  OPTIONAL MATCH (c)-[:DID|PLACED]->(event)
  RETURN spend, min(coalesce(event.at, event.placedAt)) AS firstSeenAt, max(coalesce(event.at, event.placedAt)) AS lastSeenAt
}
CALL (c) {
  OPTIONAL MATCH (c)<-[:ABOUT]-(r:SourceRecord)
  RETURN count(r) AS sourceRecords
}
RETURN c {.id, .givenName, .familyName, .city, .country} AS profile, attributeSources, identities, orderCount, orders,
       channels, touchpoints, signals, consents, spend, firstSeenAt, lastSeenAt, sourceRecords
