import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Kind, parse, type FieldNode, type GraphQLResolveInfo, type OperationDefinitionNode } from 'graphql';
import neo4j from 'neo4j-driver';
import { createSchema } from '../../src/api/schema.js';
import { pageStart } from '../../src/customers/selection/lookups.js';
import { composeList, inConnection } from '../../src/customers/selection/list-view.js';
import { composeView, planFields } from '../../src/customers/selection/view-360.js';
import { cypher } from '../../src/graph/cypher-library.js';
import { toParameters } from '../../src/graph/values.js';
import { projectRoot } from '../../src/project.js';
import { shapes } from './shapes.js';

/**
 * `npx tsx bench/peer/db-hits.ts [--bolt-port 7724]`: the database hits (PROFILE) of the statement
 * our API composes for bench:peer's 360, journey and page, beside the hand-written Cypher's, on
 * the running bench:peer graph. Hits do not depend on the machine's load, unlike the timings.
 */
const { values: flags } = parseArgs({ options: { 'bolt-port': { type: 'string', default: '7724' } } });
const password = readFileSync(join(projectRoot, '.neo4j', 'bench-peer', 'password'), 'utf8').trim();
const driver = neo4j.driver(`bolt://127.0.0.1:${flags['bolt-port']}`, neo4j.auth.basic('neo4j', password));
const schema = createSchema();
const infoOf = (query: string, variables: Record<string, unknown>) => {
  const operation = parse(query).definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
  return {
    schema,
    fragments: {},
    variableValues: variables,
    operation,
    fieldNodes: [operation.selectionSet.selections[0] as FieldNode],
  } as unknown as GraphQLResolveInfo;
};
type Plan = { dbHits: number; operatorType: string; children: Plan[]; arguments: Record<string, unknown> };
const hits = (plan: Plan): number => plan.dbHits + plan.children.reduce((sum, child) => sum + hits(child), 0);
const operators = (plan: Plan): string[] => [plan.operatorType.replace(/@neo4j$/, ''), ...plan.children.flatMap(operators)];
const profile = async (text: string, params: Record<string, unknown>) => {
  const session = driver.session({ database: 'neo4j', defaultAccessMode: neo4j.session.READ });
  try {
    await session.run(text, toParameters(params)); // the plan cached, the pages warm
    const summary = (await session.run(`PROFILE ${text}`, toParameters(params))).summary;
    const plan = summary.profile as unknown as Plan;
    return { hits: hits(plan), operators: [...new Set(operators(plan))].join(' ') };
  } finally {
    await session.close();
  }
};
const session = driver.session({ database: 'neo4j' });
const { ids } = (await session.run(cypher.get('bench/sample-customers').text, { limit: neo4j.int(200) })).records[0]!.toObject() as {
  ids: string[];
};
await session.close();
const all = shapes(ids, new Map([['coffee', {}]]));
const shape = (name: string) => all.find((candidate) => candidate.name.startsWith(name))!;
const rows: [string, string, Record<string, unknown>, string, Record<string, unknown>][] = [];
for (const name of ['customer 360', 'journey']) {
  const s = shape(name);
  const { statement, params } = composeView({ id: ids[0]! }, planFields(infoOf(s.ours, { id: ids[0] })));
  rows.push([name, statement.text, params, s.raw.text, { id: ids[0] }]);
}
const page = shape('page');
const list = composeList('customers/list/page', pageStart('CREATED_AT', null).start, infoOf(page.ours, {}), inConnection);
const filter = { country: null, lifecycleStage: null, familyName: null, createdSince: null, createdBefore: null };
rows.push(['page of 100', list.statement.text, { ...list.params, filter, after: null, limit: 101 }, page.raw.text, { limit: 100 }]);
console.log('| shape | ours: db hits | raw: db hits | ours: operators |\n| --- | --- | --- | --- |');
for (const [name, ours, ourParams, raw, rawParams] of rows) {
  const [a, b] = [await profile(ours, ourParams), await profile(raw, rawParams)];
  console.log(`| ${name} | ${a.hits} | ${b.hits} | ${a.operators} |`);
}
await driver.close();
