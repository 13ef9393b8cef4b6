import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface WebhookCall {
  headers: IncomingHttpHeaders;
  body: { batch: number; records: Record<string, unknown>[] };
}

/** A local webhook receiver for activation tests: keeps every call, answers with `status()` (200 unless told). */
export async function startWebhook(status: () => number = () => 200) {
  const received: WebhookCall[] = [];
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      received.push({ headers: request.headers, body: JSON.parse(body) });
      response.writeHead(status()).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, received, close: () => server.close() };
}
