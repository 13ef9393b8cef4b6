// name: identity/unmerge
// mode: write
// param $id: the id of a customer that was merged into another
// param $reason: why the merge was wrong, kept on the record of the split
// param $now: ISO timestamp of the split
// Splits a merge back: the source records the merged customer brought are moved back to it,
// wherever later merges took them, and the two are marked as different people so identity
// resolution never merges them again. Returns both ids for the links to be rebuilt.
MATCH (restored:MergedCustomer {id: $id})-[merge:MERGED_INTO]->()
WITH restored, merge, merge.records AS records
CALL (restored, records) {
  UNWIND records AS key
  MATCH (r:SourceRecord {source: split(key, '|')[0], sourceId: substring(key, size(split(key, '|')[0]) + 1)})-[about:ABOUT]->(holder:Customer)
  DELETE about
  CREATE (r)-[:ABOUT]->(restored)
  RETURN collect(DISTINCT holder.id) AS holders
}
DELETE merge
REMOVE restored:MergedCustomer, restored.mergedAt
SET restored:Customer, restored.updatedAt = datetime($now)
WITH restored, holders
CALL (restored, holders) {
  UNWIND holders AS holderId
  MATCH (holder:Customer {id: holderId})
  MERGE (restored)-[different:NOT_SAME_AS]->(holder)
    ON CREATE SET different.at = datetime($now), different.reason = $reason
}
RETURN restored.id AS restored, holders
