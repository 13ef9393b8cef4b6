import { join } from 'node:path';
import type { IncomingRecord, Ingestion } from '../ingestion/ingest.js';
import { mapRow } from '../ingestion/read.js';
import { loadMapping, MappingError, type Source } from '../ingestion/sources.js';
import { projectRoot } from '../project.js';
import type { Message, MessageProblem } from './messages.js';

/** The mapping of collected messages, built in: it is part of the endpoint, not of a company's sources. */
export const trackingMappingFile = join(projectRoot, 'src', 'collection', 'tracking.yaml');

/** The sources the service knows, with the collection endpoint's own: a registered mapping may not take its name. */
export function withTrackingSource(sources: Map<string, Source>): Map<string, Source> {
  const tracking = loadMapping(trackingMappingFile);
  const twin = sources.get(tracking.source);
  if (twin) throw new MappingError(`${twin.file}: source "${tracking.source}" is the collection endpoint's own (${tracking.file})`);
  return new Map([...sources, [tracking.source, tracking]]);
}

export interface Collected {
  /** Messages that landed (new, updated or unchanged: a replay is accepted and changes nothing). */
  accepted: number;
  /** Messages the pipeline refused, with its reasons. */
  refused: MessageProblem[];
  /** The customers the messages that landed are about (for the audit log). */
  customerIds: string[];
}

/**
 * Messages through the built-in mapping into records (each message becomes exactly one: a
 * customer, an order or a touchpoint) and through the one ingestion pipeline, in one batch.
 * `indexes` says where each message sat in the request, for the answer.
 */
export async function collect(ingestion: Ingestion, messages: Message[], indexes: number[], receivedAt: string): Promise<Collected> {
  const source = ingestion.sources.get('tracking');
  if (!source) throw new Error('the tracking source is not registered (see withTrackingSource)');
  const records = await Promise.all(messages.map((message) => recordOf(source, { ...message, receivedAt })));
  const { results } = await ingestion.ingestBatch(records);
  const refused = results.flatMap((result, position) =>
    result.status === 'rejected'
      ? result.reasons.map((reason) => ({ index: indexes[position]!, messageId: messages[position]!.messageId, ...problemOf(reason) }))
      : [],
  );
  const customerIds = [...new Set(results.flatMap((result) => (result.status === 'rejected' ? [] : (result.customerId ?? []))))];
  return { accepted: messages.length - refused.length, refused, customerIds };
}

/** The one record the mapping makes of a message: the first kind whose skip rules let it through. */
async function recordOf(source: Source, row: Record<string, unknown>): Promise<IncomingRecord> {
  for (const mapper of Object.values(source.mappers)) {
    const mapped = await mapRow(row, source, mapper);
    if (!mapped.skipped) return { original: row, ...mapped };
  }
  return { original: row, problem: `type: no kind of record takes a ${String(row.type)} message` };
}

/** The pipeline's reasons read "field: what is wrong" (the field of our record). */
function problemOf(reason: string): { field: string; reason: string } {
  const named = /^([\w.[\]]+): (.*)$/s.exec(reason);
  return named ? { field: named[1]!, reason: named[2]! } : { field: 'record', reason };
}
