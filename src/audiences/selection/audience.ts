import type { GraphQLResolveInfo } from 'graphql';
import { LRUCache } from 'lru-cache';
import { z } from 'zod';
import { decodeCursor, maxPageSize, pageSize, toConnection, type Connection } from '../../paging/connections.js';
import type { ApiContext } from '../../api/context.js';
import { composeList, inConnection, readList } from '../../customers/selection/list-view.js';
import type { CustomerRecord } from '../../customers/customers.js';
import { cypher } from '../../graph/cypher-library.js';
import { useFragment, type Piece } from '../../graph/fragments.js';
import type { Params } from '../../graph/graph.js';
import { compileAudience, type CompiledAudience } from '../compile.js';
import { parseFilter, type AudienceFilter } from '../filter.js';

/**
 * Audiences: the customers a cross-category filter selects, paged by id (keyset cursors), with
 * the Cypher that selects them for analysts. The count runs only when `totalCount` is asked for.
 */
export interface CompiledCypher {
  cypher: string;
  /** The parameter values as a JSON object. */
  parameters: string;
}

export type AudiencePage = Connection<CustomerRecord> & { compiled: CompiledCypher };

const cursorKey = z.string();
const listed = cypher.get('audiences/listed');

/**
 * A filter's compiled statements and the start of its list view, by the filter's value: the same
 * audience asked again (its next page, a dashboard's refresh) is not compiled again.
 */
const compiledFilters = new LRUCache<string, { compiled: CompiledAudience; start: Piece }>({ max: 500 });
function compiledFilter(filter: AudienceFilter) {
  const key = JSON.stringify(filter);
  let entry = compiledFilters.get(key);
  if (!entry) {
    const compiled = compileAudience(filter);
    entry = { compiled, start: useFragment(listed, null, { rows: compiled.rows }) };
    compiledFilters.set(key, entry);
  }
  return entry;
}

export async function audiencePage(
  context: ApiContext,
  filterInput: unknown,
  first: number | null | undefined,
  after: string | null | undefined,
  info: GraphQLResolveInfo,
): Promise<AudiencePage> {
  const size = pageSize(first);
  const { compiled, start } = compiledFilter(parseFilter(filterInput));
  const params = { ...compiled.parameters, after: decodeCursor(after, cursorKey) ?? '', limit: size + 1 };
  const list = composeList('audiences/page', start, info, inConnection);
  const members = await readList(context, list, params);
  const count = async () => (await context.graph.read(compiled.count, compiled.parameters))[0]!.count as number;
  const connection = toConnection(
    members,
    size,
    (member) => member.key,
    count,
    (member) => member.customer,
  );
  return { ...connection, compiled: { cypher: compiled.page.text, parameters: json(params) } };
}

/** The statement of an audience's first page (of the largest size), for an analyst to run or adapt. */
export function compiledAudience(filterInput: unknown): CompiledCypher {
  const { compiled } = compiledFilter(parseFilter(filterInput));
  return { cypher: compiled.page.text, parameters: json({ ...compiled.parameters, after: '', limit: maxPageSize + 1 }) };
}

const json = (params: Params) => JSON.stringify(params, null, 2);
