import { parse, type FieldNode, type GraphQLResolveInfo, type OperationDefinitionNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSchema } from '../../src/api/schema.js';
import { composeList, inConnection } from '../../src/customers/selection/list-view.js';
import { pageStart } from '../../src/customers/selection/lookups.js';
import type { IncomingRecord } from '../../src/ingestion/ingest.js';
import { resetGraph, testConfig, testNeo4j } from '../support/graph.js';
import { graphql, startTestService, type RunningService, statementsRun } from '../support/service.js';

/** A page of customers with nested lists: identities, the 2 latest orders with their products, the latest visit. */
const page = `query Page($first: Int) {
  customers(first: $first, orderBy: {field: FAMILY_NAME}) {
    nodes {
      id familyName
      identities { type value }
      orders(first: 2) { totalCount nodes { id lines { quantity product { sku name } } } }
      touchpoints(first: 1, types: ["PAGE_VIEW"]) { nodes { at } }
    }
  }
}`;

describe('a page of customers', () => {
  it('composes one statement: the page, then the selected fields of each customer, lists cut inside it', () => {
    const operation = parse(page).definitions[0] as OperationDefinitionNode;
    const info = {
      schema: createSchema(),
      fragments: {},
      variableValues: { first: 10 },
      operation,
      fieldNodes: [operation.selectionSet.selections[0] as FieldNode],
    } as unknown as GraphQLResolveInfo;
    const list = composeList('customers/list/page', pageStart('FAMILY_NAME', null).start, info, inConnection);
    expect(`${list.statement.text}\n-- ${JSON.stringify(list.params)}`).toMatchInlineSnapshot(`
      "MATCH (c:Customer)
      WHERE ($filter.country IS NULL OR c.country = $filter.country)
        AND ($filter.lifecycleStage IS NULL OR c.lifecycleStage = $filter.lifecycleStage)
        AND ($filter.familyName IS NULL OR toLower(c.familyName) = $filter.familyName)
        AND ($filter.createdSince IS NULL OR c.createdAt >= datetime($filter.createdSince))
        AND ($filter.createdBefore IS NULL OR c.createdAt < datetime($filter.createdBefore))
      WITH c, toLower(coalesce(c.familyName, '') + ' ' + coalesce(c.givenName, '')) AS key
      WHERE $after IS NULL OR [key, c.id] > $after
      WITH c, key ORDER BY key, c.id
      LIMIT $limit
      WITH c, [key, c.id] AS key
      WITH collect({c: c, key: key}) AS rows
      UNWIND range(0, size(rows) - 1) AS at
      WITH rows[at].c AS c, rows[at].key AS key, at
      CALL (c) {
        WITH c, [] AS answers
        CALL (c, answers) {
          MATCH (c)-[:HAS_IDENTITY]->(i:Identity)
          WITH i ORDER BY i.type, i.value
          RETURN collect({type: i.type, value: i.value, firstSeenAt: toString(i.firstSeenAt)}) AS answer
        }
        WITH c, answers + [{answer: answer}] AS answers
        CALL (c, answers) {
          CALL (c) {
            WITH c WHERE $f2_items
            MATCH (c)-[:PLACED]->(o:Order)
            WHERE $f2_after IS NULL OR [toString(o.placedAt), o.id] < $f2_after
            WITH o ORDER BY o.placedAt DESC, o.id DESC LIMIT $f2_limit
            RETURN collect(o {.id, placedAt: toString(o.placedAt), .currency, .total, key: [toString(o.placedAt), o.id],
                              channel: CASE WHEN $f2_channel THEN [(o)-[:VIA]->(channel) | channel.name][0] END,
                              lines: CASE WHEN $f2_lines THEN [(o)-[line:CONTAINS]->(p:Product) | {sku: p.sku, quantity: line.quantity, unitPrice: line.unitPrice}] END}) AS page
          }
          RETURN {total: COUNT { (c)-[:PLACED]->(:Order) }, orders: page} AS answer
        }
        WITH c, answers + [{answer: answer}] AS answers
        CALL (c, answers) {
          CALL (c) {
            MATCH (c)-[:DID]->(t:Touchpoint)
            WHERE ($f3_channels IS NULL OR t.channel IN $f3_channels)
              AND ($f3_types IS NULL OR t.type IN $f3_types)
              AND ($f3_since IS NULL OR t.at >= datetime($f3_since))
              AND ($f3_until IS NULL OR t.at < datetime($f3_until))
            WITH collect(t) AS matching
            CALL (matching) {
              UNWIND matching AS t
              WITH t WHERE $f3_after IS NULL OR [toString(t.at), t.id] < $f3_after
              WITH t ORDER BY t.at DESC, t.id DESC LIMIT $f3_limit
              RETURN collect(t) AS kept
            }
            RETURN size(matching) AS total, kept
          }
          RETURN {total: total,
                  touchpoints: [t IN kept | CASE WHEN $f3_details
                    THEN t {.id, .type, .channel, at: toString(t.at), .searchTerm, .campaign, .score, .comment, .resolved, .event, .url, .referrer, .properties, .context,
                            key: [toString(t.at), t.id], sku: [(t)-[:ABOUT]->(p:Product) | p.sku][0], topic: [(t)-[:ABOUT]->(topic:Topic) | topic.name][0]}
                    ELSE t {.id, .type, .channel, at: toString(t.at), key: [toString(t.at), t.id]} END]} AS answer
        }
        WITH c, answers + [{answer: answer}] AS answers
        CALL (c, answers) {
          CALL (answers) {
            UNWIND $f4_orders AS at
            UNWIND answers[at].answer.orders AS o
            UNWIND o.lines AS line
            RETURN line.sku AS sku
            UNION
            UNWIND $f4_touchpoints AS at
            UNWIND answers[at].answer.touchpoints AS t
            RETURN t.sku AS sku
            UNION
            UNWIND $f4_signals AS at
            UNWIND answers[at].answer.signals AS s
            UNWIND s.skus AS sku
            RETURN sku
          }
          MATCH (p:Product {sku: sku})
          CALL (p) {
            WITH p WHERE $f4_details
            OPTIONAL MATCH (p)-[:IN_CATEGORY]->(leaf:Category)
            OPTIONAL MATCH (leaf)-[:SUBCATEGORY_OF*0..]->(category:Category)
            WITH category ORDER BY category.level
            RETURN collect(category {.path, .name}) AS categoryPath
          }
          RETURN collect(p {.sku, .name, .brand, .price, .currency, categoryPath: CASE WHEN $f4_details THEN categoryPath END,
                            topics: CASE WHEN $f4_details THEN [(p)-[:ABOUT]->(topic:Topic) | topic.name] END}) AS answer
        }
        WITH c, answers + [{answer: answer}] AS answers
        RETURN answers
      }
      RETURN [field IN $profile | CASE WHEN field IN ['createdAt', 'updatedAt'] THEN toString(c[field]) ELSE c[field] END] AS profile, key, answers
      ORDER BY at
      -- {"f2_items":true,"f2_lines":true,"f2_channel":false,"f2_after":null,"f2_limit":3,"f3_channels":null,"f3_types":["PAGE_VIEW"],"f3_since":null,"f3_until":null,"f3_details":false,"f3_after":null,"f3_limit":2,"f4_orders":[1],"f4_touchpoints":[],"f4_signals":[],"f4_details":false,"profile":["id","familyName"]}"
    `);
  });

  /** The default page (by creation, the order the peer benchmark asks): identities and the 5 latest orders. */
  const latest = `query Latest($first: Int) { customers(first: $first) { nodes { id givenName identities { type value } orders(first: 5) { nodes { id placedAt } } } } }`;

  it('walks the creation index for the default page: from the cursor on, cut to the page, no sort of every customer', () => {
    const operation = parse(latest).definitions[0] as OperationDefinitionNode;
    const info = {
      schema: createSchema(),
      fragments: {},
      variableValues: { first: 100 },
      operation,
      fieldNodes: [operation.selectionSet.selections[0] as FieldNode],
    } as unknown as GraphQLResolveInfo;
    const list = composeList('customers/list/page', pageStart('CREATED_AT', null).start, info, inConnection);
    expect(list.statement.text.slice(0, list.statement.text.indexOf('CALL (c) {'))).toMatchInlineSnapshot(`
      "MATCH (c:Customer)
      WHERE c.createdAt >= datetime(coalesce($after[0], $filter.createdSince, '0001-01-01T00:00:00Z'))
        AND ($after IS NULL OR c.createdAt > datetime($after[0]) OR c.id > $after[1])
        AND ($filter.country IS NULL OR c.country = $filter.country)
          AND ($filter.lifecycleStage IS NULL OR c.lifecycleStage = $filter.lifecycleStage)
          AND ($filter.familyName IS NULL OR toLower(c.familyName) = $filter.familyName)
          AND ($filter.createdSince IS NULL OR c.createdAt >= datetime($filter.createdSince))
          AND ($filter.createdBefore IS NULL OR c.createdAt < datetime($filter.createdBefore))
      WITH c ORDER BY c.createdAt, c.id
      LIMIT $limit
      WITH c, [toString(c.createdAt), c.id] AS key
      WITH collect({c: c, key: key}) AS rows
      UNWIND range(0, size(rows) - 1) AS at
      WITH rows[at].c AS c, rows[at].key AS key, at
      "
    `);
  });

  describe('read through the API', () => {
    let service: RunningService;

    beforeAll(async () => {
      service = await startTestService(testConfig(), testNeo4j());
      await resetGraph(service.graph);
      // 110 members of a rowing club: a third order twice, every other one a visit to the club shop.
      const rowers = Array.from({ length: 110 }, (_, n) => ({
        email: `rower.${String(n).padStart(3, '0')}@oarsmen.example`,
        name: `Oarsman-${String(n).padStart(3, '0')}`,
      }));
      const record = (fields: Record<string, unknown>): IncomingRecord => ({ original: fields, fields });
      const summary = await service.ingestion.run([
        record({
          kind: 'product',
          source: 'shop',
          sourceId: 'OAR-9',
          name: 'Sculling oar',
          categoryPath: 'Sport > Rowing',
          price: '210.00',
          currency: 'EUR',
        }),
        record({
          kind: 'product',
          source: 'shop',
          sourceId: 'CAP-2',
          name: 'Club cap',
          categoryPath: 'Sport > Clothing',
          price: '15.00',
          currency: 'EUR',
        }),
        ...rowers.map(({ email, name }, n) =>
          record({ kind: 'customer', source: 'crm', sourceId: `M-${n}`, email, givenName: 'Rower', familyName: name }),
        ),
        ...rowers.flatMap(({ email }, n) =>
          [1, 2, 3].map((k) =>
            record({
              kind: 'order',
              source: 'shop',
              sourceId: `S-${n}-${k}`,
              email,
              placedAt: `2026-0${k}-1${k}T09:00:00Z`,
              channel: 'STORE',
              currency: 'EUR',
              lines: [{ sku: k === 2 ? 'CAP-2' : 'OAR-9', quantity: k, unitPrice: k === 2 ? '15.00' : '210.00' }],
            }),
          ),
        ),
        ...rowers.flatMap(({ email }, n) =>
          n % 2
            ? []
            : [
                record({
                  kind: 'touchpoint',
                  source: 'web',
                  sourceId: `V-${n}`,
                  email,
                  type: 'PAGE_VIEW',
                  channel: 'WEB',
                  at: '2026-04-01T18:00:00Z',
                  sku: 'CAP-2',
                }),
              ],
        ),
      ]);
      expect(summary.rejected).toBe(0);
    });
    afterAll(() => service.stop());

    it.each([10, 100])('reads the default page of %i customers, by creation, in exactly one statement', async (first) => {
      await graphql(service.url, latest, { first });
      const before = await statementsRun(service);
      const { body } = await graphql(service.url, latest, { first });
      expect(body.errors).toBeUndefined();
      expect(await statementsRun(service)).toBe(before + 1);
      const nodes = body.data.customers.nodes;
      expect(nodes).toHaveLength(first);
      // Imported in one batch, in the order of the records: the club's first members first.
      expect(nodes.slice(0, 2).map((node: { identities: { value: string }[] }) => node.identities[0]!.value)).toEqual([
        'rower.000@oarsmen.example',
        'rower.001@oarsmen.example',
      ]);
      expect(nodes[0].orders.nodes.map((order: { placedAt: string }) => order.placedAt)).toEqual([
        '2026-03-13T09:00:00.000Z',
        '2026-02-12T09:00:00.000Z',
        '2026-01-11T09:00:00.000Z',
      ]);
    });

    it('pages by creation, newest first too, with cursors that follow on without gaps or repeats', async () => {
      const ids = async (direction: string) => {
        const seen: string[] = [];
        let after: string | null = null;
        do {
          const { body } = await graphql(
            service.url,
            'query P($after: String, $direction: OrderDirection) { customers(first: 40, after: $after, orderBy: {field: CREATED_AT, direction: $direction}) { pageInfo { hasNextPage endCursor } nodes { id } } }',
            { after, direction },
          );
          expect(body.errors).toBeUndefined();
          seen.push(...body.data.customers.nodes.map((node: { id: string }) => node.id));
          after = body.data.customers.pageInfo.hasNextPage ? body.data.customers.pageInfo.endCursor : null;
        } while (after);
        return seen;
      };
      const oldest = await ids('ASC');
      expect(oldest).toHaveLength(110);
      expect(new Set(oldest).size).toBe(110);
      expect(await ids('DESC')).toEqual([...oldest].reverse());
    });

    it('reads only the profile values a selection asks for, and each selection of the same customers gets its own', async () => {
      const { body } = await graphql(
        service.url,
        `{ names: customers(first: 2) { nodes { id familyName } }
           times: customers(first: 2) { nodes { givenName createdAt } }
           one: customer(id: "unknown") { id } }`,
      );
      expect(body.errors).toBeUndefined();
      expect(body.data.names.nodes).toEqual([
        { id: expect.any(String), familyName: 'Oarsman-000' },
        { id: expect.any(String), familyName: 'Oarsman-001' },
      ]);
      expect(body.data.times.nodes).toEqual([
        { givenName: 'Rower', createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/) },
        { givenName: 'Rower', createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) },
      ]);
      const first = body.data.names.nodes[0].id;
      const { body: whole } = await graphql(
        service.url,
        `{ customers(first: 1) { nodes { familyName } } customer(id: "${first}") { id givenName familyName country lifecycleStage updatedAt } }`,
      );
      expect(whole.data.customer).toMatchObject({ id: first, givenName: 'Rower', familyName: 'Oarsman-000' });
      expect(whole.data.customer.updatedAt).toMatch(/Z$/);
    });

    it('says which argument is wrong when a cursor of another order is given', async () => {
      const { body: byName } = await graphql(
        service.url,
        '{ customers(first: 1, orderBy: {field: FAMILY_NAME}) { pageInfo { endCursor } } }',
      );
      const { body } = await graphql(service.url, 'query P($after: String) { customers(first: 1, after: $after) { nodes { id } } }', {
        after: byName.data.customers.pageInfo.endCursor,
      });
      expect(body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
    });

    it.each([10, 100])('reads a page of %i customers with their nested lists in exactly one statement', async (first) => {
      await graphql(service.url, page, { first }); // warms what is kept between requests
      const before = await statementsRun(service);
      const { body } = await graphql(service.url, page, { first });
      expect(body.errors).toBeUndefined();
      expect(await statementsRun(service)).toBe(before + 1);
      const nodes = body.data.customers.nodes;
      expect(nodes).toHaveLength(first);
      expect(nodes[0]).toEqual({
        id: expect.any(String),
        familyName: 'Oarsman-000',
        identities: [{ type: 'EMAIL', value: 'rower.000@oarsmen.example' }],
        orders: {
          totalCount: 3,
          nodes: [
            { id: expect.any(String), lines: [{ quantity: 3, product: { sku: 'OAR-9', name: 'Sculling oar' } }] },
            { id: expect.any(String), lines: [{ quantity: 2, product: { sku: 'CAP-2', name: 'Club cap' } }] },
          ],
        },
        touchpoints: { nodes: [{ at: '2026-04-01T18:00:00.000Z' }] },
      });
      expect(nodes[first - 1].familyName).toBe(`Oarsman-${String(first - 1).padStart(3, '0')}`);
      expect(nodes[1].touchpoints.nodes).toEqual([]);
    });
  });
});
