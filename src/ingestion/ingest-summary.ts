/** What one run of the ingestion pipeline reports: every record accounted for, and where the time went. */
export interface IngestSummary {
  accepted: number;
  updated: number;
  unchanged: number;
  rejected: number;
  merges: number;
  refusedLinks: number;
  blockedValues: number;
  /** Values dropped from records that landed: by the mapping, as invalid descriptive values, or as placeholders. */
  droppedValues: number;
  /** Customers the records created: with accepted records, how many people they turned out to be. */
  newCustomers: number;
  /** Rows a mapping's skip rule left out (counted by the file reader, never written). */
  skipped: number;
  /** Values a mapping's value map did not know (counted by the file reader). */
  valueMapMisses: number;
  /** Batch transactions tried again (a deadlock, a concurrent merge): written once in the end. */
  retries: number;
  /** Batch transactions that ran out of time and were written again in halves. */
  timeouts: number;
  /**
   * Seconds in each phase: reading (files read, mapped, validated, standardised; it overlaps the
   * writing of the batch before), resolving (in the batch's transaction up to the resolved
   * identities) and writing (the rest of the transaction and its commit).
   */
  readSeconds: number;
  resolveSeconds: number;
  writeSeconds: number;
}

export const emptySummary = (): IngestSummary => ({
  retries: 0,
  timeouts: 0,
  readSeconds: 0,
  resolveSeconds: 0,
  writeSeconds: 0,
  accepted: 0,
  updated: 0,
  unchanged: 0,
  rejected: 0,
  merges: 0,
  newCustomers: 0,
  refusedLinks: 0,
  blockedValues: 0,
  droppedValues: 0,
  skipped: 0,
  valueMapMisses: 0,
});
