import type { GraphQLResolveInfo } from 'graphql';
import { z } from 'zod';
import type { ApiContext } from '../../api/context.js';
import type { CustomerRecord } from '../../customers/customers.js';
import { composeList, inConnection, readList } from '../../customers/selection/list-view.js';
import { cypher } from '../../graph/cypher-library.js';
import { useFragment } from '../../graph/fragments.js';
import { decodeCursor, pageSize, toConnection, type Connection } from '../../paging/connections.js';
import type { SegmentRecord } from '../segments.js';

const members = useFragment(cypher.get('segments/members'), null);

/**
 * Segment.members: a page of the segment's current members, in id order, with the fields the
 * request selects of them, in one statement; the count is the segment's recorded size.
 */
export async function segmentMembers(
  context: ApiContext,
  segment: SegmentRecord,
  first: number | null | undefined,
  after: string | null | undefined,
  info: GraphQLResolveInfo,
): Promise<Connection<CustomerRecord>> {
  const size = pageSize(first);
  const list = composeList('segments/members', members, info, inConnection);
  const listed = await readList(context, list, { name: segment.name, after: decodeCursor(after, z.string()) ?? '', limit: size + 1 });
  return toConnection(
    listed,
    size,
    (member) => member.key,
    async () => segment.size,
    (member) => member.customer,
  );
}
