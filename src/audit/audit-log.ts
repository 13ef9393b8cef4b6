import { z } from 'zod';
import { decodeCursor, pageSize, toConnection, type Connection } from '../paging/connections.js';
import { cypher } from '../graph/cypher-library.js';
import type { Graph } from '../graph/graph.js';
import type { AuditRecord, AuditTrail } from './trail.js';

const q = {
  page: cypher.get('audit/page'),
  count: cypher.get('audit/count'),
};

/** Which entries to list: every filter optional, as the auditLog query takes them. */
export interface AuditLogFilters {
  actor?: string | null;
  customerId?: string | null;
  action?: AuditRecord['action'] | null;
  since?: string | null;
  until?: string | null;
  first?: number | null;
  after?: string | null;
}

const cursorShape = z.object({ at: z.string(), id: z.string() });

/** A page of the audit log, newest first, after writing what is pending so the page is complete. */
export async function auditLog(graph: Graph, trail: AuditTrail, args: AuditLogFilters): Promise<Connection<AuditRecord>> {
  await trail.flush();
  const size = pageSize(args.first);
  const after = decodeCursor(args.after, cursorShape);
  const filters = {
    actor: args.actor ?? null,
    customerId: args.customerId ?? null,
    action: args.action ?? null,
    since: args.since ?? null,
    until: args.until ?? null,
  };
  const rows = await graph.read(q.page, { ...filters, afterAt: after?.at ?? null, afterId: after?.id ?? '', limit: size + 1 });
  const entries = rows.map((row) => row.entry as AuditRecord);
  const total = async () => Number((await graph.read(q.count, filters))[0]?.total ?? 0);
  return toConnection(entries, size, (entry) => ({ at: entry.at, id: entry.id }), total);
}
