import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';
import { projectRoot } from '../src/project.js';

describe('configuration', () => {
  it('has working defaults for a fresh machine: embedded Neo4j, port 4000, demo data', () => {
    const config = loadConfig({});
    expect(config.NEO4J_URI).toBeUndefined();
    expect(config.PORT).toBe(4000);
    expect(config.NEO4J_EMBEDDED_BOLT_PORT).toBe(7687);
    expect(config.NEO4J_EMBEDDED_HEAP).toBe('2g');
    expect(config.DEMO_DATA).toBe(true);
  });

  it('reads typed values from strings', () => {
    const config = loadConfig({ PORT: '8080', DEMO_DATA: 'false', NEO4J_TX_TIMEOUT_MS: '5000' });
    expect(config).toMatchObject({ PORT: 8080, DEMO_DATA: false, NEO4J_TX_TIMEOUT_MS: 5000 });
  });

  it('names every bad variable and the value it got', () => {
    const error = catchError(() => loadConfig({ PORT: 'eighty', NEO4J_EMBEDDED_HEAP: 'lots', LOG_LEVEL: 'loud' }));
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toMatch(/PORT: .*got "eighty"/);
    expect(error.message).toMatch(/NEO4J_EMBEDDED_HEAP: expected a size such as 512m or 2g, got "lots"/);
    expect(error.message).toMatch(/LOG_LEVEL: .*got "loud"/);
  });

  it('requires a password with NEO4J_URI, and refuses URIs that are not Bolt', () => {
    expect(() => loadConfig({ NEO4J_URI: 'neo4j://db.example:7687' })).toThrow(/NEO4J_PASSWORD: required when NEO4J_URI is set/);
    expect(() => loadConfig({ NEO4J_URI: 'http://db.example:7474', NEO4J_PASSWORD: 'x' })).toThrow(/NEO4J_URI: expected a Bolt URI/);
    expect(loadConfig({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io', NEO4J_PASSWORD: 'secret' }).NEO4J_URI).toBe(
      'neo4j+s://abc.databases.neo4j.io',
    );
  });

  it('requires a secret suppression hash key in production, and never prints it', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/PRIVACY_HASH_KEY: required in production/);
    const error = catchError(() => loadConfig({ PRIVACY_HASH_KEY: 'too-short-a-secret' }));
    expect(error.message).toMatch(/PRIVACY_HASH_KEY: expected at least 32 characters \(value hidden\)/);
    expect(error.message).not.toContain('too-short-a-secret');
    const key = 'a-production-secret-of-forty-characters!';
    const otherProductionKeys = {
      AUTH_JWKS_URL: 'https://id.example.com/jwks.json',
      PSEUDONYM_KEY: 'another-production-secret-of-40-characters',
    };
    expect(loadConfig({ NODE_ENV: 'production', PRIVACY_HASH_KEY: key, ...otherProductionKeys }).PRIVACY_HASH_KEY).toBe(key);
  });

  it('never prints a password it refuses', () => {
    const error = catchError(() => loadConfig({ NEO4J_EMBEDDED_PASSWORD: 'short' }));
    expect(error.message).toMatch(/NEO4J_EMBEDDED_PASSWORD: expected at least 8 characters \(value hidden\)/);
    expect(error.message).not.toContain('short"');
  });

  it('stops `npm start` with the message and exit code 1', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: projectRoot,
      env: { ...process.env, PORT: '99999' },
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/Invalid configuration:\n {2}PORT: .*got "99999"/);
  });
});

function catchError(work: () => unknown): Error {
  try {
    work();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected an error');
}
