import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Role } from '../../src/api/schema-types.generated.js';
import type { IncomingRecord } from '../../src/ingestion/ingest.js';
import { eventually, explorerSignedIn, launchBrowser, screenshot, watchedPage, type WatchedPage } from '../support/browser.js';
import { resetGraph, testConfig, testNeo4j } from '../support/graph.js';
import { answer, startTestService, tokenFor, type RunningService } from '../support/service.js';

/** Lead qualification weighs recent facts, so the journey happened in the last month. */
const daysAgo = (days: number) => `${new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10)}T10:00:00Z`;
const record = (fields: Record<string, unknown>): IncomingRecord => ({ original: fields, fields });
const touchpoint = (sourceId: string, type: string, channel: string, at: string, more: Record<string, unknown> = {}) =>
  record({ kind: 'touchpoint', source: 'web', sourceId, email: 'zofia.w@przyklad.pl', type, channel, at, ...more });

/** A Polish family and an Icelandic shopper: names, addresses, currency and channels unlike the generator's. */
const scenario = [
  record({
    kind: 'product',
    source: 'shop',
    sourceId: 'KAJ-7',
    name: 'Kajak Nordkapp',
    categoryPath: 'Sport > Wasser > Kajaks',
    price: '4999.00',
    currency: 'PLN',
    topics: ['paddeln'],
  }),
  record({
    kind: 'product',
    source: 'shop',
    sourceId: 'PAD-2',
    name: 'Paddel Carbon',
    categoryPath: 'Sport > Wasser',
    price: '350.00',
    currency: 'PLN',
  }),
  record({
    kind: 'customer',
    source: 'crm',
    sourceId: 'C-77',
    crmId: 'KRM-0042',
    email: 'zofia.w@przyklad.pl',
    givenName: 'Zofia',
    familyName: 'Wiśniewska',
    birthDate: '1988-07-14',
    street: 'ul. Długa 5',
    postcode: '00-238',
    city: 'Warszawa',
    country: 'PL',
    updatedAt: '2026-01-02T00:00:00Z',
  }),
  record({
    kind: 'customer',
    source: 'crm',
    sourceId: 'C-78',
    crmId: 'KRM-0043',
    email: 'lukasz@przyklad.pl',
    givenName: 'Łukasz',
    familyName: 'Wiśniewski',
    street: 'ul. Długa 5',
    postcode: '00-238',
    country: 'PL',
  }),
  record({
    kind: 'customer',
    source: 'shop',
    sourceId: 'S-9',
    email: 'thora@daemi.is',
    givenName: 'Þóra',
    familyName: 'Jónsdóttir',
    city: 'Reykjavík',
    country: 'IS',
  }),
  touchpoint('T-1', 'AD_CLICK', 'ADS', daysAgo(30), { campaign: 'wiosna' }),
  touchpoint('T-2', 'PAGE_VIEW', 'WEB', daysAgo(29), { sku: 'KAJ-7' }),
  record({
    kind: 'socialSignal',
    source: 'social',
    sourceId: 'P-1',
    email: 'zofia.w@przyklad.pl',
    type: 'POST',
    platform: 'mastodon',
    text: 'Szukam kajaka na lato',
    sentiment: 0.4,
    at: daysAgo(28),
    topics: ['paddeln'],
  }),
  touchpoint('T-3', 'CART', 'MOBILE_APP', daysAgo(27), { sku: 'KAJ-7' }),
  record({
    kind: 'order',
    source: 'shop',
    sourceId: 'O-1',
    email: 'zofia.w@przyklad.pl',
    placedAt: daysAgo(26),
    channel: 'STORE',
    currency: 'PLN',
    lines: [
      { sku: 'KAJ-7', quantity: 1, unitPrice: '4999.00' },
      { sku: 'PAD-2', quantity: 2, unitPrice: '350.00' },
    ],
  }),
  touchpoint('T-4', 'SURVEY_ANSWER', 'EMAIL', daysAgo(21), { score: 10, comment: 'Świetna obsługa' }),
  record({
    kind: 'consent',
    source: 'email',
    sourceId: 'K-1',
    email: 'zofia.w@przyklad.pl',
    purpose: 'SMS_MARKETING',
    status: 'GRANTED',
    at: '2026-01-05T00:00:00Z',
  }),
  record({
    kind: 'consent',
    source: 'email',
    sourceId: 'K-2',
    email: 'zofia.w@przyklad.pl',
    purpose: 'SMS_MARKETING',
    status: 'WITHDRAWN',
    at: '2026-02-01T00:00:00Z',
  }),
  record({
    kind: 'consent',
    source: 'email',
    sourceId: 'K-3',
    email: 'zofia.w@przyklad.pl',
    purpose: 'EMAIL_MARKETING',
    status: 'GRANTED',
    at: '2026-01-05T00:00:00Z',
  }),
];

