import { InvalidArgument } from '../invalid-argument.js';
import { Neo4jError } from 'neo4j-driver';
import { z } from 'zod';
import { pageSize } from '../paging/connections.js';
import { compileAudience } from '../audiences/compile.js';
import { parseFilter } from '../audiences/filter.js';
import { cypher } from '../graph/cypher-library.js';
import type { Graph } from '../graph/graph.js';

/**
 * Segments: named groups of customers, dynamic (an audience filter) or static (a list).
 * Membership is materialised as MEMBER_OF {since}; a stint that ends is kept as WAS_MEMBER
 * {entered, left}; each refresh that changes a segment records its size. A full refresh
 * re-evaluates everyone; after each import batch, dynamic segments re-check only the customers
 * the batch changed.
 */
const q = {
  create: cypher.get('segments/create'),
  apply: cypher.get('segments/apply-membership'),
  all: cypher.get('segments/all'),
  byName: cypher.get('segments/by-name'),
  history: cypher.get('segments/history'),
  ofCustomers: cypher.get('segments/of-customers'),
  dynamic: cypher.get('segments/dynamic'),
};

export interface SegmentRecord {
  name: string;
  description: string | null;
  kind: 'DYNAMIC' | 'STATIC';
  filter: string | null;
  createdAt: string;
  refreshedAt: string | null;
  size: number;
}

export interface MembershipChange {
  size: number;
  entered: number;
  left: number;
}

const definition = z.object({
  name: z.string().trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters'),
  description: z.string().max(1000).nullish(),
  filter: z.unknown().optional(),
  customerIds: z.array(z.string()).max(100_000).nullish(),
});

export async function createSegment(graph: Graph, input: z.input<typeof definition>): Promise<SegmentRecord> {
  const parsed = definition.safeParse(input);
  if (!parsed.success) throw new InvalidArgument(parsed.error.issues[0]!.path.join('.') || 'name', parsed.error.issues[0]!.message);
  const { name, description, filter, customerIds } = parsed.data;
  if ((filter === undefined || filter === null) === (customerIds === undefined || customerIds === null))
    throw new InvalidArgument('filter', 'give either a filter (a dynamic segment) or customerIds (a static one)');
  const dynamic = filter !== undefined && filter !== null;
  if (dynamic) parseFilter(filter);
  const segment = {
    name,
    description: description ?? null,
    kind: dynamic ? 'DYNAMIC' : 'STATIC',
    filter: dynamic ? JSON.stringify(filter) : null,
  };
  try {
    await graph.write(q.create, { segment, now: new Date().toISOString() });
  } catch (error) {
    if (error instanceof Neo4jError && error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed')
      throw new InvalidArgument('name', `a segment named ${JSON.stringify(name)} exists already`);
    throw error;
  }
  if (dynamic) await refreshSegment(graph, name);
  else await graph.write(q.apply, { name, members: [...new Set(customerIds)], among: null, now: new Date().toISOString() });
  return (await segmentNamed(graph, name))!;
}

/** Re-evaluates a segment over every customer (a static segment is what its list says: nothing to do). */
export async function refreshSegment(graph: Graph, name: string): Promise<MembershipChange> {
  const segment = await segmentNamed(graph, name);
  if (!segment) throw new InvalidArgument('name', `no segment named ${JSON.stringify(name)}`);
  if (segment.kind === 'STATIC') return { size: segment.size, entered: 0, left: 0 };
  const compiled = compileAudience(parseFilter(JSON.parse(segment.filter!)));
  const members = (await graph.read(compiled.members, compiled.parameters)).map((row) => row.id as string);
  const [change] = await graph.write(q.apply, { name, members, among: null, now: new Date().toISOString() });
  return change as unknown as MembershipChange;
}

/** After an import batch: every dynamic segment re-checks the customers it changed. */
export async function refreshAmong(graph: Graph, customerIds: string[]): Promise<void> {
  if (!customerIds.length) return;
  for (const { name, filter } of (await graph.read(q.dynamic)) as { name: string; filter: string }[]) {
    const compiled = compileAudience(parseFilter(JSON.parse(filter)));
    const members = (await graph.read(compiled.membersAmong, { ...compiled.parameters, among: customerIds })).map(
      (row) => row.id as string,
    );
    await graph.write(q.apply, { name, members, among: customerIds, now: new Date().toISOString() });
  }
}

/** Adds customers to (or takes them out of) a static segment. */
export async function changeStaticMembers(graph: Graph, name: string, customerIds: string[], add: boolean): Promise<SegmentRecord> {
  const segment = await segmentNamed(graph, name);
  if (!segment) throw new InvalidArgument('name', `no segment named ${JSON.stringify(name)}`);
  if (segment.kind === 'DYNAMIC') throw new InvalidArgument('name', `${name} is defined by its filter; its members cannot be set by hand`);
  await graph.write(q.apply, { name, members: add ? customerIds : [], among: customerIds, now: new Date().toISOString() });
  return (await segmentNamed(graph, name))!;
}

export async function segmentNamed(graph: Graph, name: string): Promise<SegmentRecord | null> {
  const [row] = await graph.read(q.byName, { name });
  return row ? (row.segment as SegmentRecord) : null;
}

export async function allSegments(graph: Graph): Promise<SegmentRecord[]> {
  return (await graph.read(q.all)).map((row) => row.segment as SegmentRecord);
}

export async function segmentHistory(graph: Graph, name: string, first: number | null | undefined) {
  return (await graph.read(q.history, { name, limit: pageSize(first, 30) })).map((row) => row.size as MembershipChange & { at: string });
}

export interface MembershipRecord {
  segment: string;
  entered: string;
  left: string | null;
}

export async function membershipsOf(graph: Graph, ids: readonly string[]): Promise<MembershipRecord[][]> {
  const rows = await graph.read(q.ofCustomers, { ids });
  const found = new Map(rows.map((row) => [row.customerId as string, row.memberships as MembershipRecord[]]));
  return ids.map((id) => found.get(id) ?? []);
}
