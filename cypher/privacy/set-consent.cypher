// name: privacy/set-consent
// mode: write
// param $customerId: the live customer deciding
// param $purpose: EMAIL_MARKETING, SMS_MARKETING, PROFILING or THIRD_PARTY_SHARING
// param $status: GRANTED or WITHDRAWN
// param $source: who recorded the decision (e.g. preference-centre, call-centre)
// param $sourceId: a new id for the decision within that source
// param $now: ISO instant of the decision
// A consent decision made through the API joins the same history as ingested ones: a source
// record about the customer that recorded a Consent event, so merges and splits carry it like any
// other fact. The latest event per purpose is the one in force. Returns the purpose's history,
// newest first.
MATCH (c:Customer {id: $customerId})
CREATE (r:SourceRecord {source: $source, sourceId: $sourceId, kind: 'consent', updatedAt: datetime($now), importedAt: datetime($now)})
CREATE (k:Consent {id: $source + '|' + $sourceId, purpose: $purpose, status: $status, at: datetime($now), source: $source})
CREATE (r)-[:ABOUT]->(c), (r)-[:RECORDED]->(k), (c)-[:GAVE]->(k)
WITH c
MATCH (c)-[:GAVE]->(event:Consent {purpose: $purpose})
WITH event ORDER BY event.at DESC, event.id DESC
RETURN collect(event {.status, .at, .source}) AS history
