import { createHmac, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Config } from '../config.js';
import { projectRoot } from '../project.js';
import type { TokenSettings } from './tokens.js';

/**
 * Keys for development: a random secret made on first use and kept out of git in
 * .neo4j/development-secret, so tokens minted by `npm run token` keep working across restarts.
 * Production never gets here: the configuration requires a JWKS URL and a pseudonym key there.
 */
const developmentSecretFile = join(projectRoot, '.neo4j', 'development-secret');

function developmentSecret(): string {
  try {
    return readFileSync(developmentSecretFile, 'utf8').trim();
  } catch {
    const secret = randomBytes(32).toString('base64url');
    mkdirSync(dirname(developmentSecretFile), { recursive: true });
    writeFileSync(developmentSecretFile, secret, { mode: 0o600, flag: 'wx' });
    return secret;
  }
}

export function tokenSettings(config: Config): TokenSettings {
  const secret = config.AUTH_JWKS_URL ? undefined : (config.AUTH_JWT_SECRET ?? developmentSecret());
  return {
    secret,
    jwksUrl: config.AUTH_JWKS_URL,
    issuer: config.AUTH_JWT_ISSUER,
    audience: config.AUTH_JWT_AUDIENCE,
    roleClaim: config.AUTH_ROLE_CLAIM,
  };
}

export function pseudonymKey(config: Config): string {
  return (
    config.PSEUDONYM_KEY ??
    createHmac('sha256', config.AUTH_JWT_SECRET ?? developmentSecret())
      .update('pseudonyms')
      .digest('base64url')
  );
}
