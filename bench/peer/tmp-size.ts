import { readFileSync } from 'node:fs';
import { Kind, parse, type FieldNode, type GraphQLResolveInfo, type OperationDefinitionNode } from 'graphql';
import neo4j from 'neo4j-driver';
import { createSchema } from '../../src/api/schema.js';
import { pageStart } from '../../src/customers/selection/lookups.js';
import { composeList, inConnection } from '../../src/customers/selection/list-view.js';
import { toParameters, toPlain } from '../../src/graph/values.js';
import { shapes } from './shapes.js';
const password = readFileSync('/work/wt/reads/.neo4j/bench-peer/password', 'utf8').trim();
const driver = neo4j.driver('bolt://127.0.0.1:7815', neo4j.auth.basic('neo4j', password));
const page = shapes([], new Map()).find((s) => s.name.startsWith('page'))!;
const op = parse(page.ours).definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
const info = { schema: createSchema(), fragments: {}, variableValues: {}, fieldNodes: [op.selectionSet.selections[0] as FieldNode] } as unknown as GraphQLResolveInfo;
const list = composeList('customers/list/page', pageStart('CREATED_AT', null).start, info, inConnection);
const filter = { country: null, lifecycleStage: null, familyName: null, createdSince: null, createdBefore: null };
const s = driver.session();
for (let i = 0; i < 5; i++) {
  const t = performance.now();
  const r = await s.run(list.statement.text, toParameters({ ...list.params, filter, after: null, limit: 101 }));
  const t1 = performance.now();
  const rows = r.records.map((x) => toPlain(x.toObject()));
  console.log((t1 - t).toFixed(1), 'ms run', (performance.now() - t1).toFixed(1), 'ms plain', JSON.stringify(rows).length, 'chars');
}
const r = await s.run(page.raw.text, { limit: neo4j.int(100) });
console.log('raw', JSON.stringify(r.records.map((x) => toPlain(x.toObject()))).length, 'chars');
console.log(JSON.stringify(toPlain((await s.run(list.statement.text, toParameters({ ...list.params, filter, after: null, limit: 101 }))).records[0]!.toObject())).slice(0, 1500));
await s.close(); await driver.close();
