// name: ingestion/locked-identity-holders
// mode: write
// param $identities: list of {type, value}, sorted, so concurrent imports lock in the same order
// param $now: ISO timestamp of the import
// Creates the identities a batch mentions and write-locks all of them until the batch commits: two
// imports that share an identifier take turns, so neither can create a second customer for it.
// In the same round trip, the customers holding each, oldest first, with every identifier each
// of them holds (the per-type limits of the identity rules are checked against these); an
// identifier nobody holds yet gives no row.
UNWIND $identities AS identity
MERGE (i:Identity {type: identity.type, value: identity.value})
  ON CREATE SET i.firstSeenAt = datetime($now)
SET i.locked = true
REMOVE i.locked
WITH identity, i
CALL (i) {
  MATCH (i)<-[:HAS_IDENTITY]-(c:Customer)
  WITH c ORDER BY c.createdAt, c.id
  // r unlabelled: with a label the planner may start from the index on kind and read every customer record.
  RETURN collect({id: c.id, createdAt: c.createdAt,
                  identifiers: [(c)-[:HAS_IDENTITY]->(held) | {type: held.type, value: held.value}],
                  distinctFrom: [(c)-[:NOT_SAME_AS]-(other:Customer) | other.id],
                  people: [(c)<-[:ABOUT]-(r) WHERE r.kind = 'customer' | {givenName: r.givenName, familyName: r.familyName, birthDate: r.birthDate}]}) AS holders
}
WITH identity, holders WHERE size(holders) > 0
RETURN identity.type AS type, identity.value AS value, holders
