import type { Graph } from '../../graph/graph.js';
import type { IdentityRules } from '../../identity/rules.js';
import type { IdentifierHasher } from '../../privacy/suppression.js';
import { Ingestion } from '../ingest.js';
import type { PreparedRecord } from '../prepare.js';
import type { BatchOutcome } from '../record-outcome.js';
import type { Source } from '../sources.js';
import { LoadClock } from './load-clock.js';
import { planBatch } from './plan-batch.js';
import { PlannedGraph } from './planned-graph.js';

/**
 * The ingestion pipeline of the online import (reading, mapping, validating, standardising, the
 * batches, every record's result, rejects, warnings and progress), with each batch landing in the
 * planned graph in memory instead of Neo4j. Nothing is written to the database here.
 */
export class BulkIngestion extends Ingestion {
  readonly planned: PlannedGraph;
  private batches = 0;

  constructor(graph: Graph, sources: Map<string, Source>, rules: IdentityRules, hasher: IdentifierHasher, clock = new LoadClock()) {
    super(graph, sources, rules, hasher);
    this.planned = new PlannedGraph(clock);
  }

  protected override async write(batch: PreparedRecord[]): Promise<BatchOutcome> {
    if (!batch.length) return { outcomes: [], merges: [] };
    const started = performance.now();
    const outcome = planBatch(this.planned, batch, this.rules, this.batches++);
    // Deciding a batch in memory is its resolution; nothing is written until the CSV files.
    return { ...outcome, resolveSeconds: (performance.now() - started) / 1000, writeSeconds: 0 };
  }

  /** No listener runs during a bulk load (matching comes after it) and no customer was marked unsettled. */
  protected override async tell(): Promise<void> {}

  override async settleLeftovers(): Promise<void> {}
}
