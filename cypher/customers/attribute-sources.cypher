// name: customers/attribute-sources
// mode: read
// param $ids: customer ids
// For each profile attribute, the source record its value was taken from (see
// ingestion/refresh-profiles), in attribute order.
UNWIND $ids AS id
MATCH (c:Customer {id: id})-[from:VALUE_FROM]->(r:SourceRecord)
WITH id, c, from, r ORDER BY from.attribute
RETURN id AS customerId,
       collect({attribute: from.attribute, value: toString(c[from.attribute]), source: r.source, sourceId: r.sourceId,
                saidAt: coalesce(r.updatedAt, r.importedAt)}) AS sources
