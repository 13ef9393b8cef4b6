// name: ingestion/batch-reads
// mode: read
// param $keys: list of {source, kind, sourceId}: every record of the batch
// param $skus: product SKUs the batch's orders, touchpoints or signals refer to (its own products left out)
// param $hashes: keyed hashes (HMAC-SHA256) of the standardised identifiers the batch carries
// What a batch reads before it locks anything, in one round trip:
// - versions: what the graph holds of its records (content hash, version, customer), so an
//   unchanged or older record is skipped without writing anything;
// - knownSkus: the SKUs among $skus that exist, so a reference to an unknown product is rejected,
//   not invented;
// - suppressed: the hashes of an erased person's identifiers still suppressed (a lifted
//   suppression is a SuppressionLift, no longer a Suppression).
// The versions first, outside a subquery: inside one the planner answered the index hint below
// with a scan of the whole index, filtered, for every key.
UNWIND $keys AS key
MATCH (r:SourceRecord {source: key.source, kind: key.kind, sourceId: key.sourceId})
// Always a seek on the whole key: a plan cached while the graph was small may scan the whole index for every row.
USING INDEX SEEK r:SourceRecord(source, kind, sourceId)
// One row even when no record is stored yet (an aggregation without grouping keys).
WITH collect({source: r.source, kind: r.kind, sourceId: r.sourceId, hash: r.hash, updatedAt: r.updatedAt,
              // The label tested on the one node reached, never planned: the planner would start
              // from the index on Customer(id) and read all of it.
              customerId: [(r)-[:ABOUT]->(c) | CASE WHEN c:Customer THEN c.id END][0]}) AS versions
CALL () {
  UNWIND $skus AS sku
  MATCH (p:Product {sku: sku})
  // Seeks, for the same reason as above.
  USING INDEX SEEK p:Product(sku)
  RETURN collect(p.sku) AS knownSkus
}
CALL () {
  UNWIND $hashes AS hash
  MATCH (s:Suppression {hash: hash})
  USING INDEX SEEK s:Suppression(hash)
  RETURN collect(s.hash) AS suppressed
}
RETURN versions, knownSkus, suppressed
