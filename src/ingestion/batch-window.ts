/**
 * The batches of one import being written at once (Ingestion.run). A batch waits for room, and
 * for every batch it shares a key with (contendedKeys) to land; batches land in input order.
 */
export class BatchWindow {
  private readonly landing: { keys: Set<string>; landed: Promise<void> }[] = [];
  private last: Promise<void> = Promise.resolve();

  constructor(private readonly size: number) {}

  async roomFor(keys: Set<string>): Promise<void> {
    // Batches land in order, so the last one sharing a key landed means every one before it did.
    const shared = this.landing.findLast((batch) => overlaps(batch.keys, keys));
    if (shared) await shared.landed;
    while (this.landing.length >= this.size) await this.landing[0]!.landed;
  }

  add(keys: Set<string>, landed: Promise<void>): void {
    const batch = { keys, landed };
    this.landing.push(batch);
    this.last = landed;
    // Registered before anyone waits on it, so a landed batch has left the window when they resume.
    landed.then(
      () => this.landing.splice(this.landing.indexOf(batch), 1),
      () => undefined,
    );
  }

  /** Settles when every batch added so far has landed; fails with the first that failed. */
  lastLanded(): Promise<void> {
    return this.last;
  }
}

/** A batch's time: never earlier than the batch before's, so batches are as old as their input order. */
export class BatchClock {
  private last = 0;

  next(): string {
    this.last = Math.max(Date.now(), this.last + 1);
    return new Date(this.last).toISOString();
  }
}

const overlaps = (one: Set<string>, other: Set<string>) => {
  for (const key of one) if (other.has(key)) return true;
  return false;
};
