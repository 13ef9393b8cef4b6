import { Neo4jError } from 'neo4j-driver';
import { ranOutOfTime, type Graph } from '../graph/graph.js';
import type { Merge } from '../identity/resolve.js';
import type { IdentityRules } from '../identity/rules.js';
import { fieldOfType } from '../privacy/suppression.js';
import type { FieldWarning } from './mapping/field-value.js';
import type { IdentifierHasher } from '../privacy/suppression.js';
import { prepareRecord, type PreparedRecord } from './prepare.js';
import type { Source } from './sources.js';
import { cypher } from '../graph/cypher-library.js';
import { changedCustomers, type BatchOutcome, type RecordOutcome } from './record-outcome.js';
import { writeBatch } from './write-batch.js';
import { emptySummary, type IngestSummary } from './ingest-summary.js';
import { contendedKeys } from './batch-decisions.js';
import { BatchClock, BatchWindow } from './batch-window.js';

const q = {
  unsettled: cypher.get('ingestion/unsettled-customers'),
  marks: cypher.get('ingestion/mark-unsettled'),
};

/**
 * The one ingestion pipeline, for files (the import command) and for the API alike: prepare each
 * record, write them in batches, and account for every record: accepted, updated, unchanged or
 * rejected with its reasons. A bad record never stops the good ones of its batch.
 */
export interface IncomingRecord {
  file?: string;
  line?: number;
  /** The record as it was read, kept for the rejects file. */
  original: unknown;
  /** Mapped to record fields; absent when the line could not even be parsed. */
  fields?: Record<string, unknown>;
  problem?: string;
  /** Values the source's mapping could not use and dropped. */
  warnings?: FieldWarning[];
}

export interface RecordResult extends RecordOutcome {
  source?: string;
  sourceId?: string;
  kind?: string;
  /** Placeholder identifier values dropped from the record (also told in reasons). */
  blockedValues?: number;
  /** Every value dropped from a record that landed, and every identity link refused (also told in reasons). */
  warnings?: FieldWarning[];
}

export interface BatchResult extends Omit<BatchOutcome, 'outcomes'> {
  results: RecordResult[];
}

export interface IngestOptions {
  batchSize?: number;
  onRejected?: (record: IncomingRecord, result: RecordResult) => void | Promise<void>;
  /** Every record's result, rejected or not (e.g. to write the values dropped from it). */
  onRecord?: (record: IncomingRecord, result: RecordResult) => void;
  onProgress?: (summary: IngestSummary) => void;
  /** Batches written at once when they share nothing (1 or 2; 1 unless told). */
  inFlight?: number;
}

/** A batch being prepared: the records as read, a result per record (the rejected ones final) and the records to write. */
interface PreparedBatch {
  incoming: IncomingRecord[];
  results: RecordResult[];
  ready: { prepared: PreparedRecord; position: number }[];
}

const emptyBatch = (): PreparedBatch => ({ incoming: [], results: [], ready: [] });

/**
 * Told, after each batch lands, which customers it changed (e.g. segments re-check them) and the
 * merges it made; may answer with more customers it changed itself (matching on arrival merges),
 * told to the listeners after it.
 */
// biome-ignore lint/suspicious/noConfusingVoidType: most listeners answer nothing, and say so with Promise<void>
export type BatchListener = (customerIds: string[], merges: Merge[]) => Promise<void | string[]>;

export class Ingestion {
  private readonly listeners: BatchListener[] = [];

  constructor(
    protected readonly graph: Graph,
    /** The registered sources, by name: their settings, and their mappings for rows in their own shape. */
    readonly sources: Map<string, Source>,
    readonly rules: IdentityRules,
    /** Hashes identifiers to check them against the suppressions of erased people. */
    readonly hasher: IdentifierHasher,
  ) {}

  /** The same pipeline and listeners, writing through another view of the graph (e.g. a request's, see Graph.within). */
  through(graph: Graph): Ingestion {
    const view = new Ingestion(graph, this.sources, this.rules, this.hasher);
    view.listeners.push(...this.listeners);
    return view;
  }

  afterEachBatch(listener: BatchListener): void {
    this.listeners.push(listener);
  }

