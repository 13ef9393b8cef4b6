// name: privacy/erase
// mode: fragment
// param $id: the live customer to erase
// param $identities: list of {type, value, hash}: its identifiers and customer record ids (type
//   SOURCE_RECORD) with their keyed hashes
// param $now: ISO timestamp of the erasure
// Erases a person. Orders stay for revenue totals, anonymised: moved to the one shared
// AnonymousCustomer, out of any journey, keeping amounts, lines, products, dates and channel.
// Everything else personal goes: touchpoints, social signals, consents, source records, attribute
// history (also changes in other customers' histories that cite its records), merged-away
// customers, and identifiers no other person's records claim. Those identifiers and the ids of
// its customer records become Suppression hashes; a shared identifier, such as a family email,
// stays with the other person and is not suppressed. The customer node keeps only its id, as an
// ErasedCustomer, because audit entries concern it (those of merged-away ids are moved onto it).
// slot {{mergedInto}}: customers/merged-into
MATCH (c:Customer {id: $id})
MERGE (anonymous:AnonymousCustomer {id: 'anonymous'})
WITH c, anonymous
CALL (c, anonymous) {
  CALL (c) {
    MATCH (c)-[:PLACED]->(o:Order)
    RETURN o
    UNION
    MATCH (c)<-[:ABOUT]-(:SourceRecord)-[:RECORDED]->(o:Order)
    RETURN o
  }
  CALL (o) {
    MATCH (o)-[link:NEXT|PLACED]-()
    DELETE link
  }
  CREATE (anonymous)-[:PLACED]->(o)
  RETURN count(o) AS orders
}
CALL (c) {
  CALL (c) {
    MATCH (c)-[:DID|POSTED|GAVE]->(fact)
    RETURN fact
    UNION
    MATCH (c)<-[:ABOUT]-(:SourceRecord)-[:RECORDED]->(fact:Touchpoint|SocialSignal|Consent)
    RETURN fact
  }
  WITH fact, head(labels(fact)) AS kind
  DETACH DELETE fact
  RETURN sum(CASE kind WHEN 'Touchpoint' THEN 1 ELSE 0 END) AS touchpoints,
         sum(CASE kind WHEN 'SocialSignal' THEN 1 ELSE 0 END) AS socialSignals,
         sum(CASE kind WHEN 'Consent' THEN 1 ELSE 0 END) AS consents
}
CALL (c) {
  {{mergedInto}}
  WITH merged, [m IN merged | m.id] AS mergedIds
  CALL (c, merged) {
    UNWIND [c] + merged AS owner
    MATCH (owner)-[:CHANGED]->(change:AttributeChange)
    DETACH DELETE change
    RETURN count(change) AS attributeChanges
  }
  CALL (c, merged) {
    UNWIND merged AS m
    CALL (c, m) {
      MATCH (entry:AuditEntry)-[concern:CONCERNS]->(m)
      CREATE (entry)-[:CONCERNS {fields: concern.fields}]->(c)
    }
    DETACH DELETE m
  }
  RETURN mergedIds, attributeChanges
}
// A merge since split may have left the person's values in another customer's history.
CALL (c) {
  MATCH (c)<-[:ABOUT]-(r:SourceRecord {kind: 'customer'})
  CALL (r) {
    MATCH (change:AttributeChange {sourceId: r.sourceId})
    WHERE change.source = r.source
    RETURN change
    UNION
    MATCH (change:AttributeChange {oldSourceId: r.sourceId})
    WHERE change.oldSource = r.source
    RETURN change
  }
  WITH DISTINCT change
  DETACH DELETE change
  RETURN count(change) AS citedChanges
}
CALL (c) {
  MATCH (c)<-[:ABOUT]-(r:SourceRecord)
  DETACH DELETE r
  RETURN count(r) AS sourceRecords
}
CALL () {
  UNWIND $identities AS identity
  MATCH (i:Identity {type: identity.type, value: identity.value})
  WHERE NOT EXISTS { (i)<-[:CLAIMS]-(:SourceRecord) }
  DETACH DELETE i
  MERGE (s:Suppression {hash: identity.hash})
    ON CREATE SET s.type = identity.type, s.since = datetime($now)
  RETURN count(s) AS identitySuppressions
}
CALL () {
  UNWIND [record IN $identities WHERE record.type = 'SOURCE_RECORD'] AS record
  MERGE (s:Suppression {hash: record.hash})
    ON CREATE SET s.type = record.type, s.since = datetime($now)
  RETURN count(s) AS recordSuppressions
}
// A household of one is no household.
CALL (c) {
  MATCH (c)-[:IN_HOUSEHOLD]->(h:Household)
  SET h.size = h.size - 1
  WITH h WHERE h.size < 2
  DETACH DELETE h
}
CALL (c) {
  MATCH (c)-[link]-()
  WHERE NOT (type(link) = 'CONCERNS' AND 'AuditEntry' IN labels(startNode(link)))
  DELETE link
}
SET c = {id: c.id, erasedAt: datetime($now), mergedIds: mergedIds}
REMOVE c:Customer
SET c:ErasedCustomer
RETURN orders, touchpoints, socialSignals, consents, size(mergedIds) AS mergedCustomers, attributeChanges + citedChanges AS attributeChanges,
       sourceRecords, identitySuppressions, recordSuppressions
