import { badArgument } from '../api/bad-argument.js';
import type { MutationResolvers, RecordStatus, Resolvers } from '../api/schema-types.generated.js';
import type { ApiContext } from '../api/context.js';
import type { RecordKind } from './records.js';

/** The ingest mutations: GraphQL input in, the same pipeline as file imports, a result per record. */
const maxRecords = 1000;

type Input = { sourceId: string; person?: Record<string, unknown> | null } & Record<string, unknown>;

async function ingest(kind: RecordKind, source: string, records: Input[], context: ApiContext) {
  if (records.length > maxRecords) {
    throw badArgument('records', `at most ${maxRecords} records per call, got ${records.length}`);
  }
  const incoming = records.map((input) => {
    const { person, ...fields } = input;
    return { original: input, fields: { ...withoutNulls(person ?? {}), ...withoutNulls(fields), kind, source } };
  });
  const { results, merges } = await context.ingestion.ingestBatch(incoming);
  const count = (status: string) => results.filter((result) => result.status === status).length;
  return {
    accepted: count('accepted'),
    updated: count('updated'),
    unchanged: count('unchanged'),
    rejected: count('rejected'),
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
};

export const ingestionResolvers: Resolvers = { Mutation: mutations };
