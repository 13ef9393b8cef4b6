import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { RequestAccess } from '../access/request-access.js';
import { cypher } from '../graph/cypher-library.js';
import type { Graph } from '../graph/graph.js';

const q = {
  append: cypher.get('audit/append'),
  purge: cypher.get('audit/purge-expired'),
};

export interface AuditRecord {
  id: string;
  at: string;
  actor: string;
  role: string;
  requestId: string | null;
  action: 'READ' | 'WRITE';
  operation: string | null;
  fields: string[];
  customers: { customerId: string; fields: string[] }[];
}

const flushEveryMs = 200;
const flushAtEntries = 500;
const purgeEveryMs = 60 * 60 * 1000;

/**
 * The audit log, append-only, in the graph beside what it is about. Entries are written in
 * batches a fifth of a second apart rather than one transaction per request, so auditing costs a
 * request no round trip; anything asking for the log flushes first, and closing flushes last.
 * Entries older than the retention are purged at start and every hour.
 */
/** The entries recorded but not yet written: whatever reads audit entries itself writes them first. */
export type PendingAudit = Pick<AuditTrail, 'flush'>;

export class AuditTrail {
  private pending: AuditRecord[] = [];
  private writing: Promise<void> = Promise.resolve();
  private readonly flushTimer: NodeJS.Timeout;
  private readonly purgeTimer: NodeJS.Timeout;

  constructor(
    private readonly graph: Graph,
    private readonly retentionDays: number,
    private readonly log: Logger,
  ) {
    this.flushTimer = setInterval(() => void this.flush(), flushEveryMs).unref();
    this.purgeTimer = setInterval(() => this.purgeOrLog(), purgeEveryMs).unref();
  }

  /** A request's entries: one for its personal reads, one for its mutations. */
  record(access: RequestAccess, operation: string | null, requestId: string | null): void {
    const at = new Date().toISOString();
    for (const [action, touched] of [
      ['READ', access.reads],
      ['WRITE', access.writes],
    ] as const) {
      if (touched.size === 0) continue;
      const fields = [...new Set([...touched.values()].flatMap((set) => [...set]))].sort();
      const customers = [...touched].filter(([id]) => id !== '').map(([customerId, set]) => ({ customerId, fields: [...set].sort() }));
      const { actor, role } = access.caller;
      this.pending.push({ id: randomUUID(), at, actor, role, requestId, action, operation, fields, customers });
    }
    if (this.pending.length >= flushAtEntries) void this.flush();
  }

  /** Writes what is pending; resolves once everything recorded before the call is in the graph. */
  flush(): Promise<void> {
    const entries = this.pending;
    this.pending = [];
    this.writing = this.writing.then(() => (entries.length ? this.append(entries) : undefined));
    return this.writing;
  }

  async purgeExpired(): Promise<number> {
    let total = 0;
    for (;;) {
      const [row] = await this.graph.write(q.purge, { days: this.retentionDays, batch: 10_000 });
      const purged = Number(row?.purged ?? 0);
      total += purged;
      if (purged < 10_000) return total;
    }
  }

  purgeOrLog(): void {
    this.purgeExpired().catch((error: unknown) => this.log.error({ err: error }, 'audit retention purge failed'));
  }

  async close(): Promise<void> {
    clearInterval(this.flushTimer);
    clearInterval(this.purgeTimer);
    await this.flush();
  }

  private async append(entries: AuditRecord[]): Promise<void> {
    try {
      await this.graph.write(q.append, { entries });
    } catch (error) {
      // Kept for the next flush rather than lost; the error is logged with how many wait.
      this.pending.unshift(...entries);
      this.log.error({ err: error, waiting: this.pending.length }, 'audit entries not written yet');
    }
  }
}
