import { parseArgs } from 'node:util';
import { createSchema } from '../api/schema.js';
import { loadConfig } from '../config.js';
import { connectNeo4j } from '../embedded-neo4j/from-config.js';
import { openGraph } from '../service.js';
import { createLogger } from '../observability/log.js';
import { ApiKeys } from './api-keys.js';
import { isRole } from './caller.js';
import { roleMatrix } from './matrix.js';
import { AccessPolicy, loadClearance } from './policy.js';
import { tokenSettings } from './settings.js';
import { signToken } from './tokens.js';

/**
 * `npm run access -- token --role SALES [--subject ann] [--ttl 8h]`: a development token.
 * `npm run access -- key create --name crm-sync --role INGEST | key list | key revoke <id>`.
 * `npm run access -- matrix`: the role matrix of docs/security.md, from the schema and the rules.
 */
const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { role: { type: 'string' }, subject: { type: 'string' }, ttl: { type: 'string', default: '12h' }, name: { type: 'string' } },
});
const config = loadConfig(process.env);
const [command, action, id] = positionals;

if (command === 'token') {
  const role = roleOption();
  console.log(await signToken(tokenSettings(config), values.subject ?? `developer-${role.toLowerCase()}`, role, values.ttl));
} else if (command === 'matrix') {
  console.log(roleMatrix(createSchema(), new AccessPolicy(createSchema(), loadClearance())));
} else if (command === 'key') {
  await withKeys(async (keys) => {
    if (action === 'create') {
      if (!values.name) fail('key create needs --name');
      const { key, secret } = await keys.create(values.name, roleOption(), process.env.USER ?? 'cli');
      console.log(`Created key ${key.id} (${key.name}, ${key.role}). The secret is shown once:\n${secret}`);
    } else if (action === 'list') {
      console.table(await keys.list());
    } else if (action === 'revoke' && id) {
      console.log((await keys.revoke(id)) ? `Revoked ${id}.` : `No key ${id}.`);
    } else fail('key needs create, list or revoke <id>');
  });
} else {
  fail('usage: access token --role ROLE | access key create|list|revoke | access matrix');
}

function roleOption() {
  const role = values.role?.toUpperCase();
  if (!isRole(role)) fail('--role must be one of SALES, MARKETING, SERVICE, ANALYST, ADMIN, INGEST');
  return role;
}

async function withKeys(work: (keys: ApiKeys) => Promise<void>): Promise<void> {
  const log = createLogger('warn');
  const { neo4j } = await connectNeo4j(config, (line) => log.info(line));
  const graph = await openGraph(config, neo4j, log);
  try {
    await work(new ApiKeys(graph));
  } finally {
    await graph.close();
  }
}

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}
