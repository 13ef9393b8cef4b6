// name: audiences/consented/latest
// mode: fragment
// param $purpose: EMAIL_MARKETING, SMS_MARKETING, PROFILING or THIRD_PARTY_SHARING
// param $status: GRANTED or WITHDRAWN
// Customer c's latest consent decision for the purpose has this status (as customers/consents orders them).
COLLECT {
  MATCH (c)-[:GAVE]->(k:Consent)
  WHERE k.purpose = $purpose
  RETURN k.status ORDER BY k.at DESC, k.id DESC LIMIT 1
} = [$status]
