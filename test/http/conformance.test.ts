import { auditServer } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testConfig, testNeo4j } from '../support/graph.js';
import { authorised, startTestService, type RunningService } from '../support/service.js';

/** The GraphQL-over-HTTP spec's own audit suite (graphql-http), against the running server. */
describe('GraphQL over HTTP conformance', () => {
  let service: RunningService;

  beforeAll(async () => {
    service = await startTestService(testConfig(), testNeo4j());
  });
  afterAll(() => service.stop());

  it('passes every MUST of the audit', async () => {
    // The audit's requests are authenticated like any client's; everything else is the audit's own.
    const credentials = await authorised();
    const fetchFn = (input: RequestInfo | URL, init: RequestInit = {}) =>
      fetch(input, { ...init, headers: { ...Object.fromEntries(new Headers(init.headers)), ...credentials } });
    const results = await auditServer({ url: `${service.url}/graphql`, fetchFn });
    const failedMusts = results.filter((result) => result.name.startsWith('MUST') && result.status !== 'ok');
    expect(results.filter((result) => result.name.startsWith('MUST')).length).toBeGreaterThan(10);
    expect(failedMusts.map((result) => `${result.name}: ${result.status === 'ok' ? '' : result.reason}`)).toEqual([]);
  });
});
