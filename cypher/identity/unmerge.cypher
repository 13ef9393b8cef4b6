// name: identity/unmerge
// mode: write
// param $id: the id of a customer that was merged into another
// param $reason: why the merge was wrong, kept on the record of the split
// param $now: ISO timestamp of the split
// Splits a merge back: the source records the merged customer brought are moved back to it,
// wherever later merges took them, and the two are marked as different people so identity
// resolution never merges them again. Records that arrived after the merge follow the restored
// customer when every identifier they claim is one only its records claim (the rule is in the
// README). Returns both ids for the links to be rebuilt.
MATCH (restored:MergedCustomer {id: $id})-[merge:MERGED_INTO]->()
WITH restored, merge, merge.records AS records
CALL (restored, records) {
  // kind:source|sourceId; merges made before records had kinds in their key say source|sourceId.
  UNWIND records AS key
  WITH key, split(key, '|')[0] AS head
  WITH key, head, CASE WHEN head CONTAINS ':' THEN split(head, ':') ELSE [null, head] END AS kindAndSource
  MATCH (r:SourceRecord {source: kindAndSource[1], sourceId: substring(key, size(head) + 1)})-[about:ABOUT]->(holder:Customer)
  WHERE kindAndSource[0] IS NULL OR r.kind = kindAndSource[0]
  DELETE about
  CREATE (r)-[:ABOUT]->(restored)
  RETURN collect(DISTINCT holder.id) AS holders
}
// A later merge of the survivor listed these records too; they are no longer its to give back.
CALL (restored, records) {
  MATCH (restored)-[:MERGED_INTO]->()-[chain:MERGED_INTO*]->()
  UNWIND chain AS later
  WITH DISTINCT later, records
  SET later.records = [key IN later.records WHERE NOT key IN records]
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
CALL (restored, holders) {
  WITH restored, holders, COLLECT { MATCH (restored)<-[:ABOUT]-(:SourceRecord)-[:CLAIMS]->(i:Identity) RETURN DISTINCT i } AS theirs
  UNWIND holders AS holderId
  MATCH (:Customer {id: holderId})<-[:ABOUT]-(r:SourceRecord)
  WITH restored, theirs, r, COLLECT { MATCH (r)-[:CLAIMS]->(i:Identity) RETURN i } AS claimed
  WITH restored, collect({record: r, claimed: claimed, follows: size(claimed) > 0 AND all(i IN claimed WHERE i IN theirs)}) AS held
  WITH restored, held, reduce(kept = [], h IN held | CASE WHEN h.follows THEN kept ELSE kept + h.claimed END) AS staying
  UNWIND held AS h
  WITH restored, h WHERE h.follows AND none(i IN h.claimed WHERE i IN staying)
  WITH restored, h.record AS late
  MATCH (late)-[about:ABOUT]->()
  DELETE about
  CREATE (late)-[:ABOUT]->(restored)
}
RETURN restored.id AS restored, holders
