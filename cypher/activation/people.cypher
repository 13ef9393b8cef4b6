// name: activation/people
// mode: read
// param $ids: customer ids about to be activated
// param $purpose: the consent purpose the destination needs
// What an export may send about each person, with their latest decision for the purpose and the
// newest email and phone they gave (null when none).
UNWIND $ids AS id
MATCH (c:Customer {id: id})
RETURN c.id AS id, c.givenName AS givenName, c.familyName AS familyName, c.country AS country, c.city AS city,
       c.lifecycleStage AS lifecycleStage,
       COLLECT { MATCH (c)-[:GAVE]->(k:Consent {purpose: $purpose}) RETURN k.status ORDER BY k.at DESC, k.id DESC LIMIT 1 }[0] AS consent,
       COLLECT { MATCH (c)-[:HAS_IDENTITY]->(i:Identity {type: 'EMAIL'}) RETURN i.value ORDER BY i.firstSeenAt DESC, i.value LIMIT 1 }[0] AS email,
       COLLECT { MATCH (c)-[:HAS_IDENTITY]->(i:Identity {type: 'PHONE'}) RETURN i.value ORDER BY i.firstSeenAt DESC, i.value LIMIT 1 }[0] AS phone
