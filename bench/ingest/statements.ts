import { existsSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import neo4j, { ManagedTransaction, type ResultSummary } from 'neo4j-driver';
import { startEmbedded, stopEmbedded } from '../../src/embedded-neo4j/instance.js';
import { generate } from '../../src/generator/generate.js';
import { cypher } from '../../src/graph/cypher-library.js';
import { Graph } from '../../src/graph/graph.js';
import { applyMigrations, migrationsOf } from '../../src/graph/migrations.js';
import { loadIdentityRules } from '../../src/identity/rules.js';
import { importFiles, planImport, sourceFilesIn } from '../../src/ingestion/import-files.js';
import { Ingestion } from '../../src/ingestion/ingest.js';
import { loadSources } from '../../src/ingestion/sources.js';
import { devPrivacyHashKey } from '../../src/config.js';
import { IdentifierHasher } from '../../src/privacy/suppression.js';
import { projectRoot } from '../../src/project.js';

/**
 * `npm run bench:ingest:statements -- [--customers 1000] [--batch 1000] [--bolt-port 7722] [--profile]`:
 * what each statement of the online import costs. Imports a generated set (about 48 records a
 * person) into a fresh database and, for every statement run inside a batch transaction, sums
 * its wall time and the rows it was given (the length of its list parameter), per 1,000 rows,
 * and what it changed; the write transactions are timed too, their commits apart.
 * With --profile every statement runs under PROFILE: its database hits, and the operators of
 * its plan that cost most as a graph grows (Eager, label and all-node scans, cartesian products).
 * PROFILE adds its own time, so take the times from a run without it.
 */
const { values: flags } = parseArgs({
  options: {
    customers: { type: 'string', default: '1000' },
    batch: { type: 'string', default: '1000' },
    'bolt-port': { type: 'string', default: '7722' },
    profile: { type: 'boolean', default: false },
    /** With --profile: print the profiled plan of these statements' worst call (Eager or a scan first, then most hits), by name prefix. */
    plans: { type: 'string' },
    /** Only the plans (EXPLAIN with null parameters on the empty schema) of these statements, by name prefix. */
    explain: { type: 'string' },
  },
});
const customers = Number(flags.customers);
const dataDir = join(projectRoot, '.bench-data', `ingest-42-${customers}`);
const home = join(projectRoot, '.neo4j', `bench-statements-${flags['bolt-port']}`);
const watched = /^(Eager$|AllNodesScan|NodeByLabelScan|CartesianProduct|.*RelationshipTypeScan|NodeIndexScan)/;

interface Cost {
  calls: number;
  rows: number;
  seconds: number;
  hits: number;
  operators: Set<string>;
  plan?: Plan;
  /** What the statement changed, summed: relationships created and deleted, properties set, labels added and removed. */
  writes?: Record<string, number>;
}
const costs = new Map<string, Cost>();
/** Time inside write transactions, and the part of it after the work returned: the commit. */
const transactions = { count: 0, seconds: 0, commitSeconds: 0 };

/** Every write transaction is timed, and its commit apart (from the work's end to executeWrite's). */
function watchTransactions(): void {
  const transaction = Graph.prototype.transaction;
  Graph.prototype.transaction = async function <T>(
    this: Graph,
    access: 'read' | 'write',
    work: (tx: never) => Promise<T>,
    timeoutMs?: number,
  ) {
    const started = performance.now();
    let workDone = started;
    const result = await transaction.call(
      this,
      access,
      async (tx) => {
        const value = await work(tx as never);
        workDone = performance.now();
        return value;
      },
      timeoutMs,
    );
    const ended = performance.now();
    if (access === 'read') return result as T;
    transactions.count += 1;
    transactions.seconds += (ended - started) / 1000;
    transactions.commitSeconds += (ended - workDone) / 1000;
    return result as T;
  } as typeof transaction;
}

type Plan = { dbHits: number; rows?: number; operatorType: string; children: Plan[]; arguments?: { Details?: string } };
const hitsOf = (plan: Plan): number => plan.dbHits + plan.children.reduce((sum, child) => sum + hitsOf(child), 0);
/** A plan with Eager or a scan before one without, then the one with more hits. */
const costlier = (plan: Plan, than: Plan) => {
  const watchedIn = (p: Plan) => operatorsOf(p).some((operator) => watched.test(operator));
  return watchedIn(plan) !== watchedIn(than) ? watchedIn(plan) : hitsOf(plan) > hitsOf(than);
};
const operatorsOf = (plan: Plan): string[] => [plan.operatorType.replace(/@neo4j$/, ''), ...plan.children.flatMap(operatorsOf)];

/** When each transaction's last answer came. */
const lastAnswered = new WeakMap<ManagedTransaction, number>();

/** Every statement a managed transaction runs is timed (and profiled), by its name under cypher/. */
function watchStatements(): void {
  const run = ManagedTransaction.prototype.run;
  const names = new Map(cypher.all().map((statement) => [statement.text, statement.name]));
  ManagedTransaction.prototype.run = function (this: ManagedTransaction, text: string, params: Record<string, unknown>) {
    const name = names.get(text) ?? 'unnamed';
    const list = Object.values(params ?? {}).find(Array.isArray) as unknown[] | undefined;
    const started = performance.now();
    const result = run.call(this, flags.profile ? `PROFILE\n${text}` : text, params);
    result.summary().then(
      (summary: ResultSummary) => {
        // Statements sent together (a StatementPipeline) run one after another: each is timed from the end of the one before.
        const ended = performance.now();
        const from = Math.max(started, lastAnswered.get(this) ?? 0);
        lastAnswered.set(this, ended);
        const cost = costs.get(name) ?? { calls: 0, rows: 0, seconds: 0, hits: 0, operators: new Set<string>() };
        costs.set(name, cost);
        cost.calls += 1;
        cost.rows += list?.length ?? 1;
        cost.seconds += (ended - from) / 1000;
        const updates = summary.counters.updates() as Record<string, number>;
        cost.writes ??= {};
        for (const [kind, count] of Object.entries(updates)) if (count) cost.writes[kind] = (cost.writes[kind] ?? 0) + count;
        const plan = summary.profile as unknown as Plan | false;
        if (!plan) return;
        cost.hits += hitsOf(plan);
        if (!cost.plan || costlier(plan, cost.plan)) cost.plan = plan;
        for (const operator of operatorsOf(plan)) if (watched.test(operator)) cost.operators.add(operator);
      },
      () => undefined,
    );
    return result;
  } as typeof run;
}

async function main(): Promise<void> {
  if (!existsSync(join(dataDir, 'manifest.json'))) generate({ seed: 42, customers, out: dataDir });
  const sources = loadSources();
  const plan = planImport(sourceFilesIn(dataDir), sources);
  await stopEmbedded(home);
  rmSync(join(home, 'data'), { recursive: true, force: true });
  const connection = await startEmbedded({ home, boltPort: Number(flags['bolt-port']), heap: '2g', pageCache: '1g' });
  const graph = new Graph({ ...connection, database: 'neo4j', txTimeoutMs: 600_000, maxPoolSize: 4 });
  try {
    await applyMigrations(graph, migrationsOf(cypher));
    if (flags.explain !== undefined) return await explain(connection, flags.explain);
    watchStatements();
    watchTransactions();
    console.log(
      `load average before: ${loadavg()
        .map((v) => v.toFixed(2))
        .join(' ')}`,
    );
    const started = performance.now();
    const ingestion = new Ingestion(graph, sources, loadIdentityRules(), new IdentifierHasher(devPrivacyHashKey));
    const summary = await importFiles(ingestion, plan, { batchSize: Number(flags.batch) });
    const seconds = (performance.now() - started) / 1000;
    const records = summary.accepted + summary.updated + summary.unchanged + summary.rejected;
    console.log(
      `${records} records in ${seconds.toFixed(1)} s (${Math.round(records / seconds)}/s)${flags.profile ? ', under PROFILE' : ''}`,
    );
    console.log(
      `load average after: ${loadavg()
        .map((v) => v.toFixed(2))
        .join(' ')}\n`,
    );
    report();
  } finally {
    await graph.close();
    await stopEmbedded(home);
  }
}

/** A plan as an indented tree of operators (with rows and hits when profiled), Eager and scans marked. */
const tree = (plan: Plan, depth = 0): string[] => {
  const operator = plan.operatorType.replace(/@neo4j$/, '');
  const counts = plan.rows === undefined ? '' : ` [rows ${plan.rows}, hits ${plan.dbHits}]`;
  return [
    `${'  '.repeat(depth)}${watched.test(operator) ? '!! ' : ''}${operator}${counts} ${plan.arguments?.Details ?? ''}`.slice(0, 200),
    ...plan.children.flatMap((child) => tree(child, depth + 1)),
  ];
};

/** Each statement's plan as an indented tree of operators, Eager and scans marked. */
async function explain(connection: { uri: string; user: string; password: string }, prefix: string): Promise<void> {
  const driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password));
  const session = driver.session({ database: 'neo4j' });
  try {
    for (const statement of cypher.all().filter((s) => s.name.startsWith(prefix))) {
      const params = Object.fromEntries(statement.params.map((name) => [name, null]));
      const { plan } = (await session.run(`EXPLAIN ${statement.text}`, params)).summary;
      console.log(`=== ${statement.name}\n${tree(plan as unknown as Plan).join('\n')}`);
    }
  } finally {
    await session.close();
    await driver.close();
  }
}

