/**
 * The times a bulk load stamps. The online import stamps each batch with the time it ran, and the
 * customers a batch starts a nanosecond apart (ingestion/upsert-source-records), and that order
 * decides things: which of two customers survives a merge, which record wins a golden value when
 * neither says when it was updated. A bulk load runs all its batches in one go, so batch n is
 * stamped the load's start plus n milliseconds: the same order, in times that read as the load's.
 */
export class LoadClock {
  private readonly startMs: number;

  constructor(start = Date.now()) {
    this.startMs = start;
  }

  /** The `now` of batch n: importedAt of the records it writes. */
  batchNow(batch: number): string {
    return new Date(this.startMs + batch).toISOString();
  }

  /** createdAt of the customer a batch starts at place `rank`: its now plus rank nanoseconds. */
  createdAt(batch: number, rank: number): string {
    if (rank >= 1_000_000) throw new Error(`a bulk load's batches hold fewer than 1,000,000 records (a batch started customer ${rank})`);
    return this.batchNow(batch).replace(/Z$/, `${String(rank).padStart(6, '0')}Z`);
  }

  /** Oldest first, then by id, as identity/resolve.ts orders customers. */
  static compareAge(a: { createdAt: string; id: string }, b: { createdAt: string; id: string }): number {
    const [x, y] = [epochNanos(a.createdAt), epochNanos(b.createdAt)];
    return x < y ? -1 : x > y ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  }
}

/** Nanoseconds since the epoch of an ISO instant in UTC (fractions of any length), for exact comparison. */
export function epochNanos(iso: string): bigint {
  const match = /^(.*T\d\d:\d\d:\d\d)(?:\.(\d+))?Z$/.exec(iso);
  if (!match) return BigInt(Date.parse(iso)) * 1_000_000n;
  return BigInt(Date.parse(`${match[1]}Z`)) * 1_000_000n + BigInt((match[2] ?? '').padEnd(9, '0').slice(0, 9));
}
