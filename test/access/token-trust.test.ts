import { SignJWT } from 'jose';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TokenRefused, tokenVerifier, verifiedTokenTrustMs } from '../../src/access/tokens.js';

/** A verified token is taken on trust for a while (no signature check per request), never past its expiry. */
const settings = { secret: 'a-secret-of-the-right-length-for-hs256-tokens', audience: 'customer-graph', roleClaim: 'role' };
const token = (expiresInSeconds: number, now = Date.now()) =>
  new SignJWT({ role: 'SALES' })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('ann')
    .setAudience(settings.audience)
    .setExpirationTime(Math.floor(now / 1000) + expiresInSeconds)
    .sign(new TextEncoder().encode(settings.secret));

describe('trust in a verified token', () => {
  afterEach(() => vi.useRealTimers());

  it('knows the caller of a token it verified before, and refuses it once it has expired', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const verify = tokenVerifier(settings);
    const good = await token(30);
    expect(await verify(good)).toEqual({ actor: 'ann', role: 'SALES', via: 'token' });
    expect(await verify(good)).toEqual({ actor: 'ann', role: 'SALES', via: 'token' });
    vi.setSystemTime(Date.now() + 31_000);
    await expect(verify(good)).rejects.toThrow(TokenRefused);
    await expect(verify(good)).rejects.toThrow('the token has expired');
  });

  it('checks the signature of every token it has not verified, however like a verified one it is', async () => {
    const verify = tokenVerifier(settings);
    const good = await token(600);
    await verify(good);
    const [header, payload] = good.split('.');
    await expect(verify(`${header}.${payload}.${'A'.repeat(43)}`)).rejects.toThrow('signature does not verify');
    expect(verifiedTokenTrustMs).toBeLessThanOrEqual(60_000);
  });
});
