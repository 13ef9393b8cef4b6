import { Neo4jError } from 'neo4j-driver';

/**
 * What a batch read at its start no longer holds, because a concurrent import changed it (a
 * customer merged away or changed, a record created or changed): write-batch starts the batch over.
 */
export class StaleBatch extends Error {}

/** The database refused to create a source record that exists: another import created it after this batch read it. */
export const createdMeanwhile = (error: unknown) =>
  error instanceof Neo4jError &&
  error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed' &&
  /already exists with label `SourceRecord`/.test(error.message);
