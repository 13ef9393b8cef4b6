import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { inRequest } from '../observability/log.js';
import type { Metrics } from '../observability/metrics.js';
import { readLimitedBody, refuseTooLarge } from './body-limit.js';
import { NotAuthenticated, type Authenticate } from '../access/authenticate.js';
import type { Readiness } from './readiness.js';

export interface HttpOptions {
  api: RequestListener;
  readiness: () => Promise<Readiness>;
  metrics: Metrics;
  log: Logger;
  /** The largest request body the API reads (REQUEST_BODY_LIMIT_BYTES). */
  bodyLimitBytes: number;
  /** Who is calling (for /metrics; the API authenticates its own requests). */
  authenticate: Authenticate;
  /** False while Neo4j is known to be away: API requests are answered 503 at once. */
  databaseAvailable: () => boolean;
  /** The Segment-Spec collection endpoint, /v1/... (reads its own body, with its own limits). */
  collect?: RequestListener;
  /** The explorer's page and assets under /explorer (they hold no data: that comes from /graphql). */
  explorer: (req: IncomingMessage, res: ServerResponse) => Promise<void>;
}

const requestIdPattern = /^[A-Za-z0-9._-]{1,128}$/;

/**
 * One HTTP server: /healthz (the process is up), /readyz (Neo4j answers and the schema is
 * migrated), /metrics (Prometheus, for any authenticated caller: give the scraper an API key),
 * the explorer's page under /explorer, and everything else to the GraphQL API. Each request gets an
 * id (the caller's x-request-id when it is sane), echoed back and present on every log line.
 */
export function createHttpServer(options: HttpOptions): Server {
  const { log, metrics } = options;
  return createServer((req, res) => {
    const given = req.headers['x-request-id'];
    const requestId = typeof given === 'string' && requestIdPattern.test(given) ? given : randomUUID();
    res.setHeader('x-request-id', requestId);
    inRequest(requestId, () => {
      const started = process.hrtime.bigint();
      const route = routeOf(req);
      metrics.httpInFlight.inc();
      res.once('close', () => metrics.httpInFlight.dec());
      res.on('finish', () => {
        metrics.httpRequests.inc({ route, status: String(res.statusCode) });
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        log.info({ method: req.method, url: req.url, status: res.statusCode, ms: Math.round(ms * 10) / 10 }, 'request');
      });
      handle(route, req, res, options).catch((error: unknown) => {
        log.error({ err: error }, 'request failed');
        if (!res.headersSent) json(res, 500, { error: 'internal error', requestId });
        else res.end();
      });
    });
  });
}

function routeOf(req: IncomingMessage): string {
  const path = (req.url ?? '/').split('?')[0] ?? '/';
  if (path.startsWith('/v1/')) return '/v1';
  if (path === '/explorer' || path.startsWith('/explorer/')) return '/explorer';
  return ['/healthz', '/readyz', '/metrics', '/graphql'].includes(path) ? path : 'other';
}

async function handle(route: string, req: IncomingMessage, res: ServerResponse, options: HttpOptions): Promise<void> {
  if (route === '/healthz') return json(res, 200, { status: 'ok' });
  if (route === '/readyz') {
    const state = await options.readiness();
    return state.ready ? json(res, 200, { status: 'ready' }) : json(res, 503, { status: 'not ready', reason: state.reason });
  }
  if (route === '/explorer') return options.explorer(req, res);
  if (route === '/metrics') {
    try {
      await options.authenticate(req.headers.authorization ?? null);
    } catch (error) {
      if (error instanceof NotAuthenticated) return json(res, 401, { error: error.message });
      throw error;
    }
    res.writeHead(200, { 'content-type': options.metrics.registry.contentType });
    res.end(await options.metrics.registry.metrics());
    return;
  }
  if (!options.databaseAvailable()) return databaseUnavailable(res);
  if (route === '/v1' && options.collect) return options.collect(req, res);
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    const body = await readLimitedBody(req, options.bodyLimitBytes);
    if (!body) return refuseTooLarge(res, options.bodyLimitBytes);
    // Yoga takes a body that was already read from `req.body` (as after a body parser).
    (req as IncomingMessage & { body?: Buffer }).body = body;
  }
  await options.api(req, res);
}

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(JSON.stringify(body));
}

/** What a GraphQL client gets while the database is away: the same answer as from a failed resolver. */
function databaseUnavailable(res: ServerResponse): void {
  json(
    res,
    503,
    { errors: [{ message: 'The database is unavailable; try again shortly.', extensions: { code: 'DATABASE_UNAVAILABLE' } }] },
    { 'retry-after': '2' },
  );
}
