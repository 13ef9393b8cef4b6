// name: customers/360/attribute-sources
// mode: fragment
// Customer.attributeSources: the source record each profile value was taken from, in attribute
// order (as customers/attribute-sources).
MATCH (c)-[from:VALUE_FROM]->(r:SourceRecord)
WITH c, from, r ORDER BY from.attribute
RETURN collect({attribute: from.attribute, value: toString(c[from.attribute]), source: r.source, sourceId: r.sourceId,
                saidAt: coalesce(r.updatedAt, r.importedAt)}) AS answer
