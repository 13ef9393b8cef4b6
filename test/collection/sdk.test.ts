import { Analytics } from '@segment/analytics-node';
import RudderAnalytics from '@rudderstack/rudder-sdk-node';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { resetGraph, testConfig, testNeo4j } from '../support/graph.js';
import { answer, apiKeySecret, startTestService, type RunningService } from '../support/service.js';

/**
 * The collection endpoint through the real client libraries, pointed at the running service, read
 * back through GraphQL. The data is a small invented tea shop's, not the generator's.
 */
const person = `
  id givenName familyName city
  identities { type value }
  touchpoints(first: 50) { totalCount nodes { type event channel at url referrer searchTerm campaign properties context product { sku } } }
  orders { nodes { id channel total { amount currency } lines { product { sku } quantity unitPrice { amount } } } }
  journey { steps { kind type channel at } }`;

const byIdentity = `query ($type: IdentityType!, $value: String!) { customerByIdentity(type: $type, value: $value) { ${person} } }`;
const everyone = `{ customers(first: 100) { nodes { id } } }`;

describe('collection endpoint with real SDKs', () => {
  let service: RunningService;
  let writeKey: string;
  beforeAll(async () => {
    service = await startTestService(testConfig(), testNeo4j());
  });
  beforeEach(async () => {
    await resetGraph(service.graph);
    writeKey = await apiKeySecret(service.url, 'teashop-web', 'INGEST');
    await answer(
      service.url,
      `mutation { ingestProducts(source: "shop", records: [
      { sourceId: "OOLONG-50", name: "Iron Goddess oolong 50 g", categoryPath: ["Tea", "Oolong"], price: "12.50", currency: "EUR" },
      { sourceId: "POT-1", name: "Clay teapot", categoryPath: ["Teaware"], price: "48.00", currency: "EUR" }]) { accepted } }`,
    );
  });
  afterAll(() => service.stop());

  it('analytics-node: an anonymous visitor who signs up later is one customer with one journey, order and events', async () => {
    const analytics = new Analytics({ writeKey, host: service.url, flushAt: 20, maxRetries: 0 });
    const errors: unknown[] = [];
    analytics.on('error', (error) => errors.push(error));
    const anonymousId = 'b7f0c9e2-visitor';
    const at = (minute: number) => new Date(Date.UTC(2026, 2, 14, 18, minute));
    analytics.page({
      anonymousId,
      name: 'Oolong',
      properties: { url: 'https://teashop.example/oolong', referrer: 'https://search.example/?q=oolong' },
      context: { campaign: { name: 'spring-tea', source: 'newsletter', medium: 'email' } },
      timestamp: at(0),
    });
    analytics.track({ anonymousId, event: 'Products Searched', properties: { query: 'iron goddess' }, timestamp: at(1) });
    analytics.track({
      anonymousId,
      event: 'Product Viewed',
      properties: { product_id: 'OOLONG-50', name: 'Iron Goddess' },
      timestamp: at(2),
    });
    await analytics.flush();
    // Signing up: the app now knows the user, on the same browser.
    analytics.identify({
      userId: 'tea-4711',
      anonymousId,
      traits: { email: 'Mei.Lin@Example.org', firstName: 'mei', lastName: 'LIN', address: { city: 'Utrecht', country: 'Netherlands' } },
      timestamp: at(3),
    });
    analytics.track({
      userId: 'tea-4711',
      event: 'Recipe Saved',
      properties: { recipe: 'cold brew', steep_minutes: 480 },
      timestamp: at(4),
    });
    analytics.track({
      userId: 'tea-4711',
      event: 'Order Completed',
      properties: {
        order_id: 'TS-1001',
        currency: 'EUR',
        products: [
          { product_id: 'OOLONG-50', quantity: 2, price: 12.5 },
          { sku: 'POT-1', price: 48 },
        ],
      },
      timestamp: at(5),
    });
    // A late event: sent last, it happened before the search.
    analytics.track({
      anonymousId,
      event: 'Product Added',
      properties: { product_id: 'OOLONG-50' },
      timestamp: new Date(at(1).getTime() + 30_000),
    });
    await analytics.closeAndFlush();
    expect(errors).toEqual([]);

    expect((await answer(service.url, everyone)).customers.nodes).toHaveLength(1);
    const customer = (await answer(service.url, byIdentity, { type: 'DEVICE_ID', value: anonymousId })).customerByIdentity;
    expect((await answer(service.url, byIdentity, { type: 'USER_ID', value: 'tea-4711' })).customerByIdentity.id).toBe(customer.id);
    expect(customer).toMatchObject({ givenName: 'Mei', familyName: 'Lin', city: 'Utrecht' });
    expect(customer.identities.map((identity: { type: string; value: string }) => `${identity.type} ${identity.value}`).sort()).toEqual([
      'DEVICE_ID b7f0c9e2-visitor',
      'EMAIL mei.lin@example.org',
      'USER_ID tea-4711',
    ]);

    const touchpoints = [...customer.touchpoints.nodes].reverse();
    expect(touchpoints.map((t: { type: string; event: string | null }) => `${t.type} ${t.event}`)).toEqual([
      'PAGE_VIEW Oolong',
      'SITE_SEARCH Products Searched',
      'CART Product Added',
      'PAGE_VIEW Product Viewed',
      'EVENT Recipe Saved',
    ]);
    expect(touchpoints[0]).toMatchObject({
      channel: 'WEB',
      url: 'https://teashop.example/oolong',
      referrer: 'https://search.example/?q=oolong',
      campaign: 'spring-tea',
      at: '2026-03-14T18:00:00.000Z',
    });
    expect(touchpoints[0].context).toMatchObject({
      campaign: { name: 'spring-tea', source: 'newsletter' },
      library: { name: '@segment/analytics-node' },
    });
    expect(touchpoints[1].searchTerm).toBe('iron goddess');
    expect(touchpoints[3].product).toEqual({ sku: 'OOLONG-50' });
    expect(touchpoints[4].properties).toEqual({ recipe: 'cold brew', steep_minutes: 480 });

    expect(customer.orders.nodes).toEqual([
      {
        id: 'tracking|TS-1001',
        channel: 'WEB',
        total: { amount: '73.00', currency: 'EUR' },
        lines: expect.arrayContaining([
          { product: { sku: 'OOLONG-50' }, quantity: 2, unitPrice: { amount: '12.50' } },
          { product: { sku: 'POT-1' }, quantity: 1, unitPrice: { amount: '48.00' } },
        ]),
      },
    ]);
    // One journey in time order, the late "Product Added" in its place, the order last.
    expect(customer.journey.steps.map((step: { type: string }) => step.type)).toEqual([
      'PAGE_VIEW',
      'SITE_SEARCH',
      'CART',
      'PAGE_VIEW',
      'EVENT',
      'ORDER',
    ]);
  });

  it("RudderStack's Node SDK (gzip, originalTimestamp) lands the same way", async () => {
    const client = new RudderAnalytics(writeKey, { dataPlaneUrl: service.url, flushAt: 10, retryCount: 0, logLevel: 'error' });
    client.identify({ userId: 'rs-9', traits: { email: 'ola@example.net', firstName: 'Ola' } });
    client.screen({ userId: 'rs-9', name: 'Basket', context: { app: { name: 'TeaShop', version: '3.2' } } });
    client.track({ userId: 'rs-9', event: 'Email Link Clicked', properties: { campaign_name: 'autumn-blends' } });
    await new Promise<void>((resolve, reject) => client.flush((error?: unknown) => (error ? reject(error) : resolve())));

    const customer = (await answer(service.url, byIdentity, { type: 'EMAIL', value: 'OLA@example.net' })).customerByIdentity;
    expect(customer.givenName).toBe('Ola');
    expect(
      customer.touchpoints.nodes
        .map((t: { type: string; channel: string; campaign: string | null }) => `${t.type} ${t.channel} ${t.campaign}`)
        .sort(),
    ).toEqual(['EMAIL_CLICK EMAIL autumn-blends', 'PAGE_VIEW MOBILE_APP null']);
  });
});
