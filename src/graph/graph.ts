import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import type { Metrics } from '../observability/metrics.js';
import { Availability } from './availability.js';
import type { Mode, Statement } from './cypher-library.js';
import { toParameters, toPlain } from './values.js';

/** Where the service finds Neo4j: an embedded instance or one given by NEO4J_URI. */
export interface Neo4jConnection {
  uri: string;
  user: string;
  password: string;
}

export type Row = Record<string, unknown>;
export type Params = Record<string, unknown>;

export interface GraphOptions {
  uri: string;
  user: string;
  password: string;
  database: string;
  txTimeoutMs: number;
  maxPoolSize: number;
  /** How long the driver retries a transaction on transient errors (a deadlock, a lost connection). */
  maxRetryTimeMs?: number;
}

/** A transaction that runs only statements from the Cypher library, with their declared parameters. */
export interface Transaction {
  run(statement: Statement, params?: Params): Promise<Row[]>;
}

export class StatementCallError extends Error {}

/** When a request's work must be done by (epoch ms), and the signal of its client going away. */
export interface Deadline {
  at: number;
  signal?: AbortSignal;
}

/** A request's time ran out (or its client left): no transaction starts, a running one is ended. */
export class DeadlineExceeded extends Error {}

/** Neo4j's codes for a transaction ended by its timeout (while running, or while waiting for a lock). */
const timedOut = /TransactionTimedOut|Transaction\.Terminated|LockClientStopped/;

/** Whether the database ended a transaction for running out of time. */
export function ranOutOfTime(error: unknown): boolean {
  return timedOut.test((error as { code?: string } | null)?.code ?? '');
}

/**
 * The one door to Neo4j. One driver per process; every session names its database; reads go
 * through read transactions and writes through write transactions, so a neo4j:// URI lets a
 * cluster route them; every transaction has a timeout.
 */
export class Graph {
  private readonly driver: Driver;
  /** Shared by every request's view: one process, one idea of whether the database is there. */
  private readonly availability: Availability;

