import { createRemoteJWKSet, errors, jwtVerify, SignJWT, type JWTVerifyGetKey } from 'jose';
import { LRUCache } from 'lru-cache';
import { isRole, type Caller, type Role } from './caller.js';

export interface TokenSettings {
  /** HS256 shared secret (development and tests). */
  secret?: string;
  /** RS256 keys (production); when set, the secret is not used. */
  jwksUrl?: string;
  issuer?: string;
  audience: string;
  roleClaim: string;
}

export class TokenRefused extends Error {}

/**
 * How long a verified token is taken on trust before its signature is checked again: a client
 * sends one token with every request, and an RS256 check costs about a millisecond each time.
 * Short, so a key withdrawn from the JWKS stops being accepted within a minute; never past `exp`.
 */
export const verifiedTokenTrustMs = 60_000;

/** Verifies bearer JWTs: signature, expiry (required), audience, issuer, and a known role claim. */
export function tokenVerifier(settings: TokenSettings): (token: string) => Promise<Caller> {
  const key: Uint8Array | JWTVerifyGetKey = settings.jwksUrl
    ? createRemoteJWKSet(new URL(settings.jwksUrl))
    : new TextEncoder().encode(settings.secret);
  const algorithms = settings.jwksUrl ? ['RS256'] : ['HS256'];
  const verified = new LRUCache<string, { caller: Caller; expiresAt: number }>({ max: 10_000, ttl: verifiedTokenTrustMs });
  return async (token) => {
    const known = verified.get(token);
    if (known && Date.now() < known.expiresAt) return known.caller;
    try {
      const { payload } = await jwtVerify(token, key as Uint8Array, {
        algorithms,
        audience: settings.audience,
        issuer: settings.issuer,
        requiredClaims: ['exp', 'sub'],
      });
      const role = payload[settings.roleClaim];
      if (!isRole(role)) throw new TokenRefused(`the token's "${settings.roleClaim}" claim is not one of the roles`);
      const caller: Caller = { actor: payload.sub!, role, via: 'token' };
      verified.set(token, { caller, expiresAt: payload.exp! * 1000 });
      return caller;
    } catch (error) {
      if (error instanceof TokenRefused) throw error;
      throw new TokenRefused(reasonOf(error));
    }
  };
}

function reasonOf(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'the token has expired';
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'the token signature does not verify';
  if (error instanceof errors.JWTClaimValidationFailed) return `the token's "${error.claim}" claim is not accepted`;
  if (error instanceof errors.JOSEAlgNotAllowed) return 'the token is not signed with an accepted algorithm';
  return 'the token is not a valid JWT';
}

/** An HS256 token for development and tests; production tokens come from the identity provider. */
export function signToken(settings: TokenSettings, subject: string, role: Role, lifetime = '12h'): Promise<string> {
  if (!settings.secret) throw new Error('signing needs AUTH_JWT_SECRET (or the development secret)');
  const token = new SignJWT({ [settings.roleClaim]: role })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(subject)
    .setAudience(settings.audience)
    .setIssuedAt()
    .setExpirationTime(lifetime);
  if (settings.issuer) token.setIssuer(settings.issuer);
  return token.sign(new TextEncoder().encode(settings.secret));
}
