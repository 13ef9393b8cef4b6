// name: ingestion/bulk-await-indexes
// mode: read
// param $seconds: how long to wait at most
// After a bulk load the migrations create the indexes and constraints on a full graph; they fill
// in the background. The load is done (queries as fast as after an online import) once they are online.
CALL db.awaitIndexes($seconds)
