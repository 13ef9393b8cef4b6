import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { projectRoot } from '../project.js';
import type { Destination } from './destinations.js';

/**
 * Delivery to a destination: a file, or a webhook in batches. A webhook batch is retried with
 * exponential backoff on a network error, a 429 or a 5xx, under the same Idempotency-Key, so a
 * receiver that already took it can ignore the repeat; any other refusal stops the export.
 */
export type Row = Record<string, unknown>;

export interface Delivery {
  batches: number;
  attempts: number;
  file?: string;
}

export class DeliveryError extends Error {}

export async function deliver(destination: Destination, rows: Row[], exportId: string, retryDelayMs = 200): Promise<Delivery> {
  if (destination.kind === 'file') return { batches: 1, attempts: 1, file: writeExport(destination, rows, exportId) };
  let attempts = 0;
  const batches = chunks(rows, destination.batchSize);
  for (const [index, records] of batches.entries()) {
    const key = createHash('sha256').update(`${exportId}|${index}`).digest('hex');
    attempts += await post(
      destination.url,
      { exportId, batch: index + 1, batches: batches.length, records },
      key,
      destination.retries,
      retryDelayMs,
    );
  }
  return { batches: batches.length, attempts };
}

async function post(url: string, body: unknown, idempotencyKey: string, retries: number, delayMs: number): Promise<number> {
  for (let attempt = 1; ; attempt += 1) {
    const outcome = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': idempotencyKey },
      body: JSON.stringify(body),
    })
      .then((response) =>
        response.ok
          ? 'sent'
          : response.status === 429 || response.status >= 500
            ? `HTTP ${response.status}`
            : new DeliveryError(`${url} refused the batch: HTTP ${response.status}`),
      )
      .catch((error: Error) => `${error.message}`);
    if (outcome === 'sent') return attempt;
    if (outcome instanceof DeliveryError) throw outcome;
    if (attempt > retries) throw new DeliveryError(`${url}: gave up after ${attempt} attempts (${outcome})`);
    await new Promise((resolve) => setTimeout(resolve, delayMs * 2 ** (attempt - 1)));
  }
}

function writeExport(destination: Extract<Destination, { kind: 'file' }>, rows: Row[], exportId: string): string {
  const directory = resolve(projectRoot, destination.directory);
  mkdirSync(directory, { recursive: true });
  const file = join(directory, `${destination.name}-${exportId}.${destination.format}`);
  const text =
    destination.format === 'ndjson'
      ? rows.map((row) => JSON.stringify(row)).join('\n')
      : stringify([destination.fields, ...rows.map((row) => destination.fields.map((field) => row[field] ?? ''))]);
  writeFileSync(file, text ? `${text.trimEnd()}\n` : '');
  return file;
}

const chunks = <T>(items: T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, index) => items.slice(index * size, (index + 1) * size));