  constructor(
    private readonly options: GraphOptions,
    private readonly metrics?: Metrics,
    private readonly deadline?: Deadline,
    shared?: { driver: Driver; availability: Availability },
  ) {
    this.driver =
      shared?.driver ??
      neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password), {
        maxConnectionPoolSize: options.maxPoolSize,
        connectionAcquisitionTimeout: Math.min(options.txTimeoutMs, 60_000),
        maxTransactionRetryTime: options.maxRetryTimeMs ?? 5000,
        userAgent: 'customer-graph',
      });
    this.availability = shared?.availability ?? new Availability(() => this.driver.getServerInfo({ database: options.database }));
  }

  /** False while the database is known to be away (transactions then fail at once with DatabaseUnavailable). */
  get available(): boolean {
    return this.availability.available;
  }

  /**
   * The same graph for one request: every transaction gets at most the time left before the
   * deadline, and none starts after it passed or after the client went away. Shares the driver.
   */
  within(deadline: Deadline): Graph {
    return new Graph(this.options, this.metrics, deadline, { driver: this.driver, availability: this.availability });
  }

  /** The timeout a transaction may have now: the given one, cut to what is left of the deadline. */
  private timeLeft(timeoutMs: number): number {
    if (!this.deadline) return timeoutMs;
    if (this.deadline.signal?.aborted) throw new DeadlineExceeded('the client closed the request');
    const left = this.deadline.at - Date.now();
    if (left <= 0) throw new DeadlineExceeded('the request ran out of time before its next database transaction');
    return Math.min(timeoutMs, left);
  }

  /** A timeout that a request's deadline imposed becomes DeadlineExceeded; anything else stays as it was. */
  private deadlineError(error: unknown, timeoutMs: number): unknown {
    // Terminated for another reason (an operator, a shutdown) well before the deadline stays as it was.
    const cut = this.deadline !== undefined && timeoutMs < this.options.txTimeoutMs && Date.now() >= this.deadline.at - 100;
    return cut && ranOutOfTime(error) ? new DeadlineExceeded('the request ran out of time during a database transaction') : error;
  }

  read(statement: Statement, params: Params = {}): Promise<Row[]> {
    return this.transaction('read', (tx) => tx.run(statement, params));
  }

  write(statement: Statement, params: Params = {}): Promise<Row[]> {
    return this.transaction('write', (tx) => tx.run(statement, params));
  }

  /** Several statements that land together or not at all. The work may be retried on transient errors. */
  async transaction<T>(access: 'read' | 'write', work: (tx: Transaction) => Promise<T>, timeoutMs = this.options.txTimeoutMs): Promise<T> {
    this.availability.check();
    const session = this.driver.session({
      database: this.options.database,
      defaultAccessMode: access === 'read' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    const timeout = this.timeLeft(timeoutMs);
    try {
      const managed = (tx: ManagedTransaction) => work(this.wrap(tx, access));
      return await (access === 'read' ? session.executeRead(managed, { timeout }) : session.executeWrite(managed, { timeout }));
    } catch (error) {
      throw this.availability.failed(this.deadlineError(error, timeout));
    } finally {
      await session.close();
    }
  }

  /**
   * A read that stops after `maxRows` rows: the database discards the rest instead of sending
   * it, so an analyst's broad query cannot flood the service. Tells whether rows were left over.
   */
  async readRows(
    statement: Statement,
    params: Params,
    maxRows: number,
    timeoutMs: number,
  ): Promise<{ columns: string[]; rows: Row[]; truncated: boolean }> {
    checkCall(statement, 'read', params);
    this.availability.check();
    const timeout = this.timeLeft(timeoutMs);
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.READ });
    try {
      return await session.executeRead(
        async (tx) => {
          const result = tx.run(statement.text, toParameters(params));
          const rows: Row[] = [];
          let truncated = false;
          for await (const record of result) {
            if (rows.length === maxRows) {
              truncated = true;
              break;
            }
            rows.push(toPlain(record.toObject()) as Row);
          }
          return { columns: await result.keys(), rows, truncated };
        },
        { timeout },
      );
    } catch (error) {
      throw this.availability.failed(this.deadlineError(error, timeout));
    } finally {
      await session.close();
    }
  }

  /** What kind of query Neo4j's own planner says a text is (EXPLAIN, nothing runs): 'r' is read-only. */
  async queryType(text: string, params: Params): Promise<string> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.READ });
    try {
      const result = await session.run(`EXPLAIN ${text}`, toParameters(params));
      return result.summary.queryType;
    } finally {
      await session.close();
    }
  }

  /** Administration statements (e.g. user management) that run against the system database. */
  async system(statement: Statement, params: Params = {}): Promise<Row[]> {
    const session = this.driver.session({ database: 'system', defaultAccessMode: neo4j.session.WRITE });
    try {
      return await session.executeWrite((tx) => this.wrap(tx, 'system').run(statement, params), { timeout: this.options.txTimeoutMs });
    } finally {
      await session.close();
    }
  }

  verifyConnectivity(): Promise<unknown> {
    return this.driver.getServerInfo({ database: this.options.database });
  }

  /** Closes the driver; a request's view (see within) leaves it to the graph it came from. */
  close(): Promise<void> {
    if (this.deadline) return Promise.resolve();
    this.availability.close();
    return this.driver.close();
  }

  private wrap(tx: ManagedTransaction, access: 'read' | 'write' | 'system'): Transaction {
    return {
      run: async (statement, params = {}) => {
        checkCall(statement, access, params);
        const stop = this.metrics?.querySeconds.startTimer({ statement: statement.name });
        try {
          const result = await tx.run(statement.text, toParameters(params));
          stop?.({ outcome: 'ok' });
          return result.records.map((record) => toPlain(record.toObject()) as Row);
        } catch (error) {
          stop?.({ outcome: 'error' });
          throw error;
        }
      },
    };
  }
}

const allowed: Record<'read' | 'write' | 'system', Mode[]> = {
  read: ['read'],
  write: ['read', 'write', 'schema'],
  system: ['system'],
};

function checkCall(statement: Statement, access: 'read' | 'write' | 'system', params: Params): void {
  if (!allowed[access].includes(statement.mode)) {
    throw new StatementCallError(`${statement.name} is a ${statement.mode} statement and cannot run in a ${access} transaction`);
  }
  const given = Object.keys(params);
  const missing = statement.params.filter((name) => !given.includes(name));
  const unknown = given.filter((name) => !statement.params.includes(name));
  if (missing.length || unknown.length) {
    throw new StatementCallError(
      `${statement.name} takes ${statement.params.map((p) => `$${p}`).join(', ') || 'no parameters'}` +
        (missing.length ? `; missing ${missing.join(', ')}` : '') +
        (unknown.length ? `; unexpected ${unknown.join(', ')}` : ''),
    );
  }
}
