import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Role } from '../../src/api/schema-types.generated.js';
import type { IncomingRecord } from '../../src/ingestion/ingest.js';
import { eventually, explorerSignedIn, launchBrowser, screenshot, type WatchedPage } from '../support/browser.js';
import { resetGraph, testConfig, testNeo4j } from '../support/graph.js';
import { answer, startTestService, tokenFor, type RunningService } from '../support/service.js';

const person = (fields: Record<string, unknown>): IncomingRecord => ({ original: fields, fields: { kind: 'customer', ...fields } });

/** Two people who moved house, known to each source at one address only: pairs for a person to decide. */
const movers = [
  person({
    source: 'crm',
    sourceId: 'N-1',
    givenName: 'Sigrún',
    familyName: 'Ólafsdóttir',
    birthDate: '1983-05-17',
    street: 'Laugavegur 12',
    city: 'Reykjavík',
    postcode: '101',
    country: 'IS',
  }),
  person({
    source: 'shop',
    sourceId: 'W-1',
    givenName: 'Sigrún',
    familyName: 'Ólafsdóttir',
    birthDate: '1983-05-17',
    street: 'Hafnarstræti 3',
    city: 'Akureyri',
    postcode: '600',
    country: 'IS',
    email: 'sigrun@heimur.is',
  }),
  person({
    source: 'crm',
    sourceId: 'N-2',
    givenName: 'Tadeusz',
    familyName: 'Kowalczyk-Nowak',
    birthDate: '1958-12-01',
    street: 'ul. Polna 7',
    city: 'Łódź',
    postcode: '90-001',
    country: 'PL',
  }),
  person({
    source: 'pos',
    sourceId: 'K-2',
    givenName: 'Tadeusz',
    familyName: 'Kowalczyk-Nowak',
    birthDate: '1958-12-01',
    street: 'ul. Morska 40',
    city: 'Gdynia',
    postcode: '81-001',
    country: 'PL',
  }),
];

describe("the steward's review queue in a real Chromium, offline", () => {
  let service: RunningService;
  let browser: Browser;
  const pages: WatchedPage[] = [];

  beforeAll(async () => {
    service = await startTestService(testConfig(), testNeo4j());
    await resetGraph(service.graph);
    expect(await service.ingestion.run(movers)).toMatchObject({ accepted: movers.length, rejected: 0 });
    expect((await answer(service.url, 'mutation { matchCustomers { reviewPairs } }')).matchCustomers.reviewPairs).toBe(2);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await service?.stop();
  });

  async function signedIn(role: Role): Promise<Page> {
    const watched = await explorerSignedIn(browser, service.url, await tokenFor(role), role);
    pages.push(watched);
    return watched.page;
  }

  const pairOf = (page: Page, name: string) => page.locator('article.pair', { hasText: name });

  it('shows each pair side by side with score and reasons, and filters by source', async () => {
    const page = await signedIn('SERVICE');
    await page.getByRole('link', { name: 'Review queue' }).click();
    await eventually(() => page.locator('#queue-count').textContent()).toBe('2 pairs to review');
    const sigrun = pairOf(page, 'Sigrún');
    expect(await sigrun.locator('h2').textContent()).toMatch(/^\d{1,2}\.\d% likely one person$/);
    expect(await sigrun.locator('tr[data-attribute="birthDate"]').innerText()).toMatch(/1983-05-17\s+1983-05-17/);
    expect(await sigrun.locator('tr[data-attribute="birthDate"]').getAttribute('class')).toBe('same');
    expect(await sigrun.locator('tr[data-attribute="city"]').innerText()).toMatch(/city\s+(Reykjavík\s+Akureyri|Akureyri\s+Reykjavík)/);
    expect(await sigrun.locator('tr[data-attribute="city"]').getAttribute('class')).toBe('differs');
    expect(await sigrun.locator('tr[data-attribute="identities"]').innerText()).toContain('EMAIL sigrun@heimur.is');
    expect(await sigrun.locator('tr[data-attribute="records"]').innerText()).toMatch(
      /records\s+(crm N-1 \(customer\)\s+shop W-1 \(customer\)|shop W-1 \(customer\)\s+crm N-1 \(customer\))/,
    );
    expect(await sigrun.locator('.reasons').innerText()).toContain("same given name 'Sigrún'");
    await screenshot(page, 'explorer-review-queue');

    await page.getByLabel('Source').fill('pos');
    await page.getByRole('button', { name: 'Filter' }).click();
    await eventually(() => page.locator('#queue-count').textContent()).toBe('1 pairs to review');
    expect(await page.locator('article.pair').innerText()).toContain('Tadeusz');
    await page.getByLabel('Score at least').fill('1.5');
    await page.getByRole('button', { name: 'Filter' }).click();
    await eventually(() => page.locator('#queue-notice .error').textContent()).toBe(
      'Minimum score must be a number from 0 to 1, got "1.5".',
    );
  });

  it('rejects one pair with a reason and confirms the other, and the queue empties', async () => {
    const page = await signedIn('SERVICE');
    await page.goto(`${service.url}/explorer#/queue`);
    await eventually(() => page.locator('#queue-count').textContent()).toBe('2 pairs to review');
    await pairOf(page, 'Tadeusz').getByLabel('Why they are different people').fill('Two men of one name: a father and his nephew');
    await pairOf(page, 'Tadeusz').getByRole('button', { name: 'Different people' }).click();
    await eventually(() => page.locator('#queue-notice').innerText()).toMatch(
      /Kept apart: Tadeusz Kowalczyk-Nowak and Tadeusz Kowalczyk-Nowak/,
    );
    await eventually(() => page.locator('#queue-count').textContent()).toBe('1 pairs to review');
    await pairOf(page, 'Sigrún').getByRole('button', { name: 'Same person: merge' }).click();
    await eventually(() => page.locator('#queue-notice').innerText()).toContain('Merged: Sigrún Ólafsdóttir is one customer now');
    await eventually(() => page.locator('#queue-count').textContent()).toBe('0 pairs to review');

    const merged = (
      await answer(service.url, '{ customerByIdentity(type: EMAIL, value: "sigrun@heimur.is") { sourceRecords { nodes { source } } } }')
    ).customerByIdentity;
    expect(merged.sourceRecords.nodes.map((record: { source: string }) => record.source).sort()).toEqual(['crm', 'shop']);
    const writes = (await answer(service.url, '{ auditLog(action: WRITE) { nodes { actor operation } } }')).auditLog.nodes;
    expect(
      writes
        .filter((entry: { actor: string }) => entry.actor === 'test-service')
        .map((entry: { operation: string }) => entry.operation)
        .sort(),
    ).toEqual(
      expect.arrayContaining([expect.stringMatching(/RejectMatch|rejectMatch/), expect.stringMatching(/ConfirmMatch|confirmMatch/)]),
    );
  });

  it('is refused to roles other than SERVICE and ADMIN, with the reason on the page', async () => {
    const page = await signedIn('MARKETING');
    await page.goto(`${service.url}/explorer#/queue`);
    await eventually(() => page.locator('#queue .error').textContent()).toBe(
      'Forbidden: the MARKETING role may not use Query.reviewQueue, Customer.sourceRecords.',
    );
  });

  it('loaded nothing from outside this machine, and no page had an error', () => {
    for (const watched of pages) {
      expect(watched.refused).toEqual([]);
      expect(watched.requests.every((url) => url.startsWith(`${service.url}/`))).toBe(true);
      expect(watched.errors).toEqual([]);
    }
  });
});
