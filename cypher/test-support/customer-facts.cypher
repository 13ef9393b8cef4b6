// name: test-support/customer-facts
// mode: read
// param $id: customer id
// Everything tied to one customer: identifiers, orders, touchpoints, signals, consents and the
// source records behind them, each as a sorted list of ids (to compare a customer over time).
MATCH (c:Customer {id: $id})
CALL (c) { OPTIONAL MATCH (c)-[:HAS_IDENTITY]->(i) WITH i ORDER BY i.type, i.value RETURN collect(i.type + ' ' + i.value) AS identities }
CALL (c) { OPTIONAL MATCH (c)-[:PLACED]->(o) WITH o ORDER BY o.id RETURN collect(o.id) AS orders }
CALL (c) { OPTIONAL MATCH (c)-[:DID]->(t) WITH t ORDER BY t.id RETURN collect(t.id) AS touchpoints }
CALL (c) { OPTIONAL MATCH (c)-[:POSTED]->(s) WITH s ORDER BY s.id RETURN collect(s.id) AS signals }
CALL (c) { OPTIONAL MATCH (c)-[:GAVE]->(k) WITH k ORDER BY k.id RETURN collect(k.id) AS consents }
CALL (c) { OPTIONAL MATCH (c)<-[:ABOUT]-(r) WITH r ORDER BY r.source, r.sourceId RETURN collect(r.source + '|' + r.sourceId) AS records }
RETURN c.givenName AS givenName, c.familyName AS familyName, identities, orders, touchpoints, signals, consents, records
