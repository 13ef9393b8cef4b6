// name: bench/lean-source-records
// mode: write
// param $rows: list of {source, sourceId, kind, updatedAt, customerId (or null), identities: [{type, value}], properties, wins: [attribute names its customer's golden record takes from it]}
// param $now: ISO timestamp of the load
// The lean ceiling of bench:ingest: every record created outright, tied to its customer and its
// identifiers by index look-ups, and named as the source of the golden values it won.
UNWIND $rows AS row
OPTIONAL MATCH (c:Customer {id: row.customerId})
USING INDEX SEEK c:Customer(id)
WITH row, c, row.properties AS p
// Named one by one: a map of properties set at once (+=) would put Eager in the plan.
CREATE (r:SourceRecord {source: row.source, kind: row.kind, sourceId: row.sourceId, updatedAt: datetime(row.updatedAt), importedAt: datetime($now),
  hash: p.hash, trust: p.trust, givenName: p.givenName, familyName: p.familyName, birthDate: p.birthDate, street: p.street,
  city: p.city, postcode: p.postcode, region: p.region, country: p.country, lifecycleStage: p.lifecycleStage})
FOREACH (customer IN CASE WHEN c IS NULL THEN [] ELSE [c] END |
  CREATE (r)-[:ABOUT]->(customer)
  FOREACH (attribute IN row.wins | CREATE (customer)-[:VALUE_FROM {attribute: attribute}]->(r)))
WITH r, row
UNWIND row.identities AS identity
MATCH (i:Identity {type: identity.type, value: identity.value})
// A seek at the top level, named (see bench/lean-customers).
USING INDEX SEEK i:Identity(type, value)
CREATE (r)-[:CLAIMS]->(i)
