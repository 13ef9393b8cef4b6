import { z } from 'zod';
import { guardRows } from '../access/personal-rows.js';
import { InvalidArgument } from '../invalid-argument.js';
import type { Resolvers } from '../api/schema-types.generated.js';
import { AnalystQueryError, defaultLimits, runSavedQuery, savedQueries } from './saved-queries.js';

const parametersShape = z.record(z.string(), z.unknown());

/** Saved analyst queries over the API, with personal columns guarded like personal fields. */
export const analystResolvers: Resolvers = {
  Query: {
    savedQueries: () =>
      savedQueries().map((query) => ({
        ...query,
        parameters: query.params,
        personalColumns: query.personalColumns.map((column) => column.name),
      })),
    runSavedQuery: async (_parent, { name, parameters, limit }, { graph, access, service }) => {
      const params = parseParameters(parameters);
      const rowLimit = limit ?? defaultLimits.rowLimit;
      if (!Number.isInteger(rowLimit) || rowLimit < 1 || rowLimit > defaultLimits.rowLimit)
        throw new InvalidArgument('limit', `must be between 1 and ${defaultLimits.rowLimit}, got ${rowLimit}`);
      const query = savedQueries().find((candidate) => candidate.name === name);
      try {
        const answer = await runSavedQuery(graph, name, params, { ...defaultLimits, rowLimit });
        const rows = guardRows(answer.rows, query?.personalColumns ?? [], `analyst/${name}`, access, service.policy);
        return { columns: answer.columns, rows: JSON.stringify(rows), truncated: answer.truncated };
      } catch (error) {
        if (error instanceof AnalystQueryError) throw new InvalidArgument(query ? 'parameters' : 'name', error.message);
        throw error;
      }
    },
  },
};

function parseParameters(text: string | null | undefined): Record<string, unknown> {
  if (!text) return {};
  try {
    return parametersShape.parse(JSON.parse(text));
  } catch {
    throw new InvalidArgument('parameters', 'must be a JSON object, e.g. {"minChannels": 3}');
  }
}
