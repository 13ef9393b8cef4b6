import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * The request body, read whole but never beyond `limit` bytes: a declared Content-Length over it
 * is refused before reading, and a body without one (chunked) is cut off as soon as it passes it.
 * Undefined means too large.
 */
export function readLimitedBody(req: IncomingMessage, limit: number): Promise<Buffer | undefined> {
  if (Number(req.headers['content-length'] ?? 0) > limit) return Promise.resolve(undefined);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      req.off('data', onData);
      req.pause();
      resolve(undefined);
    };
    req.on('data', onData);
    req.once('end', () => resolve(Buffer.concat(chunks)));
    req.once('error', reject);
  });
}

/** 413 in the shape of a GraphQL response; the connection closes, so the rest of the body is never read. */
export function refuseTooLarge(res: ServerResponse, limit: number): void {
  res.writeHead(413, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', connection: 'close' });
  res.end(
    JSON.stringify({
      errors: [
        {
          message: `Request body too large: at most ${limit} bytes (REQUEST_BODY_LIMIT_BYTES).`,
          extensions: { code: 'PAYLOAD_TOO_LARGE', limit },
        },
      ],
    }),
  );
}
