// name: analyst/consent-coverage
// mode: read
// For each purpose, how many customers have granted it (their latest decision), withdrawn it,
// or never said, out of all customers.
MATCH (c:Customer)
WITH count(c) AS customers
UNWIND ['EMAIL_MARKETING', 'SMS_MARKETING', 'PROFILING', 'THIRD_PARTY_SHARING'] AS purpose
CALL (purpose) {
  MATCH (c:Customer)-[:GAVE]->(k:Consent {purpose: purpose})
  WITH c, k ORDER BY k.at DESC
  WITH c, head(collect(k.status)) AS status
  RETURN count(CASE WHEN status = 'GRANTED' THEN 1 END) AS granted, count(CASE WHEN status = 'WITHDRAWN' THEN 1 END) AS withdrawn
}
RETURN purpose, granted, withdrawn, customers - granted - withdrawn AS unknown,
       round(100.0 * granted / CASE WHEN customers = 0 THEN 1 ELSE customers END, 1) AS grantedPercent
ORDER BY purpose
