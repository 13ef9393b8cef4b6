// name: access/api-key
// mode: read
// param $id: a key's public id
// The stored hash of one key, to check a presented secret against; revoked keys are not returned.
MATCH (k:ApiKey {id: $id})
WHERE k.revokedAt IS NULL
RETURN k.name AS name, k.role AS role, k.hash AS hash
