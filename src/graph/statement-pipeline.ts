import type { Params, Row, Transaction } from './graph.js';
import type { Statement } from './cypher-library.js';

/**
 * Statements of one transaction sent without waiting for the answers before (Bolt pipelines them):
 * the database runs them in the order sent while this process builds the next, and the answers
 * are looked at once all are sent. A check that finds an answer it cannot go on with throws in
 * `drain`, before the transaction commits, so nothing written after it is kept.
 */
export class StatementPipeline {
  private readonly sent: { answer: Promise<unknown>; check?: (rows: Row[]) => void }[] = [];

  constructor(private readonly tx: Transaction) {}

  send(statement: Statement, params: Params, check?: (rows: Row[]) => void): void {
    this.add(this.tx.run(statement, params), check);
  }

  /** Work that runs its own statements on the same transaction; the ones it sends before its first wait keep their place. */
  add<T>(work: Promise<T>, check?: (rows: T) => void): void {
    // Looked at in drain; until then a failure must not count as unhandled.
    work.catch(() => undefined);
    this.sent.push({ answer: work, check: check as ((rows: Row[]) => void) | undefined });
  }

  /** Waits for every answer in the order sent; throws the first failure, or what the first failing check throws. */
  async drain(): Promise<void> {
    for (const { answer, check } of this.sent.splice(0)) {
      const rows = (await answer) as Row[];
      check?.(rows);
    }
  }
}
