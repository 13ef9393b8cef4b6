import { describe, expect, it } from 'vitest';
import { compileAudience } from '../../src/audiences/compile.js';
import { parseFilter } from '../../src/audiences/filter.js';

/** The Cypher each filter compiles to, pinned: a change to a fragment or to the compiler shows here first. */
const compile = (filter: unknown) => {
  const compiled = compileAudience(parseFilter(filter));
  return `${compiled.page.text}\n-- ${JSON.stringify(compiled.parameters)}`;
};
const where = (filter: unknown) => {
  const compiled = compileAudience(parseFilter(filter));
  return compiled.count.text.replace(/^[\s\S]*?WITH c\nWHERE /, '');
};

describe('the audience compiler', () => {
  it("compiles what people wrote to the matching lead qualification uses, with the terms' synonyms", () => {
    expect(
      where({ wrote: { terms: ['Trail Running', 'shoes for mud'], in: ['SITE_SEARCH'], since: '2026-01-01T00:00:00Z' } }),
    ).toMatchInlineSnapshot(`
      "EXISTS {
        MATCH (c)-[:DID|POSTED]->(w)
        WHERE ((w:Touchpoint AND w.type = 'SITE_SEARCH') OR (w:SocialSignal AND w.type IN ['MENTION', 'POST', 'REVIEW']))
          AND CASE WHEN w:Touchpoint THEN 'SITE_SEARCH' ELSE 'SOCIAL_SIGNAL' END IN $c1_in
          AND w.at >= datetime($c1_since)
          AND (any(term IN $c1_terms WHERE all(word IN split(term, ' ') WHERE word IN w.words))
            OR EXISTS { (w)-[:ABOUT|MENTIONS]->(topic:Topic) WHERE topic.name IN $c1_topics }
            OR EXISTS { (w)-[:ABOUT|MENTIONS]->(:Product)<-[:COVERS]-(topic:Topic) WHERE topic.name IN $c1_topics })
      }
      RETURN count(c) AS count"
    `);
    expect(compileAudience(parseFilter({ wrote: { terms: ['Trail Running', 'shoes for mud'] } })).parameters).toEqual({
      c1_terms: ['trail run', 'trail runner', 'off road run', 'fell run', 'shoe mud'],
      c1_topics: ['trail running', 'shoes for mud'],
    });
  });

  it('starts from the products a topic covers when a purchase names topics', () => {
    expect(compile({ purchased: { topics: ['Trail Running'] } })).toMatchInlineSnapshot(`
      "MATCH (t:Topic)-[:COVERS]->(p:Product)
      WHERE t.name IN $c1_topics
      MATCH (c:Customer)-[:PLACED]->(:Order)-[:CONTAINS]->(p)
      WITH DISTINCT c
      WITH c
      WHERE c.id > $after
        AND true
      WITH c ORDER BY c.id LIMIT $limit
      RETURN c.id AS id
      -- {"c1_topics":["trail running"]}"
    `);
  });

  it('scans customers in id order when no condition names an anchor, profile values first', () => {
    expect(
      compile({ all: [{ consented: { purpose: 'EMAIL_MARKETING' } }, { profile: { country: 'fr', city: 'Paris' } }] }),
    ).toMatchInlineSnapshot(`
      "MATCH (c:Customer)
      WITH c
      WHERE c.id > $after
        AND c.country = $c2_country
        AND toLower(c.city) = $c2_city
        AND COLLECT {
          MATCH (c)-[:GAVE]->(k:Consent)
          WHERE k.purpose = $c1_purpose
          RETURN k.status ORDER BY k.at DESC, k.id DESC LIMIT 1
        } = [$c1_status]
      WITH c ORDER BY c.id LIMIT $limit
      RETURN c.id AS id
      -- {"c1_purpose":"EMAIL_MARKETING","c1_status":"GRANTED","c2_country":"FR","c2_city":"paris"}"
    `);
  });

  it('starts from the products a purchase names, and checks the whole condition last', () => {
    expect(
      compile({ all: [{ purchased: { skus: ['SKU-1'], since: '2026-03-01T00:00:00Z' } }, { metrics: { minOrders: 2 } }] }),
    ).toMatchInlineSnapshot(`
      "MATCH (p:Product) WHERE p.sku IN $c1_skus
      MATCH (c:Customer)-[:PLACED]->(:Order)-[:CONTAINS]->(p)
      WITH DISTINCT c
      WITH c
      WHERE c.id > $after
        AND COUNT { (c)-[:PLACED]->(:Order) } >= $c2_minOrders
        AND EXISTS {
          MATCH (c)-[:PLACED]->(o:Order)-[:CONTAINS]->(p:Product)
          WHERE o.placedAt >= datetime($c1_since)
          AND p.sku IN $c1_skus
        }
      WITH c ORDER BY c.id LIMIT $limit
      RETURN c.id AS id
      -- {"c1_since":"2026-03-01T00:00:00.000Z","c1_skus":["SKU-1"],"c2_minOrders":2}"
    `);
  });

  it('prefers products over topics over categories as the anchor', () => {
    const start = (filter: unknown) => compileAudience(parseFilter(filter)).page.text.split('\nWITH c\n')[0];
    expect(
      start({ all: [{ purchased: { category: 'Home' } }, { touched: { topics: ['coffee'] } }, { said: { skus: ['SKU-1'] } }] }),
    ).toMatchInlineSnapshot(`
      "MATCH (p:Product)<-[:MENTIONS]-(:SocialSignal)<-[:POSTED]-(c:Customer)
      WHERE p.sku IN $c3_skus
      WITH DISTINCT c"
    `);
    expect(start({ all: [{ purchased: { category: 'Home' } }, { touched: { topics: ['coffee'] } }] })).toMatchInlineSnapshot(`
      "MATCH (t:Topic)<-[:ABOUT]-(:Touchpoint)<-[:DID]-(c:Customer)
      WHERE t.name IN $c2_topics
      WITH DISTINCT c"
    `);
    expect(start({ all: [{ purchased: { category: 'Home' } }] })).toMatchInlineSnapshot(`
      "MATCH (:Category {path: $c1_category})<-[:SUBCATEGORY_OF*0..]-(:Category)<-[:IN_CATEGORY]-(p:Product)
      MATCH (c:Customer)-[:PLACED]->(:Order)-[:CONTAINS]->(p)
      WITH DISTINCT c"
    `);
    // A condition under any / not is no anchor: the audience may hold customers it does not reach.
    expect(start({ any: [{ said: { skus: ['SKU-1'] } }, { profile: { country: 'FR' } }] })).toMatchInlineSnapshot(`"MATCH (c:Customer)"`);
  });

  it("starts from a segment's members when a filter asks for them", () => {
    expect(compile({ all: [{ inSegment: { name: 'vip' } }, { profile: { country: 'GB' } }] })).toMatchInlineSnapshot(`
      "MATCH (:Segment {name: $c1_name})<-[:MEMBER_OF]-(c:Customer)
      WITH c
      WHERE c.id > $after
        AND c.country = $c2_country
      WITH c ORDER BY c.id LIMIT $limit
      RETURN c.id AS id
      -- {"c1_name":"vip","c2_country":"GB"}"
    `);
  });

  it('starts from the members of a buyer cluster or the similar buyers of a customer, and checks membership elsewhere', () => {
    expect(compile({ inBuyerCluster: { id: 'buyers-C-1' } })).toMatchInlineSnapshot(`
      "MATCH (:BuyerCluster {id: $c1_id})<-[:IN_CLUSTER]-(c:Customer)
      WITH c
      WHERE c.id > $after
        AND true
      WITH c ORDER BY c.id LIMIT $limit
      RETURN c.id AS id
      -- {"c1_id":"buyers-C-1"}"
    `);
    expect(compile({ all: [{ purchased: { skus: ['SKU-1'] } }, { inBuyerCluster: { id: 'buyers-C-1' } }] })).toMatchInlineSnapshot(`
      "MATCH (:BuyerCluster {id: $c2_id})<-[:IN_CLUSTER]-(c:Customer)
      WITH c
      WHERE c.id > $after
        AND EXISTS {
          MATCH (c)-[:PLACED]->(o:Order)-[:CONTAINS]->(p:Product)
          WHERE p.sku IN $c1_skus
        }
      WITH c ORDER BY c.id LIMIT $limit
      RETURN c.id AS id
      -- {"c1_skus":["SKU-1"],"c2_id":"buyers-C-1"}"
    `);
    expect(compile({ all: [{ inBuyerCluster: { id: 'buyers-C-1' } }, { similarBuyersOf: { customerId: 'C-2' } }] })).toMatchInlineSnapshot(`
      "MATCH (:Customer {id: $c2_customerId})-[:BUYS_LIKE]-(c:Customer)
      WITH c
      WHERE c.id > $after
        AND EXISTS { (c)-[:IN_CLUSTER]->(:BuyerCluster {id: $c1_id}) }
      WITH c ORDER BY c.id LIMIT $limit
      RETURN c.id AS id
      -- {"c1_id":"buyers-C-1","c2_customerId":"C-2"}"
    `);
    expect(where({ not: { inBuyerCluster: { id: 'buyers-C-1' } } })).toMatchInlineSnapshot(`
      "NOT (EXISTS { (c)-[:IN_CLUSTER]->(:BuyerCluster {id: $c1_id}) })
      RETURN count(c) AS count"
    `);
  });

  it('compiles a purchase with a minimum spend over the matching lines', () => {
    expect(
      where({ purchased: { category: 'Home > Kitchen', channels: ['WEB', 'STORE'], until: '2026-04-01T00:00:00Z', minSpend: '99.90' } }),
    ).toMatchInlineSnapshot(`
      "COLLECT {
        MATCH (c)-[:PLACED]->(o:Order)-[line:CONTAINS]->(p:Product)
        WHERE o.channel IN $c1_channels
        AND o.placedAt < datetime($c1_until)
        AND EXISTS { (p)-[:IN_CATEGORY]->(:Category)-[:SUBCATEGORY_OF*0..]->(:Category {path: $c1_category}) }
        RETURN sum(line.quantity * line.unitPrice) AS spend
      }[0] >= $c1_minSpend
      RETURN count(c) AS count"
    `);
  });

  it('compiles touchpoints, social signals and consents', () => {
    expect(
      where({ touched: { types: ['CART'], channels: ['WEB'], since: '2026-01-01T00:00:00Z', skus: ['SKU-1'], topics: ['Coffee'] } }),
    ).toMatchInlineSnapshot(`
      "EXISTS {
        MATCH (c)-[:DID]->(t:Touchpoint)
        WHERE t.type IN $c1_types
        AND t.channel IN $c1_channels
        AND t.at >= datetime($c1_since)
        AND EXISTS { (t)-[:ABOUT]->(p:Product) WHERE p.sku IN $c1_skus }
        AND EXISTS { (t)-[:ABOUT]->(topic:Topic) WHERE topic.name IN $c1_topics }
      }
      RETURN count(c) AS count"
    `);
    expect(
      where({
        said: {
          platforms: ['Instagram'],
          types: ['REVIEW'],
          minSentiment: 0.2,
          maxSentiment: 1,
          until: '2026-01-01T00:00:00Z',
          topics: ['coffee'],
        },
      }),
    ).toMatchInlineSnapshot(`
      "EXISTS {
        MATCH (c)-[:POSTED]->(s:SocialSignal)
        WHERE s.platform IN $c1_platforms
        AND s.type IN $c1_types
        AND s.sentiment >= $c1_minSentiment
        AND s.sentiment <= $c1_maxSentiment
        AND s.at < datetime($c1_until)
        AND EXISTS { (s)-[:MENTIONS]->(topic:Topic) WHERE topic.name IN $c1_topics }
      }
      RETURN count(c) AS count"
    `);
    expect(where({ consented: { purpose: 'SMS_MARKETING', status: 'WITHDRAWN' } })).toMatchInlineSnapshot(`
      "COLLECT {
        MATCH (c)-[:GAVE]->(k:Consent)
        WHERE k.purpose = $c1_purpose
        RETURN k.status ORDER BY k.at DESC, k.id DESC LIMIT 1
      } = [$c1_status]
      RETURN count(c) AS count"
    `);
    expect(where({ touched: {} })).toMatchInlineSnapshot(`
      "EXISTS {
        MATCH (c)-[:DID]->(t:Touchpoint)
        WHERE true
      }
      RETURN count(c) AS count"
    `);
  });

  it('compiles every profile and metrics field', () => {
    expect(
      where({
        profile: {
          country: 'GB',
          lifecycleStage: 'lapsed',
          city: 'London',
          region: 'Kent',
          familyName: 'Lee',
          createdSince: '2025-01-01T00:00:00Z',
          createdBefore: '2026-01-01T00:00:00Z',
        },
      }),
    ).toMatchInlineSnapshot(`
      "c.country = $c1_country
      AND c.lifecycleStage = $c1_lifecycleStage
      AND toLower(c.city) = $c1_city
      AND toLower(c.region) = $c1_region
      AND toLower(c.familyName) = $c1_familyName
      AND c.createdAt >= datetime($c1_createdSince)
      AND c.createdAt < datetime($c1_createdBefore)
      RETURN count(c) AS count"
    `);
    expect(
      where({
        metrics: {
          lastSeenBefore: '2026-01-01T00:00:00Z',
          lastSeenAfter: '2025-01-01T00:00:00Z',
          maxLifetimeValue: '1000',
          minLifetimeValue: '10.50',
          maxOrders: 9,
          minOrders: 1,
        },
      }),
    ).toMatchInlineSnapshot(`
      "COUNT { (c)-[:PLACED]->(:Order) } >= $c1_minOrders
      AND COUNT { (c)-[:PLACED]->(:Order) } <= $c1_maxOrders
      AND coalesce(COLLECT {
        MATCH (c)-[:PLACED]->(o:Order) WHERE o.currency IS NOT NULL
        WITH o.currency AS currency, count(o) AS orders, sum(o.total) AS spend
        RETURN spend ORDER BY orders DESC, spend DESC, currency LIMIT 1
      }[0], 0) >= $c1_minLifetimeValue
      AND coalesce(COLLECT {
        MATCH (c)-[:PLACED]->(o:Order) WHERE o.currency IS NOT NULL
        WITH o.currency AS currency, count(o) AS orders, sum(o.total) AS spend
        RETURN spend ORDER BY orders DESC, spend DESC, currency LIMIT 1
      }[0], 0) <= $c1_maxLifetimeValue
      AND EXISTS { MATCH (c)-[:DID|PLACED]->(event) WHERE coalesce(event.at, event.placedAt) >= datetime($c1_lastSeenAfter) }
      AND (EXISTS { (c)-[:DID|PLACED]->() }
        AND NOT EXISTS { MATCH (c)-[:DID|PLACED]->(event) WHERE coalesce(event.at, event.placedAt) >= datetime($c1_lastSeenBefore) })
      RETURN count(c) AS count"
    `);
  });

  it('nests all / any / not, numbering each condition for its parameters', () => {
    expect(
      compile({
        all: [
          { any: [{ said: { topics: ['coffee'] } }, { all: [{ profile: { country: 'FR' } }, { touched: { types: ['SITE_SEARCH'] } }] }] },
          { not: { any: [{ consented: { purpose: 'EMAIL_MARKETING', status: 'WITHDRAWN' } }, { metrics: { maxOrders: 0 } }] } },
          { not: { profile: { lifecycleStage: 'lead' } } },
        ],
      }),
    ).toMatchInlineSnapshot(`
      "MATCH (c:Customer)
      WITH c
      WHERE c.id > $after
        AND (
          EXISTS {
            MATCH (c)-[:POSTED]->(s:SocialSignal)
            WHERE EXISTS { (s)-[:MENTIONS]->(topic:Topic) WHERE topic.name IN $c1_topics }
          }
          OR (
            c.country = $c2_country
            AND EXISTS {
              MATCH (c)-[:DID]->(t:Touchpoint)
              WHERE t.type IN $c3_types
            }
          )
        )
        AND NOT ((
          COLLECT {
            MATCH (c)-[:GAVE]->(k:Consent)
            WHERE k.purpose = $c4_purpose
            RETURN k.status ORDER BY k.at DESC, k.id DESC LIMIT 1
          } = [$c4_status]
          OR COUNT { (c)-[:PLACED]->(:Order) } <= $c5_maxOrders
        ))
        AND NOT (c.lifecycleStage = $c6_lifecycleStage)
      WITH c ORDER BY c.id LIMIT $limit
      RETURN c.id AS id
      -- {"c1_topics":["coffee"],"c2_country":"FR","c3_types":["SITE_SEARCH"],"c4_purpose":"EMAIL_MARKETING","c4_status":"WITHDRAWN","c5_maxOrders":0,"c6_lifecycleStage":"lead"}"
    `);
  });

  it('gives the same parameters to the page and the count, which take no cursor', () => {
    const compiled = compileAudience(parseFilter({ said: { skus: ['A'], since: '2026-01-01T00:00:00Z' } }));
    expect(compiled.page.params.sort()).toEqual(['after', 'c1_since', 'c1_skus', 'limit']);
    expect(compiled.count.params.sort()).toEqual(['c1_since', 'c1_skus']);
    expect(compiled.page.file).toBe(
      'composed from audiences/page, audiences/rows, audiences/start/said-skus, audiences/said/exists, audiences/said/since, audiences/said/skus',
    );
  });

  it("checks an anchor's own condition again only where its start may hold more than the condition admits", () => {
    const exact = compileAudience(parseFilter({ all: [{ said: { skus: ['A'] } }, { profile: { country: 'GB' } }] }));
    expect(exact.page.file).not.toContain('audiences/said/exists');
    expect(exact.count.file).not.toContain('audiences/said/exists');
    // Customers given by id ($among) were not reached from the anchor: they are checked against it.
    expect(exact.membersAmong.file).toContain('audiences/said/exists');
    const windowed = compileAudience(parseFilter({ said: { skus: ['A'], platforms: ['instagram'] } }));
    expect(windowed.page.file).toContain('audiences/said/exists');
    const spend = compileAudience(parseFilter({ purchased: { skus: ['A'], minSpend: 100 } }));
    expect(spend.page.file).toContain('audiences/purchased/spend');
  });
});

