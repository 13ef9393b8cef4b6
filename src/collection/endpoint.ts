import type { IncomingMessage, ServerResponse } from 'node:http';
import { gunzipSync } from 'node:zlib';
import type { Logger } from 'pino';
import type { Access } from '../access/access.js';
import { NotAuthenticated } from '../access/authenticate.js';
import type { Caller } from '../access/caller.js';
import { RequestAccess } from '../access/request-access.js';
import { currentRequestId } from '../observability/log.js';
import type { Ingestion } from '../ingestion/ingest.js';
import { readLimitedBody } from '../http/body-limit.js';
import { collect } from './collect.js';
import { batchLimitBytes, checkMessage, messageLimitBytes, messageTypes, type MessageProblem, type MessageType } from './messages.js';

/** Roles whose key may be an app's write key: the ones that may ingest. */
const writers = new Set(['INGEST', 'ADMIN']);

export interface CollectionOptions {
  ingestion: Ingestion;
  access: Access;
  log: Logger;
}

/** Answered to the caller as Segment answers: a status and `{success, message}`. */
class Refusal extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/**
 * The Segment HTTP Tracking API: POST /v1/identify, /v1/track, /v1/page, /v1/screen, /v1/alias,
 * /v1/group and /v1/batch, with the write key as the Basic auth user (or `writeKey` in the body,
 * as analytics-node also sends it). 200 `{"success": true}` when every message landed; 400 naming
 * each refused message and field otherwise (the good messages of a batch still land).
 */
export function collectionEndpoint(options: CollectionOptions) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    try {
      await handle(req, options);
      answer(res, 200, { success: true });
    } catch (error) {
      if (!(error instanceof Refusal)) throw error;
      if (error.status !== 401) options.log.warn({ status: error.status, problem: error.message, ...error.details }, 'collection refused');
      answer(res, error.status, { success: false, message: error.message, ...error.details });
    }
  };
}

async function handle(req: IncomingMessage, { ingestion, access, log }: CollectionOptions) {
  const type = endpointType(req);
  const body = await readJson(req, type === 'batch' ? batchLimitBytes : messageLimitBytes);
  const caller = await authorise(req, body, access);
  const raw = type === 'batch' ? batchOf(body) : [body];
  const checked = raw.map((message, index) =>
    checkMessage(message, index, type === 'batch' ? `batch[${index}]` : 'body', type === 'batch' ? undefined : type),
  );
  const problems = checked.flatMap((result) => (result.ok ? [] : result.problems));
  const good = checked.flatMap((result, index) => (result.ok ? [{ message: result.message, index }] : []));
  const collected = good.length
    ? await collect(
        ingestion,
        good.map(({ message }) => message),
        good.map(({ index }) => index),
        new Date().toISOString(),
      )
    : { accepted: 0, refused: [], customerIds: [] };
  if (collected.accepted) audit(access, caller, `/v1/${type}`, collected.customerIds);
  const refused = [...problems, ...collected.refused].sort((a, b) => a.index - b.index);
  if (refused.length) throw new Refusal(400, summary(refused, raw.length), { accepted: collected.accepted, refused });
  log.debug({ messages: raw.length }, 'collected');
}

function endpointType(req: IncomingMessage): MessageType | 'batch' {
  const name = (req.url ?? '').split('?')[0]!.slice('/v1/'.length);
  if (name !== 'batch' && !messageTypes.includes(name as MessageType))
    throw new Refusal(404, `no endpoint /v1/${name}: use /v1/${[...messageTypes, 'batch'].join(', /v1/')}`);
  if (req.method !== 'POST') throw new Refusal(405, `/v1/${name} takes POST`);
  return name as MessageType | 'batch';
}

/** The body as JSON, gzip or not, never read or inflated beyond the limit. */
async function readJson(req: IncomingMessage, limit: number): Promise<unknown> {
  const tooLarge = new Refusal(
    400,
    `body larger than ${limit / 1024} KB: send at most ${messageLimitBytes / 1024} KB per message and ${batchLimitBytes / 1024} KB per batch`,
  );
  let body = await readLimitedBody(req, limit);
  if (!body) throw tooLarge;
  const encoding = req.headers['content-encoding'];
  if (encoding === 'gzip') {
    try {
      body = gunzipSync(body, { maxOutputLength: limit });
    } catch (error) {
      throw (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' ? tooLarge : new Refusal(400, 'body: not valid gzip');
    }
  } else if (encoding && encoding !== 'identity') {
    throw new Refusal(400, `content-encoding ${encoding} is not supported: send gzip or nothing`);
  }
  try {
    return JSON.parse(body.toString('utf8'));
  } catch (error) {
    throw new Refusal(400, `body: not JSON (${(error as Error).message})`);
  }
}

/** The write key: Basic auth's user (the password is empty), else `writeKey` in the body. */
async function authorise(req: IncomingMessage, body: unknown, { authenticate }: Access): Promise<Caller> {
  const header = req.headers.authorization ?? '';
  const basic = /^basic\s+(\S+)$/i.exec(header);
  const fromHeader = basic ? Buffer.from(basic[1]!, 'base64').toString('utf8').split(':')[0] : undefined;
  const fromBody =
    body && typeof body === 'object' && typeof (body as { writeKey?: unknown }).writeKey === 'string'
      ? (body as { writeKey: string }).writeKey
      : undefined;
  const writeKey = fromHeader || fromBody;
  if (!writeKey) throw new Refusal(401, 'send the write key (an API key with the INGEST role) as the Basic auth user name');
  try {
    const caller = await authenticate(`Bearer ${writeKey}`);
    if (!writers.has(caller.role))
      throw new Refusal(403, `the write key's role ${caller.role} may not ingest: use a key with the INGEST role`);
    return caller;
  } catch (error) {
    if (error instanceof NotAuthenticated) throw new Refusal(401, error.message);
    throw error;
  }
}

/** A write entry in the audit log, as for the ingest mutations: who sent what about which customers. */
function audit(access: Access, caller: Caller, endpoint: string, customerIds: string[]): void {
  const request = new RequestAccess(caller, access.pseudonymKey);
  request.recordWrite(customerIds, `POST ${endpoint}`);
  access.trail.record(request, `POST ${endpoint}`, currentRequestId() ?? null);
}

function batchOf(body: unknown): unknown[] {
  const batch = body && typeof body === 'object' ? (body as { batch?: unknown }).batch : undefined;
  if (!Array.isArray(batch)) throw new Refusal(400, 'batch: is required and must be a list of messages');
  return batch;
}

function summary(refused: MessageProblem[], total: number): string {
  const first = refused[0]!;
  const others = refused.length > 1 ? ` (and ${refused.length - 1} more)` : '';
  return `${new Set(refused.map(({ index }) => index)).size} of ${total} messages refused: ${first.field}: ${first.reason}${others}`;
}

function answer(res: ServerResponse, status: number, body: Record<string, unknown>): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}
