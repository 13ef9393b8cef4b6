// name: ingestion/lock-identities
// mode: write
// param $identities: list of {type, value}, sorted, so concurrent imports lock in the same order
// param $now: ISO timestamp of the import
// Creates the identities a batch mentions and write-locks all of them until the batch commits:
// two imports that share an identifier take turns, so neither can create a second customer for it.
UNWIND $identities AS identity
MERGE (i:Identity {type: identity.type, value: identity.value})
  ON CREATE SET i.firstSeenAt = datetime($now)
SET i.locked = true
REMOVE i.locked