  /**
   * Streams records through in batches; returns the totals. Each record is prepared as it is
   * read, while the batches before are being written, so the database and this process work at
   * the same time. With `inFlight` 2, a batch that shares nothing with the one being written
   * (contendedKeys: identifiers, records, named customers, products) is written beside it in its
   * own transaction; one that shares something waits until that one has landed. Results are
   * accounted and listeners told in input order either way.
   */
  async run(records: AsyncIterable<IncomingRecord> | Iterable<IncomingRecord>, options: IngestOptions = {}): Promise<IngestSummary> {
    await this.settleLeftovers();
    const summary = emptySummary();
    const window = new BatchWindow(options.inFlight ?? 1);
    const clock = new BatchClock();
    // One batch at a time, the next batch's transaction clears the marks of the customers told
    // after the one before (a transaction fewer per batch); with two in flight, the next may have
    // started before they were told, so each batch's marks are cleared on their own.
    const told = (options.inFlight ?? 1) === 1 ? new ToldCustomers() : undefined;
    let batch = emptyBatch();
    const flush = async () => {
      const full = batch;
      batch = emptyBatch();
      const keys = contendedKeys(full.ready.map(({ prepared }) => prepared));
      await window.roomFor(keys);
      const written = this.writeResults(full, clock.next(), told);
      // Landed once written and every batch before it has landed: accounted and told in input order.
      window.add(
        keys,
        Promise.all([written, window.lastLanded()]).then(async ([{ result, changed }]) => {
          await this.tell(changed, result.merges, told);
          await this.account(full.incoming, result, summary, options);
        }),
      );
    };
    // Reading is timed apart from the waits for the batches before to be written.
    let reading = performance.now();
    const read = () => void (summary.readSeconds += (performance.now() - reading) / 1000);
    for await (const record of records) {
      this.addTo(batch, record);
      if (batch.incoming.length < (options.batchSize ?? 1000)) continue;
      read();
      await flush();
      reading = performance.now();
    }
    read();
    if (batch.incoming.length) await flush();
    await window.lastLanded();
    if (told) await this.settle(told.take());
    return summary;
  }

  /** One batch, with a result per record in the same order (what the API returns) and the merges it made. */
  async ingestBatch(incoming: IncomingRecord[]): Promise<BatchResult> {
    const batch = emptyBatch();
    for (const record of incoming) this.addTo(batch, record);
    return this.writePrepared(batch);
  }

  /** Prepares a record into the batch: ready to write, or rejected with its reasons. */
  private addTo(batch: PreparedBatch, record: IncomingRecord): void {
    const position = batch.incoming.push(record) - 1;
    const prepared = this.prepare(record);
    const fields = record.fields ?? {};
    batch.results[position] = {
      status: 'rejected',
      reasons: [],
      source: str(fields.source),
      sourceId: str(fields.sourceId),
      kind: str(fields.kind),
    };
    if (prepared.ok) batch.ready.push({ prepared: prepared.prepared, position });
    else batch.results[position]!.reasons = [...(record.warnings ?? []).map(warningText), ...prepared.reasons];
  }

  private async writePrepared(batch: PreparedBatch): Promise<BatchResult> {
    const { result, changed } = await this.writeResults(batch);
    await this.tell(changed, result.merges);
    return result;
  }

  /** Writes a prepared batch: a result per record, and the customers it changed (for the listeners). */
  private async writeResults(
    { incoming, results, ready }: PreparedBatch,
    now?: string,
    told?: ToldCustomers,
  ): Promise<{ result: BatchResult; changed: string[] }> {
    const written = await this.write(
      ready.map(({ prepared }) => prepared),
      now,
      told?.take(),
    );
    ready.forEach(({ prepared, position }, index) => {
      const outcome = written.outcomes[index]!;
      // A suppressed record's warnings could quote its values; only the suppression is told.
      if (outcome.suppressed) {
        results[position] = { ...results[position]!, ...outcome };
        return;
      }
      const blocked = prepared.blocked.map((identifier) => ({
        field: fieldOfType[identifier.type],
        value: identifier.value,
        reason: `${identifier.type} ${identifier.value} is a blocked placeholder; not linked`,
      }));
      const dropped = [...(incoming[position]!.warnings ?? []), ...prepared.warnings, ...blocked];
      const refused = outcome.status === 'rejected' ? [] : outcome.reasons.map((reason) => ({ field: 'identity', value: null, reason }));
      results[position] = {
        ...results[position]!,
        ...outcome,
        blockedValues: blocked.length,
        warnings: [...dropped, ...refused],
        reasons: [...dropped.map(warningText), ...outcome.reasons],
      };
    });
    const { retries, timeouts, resolveSeconds, writeSeconds } = written;
    return {
      result: { results, merges: written.merges, retries, timeouts, resolveSeconds, writeSeconds },
      changed: changedCustomers(written),
    };
  }

  /**
   * Runs the listeners, then clears the mark the batch set on its customers (ingestion/mark-unsettled),
   * or leaves that to the next batch's transaction when told where to note them.
   */
  protected async tell(changed: string[], merges: Merge[], told?: ToldCustomers): Promise<void> {
    if (!changed.length) return;
    let customerIds = changed;
    for (const listener of this.listeners) customerIds = [...new Set([...customerIds, ...((await listener(customerIds, merges)) ?? [])])];
    if (told) told.add(changed);
    else await this.settle(changed);
  }

  /** Clears the mark of customers whose after-batch work has run. */
  private async settle(ids: string[]): Promise<void> {
    if (ids.length) await this.graph.write(q.marks, { ids: [], settled: ids });
  }

