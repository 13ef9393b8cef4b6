import { cypher } from '../graph/cypher-library.js';
import type { Graph } from '../graph/graph.js';

/**
 * Households: customers tied together by a shared identifier or address, transitively (Ann and
 * Bob share an address, Bob and Cat a family email: one household of three). The ties come from
 * the graph; the grouping is a union-find over them; the households are written back to the
 * graph as (Customer)-[:IN_HOUSEHOLD]->(Household), where filters and queries can use them.
 */
const q = {
  links: cypher.get('communities/household-links'),
  replace: cypher.get('communities/replace-households'),
  ofCustomers: cypher.get('communities/of-customers'),
};

/** An identifier or address shared by more customers than this is not a household tie. */
export const maxShared = 12;

export interface HouseholdRecord {
  id: string;
  size: number;
  detectedAt: string;
  members: string[];
}

export async function detectHouseholds(graph: Graph): Promise<{ households: number; customers: number }> {
  const groups = (await graph.read(q.links, { maxShared })).map((row) => row.members as string[]);
  const households = groupsOf(groups).map((members) => ({ id: `household-${members[0]}`, members }));
  const [result] = await graph.write(q.replace, { households, now: new Date().toISOString() });
  return { households: (result?.households as number | undefined) ?? 0, customers: (result?.customers as number | undefined) ?? 0 };
}

/** Connected components of overlapping groups, each sorted, the components ordered by their first member. */
export function groupsOf(groups: string[][]): string[][] {
  const parent = new Map<string, string>();
  const root = (id: string): string => {
    let at = id;
    while (parent.get(at) !== at) at = parent.get(at)!;
    parent.set(id, at);
    return at;
  };
  for (const group of groups) {
    for (const id of group) if (!parent.has(id)) parent.set(id, id);
    for (const id of group.slice(1)) {
      const [a, b] = [root(group[0]!), root(id)];
      // biome-ignore lint/complexity/useMathMinMax: ids are strings, which Math.max and Math.min cannot compare
      if (a !== b) parent.set(a < b ? b : a, a < b ? a : b);
    }
  }
  const components = new Map<string, string[]>();
  for (const id of parent.keys()) {
    const members = components.get(root(id)) ?? [];
    members.push(id);
    components.set(root(id), members);
  }
  return [...components.values()].map((members) => members.sort()).sort((a, b) => a[0]!.localeCompare(b[0]!));
}

export async function householdsOf(graph: Graph, ids: readonly string[]): Promise<(HouseholdRecord | null)[]> {
  const rows = await graph.read(q.ofCustomers, { ids });
  const found = new Map(rows.map((row) => [row.customerId as string, row.household as HouseholdRecord]));
  return ids.map((id) => found.get(id) ?? null);
}
