// name: privacy/attribute-history
// mode: read
// param $requests: list of {id, after: [at, changeId] or null, limit, attribute (or null for all)}
// Pages of the changes of customers' profile attributes, newest first, for several customers at once.
UNWIND range(0, size($requests) - 1) AS index
WITH index, $requests[index] AS request
OPTIONAL MATCH (c:Customer {id: request.id})
CALL (c, request) {
  OPTIONAL MATCH (c)-[:CHANGED]->(a:AttributeChange)
  WHERE request.attribute IS NULL OR a.attribute = request.attribute
  WITH a ORDER BY a.at DESC, a.id DESC
  WITH collect(a) AS changes
  RETURN size(changes) AS total,
         [a IN changes WHERE request.after IS NULL OR [toString(a.at), a.id] < request.after][..request.limit] AS page
}
RETURN index, total,
       [a IN page | a {.id, .attribute, oldValue: toString(a.oldValue), newValue: toString(a.newValue), .source, .sourceId, .at,
                       key: [toString(a.at), a.id]}] AS changes
