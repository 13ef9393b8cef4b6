// name: customers/360/consents
// mode: fragment
// Customer.consents: decisions per purpose, newest first (as customers/consents).
MATCH (c)-[:GAVE]->(k:Consent)
WITH k ORDER BY k.at DESC, k.id DESC
WITH k.purpose AS purpose, collect(k {.status, .at, .source}) AS history
ORDER BY purpose
RETURN collect({purpose: purpose, history: history}) AS answer
