import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadDestinations } from '../src/activation/destinations.js';
import { ConfigError, loadConfig } from '../src/config.js';
import { projectRoot } from '../src/project.js';

/**
 * No Docker engine runs here, so the Docker path is checked from its files: the environment the
 * Dockerfile and docker-compose.yml give the service must pass the service's own configuration
 * check, and every setting that check requires must be asked for by compose with a message.
 */
const compose = parse(readFileSync(join(projectRoot, 'docker-compose.yml'), 'utf8')) as {
  services: { service: { environment: Record<string, string> } };
};
const dockerfileEnv = Object.fromEntries(
  [...readFileSync(join(projectRoot, 'Dockerfile'), 'utf8').matchAll(/^ENV (.+)$/gm)].flatMap((line) =>
    line[1]!.split(/\s+/).map((pair) => pair.split('=') as [string, string]),
  ),
);
/** What a user would set: a value of the right shape for each variable compose interpolates. */
const userValues: Record<string, string> = {
  NEO4J_PASSWORD: 'a-password',
  PRIVACY_HASH_KEY: 'p'.repeat(32),
  PSEUDONYM_KEY: 'k'.repeat(32),
  AUTH_JWKS_URL: 'https://login.example.com/.well-known/jwks.json',
};
const interpolated = (value: string) => /^\$\{([A-Z0-9_]+)(:\?[^}]*)?\}$/.exec(value);

function serviceEnvironment(without?: string): Record<string, string> {
  const env: Record<string, string> = { ...dockerfileEnv };
  for (const [name, value] of Object.entries(compose.services.service.environment)) {
    const variable = interpolated(String(value))?.[1];
    if (variable === without) continue;
    env[name] = variable ? userValues[variable]! : String(value);
  }
  return env;
}

describe('the Docker path', () => {
  it('runs the image in production, and what compose gives the service passes its configuration check', () => {
    expect(dockerfileEnv.NODE_ENV).toBe('production');
    expect(() => loadConfig(serviceEnvironment())).not.toThrow();
  });

  it('asks, with a message, for every setting the configuration check requires', () => {
    for (const [name, value] of Object.entries(compose.services.service.environment)) {
      const variable = interpolated(String(value));
      if (!variable) continue;
      let refused = false;
      try {
        loadConfig(serviceEnvironment(variable[1]));
      } catch (error) {
        expect(error).toBeInstanceOf(ConfigError);
        refused = true;
      }
      // Required by the service: compose must stop first and say what to set.
      if (refused)
        expect(variable[2] ?? '', `${name} is required by the service: compose should ask for it with \${${variable[1]}:?...}`).toMatch(
          /^:\?.+/,
        );
    }
  });

  it('lets the user the image runs as write every folder a file export goes to', () => {
    const dockerfile = readFileSync(join(projectRoot, 'Dockerfile'), 'utf8');
    const user = /^USER (\S+)$/m.exec(dockerfile)?.[1];
    // The folders handed to that user before it takes over (WORKDIR itself belongs to root).
    const owned = [...dockerfile.matchAll(/chown (\S+):\S+ (.+)$/gm)]
      .filter((line) => line[1] === user)
      .flatMap((line) => line[2]!.split(/\s+/));
    for (const destination of loadDestinations().values()) {
      if (destination.kind === 'file')
        expect(owned, `${destination.name} writes to ${destination.directory}`).toContain(destination.directory);
    }
  });
});
