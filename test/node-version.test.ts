import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../src/project.js';

/**
 * The Node versions package.json promises (`engines`) are ones every locked package accepts, so
 * `npm ci` installs without EBADENGINE warnings and the promise holds for what actually runs.
 */
const read = (file: string) => JSON.parse(readFileSync(join(projectRoot, file), 'utf8'));
const promised: string = read('package.json').engines.node;
const locked = Object.entries(read('package-lock.json').packages as Record<string, { engines?: { node?: string } | string[] }>);

describe('the Node versions the project promises', () => {
  it('include the Node 20 the Dockerfile and the README name', () => {
    expect(semver.satisfies('20.19.0', promised)).toBe(true);
    expect(readFileSync(join(projectRoot, 'Dockerfile'), 'utf8')).toMatch(/^FROM node:20-/m);
  });

  it('are accepted by every locked package', () => {
    const refusing = locked
      .map(([path, entry]) => ({ path, wants: Array.isArray(entry.engines) ? undefined : entry.engines?.node }))
      .filter(({ wants }) => wants && !semver.subset(promised, wants));
    expect(refusing).toEqual([]);
  });
});
