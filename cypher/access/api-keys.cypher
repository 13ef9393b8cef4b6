// name: access/api-keys
// mode: read
// Every API key, newest first, without its hash.
MATCH (k:ApiKey)
RETURN k {.id, .name, .role, createdAt: toString(k.createdAt), .createdBy, revokedAt: toString(k.revokedAt)} AS key
ORDER BY k.createdAt DESC, k.id
