import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';
import { cypher } from '../../src/graph/cypher-library.js';
import { resetGraph, testConfig, testNeo4j, testTokenSecret } from '../support/graph.js';
import { answer, graphql, startTestService, tokenFor, type RunningService } from '../support/service.js';

const me = '{ me { actor role via } }';
const bearer = (credential: string) => ({ authorization: `Bearer ${credential}` });

/** A token signed with `secret` (the suite's by default) and the claims given. */
async function hs256(claims: Record<string, unknown>, { secret = testTokenSecret, expires = '1h', audience = 'customer-graph' } = {}) {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('ann')
    .setAudience(audience)
    .setExpirationTime(expires)
    .sign(new TextEncoder().encode(secret));
}

describe('authentication', () => {
  let service: RunningService;

  beforeAll(async () => {
    service = await startTestService(testConfig(), testNeo4j());
    await resetGraph(service.graph);
  });
  afterAll(() => service.stop());

  it('answers health and readiness without credentials, and nothing else', async () => {
    expect((await fetch(`${service.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${service.url}/readyz`)).status).toBe(200);
    const response = await graphql(service.url, me, {}, { authorization: '' });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toContain('Bearer');
    expect(response.body.errors![0].extensions.code).toBe('UNAUTHENTICATED');
    expect(response.body.data).toBeUndefined();
  });

  it('knows the caller of a good token', async () => {
    const { body } = await graphql(service.url, me, {}, bearer(await hs256({ role: 'SALES' })));
    expect(body).toEqual({ data: { me: { actor: 'ann', role: 'SALES', via: 'token' } } });
  });

  it.each([
    ['an expired token', () => hs256({ role: 'SALES' }, { expires: '-1m' }), 'the token has expired'],
    [
      'a forged token',
      () => hs256({ role: 'ADMIN' }, { secret: 'someone-else-s-secret-of-the-right-length' }),
      'signature does not verify',
    ],
    ['another audience', () => hs256({ role: 'SALES' }, { audience: 'another-service' }), '"aud" claim'],
    ['an unknown role', () => hs256({ role: 'ROOT' }), 'not one of the roles'],
    [
      'an unsigned token',
      async () =>
        `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from('{"sub":"x","role":"ADMIN","aud":"customer-graph","exp":9999999999}').toString('base64url')}.`,
      'not signed with an accepted algorithm',
    ],
    ['garbage', async () => 'not-a-token', 'not a valid JWT'],
  ])('refuses %s with 401 and says why', async (_name, token, reason) => {
    const { status, body } = await graphql(service.url, me, {}, bearer(await token()));
    expect(status).toBe(401);
    expect(body.errors![0].message).toContain(reason);
  });

  it('tells 401 (who are you) from 403 (not allowed)', async () => {
    const { status, body } = await graphql(
      service.url,
      'mutation { ingestProducts(source: "shop", records: []) { accepted } }',
      {},
      bearer(await tokenFor('SALES')),
    );
    expect(status).toBe(403);
    expect(body.errors![0]).toMatchObject({
      message: 'Forbidden: the SALES role may not use Mutation.ingestProducts.',
      extensions: { code: 'FORBIDDEN' },
    });
  });

  it('accepts API keys, stores only their hash, and stops accepting a revoked one', async () => {
    const created = await answer(
      service.url,
      'mutation { createApiKey(name: "crm-sync", role: INGEST) { secret key { id name role createdBy revokedAt } } }',
    );
    const { secret, key } = created.createApiKey;
    expect(key).toMatchObject({ name: 'crm-sync', role: 'INGEST', createdBy: 'test-admin', revokedAt: null });
    expect(secret).toMatch(new RegExp(`^cgk_${key.id}_`));

    const { body } = await graphql(service.url, me, {}, bearer(secret));
    expect(body.data.me).toEqual({ actor: 'api-key:crm-sync', role: 'INGEST', via: 'api-key' });
    const stored = await service.graph.read(cypher.get('test-support/node-properties'), { label: 'ApiKey' });
    expect(JSON.stringify(stored)).not.toContain(secret.split('_')[2]);

    const wrongSecret = `cgk_${key.id}_${'x'.repeat(43)}`;
    expect((await graphql(service.url, me, {}, bearer(wrongSecret))).status).toBe(401);

    await answer(service.url, 'mutation($id: ID!) { revokeApiKey(id: $id) { revokedAt } }', { id: key.id });
    const refused = await graphql(service.url, me, {}, bearer(secret));
    expect(refused.status).toBe(401);
    expect(refused.body.errors![0].message).toContain('unknown or revoked');
  });
});

describe('RS256 tokens from a JWKS URL (production keys)', () => {
  let service: RunningService;
  let jwks: Server;
  let privateKey: CryptoKey;

  beforeAll(async () => {
    const pair = await generateKeyPair('RS256');
    privateKey = pair.privateKey;
    const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
    jwks = createServer((_req, res) => res.end(JSON.stringify({ keys: [jwk] })));
    await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(jwks.address() as AddressInfo).port}/jwks.json`;
    service = await startTestService(testConfig({ AUTH_JWKS_URL: url, AUTH_JWT_ISSUER: 'https://id.example.com' }), testNeo4j());
  });
  afterAll(async () => {
    await service.stop();
    jwks.close();
  });

  const rs256 = (issuer: string) =>
    new SignJWT({ role: 'MARKETING' })
      .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
      .setSubject('mia')
      .setAudience('customer-graph')
      .setIssuer(issuer)
      .setExpirationTime('5m')
      .sign(privateKey);

  it('accepts a token signed by a key of the set, from the configured issuer', async () => {
    const { body } = await graphql(service.url, me, {}, bearer(await rs256('https://id.example.com')));
    expect(body.data.me).toEqual({ actor: 'mia', role: 'MARKETING', via: 'token' });
  });

  it('refuses another issuer, and HS256 tokens once real keys are configured', async () => {
    expect((await graphql(service.url, me, {}, bearer(await rs256('https://evil.example.com')))).body.errors![0].message).toContain(
      '"iss" claim',
    );
    const hs = await graphql(service.url, me, {}, bearer(await hs256({ role: 'ADMIN' })));
    expect(hs.status).toBe(401);
    expect(hs.body.errors![0].message).toContain('not signed with an accepted algorithm');
  });
});

describe('production mode', () => {
  it('refuses to start without real keys, naming each missing setting', () => {
    const start = () => loadConfig({ NODE_ENV: 'production', AUTH_JWT_SECRET: testTokenSecret });
    expect(start).toThrow(ConfigError);
    expect(start).toThrow(/AUTH_JWKS_URL: required in production[\s\S]*PSEUDONYM_KEY: required in production/);
  });
});