describe('the customer explorer in a real Chromium, offline', () => {
  let service: RunningService;
  let browser: Browser;
  let zofia: string;
  const pages: WatchedPage[] = [];

  beforeAll(async () => {
    service = await startTestService(testConfig(), testNeo4j());
    await resetGraph(service.graph);
    expect(await service.ingestion.run(scenario)).toMatchObject({ accepted: scenario.length, rejected: 0 });
    zofia = (await answer(service.url, '{ customerByIdentity(type: CRM_ID, value: "KRM-0042") { id } }')).customerByIdentity.id;
    await answer(service.url, 'mutation { detectHouseholds { households } }');
    await answer(service.url, 'mutation($ids: [ID!]) { createSegment(name: "Kajak-Fans", customerIds: $ids) { size } }', { ids: [zofia] });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await service?.stop();
  });

  /** A fresh tab signed in through the form, as a person would, in a role. */
  async function signedIn(role: Role): Promise<Page> {
    const watched = await explorerSignedIn(browser, service.url, await tokenFor(role), role);
    pages.push(watched);
    return watched.page;
  }

  async function searchFor(page: Page, text: string): Promise<void> {
    await page.getByLabel('Name, email or social handle').fill(text);
    await page.getByRole('button', { name: 'Search' }).click();
  }

  const rowText = (page: Page, attribute: string) => page.locator(`#profile tr[data-attribute="${attribute}"]`).innerText();

  it('finds a customer by full-text search and by an identifier', async () => {
    const page = await signedIn('SALES');
    await searchFor(page, 'Wiśniewska');
    await eventually(() => page.locator('#results table').innerText()).toContain('Zofia Wiśniewska');
    await screenshot(page, 'explorer-find');
    await page.getByLabel('Identifier value').fill(' Thora@DAEMI.is ');
    await page.getByRole('button', { name: 'Look up' }).click();
    await eventually(() => page.locator('#results').innerText()).toContain('Þóra Jónsdóttir');
    expect(await page.locator('#results tbody tr').count()).toBe(1);
    await page.getByLabel('Identifier value').fill('nobody@nowhere.example');
    await page.getByRole('button', { name: 'Look up' }).click();
    await eventually(() => page.locator('#results').innerText()).toContain('No customer found.');
  });

  it('shows the 360 with the source of each value and the journey drawn in time order', async () => {
    const page = await signedIn('SERVICE');
    await searchFor(page, 'zofia');
    await page.getByRole('link', { name: 'Zofia Wiśniewska' }).click();
    await eventually(() => page.locator('#customer-name').textContent()).toBe('Zofia Wiśniewska');
    expect(await page.locator('#customer-id').textContent()).toBe(zofia);
    expect(await rowText(page, 'street')).toMatch(/ul\. Długa 5\s+crm C-77, 2026-01-02/);
    expect(await page.locator('#identities').innerText()).toMatch(/CRM_ID\s+KRM-0042/);
    const consent = await page.locator('#consents li[data-purpose="SMS_MARKETING"]').innerText();
    expect(consent).toMatch(/SMS_MARKETING: WITHDRAWN on 2026-02-01/);
    expect(consent).toMatch(/2026-02-01 WITHDRAWN \(email\)\s+2026-01-05 GRANTED \(email\)/);
    expect(await page.locator('#metrics').innerText()).toMatch(/Lifetime value\s+5699\.00 PLN/);
    expect(await page.locator('#orders').innerText()).toMatch(
      /5699\.00 PLN\s.*(1 × Kajak Nordkapp, 2 × Paddel Carbon|2 × Paddel Carbon, 1 × Kajak Nordkapp)/,
    );
    expect(await page.locator('#segments').innerText()).toMatch(/Kajak-Fans: since \d{4}-\d{2}-\d{2}/);
    expect(await page.locator('#household').innerText()).toBe('Household of 2, with Łukasz Wiśniewski');
    expect(await page.locator('#source-records').innerText()).toContain('C-77');

    const drawn = await page.locator('#journey-graph').evaluate((element) => {
      const graph = (element as HTMLElement & { journey: import('cytoscape').Core }).journey;
      return graph
        .nodes('.moment')
        .sort((a, b) => a.position('x') - b.position('x'))
        .map((node) => ({
          type: node.data('type') as string,
          channel: node.data('channel') as string,
          classes: node.classes() as string[],
          label: node.data('label') as string,
        }));
    });
    expect(drawn.map((node) => `${node.type}@${node.channel}`)).toEqual([
      'AD_CLICK@ADS',
      'PAGE_VIEW@WEB',
      'POST@mastodon',
      'CART@MOBILE_APP',
      'ORDER@STORE',
      'SURVEY_ANSWER@EMAIL',
    ]);
    expect(drawn[0]!.classes).toContain('entry');
    expect(drawn.filter((node) => node.classes.includes('entry'))).toHaveLength(1);
    expect(drawn[4]!.label).toContain('→ PURCHASE');
    expect(drawn.map((node) => node.classes.find((name) => ['touchpoint', 'order', 'social_signal'].includes(name)))).toEqual([
      'touchpoint',
      'touchpoint',
      'social_signal',
      'touchpoint',
      'order',
      'touchpoint',
    ]);
    expect(drawn[3]!.classes).not.toContain('stage-change');
    expect(await page.locator('#journey-steps li').count()).toBe(6);
    await screenshot(page, 'explorer-360-journey');
    await screenshot(page.locator('#journey'), 'explorer-journey');
  });

  it('masks what a restricted role may not see, and says which parts it may not use', async () => {
    const page = await signedIn('MARKETING');
    await page.goto(`${service.url}/explorer#/customer/${zofia}`);
    await eventually(() => page.locator('#customer-name').textContent()).toBe('Zofia Wiśniewska');
    expect(await page.locator('#identities').innerText()).toMatch(/CRM_ID\s+\[masked\]/);
    expect(await page.locator('#identities').innerText()).toContain('zofia.w@przyklad.pl');
    expect(await rowText(page, 'street')).not.toContain('Długa');
    expect(await rowText(page, 'birthDate')).not.toContain('1988');
    expect(await rowText(page, 'city')).toContain('Warszawa');
    expect(await page.locator('#sources-refused').innerText()).toContain(
      'Forbidden: the MARKETING role may not use Customer.attributeSources, Customer.sourceRecords.',
    );
    expect(await page.locator('#source-records').count()).toBe(0);

    await page.getByLabel('Subject').fill('paddeln');
    await page.getByRole('button', { name: 'Qualify' }).click();
    await eventually(() => page.locator('#qualification-result').innerText()).toContain('SALES_CALL');
    expect(await page.locator('#qualification-result').innerText()).toContain(`TALKED ${daysAgo(28).slice(0, 10)}: post on mastodon`);
    await screenshot(page, 'explorer-360-marketing');
  });

  it('previews an audience across categories with its count, first members and compiled Cypher', async () => {
    const page = await signedIn('ANALYST');
    await page.getByRole('link', { name: 'Audience builder' }).click();
    const first = page.locator('fieldset.condition').nth(0);
    await first.getByLabel('category path').fill('Sport > Wasser');
    await page.getByRole('button', { name: 'Add a condition' }).click();
    const second = page.locator('fieldset.condition').nth(1);
    await second.getByLabel('Category').selectOption('consented');
    await second.getByLabel('purpose').selectOption('EMAIL_MARKETING');
    await page.getByRole('button', { name: 'Preview' }).click();
    await eventually(() => page.locator('#audience-count').textContent()).toBe('1 customers');
    expect(await page.locator('#audience-result tbody').innerText()).toMatch(/^anon_[\w-]{22}\s+Warszawa\s+PL/);
    expect(await page.locator('#compiled-cypher').textContent()).toMatch(/MATCH/);
    expect(await page.locator('#compiled-parameters').textContent()).toContain('Sport > Wasser');
    await screenshot(page, 'explorer-audience');

    await page.getByRole('button', { name: 'Add a condition' }).click();
    const third = page.locator('fieldset.condition').nth(2);
    await third.getByLabel('Category').selectOption('metrics');
    await third.getByLabel('orders at least').fill('two');
    await page.getByRole('button', { name: 'Preview' }).click();
    await eventually(() => page.locator('#audience-result .error').textContent()).toBe(
      'Condition 3 (Figures): orders at least must be a whole number, got "two".',
    );
  });

  it('tells a role what it may not use, and a bad credential why it was refused', async () => {
    const analyst = await signedIn('ANALYST');
    await searchFor(analyst, 'Zofia');
    await eventually(() => analyst.locator('#results .error').textContent()).toBe('Forbidden: the ANALYST role may not use Query.search.');

    const { page } = await watchedPage(browser);
    await page.goto(`${service.url}/explorer`);
    await page.getByLabel('Token or API key').fill('not-a-token');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await eventually(() => page.locator('#top .error').textContent()).toMatch(/not a valid JWT/);
    await expect(page.getByLabel('Token or API key').isVisible()).resolves.toBe(true);
  });

  it('serves its page, script and styles under /explorer with a policy that keeps everything on this service', async () => {
    const page = await fetch(`${service.url}/explorer/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(await page.text()).toContain('<script type="module" src="/explorer/explorer.js">');
    const script = await fetch(`${service.url}/explorer/explorer.js`);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await script.text()).length).toBeGreaterThan(100_000);
    expect((await fetch(`${service.url}/explorer/explorer.css`)).status).toBe(200);
    expect((await fetch(`${service.url}/explorer/secrets`)).status).toBe(404);
    expect((await fetch(`${service.url}/explorer`, { method: 'POST', body: '{}' })).status).toBe(405);
  });

  it('loaded nothing from outside this machine, and no page had an error', () => {
    expect(pages.length).toBeGreaterThan(0);
    for (const watched of pages) {
      expect(watched.refused).toEqual([]);
      expect(watched.requests.every((url) => url.startsWith(`${service.url}/`))).toBe(true);
      expect(watched.errors).toEqual([]);
    }
  });
});
