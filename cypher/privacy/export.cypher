// name: privacy/export
// mode: fragment
// param $id: a live customer id
// Everything held about one person, for a data-subject access request: the profile and where
// each value came from, identities, every source record (its stored values, the identifiers it
// claims and the facts it recorded), orders with lines, touchpoints, social signals, consents
// with history, attribute history (also of customers merged into this one), merges, segment
// memberships, household, exports that sent the person somewhere, and the audit of access
// (entries concerning this customer or any id merged into it).
// slot {{mergedInto}}: customers/merged-into
MATCH (c:Customer {id: $id})
{{mergedInto}}
WITH c, merged
RETURN c {.id, .givenName, .familyName, .birthDate, .street, .postcode, .city, .region, .country, .lifecycleStage,
          .createdAt, .updatedAt} AS profile,
  [(c)-[from:VALUE_FROM]->(r:SourceRecord) | {attribute: from.attribute, source: r.source, sourceId: r.sourceId,
     saidAt: coalesce(r.updatedAt, r.importedAt)}] AS attributeSources,
  [(c)-[:HAS_IDENTITY]->(i:Identity) | i {.type, .value, .firstSeenAt}] AS identities,
  [(c)<-[:ABOUT]-(r:SourceRecord) | {source: r.source, sourceId: r.sourceId, kind: r.kind, updatedAt: r.updatedAt,
     importedAt: r.importedAt, values: properties(r),
     claims: [(r)-[:CLAIMS]->(i:Identity) | i {.type, .value}],
     recorded: [(r)-[:RECORDED]->(fact) | coalesce(fact.id, fact.sku)]}] AS sourceRecords,
  [(c)-[:PLACED]->(o:Order) | o {.id, .source, .placedAt, .channel, .currency, .total,
     lines: [(o)-[line:CONTAINS]->(p:Product) | {sku: p.sku, product: p.name, quantity: line.quantity, unitPrice: line.unitPrice}]}] AS orders,
  [(c)-[:DID]->(t:Touchpoint) | t {.id, .source, .type, .channel, .at, .searchTerm, .campaign, .score, .comment, .resolved, about: [(t)-[:ABOUT]->(x) | coalesce(x.sku, x.name)]}] AS touchpoints,
  [(c)-[:POSTED]->(s:SocialSignal) | s {.id, .source, .type, .platform, .text, .sentiment, .at, mentions: [(s)-[:MENTIONS]->(x) | coalesce(x.sku, x.name)]}] AS socialSignals,
  [(c)-[:GAVE]->(k:Consent) | k {.id, .purpose, .status, .at, .source}] AS consents,
  [owner IN [c] + merged | [(owner)-[:CHANGED]->(a:AttributeChange) | a {.*, customerId: owner.id}]] AS attributeHistory,
  [x IN merged | {id: x.id, mergedAt: x.mergedAt, into: [(x)-[into:MERGED_INTO]->(to) | {id: to.id, reason: into.reason, records: into.records}]}] AS merges,
  [(c)-[member:MEMBER_OF]->(s:Segment) | {segment: s.name, entered: member.since, left: null}] +
  [(c)-[was:WAS_MEMBER]->(s:Segment) | {segment: s.name, entered: was.entered, left: was.left}] AS segments,
  [(c)-[:IN_HOUSEHOLD]->(h:Household) | h {.id, .size}] AS household,
  [(c)-[sent:CONTACTED]->(a:Activation) | {destination: a.destination, export: a.key, at: sent.at}] AS disclosures,
  [owner IN [c] + merged | [(entry:AuditEntry)-[:CONCERNS]->(owner) | entry {.id, .at, .actor, .role, .requestId, .action,
     .operation, .fields, customerId: owner.id}]] AS accessLog
