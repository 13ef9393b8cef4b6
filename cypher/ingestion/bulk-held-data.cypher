// name: ingestion/bulk-held-data
// mode: read
// What a database holds besides what the service writes into an empty one at start (its schema
// ledger, the topics the topic rules name, their fingerprint), by label: a bulk load replaces the
// whole database, so it runs only where this is empty.
MATCH (n)
WHERE NOT n:SchemaMigration AND NOT n:TopicRules AND NOT (n:Topic AND NOT EXISTS { (n)--() })
UNWIND labels(n) AS label
RETURN label, count(*) AS count
ORDER BY label