function report(): void {
  console.log('| statement | calls | rows | s | ms per 1,000 rows | db hits per 1,000 rows | watched operators |');
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  const total = [...costs.values()].reduce((sum, cost) => sum + cost.seconds, 0);
  for (const [name, cost] of [...costs].sort(([, a], [, b]) => b.seconds - a.seconds)) {
    const per = (value: number) => Math.round((value * 1000) / Math.max(cost.rows, 1)).toLocaleString('en');
    const hits = flags.profile ? per(cost.hits) : '';
    console.log(
      `| ${name} | ${cost.calls} | ${cost.rows} | ${cost.seconds.toFixed(1)} | ${per(cost.seconds * 1000)} | ${hits} | ${[...cost.operators].join(' ')} |`,
    );
  }
  console.log(`statements in all: ${total.toFixed(1)} s`);
  console.log('\nWhat each statement changed, summed over its calls:');
  for (const [name, cost] of costs)
    if (cost.writes && Object.keys(cost.writes).length)
      console.log(
        `- ${name}: ${Object.entries(cost.writes)
          .map(([kind, count]) => `${kind} ${count.toLocaleString('en')}`)
          .join(', ')}`,
      );
  console.log(
    `transactions: ${transactions.count}, ${transactions.seconds.toFixed(1)} s in all, of which commits ${transactions.commitSeconds.toFixed(1)} s`,
  );
  for (const [name, cost] of costs)
    if (flags.plans !== undefined && name.startsWith(flags.plans) && cost.plan)
      console.log(`\n=== ${name} (worst call)\n${tree(cost.plan).join('\n')}`);
}

await main();
