import { Kind, parse, type FieldNode, type FragmentDefinitionNode, type GraphQLResolveInfo, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createSchema } from '../../src/api/schema.js';
import { composeView, planFields } from '../../src/customers/selection/view-360.js';

/** The statement a customer 360 request composes, pinned: a change to a fragment or to the planner shows here first. */
const schema = createSchema();
const compose = (query: string, variables: Record<string, unknown> = {}, key: Parameters<typeof composeView>[0] = { id: 'C-1' }) => {
  const document = parse(query);
  const operation = document.definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
  const fragments = Object.fromEntries(
    document.definitions
      .filter((definition) => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [(fragment as FragmentDefinitionNode).name.value, fragment]),
  );
  const info = {
    schema,
    fragments,
    variableValues: variables,
    operation,
    fieldNodes: [operation.selectionSet.selections[0] as FieldNode],
  } as unknown as GraphQLResolveInfo;
  const { statement, params } = composeView(key, planFields(info));
  return `${statement.text}\n-- ${JSON.stringify(params)}`;
};

describe('the customer 360 planner', () => {
  it('composes one statement for a typical 360: one subquery per field, its arguments as its own parameters, products last', () => {
    expect(
      compose(`query View($id: ID!) {
        customer(id: $id) {
          id givenName familyName
          identities { type value }
          orders(first: 3) { totalCount nodes { id total { minor } lines { quantity product { sku name } } } }
          touchpoints(first: 10, channels: ["WEB"]) { nodes { id type at product { name } } }
          consents { purpose status }
          metrics { lifetimeValue { minor } firstSeenAt }
        }
      }`),
    ).toMatchInlineSnapshot(`
      "WITH $id AS id
      CALL (id) {
        OPTIONAL MATCH (live:Customer {id: id})
        OPTIONAL MATCH (:MergedCustomer {id: id})-[:MERGED_INTO*1..20]->(survivor:Customer)
        RETURN coalesce(live, survivor) AS c
      }
      WITH c
      WHERE c IS NOT NULL
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
        MATCH (c)-[:GAVE]->(k:Consent)
        WITH k ORDER BY k.at DESC, k.id DESC
        WITH k.purpose AS purpose, collect(k {.status, .at, .source}) AS history
        ORDER BY purpose
        RETURN collect({purpose: purpose, history: history}) AS answer
      }
      WITH c, answers + [{answer: answer}] AS answers
      CALL (c, answers) {
        CALL (c) {
          OPTIONAL MATCH (c)-[:PLACED]->(o:Order)
          WITH o.currency AS currency, count(o) AS orders, sum(o.total) AS spend, max(o.placedAt) AS lastOrderAt
          ORDER BY orders DESC, spend DESC, currency
          RETURN [x IN collect({currency: currency, orders: orders, spend: spend}) WHERE x.currency IS NOT NULL] AS byCurrency,
                 sum(orders) AS orderCount, max(lastOrderAt) AS lastOrderAt
        }
        CALL (c) {
          OPTIONAL MATCH (c)-[:DID|PLACED]->(event)
          WITH coalesce(event.at, event.placedAt) AS at
          RETURN min(at) AS firstSeenAt, max(at) AS lastSeenAt
        }
        CALL () {
          MATCH (o:Order)
          RETURN count(o) AS allOrders
        }
        RETURN {customerId: c.id, byCurrency: byCurrency, orderCount: orderCount, lastOrderAt: lastOrderAt, firstSeenAt: firstSeenAt,
                lastSeenAt: lastSeenAt, allOrders: allOrders} AS answer
      }
      WITH c, answers + [{answer: answer}] AS answers
      CALL (c, answers) {
        CALL (answers) {
          UNWIND $f6_orders AS at
          UNWIND answers[at].answer.orders AS o
          UNWIND o.lines AS line
          RETURN line.sku AS sku
          UNION
          UNWIND $f6_touchpoints AS at
          UNWIND answers[at].answer.touchpoints AS t
          RETURN t.sku AS sku
          UNION
          UNWIND $f6_signals AS at
          UNWIND answers[at].answer.signals AS s
          UNWIND s.skus AS sku
          RETURN sku
        }
        MATCH (p:Product {sku: sku})
        CALL (p) {
          WITH p WHERE $f6_details
          OPTIONAL MATCH (p)-[:IN_CATEGORY]->(leaf:Category)
          OPTIONAL MATCH (leaf)-[:SUBCATEGORY_OF*0..]->(category:Category)
          WITH category ORDER BY category.level
          RETURN collect(category {.path, .name}) AS categoryPath
        }
        RETURN collect(p {.sku, .name, .brand, .price, .currency, categoryPath: CASE WHEN $f6_details THEN categoryPath END,
                          topics: CASE WHEN $f6_details THEN [(p)-[:ABOUT]->(topic:Topic) | topic.name] END}) AS answer
      }
      WITH c, answers + [{answer: answer}] AS answers
      RETURN [field IN $profile | CASE WHEN field IN ['createdAt', 'updatedAt'] THEN toString(c[field]) ELSE c[field] END] AS profile, answers
      -- {"id":"C-1","f2_items":true,"f2_lines":true,"f2_channel":false,"f2_after":null,"f2_limit":4,"f3_channels":["WEB"],"f3_types":null,"f3_since":null,"f3_until":null,"f3_details":true,"f3_after":null,"f3_limit":11,"f6_orders":[1],"f6_touchpoints":[2],"f6_signals":[],"f6_details":false,"profile":["id","givenName","familyName","birthDate","street","city","postcode","region","country","lifecycleStage","createdAt","updatedAt"]}"
    `);
  });

  it('follows fragments, aliases, @skip and @include; plans one field once per set of arguments', () => {
    expect(
      compose(
        `query View($id: ID!, $records: Boolean!, $n: Int) {
          customer(id: $id) {
            ...Lists
            again: identities { value }
            recent: socialSignals(first: $n) { nodes { type } }
            sourceRecords(first: 2) @include(if: $records) { totalCount }
            channels @skip(if: true) { count }
            household { size }
          }
        }
        fragment Lists on Customer { identities { type } ... on Customer { related(first: 3) { reasons } } }`,
        { records: false, n: 5 },
        { type: 'EMAIL', value: 'ann@example.com' },
      ),
    ).toMatchInlineSnapshot(`
      "MATCH (:Identity {type: $type, value: $value})<-[:HAS_IDENTITY]-(c:Customer)
      WITH c ORDER BY c.createdAt, c.id LIMIT 1
      WITH c, [] AS answers
      CALL (c, answers) {
        MATCH (c)-[:HAS_IDENTITY]->(i:Identity)
        WITH i ORDER BY i.type, i.value
        RETURN collect({type: i.type, value: i.value, firstSeenAt: toString(i.firstSeenAt)}) AS answer
      }
      WITH c, answers + [{answer: answer}] AS answers
      CALL (c, answers) {
        CALL (c) {
          MATCH (c)-[:HAS_IDENTITY]->(i:Identity)<-[:HAS_IDENTITY]-(other:Customer)
          RETURN other, 'SHARED_IDENTIFIER' AS reason, i {.type, .value} AS identity, 0 AS products
          UNION ALL
          MATCH (other:Customer {postcode: c.postcode})
          WHERE other <> c AND other.country = c.country AND toLower(other.street) = toLower(c.street)
          RETURN other, 'SAME_ADDRESS' AS reason, null AS identity, 0 AS products
          UNION ALL
          MATCH (c)-[:PLACED]->(:Order)-[:CONTAINS]->(p:Product)<-[:CONTAINS]-(:Order)<-[:PLACED]-(other:Customer)
          WHERE other <> c
          WITH other, count(DISTINCT p) AS products
          WHERE products >= 2
          RETURN other, 'SIMILAR_PURCHASES' AS reason, null AS identity, products
        }
        WITH other, collect(DISTINCT reason) AS reasons, collect(DISTINCT identity) AS shared, max(products) AS products
        ORDER BY size(reasons) DESC, size(shared) DESC, products DESC, other.id
        WITH collect({customerId: other.id, reasons: reasons, sharedIdentities: shared, sharedProducts: products}) AS related
        RETURN related[..$f2_limit] AS answer
      }
      WITH c, answers + [{answer: answer}] AS answers
      CALL (c, answers) {
        CALL (c) {
          WITH c WHERE $f3_items
          MATCH (c)-[:POSTED]->(s:SocialSignal)
          WHERE $f3_after IS NULL OR [toString(s.at), s.id] < $f3_after
          WITH c, s ORDER BY s.at DESC, s.id DESC LIMIT $f3_limit
          RETURN collect(s {.id, .type, .platform, .text, .sentiment, at: toString(s.at), key: [toString(s.at), s.id], customerId: c.id,
                            skus: [(s)-[:MENTIONS]->(p:Product) | p.sku], topics: [(s)-[:MENTIONS]->(topic:Topic) | topic.name]}) AS page
        }
        RETURN {total: COUNT { (c)-[:POSTED]->(:SocialSignal) }, signals: page} AS answer
      }
      WITH c, answers + [{answer: answer}] AS answers
      RETURN [field IN $profile | CASE WHEN field IN ['createdAt', 'updatedAt'] THEN toString(c[field]) ELSE c[field] END] AS profile, answers
      -- {"type":"EMAIL","value":"ann@example.com","f2_limit":3,"f3_items":true,"f3_after":null,"f3_limit":6,"profile":["id","givenName","familyName","birthDate","street","city","postcode","region","country","lifecycleStage","createdAt","updatedAt"]}"
    `);
  });

  it('leaves a field with a bad argument to its resolver, which names the argument', () => {
    expect(compose('{ customer(id: "C-1") { orders(first: 500) { totalCount } } }')).not.toContain('orders');
  });
});
