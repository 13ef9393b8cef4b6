// name: ingestion/merge-customers
// mode: write
// param $merges: list of {survivor, absorbed: [ids], reason}
// param $now: ISO timestamp of the merge
// Merges customers into a survivor. Facts follow their source records; the absorbed customer is
// kept as a MergedCustomer redirect, remembering which records it gave up, so it can be undone.
UNWIND $merges AS merge
MATCH (survivor:Customer {id: merge.survivor})
UNWIND merge.absorbed AS absorbedId
MATCH (absorbed:Customer {id: absorbedId})
CALL (absorbed, survivor) {
  MATCH (r:SourceRecord)-[about:ABOUT]->(absorbed)
  DELETE about
  MERGE (r)-[:ABOUT]->(survivor)
  // kind:source|sourceId (a source name has neither ':' nor '|', so the key reads back unambiguously)
  RETURN collect(r.kind + ':' + r.source + '|' + r.sourceId) AS moved
}
CALL (absorbed) {
  MATCH (absorbed)-[link:HAS_IDENTITY|PLACED|DID|POSTED|GAVE|VALUE_FROM]->()
  DELETE link
}
// A segment membership ends with the customer; the survivor is re-checked after the batch.
CALL (absorbed) {
  MATCH (absorbed)-[member:MEMBER_OF]->(segment:Segment)
  CREATE (absorbed)-[:WAS_MEMBER {entered: member.since, left: datetime($now)}]->(segment)
  DELETE member
}
// "Not the same person" marks from an earlier split hold for the survivor too.
CALL (absorbed, survivor) {
  MATCH (absorbed)-[mark:NOT_SAME_AS]-(other:Customer)
  WHERE other <> survivor
  MERGE (survivor)-[moved:NOT_SAME_AS]->(other)
    ON CREATE SET moved.at = mark.at, moved.reason = mark.reason
  DELETE mark
}
// Work still owed to it after a batch is owed to the survivor, which is marked or told instead.
REMOVE absorbed:Customer:Unsettled
SET absorbed:MergedCustomer, absorbed.mergedAt = datetime($now)
CREATE (absorbed)-[:MERGED_INTO {at: datetime($now), reason: merge.reason, records: moved}]->(survivor)
