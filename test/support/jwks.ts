import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';

/**
 * Production-mode authentication for tests and benchmarks: a local JWKS server with a fresh RS256
 * key, the settings production requires, and an ADMIN token signed by that key, so requests pay
 * the real verification and the audit of every personal field they read.
 */
export async function productionCredentials(): Promise<{ env: Record<string, string>; authorization: string; close(): void }> {
  const { publicKey, privateKey } = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'bench', alg: 'RS256', use: 'sig' };
  const server = createServer((_req, res) => res.end(JSON.stringify({ keys: [jwk] })));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const token = await new SignJWT({ role: 'ADMIN' })
    .setProtectedHeader({ alg: 'RS256', kid: 'bench' })
    .setSubject('bench')
    .setAudience('customer-graph')
    .setExpirationTime('24h')
    .sign(privateKey);
  return {
    env: {
      AUTH_JWKS_URL: `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks.json`,
      PSEUDONYM_KEY: 'a-pseudonym-key-for-tests-and-benchmarks-only',
      PRIVACY_HASH_KEY: 'a-privacy-hash-key-for-tests-and-benchmarks-only',
    },
    authorization: `Bearer ${token}`,
    close: () => server.close(),
  };
}
