import { InvalidArgument } from '../invalid-argument.js';
import type { Connection } from '../paging/connections.js';
import { customerPages, pagesByRequest, type PageRequest } from '../customers/pages.js';
import { cypher } from '../graph/cypher-library.js';
import type { Graph } from '../graph/graph.js';
import { customerAttributes } from '../vocabulary.js';

/**
 * Attribute history: every change refresh-profiles makes to a golden-record attribute is kept as
 * (Customer)-[:CHANGED]->(AttributeChange {attribute, oldValue, newValue, source, sourceId, oldSource,
 * oldSourceId, at}): the record that now gives the value and the one that gave it before.
 * The values are personal data of the attribute's kind, so the API gives each kind its own type.
 */
export interface AttributeChangeRow {
  id: string;
  attribute: string;
  oldValue: string | null;
  newValue: string | null;
  source: string | null;
  sourceId: string | null;
  at: string;
  key: unknown;
}

export type AttributeChangePage = Connection<AttributeChangeRow>;

/** Per request: every customer of a page asking for its history is one statement. */
export function attributeHistoryPages(graph: Graph) {
  const pages = customerPages<AttributeChangeRow>(pagesByRequest(graph, cypher.get('privacy/attribute-history')), 'changes');
  return (request: PageRequest & { attribute?: string | null }) => {
    const attribute = request.attribute ?? null;
    if (attribute !== null && !(customerAttributes as readonly string[]).includes(attribute)) {
      throw new InvalidArgument('attribute', `must be one of ${customerAttributes.join(', ')}, got ${JSON.stringify(attribute)}`);
    }
    return pages.load({ id: request.id, first: request.first, after: request.after, filters: { attribute } });
  };
}