describe('the audience filter', () => {
  it('standardises values as ingestion does', () => {
    expect(
      parseFilter({
        all: [
          { profile: { country: 'France', city: ' Paris ' } },
          { purchased: { category: ['Home', 'Kitchen'], minSpend: '1,000.5', skus: null } },
          { said: { platforms: ['X'], topics: ['Coffee'] } },
        ],
      }),
    ).toEqual({
      all: [
        { profile: { country: 'FR', city: 'paris' } },
        { purchased: { category: 'Home > Kitchen', minSpend: 100050 } },
        { said: { platforms: ['x'], topics: ['coffee'] } },
      ],
    });
    expect(parseFilter({ consented: { purpose: 'PROFILING' } })).toEqual({ consented: { purpose: 'PROFILING', status: 'GRANTED' } });
  });

  it.each([
    [{ purchased: {}, said: {} }, 'filter: give exactly one of'],
    [{ all: [{ any: [{ nope: {} }] }] }, 'filter.all[0].any[0]: give exactly one of'],
    [{ purchased: { sku: 'A' } }, 'filter.purchased: Unrecognized key: "sku"'],
    [{ purchased: { minSpend: '0' } }, 'filter.purchased.minSpend: must be more than 0'],
    [{ metrics: { minOrders: -1 } }, 'filter.metrics.minOrders: must not be negative'],
    [{ touched: { skus: [] } }, 'filter.touched.skus: give at least one value'],
  ])('refuses %j', (filter, message) => {
    expect(() => parseFilter(filter)).toThrow(message);
  });
});