  /**
   * A batch that landed while its listeners never finished (the process died in between) is told
   * now: before every run, and when the service starts.
   */
  async settleLeftovers(): Promise<void> {
    for (;;) {
      const ids = (await this.graph.read(q.unsettled, { limit: 1000 })).map((row) => row.id as string);
      if (!ids.length) return;
      await this.tell(ids, []);
    }
  }

  private prepare(record: IncomingRecord) {
    if (record.problem || !record.fields) return { ok: false as const, reasons: [record.problem ?? 'record: empty'] };
    const name = str(record.fields.source);
    const source = name ? this.sources.get(name) : undefined;
    if (!source) return { ok: false as const, reasons: [`source: unknown source ${JSON.stringify(name)} (no sources/${name}.yaml)`] };
    return prepareRecord(record.fields, source, this.rules);
  }

  /**
   * The batch in one transaction, stamped `now` (its own clock if not told), clearing the marks of
   * the customers `settled` (Ingestion.tell); if the database refuses it, each record alone, so
   * the one bad record is rejected with the database's reason and the others still land.
   */
  protected async write(batch: PreparedRecord[], now?: string, settled: string[] = []): Promise<BatchOutcome> {
    if (!batch.length) {
      await this.settle(settled);
      return { outcomes: [], merges: [] };
    }
    try {
      return await writeBatch(this.graph, batch, this.rules, this.hasher, { now, settled });
    } catch (error) {
      // A batch too big for the transaction timeout is written in halves; one record that still
      // runs out of time is nobody's fault, and stops the import (a re-run resumes).
      const halved = ranOutOfTime(error) && batch.length > 1;
      // Only the database refusing the data is the record's fault; an outage stops the import.
      if (!halved && !refusesTheData(error)) throw error;
      // The batch's transaction did not clear these marks, and its parts are not told of them.
      await this.settle(settled);
      if (halved) {
        const written = await this.writeEach([batch.slice(0, batch.length / 2), batch.slice(batch.length / 2)]);
        return { ...written, timeouts: (written.timeouts ?? 0) + 1 };
      }
      if (batch.length === 1) return { outcomes: [{ status: 'rejected', reasons: [`database: ${(error as Error).message}`] }], merges: [] };
      return this.writeEach(batch.map((prepared) => [prepared]));
    }
  }

  /** Parts of a batch, each in its own transaction, one after the other; their outcomes in order. */
  private async writeEach(parts: PreparedRecord[][]): Promise<BatchOutcome> {
    const written: BatchOutcome[] = [];
    for (const part of parts) written.push(await this.write(part));
    const total = (key: 'retries' | 'timeouts' | 'resolveSeconds' | 'writeSeconds') =>
      written.reduce((sum, one) => sum + (one[key] ?? 0), 0);
    return {
      outcomes: written.flatMap((one) => one.outcomes),
      merges: written.flatMap((one) => one.merges),
      retries: total('retries'),
      timeouts: total('timeouts'),
      resolveSeconds: total('resolveSeconds'),
      writeSeconds: total('writeSeconds'),
    };
  }

  private async account(batch: IncomingRecord[], result: BatchResult, summary: IngestSummary, options: IngestOptions) {
    const { results, merges } = result;
    for (const key of ['retries', 'timeouts', 'resolveSeconds', 'writeSeconds'] as const) summary[key] += result[key] ?? 0;
    for (const [index, result] of results.entries()) {
      summary[result.status] += 1;
      summary.refusedLinks += result.refusedLinks ?? 0;
      summary.blockedValues += result.blockedValues ?? 0;
      if (result.newCustomer) summary.newCustomers += 1;
      summary.droppedValues +=
        result.status === 'rejected' ? 0 : (result.warnings ?? []).filter((warning) => warning.field !== 'identity').length;
      options.onRecord?.(batch[index]!, result);
      if (result.status === 'rejected') await options.onRejected?.(batch[index]!, result);
    }
    summary.merges += merges.reduce((count, merge) => count + merge.absorbed.length, 0);
    options.onProgress?.(summary);
  }
}

/**
 * Whether the database refused a batch for what it holds (a constraint, a value of the wrong
 * type), so one record is to blame. A timed-out or terminated transaction (`Neo.ClientError.Transaction.*`),
 * a refused login or a missing database is nobody's record: the import stops and a re-run resumes.
 */
export function refusesTheData(error: unknown): error is Neo4jError {
  return error instanceof Neo4jError && /^Neo\.ClientError\.(Statement|Schema)\./.test(error.code);
}

const warningText = (warning: FieldWarning) => `${warning.field}: ${warning.reason}`;

const str = (value: unknown) => (value === undefined || value === null ? undefined : String(value));

/** Customers told since the last batch was written, whose marks the next batch's transaction clears. */
class ToldCustomers {
  private ids: string[] = [];

  add(ids: string[]): void {
    this.ids.push(...ids);
  }

  take(): string[] {
    return [...new Set(this.ids.splice(0))];
  }
}
