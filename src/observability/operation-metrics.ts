import { getOperationAST, GraphQLError } from 'graphql';
import { InvalidArgument } from '../invalid-argument.js';
import type { Plugin } from 'graphql-yoga';
import type { Logger } from 'pino';
import type { Metrics } from './metrics.js';

/**
 * Counts and times every GraphQL operation by name and type, and logs the unexpected errors that
 * Yoga masks for the client, so the log keeps what the response hides.
 */
export function useOperationMetrics(metrics: Metrics, log: Logger): Plugin {
  return {
    onExecute({ args }) {
      const operation = getOperationAST(args.document, args.operationName);
      const labels = { operation: (operation?.name?.value ?? 'anonymous').slice(0, 64), type: operation?.operation ?? 'unknown' };
      const stop = metrics.operationSeconds.startTimer(labels);
      return {
        onExecuteDone({ result }) {
          stop();
          const errors = 'errors' in result ? (result.errors ?? []) : [];
          metrics.operations.inc({ ...labels, outcome: errors.length ? 'error' : 'ok' });
          for (const error of errors) {
            const original = error instanceof GraphQLError ? error.originalError : undefined;
            // A caller's mistake is answered, not a failure of ours.
            if (original && !(original instanceof GraphQLError) && !(original instanceof InvalidArgument))
              log.error({ err: original, path: error.path }, 'resolver failed');
          }
        },
      };
    },
  };
}
