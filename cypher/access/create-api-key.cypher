// name: access/create-api-key
// mode: write
// param $id: the key's public id (the part of the key before its secret)
// param $name: what the key is for, e.g. "crm-sync pipeline"
// param $role: the role the key acts in
// param $hash: SHA-256 of the key's secret (the secret itself is shown once and never stored)
// param $createdBy: the admin who created it
CREATE (k:ApiKey {id: $id, name: $name, role: $role, hash: $hash, createdAt: datetime(), createdBy: $createdBy})
RETURN k {.id, .name, .role, createdAt: toString(k.createdAt), .createdBy, revokedAt: null} AS key
