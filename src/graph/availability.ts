/**
 * Whether Neo4j can be reached, as the last transaction found it. Once a transaction fails for
 * want of a connection, the database counts as away: further work fails at once with
 * DatabaseUnavailable (callers answer 503 instead of waiting out the driver's retries), and a
 * probe asks again every second until the database answers, so the service recovers by itself.
 */
export class DatabaseUnavailable extends Error {
  constructor(
    readonly since: Date,
    cause?: unknown,
  ) {
    super(`the database is unavailable (since ${since.toISOString()}); try again shortly`, { cause });
  }
}

/** The driver's codes and network errors that mean "no connection", as opposed to a failing query. */
const unreachable = /ServiceUnavailable|SessionExpired|ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT|connection.*(closed|lost|terminated)/i;

export class Availability {
  private downSince: Date | undefined;
  private probe: NodeJS.Timeout | undefined;

  constructor(
    /** Asks the database something cheap; resolves when it answers. */
    private readonly ask: () => Promise<unknown>,
    private readonly probeEveryMs = 1000,
  ) {}

  get available(): boolean {
    return this.downSince === undefined;
  }

  /** Fails at once while the database is known to be away. */
  check(): void {
    if (this.downSince) throw new DatabaseUnavailable(this.downSince);
  }

  /** A transaction's error: a lost connection marks the database away and becomes DatabaseUnavailable. */
  failed(error: unknown): unknown {
    if (error instanceof DatabaseUnavailable) return error;
    const { code = '', message = '' } = (error ?? {}) as { code?: string; message?: string };
    if (!unreachable.test(`${code} ${message}`)) return error;
    this.markDown();
    return new DatabaseUnavailable(this.downSince!, error);
  }

  close(): void {
    clearTimeout(this.probe);
    this.probe = undefined;
  }

  private markDown(): void {
    if (this.downSince) return;
    this.downSince = new Date();
    const again = () => {
      this.probe = setTimeout(() => {
        this.ask().then(() => {
          this.downSince = undefined;
          this.probe = undefined;
        }, again);
      }, this.probeEveryMs);
      this.probe.unref();
    };
    again();
  }
}
