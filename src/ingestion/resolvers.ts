import { InvalidArgument } from '../invalid-argument.js';
import type { MutationResolvers, RecordKind as ApiRecordKind, RecordStatus, Resolvers } from '../api/schema-types.generated.js';
import type { ApiContext } from '../api/context.js';
import type { BatchResult, IncomingRecord, RecordResult } from './ingest.js';
import { mapRow } from './read.js';
import type { RecordKind } from './records.js';

/** The ingest mutations: GraphQL input in, the same pipeline as file imports, a result per record. */
const maxRecords = 1000;

type Input = { sourceId: string; person?: Record<string, unknown> | null } & Record<string, unknown>;

function checkSize(count: number, argument: string): void {
  if (count > maxRecords) throw new InvalidArgument(argument, `at most ${maxRecords} records per call, got ${count}`);
}

async function ingest(kind: RecordKind, source: string, records: Input[], context: ApiContext) {
  checkSize(records.length, 'records');
  const incoming = records.map((input) => {
    const { person, ...fields } = input;
    return { original: input, fields: { ...withoutNulls(person ?? {}), ...withoutNulls(fields), kind, source } };
  });
  return answer(await context.ingestion.ingestBatch(incoming));
}

const kinds: Record<ApiRecordKind, RecordKind> = {
  CUSTOMER: 'customer',
  PRODUCT: 'product',
  ORDER: 'order',
  TOUCHPOINT: 'touchpoint',
  SOCIAL_SIGNAL: 'socialSignal',
  CONSENT: 'consent',
};

/** Rows in the source's own shape: mapped by its registered mapping, skipped rows answered in place. */
async function ingestRows(sourceName: string, apiKind: ApiRecordKind, rows: unknown[], context: ApiContext) {
  checkSize(rows.length, 'rows');
  const kind = kinds[apiKind];
  const source = context.ingestion.sources.get(sourceName);
  const mapper = source?.mappers[kind];
  if (!source || !mapper)
    throw new InvalidArgument(
      'source',
      `no registered mapping for ${kind} records of source "${sourceName}" (sources/ or SOURCE_MAPPINGS_DIR)`,
    );
  const mapped = await Promise.all(
    rows.map(async (row, index) => {
      if (!row || typeof row !== 'object' || Array.isArray(row))
        return { original: row, problem: `row ${index + 1}: a row must be a JSON object` };
      return { original: row, ...(await mapRow(row as Record<string, unknown>, source, mapper)) };
    }),
  );
  const toWrite: IncomingRecord[] = mapped.filter((row) => !('skipped' in row && row.skipped));
  const { results, merges } = await context.ingestion.ingestBatch(toWrite);
  const written = results[Symbol.iterator]();
  const all = mapped.map(
    (row): RecordResult =>
      'skipped' in row && row.skipped
        ? {
            status: 'skipped',
            reasons: [row.skipped],
            sourceId: row.fields?.sourceId === undefined ? undefined : String(row.fields.sourceId),
          }
        : written.next().value!,
  );
  return answer({ results: all, merges });
}

function answer({ results, merges }: BatchResult) {
  const count = (status: string) => results.filter((result) => result.status === status).length;
  return {
    accepted: count('accepted'),
    updated: count('updated'),
    unchanged: count('unchanged'),
    rejected: count('rejected'),
    skipped: count('skipped'),
    merges: merges.reduce((total, merge) => total + merge.absorbed.length, 0),
    records: results.map((result) => ({
      sourceId: result.sourceId ?? null,
      status: result.status.toUpperCase() as RecordStatus,
      customerId: result.customerId ?? null,
      reasons: result.reasons,
    })),
  };
}

function withoutNulls(fields: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== null && value !== undefined));
}

const mutations: MutationResolvers<ApiContext> = {
  ingestCustomers: (_parent, { source, records }, context) => ingest('customer', source, records, context),
  ingestProducts: (_parent, { source, records }, context) => ingest('product', source, records, context),
  ingestOrders: (_parent, { source, records }, context) => ingest('order', source, records as Input[], context),
  ingestTouchpoints: (_parent, { source, records }, context) => ingest('touchpoint', source, records as Input[], context),
  ingestSocialSignals: (_parent, { source, records }, context) => ingest('socialSignal', source, records as Input[], context),
  ingestConsents: (_parent, { source, records }, context) => ingest('consent', source, records as Input[], context),
  ingestRows: (_parent, { source, kind, rows }, context) => ingestRows(source, kind, rows, context),
};

export const ingestionResolvers: Resolvers = { Mutation: mutations };
