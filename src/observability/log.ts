import { AsyncLocalStorage } from 'node:async_hooks';
import { pino, type Logger } from 'pino';

/**
 * Structured JSON logs. Everything that runs on behalf of a request, down to the graph layer,
 * carries that request's id: it is kept in async-local storage and added to every line.
 */
const requestScope = new AsyncLocalStorage<{ requestId: string }>();

export function inRequest<T>(requestId: string, work: () => T): T {
  return requestScope.run({ requestId }, work);
}

export function currentRequestId(): string | undefined {
  return requestScope.getStore()?.requestId;
}

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  const options = {
    level,
    base: { service: 'customer-graph' },
    timestamp: pino.stdTimeFunctions.isoTime,
    mixin: () => {
      const requestId = currentRequestId();
      return requestId ? { requestId } : {};
    },
  };
  return destination ? pino(options, destination) : pino(options);
}
