// name: ingestion/locked-identity-holders
// mode: write
// param $identities: list of {type, value}, sorted, so concurrent imports lock in the same order
// param $now: ISO timestamp of the import
// Creates the identities a batch mentions and write-locks all of them until the batch commits: two
// imports that share an identifier take turns, so neither can create a second customer for it.
// In the same round trip, one row: `held`, the ids of the customers holding each identifier,
// oldest first (an identifier nobody holds yet is left out), and `customers`, each of those
// customers once, with every identifier it holds (the per-type limits of the identity rules are
// checked against these). A customer holding several of the batch's identifiers is read once.
UNWIND $identities AS identity
MERGE (i:Identity {type: identity.type, value: identity.value})
  ON CREATE SET i.firstSeenAt = datetime($now)
// A label the node has already: nothing is written, but the node stays write-locked until the commit.
SET i:Identity
WITH identity, i
CALL (i) {
  MATCH (i)<-[:HAS_IDENTITY]-(c:Customer)
  WITH c ORDER BY c.createdAt, c.id
  RETURN collect(c) AS holders
}
WITH collect(CASE WHEN size(holders) > 0 THEN {type: identity.type, value: identity.value, holders: holders} END) AS held
CALL (held) {
  UNWIND held AS identity
  UNWIND identity.holders AS c
  WITH DISTINCT c
  RETURN collect({id: c.id, createdAt: c.createdAt,
                  identifiers: [(c)-[:HAS_IDENTITY]->(i) | {type: i.type, value: i.value}],
                  distinctFrom: [(c)-[:NOT_SAME_AS]-(other:Customer) | other.id],
                  // r unlabelled: with a label the planner may start from the index on kind and read every customer record.
                  people: [(c)<-[:ABOUT]-(r) WHERE r.kind = 'customer' | {givenName: r.givenName, familyName: r.familyName, birthDate: r.birthDate}]}) AS customers
}
RETURN [identity IN held | {type: identity.type, value: identity.value, holders: [c IN identity.holders | c.id]}] AS held, customers
