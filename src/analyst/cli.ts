import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config.js';
import { connectNeo4j } from '../embedded-neo4j/from-config.js';
import { createLogger } from '../observability/log.js';
import { openGraph } from '../service.js';
import { formatAnswer, parameterValue, type Format } from './format.js';
import { AnalystQueryError, defaultLimits, runAdHocQuery, runSavedQuery, savedQueries } from './saved-queries.js';

/**
 * `npm run analyst -- list`
 * `npm run analyst -- run <name> [--param name=value]... [--format table|csv|json] [--limit N]`
 * `npm run analyst -- query "<read-only Cypher>" [--param name=value]... [--format ...] [--limit N]`
 */
const usage =
  'usage: npm run analyst -- list | run <name> [--param name=value]... | query "<Cypher>" [--param name=value]...  [--format table|csv|json] [--limit N]';
const { values: flags, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    param: { type: 'string', multiple: true, default: [] },
    format: { type: 'string', default: 'table' },
    limit: { type: 'string', default: String(defaultLimits.rowLimit) },
  },
});

async function main(): Promise<void> {
  const [command, subject] = positionals;
  if (command === 'list') return listSavedQueries();
  if ((command !== 'run' && command !== 'query') || !subject) throw new AnalystQueryError(usage);
  const format = flags.format as Format;
  if (!['table', 'csv', 'json'].includes(format)) throw new AnalystQueryError(`--format: table, csv or json, got ${flags.format}`);
  const params = Object.fromEntries(
    flags.param.map((pair) => {
      const at = pair.indexOf('=');
      if (at < 1) throw new AnalystQueryError(`--param ${pair}: write it as name=value`);
      return [pair.slice(0, at), parameterValue(pair.slice(at + 1))];
    }),
  );
  const config = loadConfig(process.env);
  const { neo4j } = await connectNeo4j(config, (line) => console.error(line));
  const graph = await openGraph(config, neo4j, createLogger(process.env.LOG_LEVEL ?? 'warn'));
  try {
    const limits = { ...defaultLimits, rowLimit: Number(flags.limit), timeoutMs: config.NEO4J_TX_TIMEOUT_MS };
    const answer =
      command === 'run' ? await runSavedQuery(graph, subject, params, limits) : await runAdHocQuery(graph, subject, params, limits);
    console.log(formatAnswer(answer, format));
    if (answer.truncated) console.error(`(stopped at ${limits.rowLimit} rows; --limit N for more)`);
  } finally {
    await graph.close();
  }
}

function listSavedQueries(): void {
  for (const query of savedQueries()) {
    console.log(`${query.name}\n  ${query.description.replace(/\n/g, '\n  ')}`);
    for (const param of query.params) console.log(`  --param ${param.name}=...  ${param.description}`);
  }
}

main().catch((error) => {
  console.error(error instanceof ConfigError || error instanceof AnalystQueryError ? error.message : error);
  process.exit(1);
});
