import { InvalidArgument } from '../../invalid-argument.js';
import type { GraphQLResolveInfo } from 'graphql';
import { z } from 'zod';
import { decodeCursor, pageSize, toConnection } from '../../paging/connections.js';
import type { ApiContext } from '../../api/context.js';
import { cypher } from '../../graph/cypher-library.js';
import { useFragment } from '../../graph/fragments.js';
import { identifierTypes } from '../../ingestion/prepare.js';
import { identifierKeys, standardIdentifier } from '../../ingestion/records.js';
import type { CustomerPage } from '../facts.js';
import { composeList, inConnection, readList } from './list-view.js';
import { searchQuery } from '../search-text.js';
import { customer360 } from './view-360.js';

/** The ways in: by identifier, by filter and order, by words. */
const q = {
  page: cypher.get('customers/list/page'),
  ascending: cypher.get('customers/list/ascending'),
  descending: cypher.get('customers/list/descending'),
  filter: cypher.get('customers/list/filter'),
  createdAscending: cypher.get('customers/list/created-ascending'),
  createdDescending: cypher.get('customers/list/created-descending'),
  updatedAscending: cypher.get('customers/list/updated-ascending'),
  updatedDescending: cypher.get('customers/list/updated-descending'),
  count: cypher.get('customers/count'),
  search: cypher.get('customers/list/search'),
  searchCount: cypher.get('customers/search-count'),
};

/** An identifier given as arguments (type, value, region), standardised as on import; a bad one names its argument. */
export function identifierArgument(type: string, value: string, region: string | null | undefined): string {
  const key = identifierKeys.find((candidate) => identifierTypes[candidate] === type)!;
  if (region !== null && region !== undefined && !/^[A-Z]{2}$/.test(region))
    throw new InvalidArgument('region', `must be an ISO 3166-1 alpha-2 code, got ${JSON.stringify(region)}`);
  const standard = standardIdentifier(key, value, region ?? 'GB');
  if (!standard.ok) throw new InvalidArgument('value', standard.reason);
  return standard.value;
}

export async function customerByIdentity(
  context: ApiContext,
  type: string,
  value: string,
  region: string | null | undefined,
  info: GraphQLResolveInfo,
) {
  return customer360(context, { type, value: identifierArgument(type, value, region) }, info);
}

const filterShape = z.object({
  country: z.string().toUpperCase().nullish(),
  lifecycleStage: z.string().nullish(),
  familyName: z.string().toLowerCase().nullish(),
  createdSince: z.string().nullish(),
  createdBefore: z.string().nullish(),
});

export interface CustomerListArgs {
  filter?: z.input<typeof filterShape> | null;
  orderBy?: { field: string; direction?: string | null } | null;
  first?: number | null;
  after?: string | null;
}

/** An instant as Neo4j writes one (`toString` of a datetime): the key of the instant orders' cursors. */
const instant = z.string().regex(/^[+-]?\d{4,9}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d{1,9})?)?(Z|[+-]\d\d:?\d\d)?(\[[\w/+-]+\])?$/);

/**
 * The clauses that find a page in the order asked for: by creation (the default) or update time
 * through their index, from the cursor on; by name sorted (its key is computed). Each cursor is
 * [key, id], the key an instant or the lower-case name.
 */
export function pageStart(field: string, direction: string | null | undefined) {
  const filter = useFragment(q.filter, null);
  const descending = direction === 'DESC';
  if (field === 'FAMILY_NAME')
    return {
      start: useFragment(q.page, null, { filter, order: useFragment(descending ? q.descending : q.ascending, null) }),
      key: z.string(),
    };
  const walk = field === 'UPDATED_AT' ? [q.updatedAscending, q.updatedDescending] : [q.createdAscending, q.createdDescending];
  return { start: useFragment(walk[descending ? 1 : 0]!, null, { filter }), key: instant };
}

export async function customerList(context: ApiContext, args: CustomerListArgs, info: GraphQLResolveInfo): Promise<CustomerPage> {
  const size = pageSize(args.first);
  const parsed = filterShape.parse(args.filter ?? {});
  const filter = { country: null, lifecycleStage: null, familyName: null, createdSince: null, createdBefore: null, ...parsed };
  const { start, key } = pageStart(args.orderBy?.field ?? 'CREATED_AT', args.orderBy?.direction);
  const after = decodeCursor(args.after, z.tuple([key, z.string()]));
  const list = composeList('customers/list/page', start, info, inConnection);
  const listed = await readList(context, list, { filter, after, limit: size + 1 });
  return toConnection(
    listed,
    size,
    (row) => row.key,
    async () => (await context.graph.read(q.count, { filter }))[0]!.count as number,
    (row) => row.customer,
  );
}

export async function searchCustomers(
  context: ApiContext,
  text: string,
  first: number | null | undefined,
  after: string | null | undefined,
  info: GraphQLResolveInfo,
): Promise<CustomerPage> {
  const size = pageSize(first);
  const query = searchQuery(text);
  const list = composeList('customers/list/search', useFragment(q.search, null), info, inConnection);
  const listed = await readList(context, list, { query, after: decodeCursor(after, z.tuple([z.number(), z.string()])), limit: size + 1 });
  return toConnection(
    listed,
    size,
    (row) => row.key,
    async () => (await context.graph.read(q.searchCount, { query }))[0]!.count as number,
    (row) => row.customer,
  );
}
