// name: privacy/suppressed
// mode: read
// param $hashes: keyed hashes (HMAC-SHA256) of the standardised identifiers a batch carries
// Which of them belong to an erased person and are still suppressed (a lifted suppression is a
// SuppressionLift, no longer a Suppression).
UNWIND $hashes AS hash
MATCH (s:Suppression {hash: hash})
RETURN s.hash AS hash
