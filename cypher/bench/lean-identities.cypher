// name: bench/lean-identities
// mode: write
// param $identities: list of {type, value}, each once
// param $now: ISO timestamp of the load
// The lean ceiling of bench:ingest: every identifier once, created outright (the graph is empty).
UNWIND $identities AS identity
CREATE (:Identity {type: identity.type, value: identity.value, firstSeenAt: datetime($now)})
