import type { IncomingMessage } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphiQLOptions } from 'graphql-yoga';
import type { Browser } from 'playwright-core';
import { graphiqlOf } from '../../src/api/graphiql.js';
import { eventually, launchBrowser, screenshot, watchedPage } from '../support/browser.js';
import { testConfig, testNeo4j } from '../support/graph.js';
import { startTestService, type RunningService } from '../support/service.js';

describe('GraphiQL in a real Chromium, offline', () => {
  let browser: Browser;
  const services: RunningService[] = [];
  const serviceIn = async (mode: 'development' | 'test' | 'production') => {
    const overrides: Record<string, string> = { NODE_ENV: mode };
    if (mode === 'production')
      Object.assign(overrides, {
        AUTH_JWKS_URL: 'http://127.0.0.1:9/jwks',
        PSEUDONYM_KEY: 'p'.repeat(40),
        PRIVACY_HASH_KEY: 'h'.repeat(40),
      });
    const service = await startTestService(testConfig(overrides), testNeo4j());
    services.push(service);
    return service;
  };

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    for (const service of services) await service.stop();
  });

  it('in development, opens with the token filled in and answers a query, with nothing loaded from outside', async () => {
    const service = await serviceIn('development');
    const { page, requests, refused, errors } = await watchedPage(browser);
    await page.goto(`${service.url}/graphql`);
    await page.locator('.graphiql-execute-button').waitFor();
    await page.locator('.graphiql-execute-button').click();
    await page.getByRole('button', { name: 'Headers' }).click();
    expect((await page.locator('.graphiql-editor-tool').innerText()).replace(/\s+/g, ' ')).toMatch(
      /"Authorization": "Bearer ey[\w-]+\.[\w-]+\.[\w-]+"/,
    );
    await eventually(async () => (await page.locator('.result-window').innerText()).replace(/\s+/g, ' ')).toContain('"role": "ADMIN"');
    await screenshot(page, 'graphiql', false);
    expect(refused).toEqual([]);
    expect(requests.every((url) => url.startsWith(service.url) || url.startsWith('data:') || url.startsWith('blob:'))).toBe(true);
    expect(errors).toEqual([]);
  });

  const pageOf = async (service: RunningService) => {
    const response = await fetch(`${service.url}/graphql`, { headers: { accept: 'text/html' } });
    return { status: response.status, body: await response.text() };
  };

  it('outside development, GraphiQL carries no token, and production serves none', async () => {
    const test = await pageOf(await serviceIn('test'));
    expect(test.status).toBe(200);
    expect(test.body).toContain('Customer graph: GraphiQL');
    expect(test.body).not.toMatch(/Bearer/);
    const production = await pageOf(await serviceIn('production'));
    expect(production.body).not.toContain('Customer graph: GraphiQL');
    expect(production.body).not.toMatch(/Bearer ey/);
  });

  it('fills the token in only for a browser on this machine', async () => {
    const page = graphiqlOf(testConfig({ NODE_ENV: 'development' }));
    if (typeof page !== 'function') throw new Error('development serves GraphiQL per request');
    const from = async (remoteAddress: string) =>
      (await page(new Request('http://service/graphql'), { req: { socket: { remoteAddress } } as IncomingMessage })) as GraphiQLOptions;
    for (const local of ['127.0.0.1', '::1', '::ffff:127.0.0.1'])
      expect((await from(local)).headers).toMatch(/"Authorization": "Bearer ey/);
    for (const remote of ['192.0.2.7', '::ffff:10.1.2.3', '2001:db8::1']) expect((await from(remote)).headers).toBeUndefined();
  });
});
