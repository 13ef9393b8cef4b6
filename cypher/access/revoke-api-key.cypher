// name: access/revoke-api-key
// mode: write
// param $id: a key's public id
// Revoking twice keeps the first revocation time.
MATCH (k:ApiKey {id: $id})
SET k.revokedAt = coalesce(k.revokedAt, datetime())
RETURN k {.id, .name, .role, createdAt: toString(k.createdAt), .createdBy, revokedAt: toString(k.revokedAt)} AS key
