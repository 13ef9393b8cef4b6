import { readFileSync } from 'node:fs';
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesPlugin } from '@escape.tech/graphql-armor-max-directives';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import { GraphQLError, NoSchemaIntrospectionCustomRule, type ValidationContext } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { z } from 'zod';
import type { Config } from '../config.js';
import { DatabaseUnavailable } from '../graph/availability.js';
import { InvalidArgument } from '../invalid-argument.js';
import { DeadlineExceeded } from '../graph/graph.js';
import { queryCostRule } from './query-cost.js';

/**
 * Everything that refuses a request before it reaches a resolver, in one place: limits on the
 * document (tokens while parsing; depth, aliases, directives and cost while validating), no
 * introspection in production, persisted operations only when asked, and CSRF prevention. Each
 * refusal names the limit, its value, what was found and the variable that sets it.
 */
export interface Hardening {
  production: boolean;
  requestTimeoutMs: number;
  maxDepth: number;
  maxCost: number;
  maxAliases: number;
  maxDirectives: number;
  maxTokens: number;
  /** Persisted operations by id (the SHA-256 of the document, hex); absent when none are configured. */
  persisted?: { operations: Map<string, string>; only: boolean };
}

/** The header a browser cannot send without a CORS preflight; required on GET and form-like POSTs. */
export const csrfHeader = 'x-graphql-yoga-csrf';

export function hardeningOf(config: Config): Hardening {
  return {
    production: config.NODE_ENV === 'production',
    requestTimeoutMs: config.REQUEST_TIMEOUT_MS,
    maxDepth: config.GRAPHQL_MAX_DEPTH,
    maxCost: config.GRAPHQL_MAX_COST,
    maxAliases: config.GRAPHQL_MAX_ALIASES,
    maxDirectives: config.GRAPHQL_MAX_DIRECTIVES,
    maxTokens: config.GRAPHQL_MAX_TOKENS,
    persisted: config.PERSISTED_OPERATIONS_FILE
      ? { operations: readPersistedOperations(config.PERSISTED_OPERATIONS_FILE), only: config.PERSISTED_OPERATIONS_ONLY }
      : undefined,
  };
}

const store = z.record(z.string().min(1), z.string().min(1));

/** The store is a JSON object of id → document; a file that cannot be read or is not one stops start-up. */
export function readPersistedOperations(file: string): Map<string, string> {
  const problem = `PERSISTED_OPERATIONS_FILE ${file}: expected a JSON object of operation id to GraphQL document`;
  let content: unknown;
  try {
    content = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${problem} (${(error as Error).message})`);
  }
  const parsed = store.safeParse(content);
  if (!parsed.success) throw new Error(problem);
  return new Map(Object.entries(parsed.data));
}

export function hardeningPlugins(options: Hardening): Plugin[] {
  const refuse = (limit: string, variable: string) => ({
    exposeLimits: true,
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) => {
        const clear = limitError(error.message, limit, variable);
        if (!context) throw clear;
        context.reportError(clear);
      },
    ],
  });
  const plugins: Plugin[] = [
    useCSRFPrevention({ requestHeaders: [csrfHeader] }),
    maxTokensPlugin({ n: options.maxTokens, ...refuse('tokens', 'GRAPHQL_MAX_TOKENS') }) as Plugin,
    maxDepthPlugin({ n: options.maxDepth, ...refuse('depth', 'GRAPHQL_MAX_DEPTH') }) as Plugin,
    maxAliasesPlugin({ n: options.maxAliases, ...refuse('aliases', 'GRAPHQL_MAX_ALIASES') }) as Plugin,
    maxDirectivesPlugin({ n: options.maxDirectives, ...refuse('directives', 'GRAPHQL_MAX_DIRECTIVES') }) as Plugin,
    { onValidate: ({ addValidationRule }) => addValidationRule(queryCostRule({ maxCost: options.maxCost, listItems: 10 })) },
  ];
  if (options.production) plugins.push({ onValidate: ({ addValidationRule }) => addValidationRule(NoSchemaIntrospectionCustomRule) });
  if (options.persisted) plugins.push(persistedOperations(options.persisted));
  return plugins;
}

/** GraphQL Armor says "Syntax Error: Query depth limit of 6 exceeded, found 7."; we drop the misleading prefix and add the code and variable. */
function limitError(armorMessage: string, limit: string, variable: string): GraphQLError {
  const message = armorMessage.replace(/^Syntax Error: /, '').replace(/\.$/, '');
  const [maximum, found] = [...message.matchAll(/\d+/g)].map((match) => Number(match[0]));
  return new GraphQLError(`${message} (${variable}).`, {
    extensions: { code: 'QUERY_LIMIT_EXCEEDED', limit, maximum, ...(found === undefined ? {} : { found }) },
  });
}

/** A request that ran out of time is told so (masking would say "Unexpected error."). */
export function unmaskedTimeout(error: unknown, { requestTimeoutMs }: Hardening): GraphQLError | undefined {
  if (!(error instanceof GraphQLError) || !(error.originalError instanceof DeadlineExceeded)) return undefined;
  return new GraphQLError(`Request timeout: ${error.originalError.message} (REQUEST_TIMEOUT_MS is ${requestTimeoutMs}).`, {
    nodes: error.nodes,
    path: error.path,
    extensions: { code: 'REQUEST_TIMEOUT' },
  });
}

/** A domain function refused one argument: the client's mistake, told as BAD_USER_INPUT naming the argument. */
export function unmaskedInvalidArgument(error: unknown): GraphQLError | undefined {
  if (!(error instanceof GraphQLError) || !(error.originalError instanceof InvalidArgument)) return undefined;
  const { argument } = error.originalError;
  return new GraphQLError(error.originalError.message, {
    nodes: error.nodes,
    path: error.path,
    extensions: { code: 'BAD_USER_INPUT', argument },
  });
}

/** The database went away during the request: a 503 the client can retry, not a masked 500. */
export function unmaskedUnavailable(error: unknown): GraphQLError | undefined {
  if (!(error instanceof GraphQLError) || !(error.originalError instanceof DatabaseUnavailable)) return undefined;
  return new GraphQLError('The database is unavailable; try again shortly.', {
    nodes: error.nodes,
    path: error.path,
    extensions: { code: 'DATABASE_UNAVAILABLE', http: { status: 503, headers: { 'retry-after': '2' } } },
  });
}

function persistedOperations({ operations, only }: NonNullable<Hardening['persisted']>): Plugin {
  return usePersistedOperations({
    getPersistedOperation: (id) => operations.get(id) ?? null,
    allowArbitraryOperations: !only,
    customErrors: {
      persistedQueryOnly: {
        message:
          'Only persisted operations are accepted: send extensions.persistedQuery.sha256Hash instead of a query (PERSISTED_OPERATIONS_ONLY).',
        extensions: { code: 'PERSISTED_QUERY_ONLY', http: { status: 400 } },
      },
      notFound: {
        message:
          'Persisted operation not found: extensions.persistedQuery.sha256Hash names no operation of the store (PERSISTED_OPERATIONS_FILE).',
        extensions: { code: 'PERSISTED_QUERY_NOT_FOUND', http: { status: 400 } },
      },
      keyNotFound: {
        message: 'No operation: send a query, or extensions.persistedQuery {version: 1, sha256Hash} of a persisted operation.',
        extensions: { code: 'PERSISTED_QUERY_ID_REQUIRED', http: { status: 400 } },
      },
    },
  }) as Plugin;
}
