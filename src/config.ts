import { join } from 'node:path';
import { z } from 'zod';
import { pluginsNamed } from './embedded-neo4j/plugins.js';
import { projectRoot } from './project.js';

/** Every setting of the service comes from the environment and is checked here, once, at start-up. */

const flag = z.enum(['true', 'false', '1', '0']).transform((value) => value === 'true' || value === '1');
const port = z.coerce.number().int().min(1).max(65535);
/** The suppression hash key of development and tests only; production must set its own. */
export const devPrivacyHashKey = 'development-only-privacy-hash-key-not-secret';
const memorySize = z.string().regex(/^\d+[mg]$/, 'expected a size such as 512m or 2g');

const schema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    HOST: z.string().min(1).default('127.0.0.1'),
    PORT: port.default(4000),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    NEO4J_URI: z
      .string()
      .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^\s/]+/, 'expected a Bolt URI such as bolt://host:7687 or neo4j+s://host')
      .optional(),
    NEO4J_USER: z.string().min(1).default('neo4j'),
    NEO4J_PASSWORD: z.string().min(1).optional(),
    NEO4J_DATABASE: z
      .string()
      .regex(/^[A-Za-z][A-Za-z0-9.-]{2,62}$/, 'expected a Neo4j database name')
      .default('neo4j'),
    NEO4J_TX_TIMEOUT_MS: z.coerce.number().int().min(100).max(3_600_000).default(30_000),
    NEO4J_MAX_POOL_SIZE: z.coerce.number().int().min(1).max(1000).default(100),
    NEO4J_EMBEDDED_HOME: z
      .string()
      .min(1)
      .default(join(projectRoot, '.neo4j', 'default')),
    NEO4J_EMBEDDED_BOLT_PORT: port.default(7687),
    NEO4J_EMBEDDED_HEAP: memorySize.default('2g'),
    NEO4J_EMBEDDED_PAGECACHE: memorySize.default('1g'),
    NEO4J_EMBEDDED_PASSWORD: z.string().min(8, 'expected at least 8 characters').optional(),
    // Plugins of the embedded Neo4j, from Maven Central (docs/embedded-neo4j.md): `apoc`, or group:artifact:version, comma-separated.
    NEO4J_EMBEDDED_PLUGINS: z
      .string()
      .default('')
      .transform((value, context) => {
        try {
          return pluginsNamed(value);
        } catch (error) {
          context.addIssue({ code: 'custom', message: (error as Error).message });
          return z.NEVER;
        }
      }),
    DEMO_DATA: flag.default(true),
    // Mapping files registered besides the repository's sources/ (docs/sources.md).
    SOURCE_MAPPINGS_DIR: z.string().min(1).optional(),
    // Who may call: JWTs (HS256 with a shared secret in development, RS256 from a JWKS URL in
    // production) and API keys. See docs/security.md.
    AUTH_JWT_SECRET: z.string().min(32, 'expected at least 32 characters').optional(),
    AUTH_JWKS_URL: z.url({ protocol: /^https?$/ }).optional(),
    AUTH_JWT_ISSUER: z.string().min(1).optional(),
    AUTH_JWT_AUDIENCE: z.string().min(1).default('customer-graph'),
    AUTH_ROLE_CLAIM: z.string().min(1).default('role'),
    PSEUDONYM_KEY: z.string().min(32, 'expected at least 32 characters').optional(),
    AUDIT_RETENTION_DAYS: z.coerce.number().int().min(1).max(36_500).default(400),
    // Hardening (src/api/hardening.ts, docs/configuration.md "Hardening").
    REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).max(3_600_000).default(60_000),
    REQUEST_BODY_LIMIT_BYTES: z.coerce
      .number()
      .int()
      .min(1024)
      .max(100 * 1024 * 1024)
      .default(2 * 1024 * 1024),
    GRAPHQL_MAX_DEPTH: z.coerce.number().int().min(1).max(100).default(12),
    GRAPHQL_MAX_COST: z.coerce.number().int().min(1).default(100_000),
    GRAPHQL_MAX_ALIASES: z.coerce.number().int().min(0).max(1000).default(30),
    GRAPHQL_MAX_DIRECTIVES: z.coerce.number().int().min(0).max(1000).default(50),
    GRAPHQL_MAX_TOKENS: z.coerce.number().int().min(100).default(20_000),
    PERSISTED_OPERATIONS_FILE: z.string().min(1).optional(),
    PERSISTED_OPERATIONS_ONLY: flag.default(false),
    // The key of the suppression hashes (HMAC-SHA256 of erased identifiers)
    PRIVACY_HASH_KEY: z.string().min(32, 'expected at least 32 characters').default(devPrivacyHashKey),
  })
  .refine((env) => !env.NEO4J_URI || env.NEO4J_PASSWORD, {
    path: ['NEO4J_PASSWORD'],
    message: 'required when NEO4J_URI is set',
  })
  .refine((env) => env.NODE_ENV !== 'production' || env.AUTH_JWKS_URL, {
    path: ['AUTH_JWKS_URL'],
    message: 'required in production: tokens are verified with RS256 keys from a JWKS URL, never a shared development secret',
  })
  .refine((env) => env.NODE_ENV !== 'production' || env.PSEUDONYM_KEY, {
    path: ['PSEUDONYM_KEY'],
    message: 'required in production: it keys the pseudonyms the analyst role sees',
  })
  .refine((env) => !env.PERSISTED_OPERATIONS_ONLY || env.PERSISTED_OPERATIONS_FILE, {
    path: ['PERSISTED_OPERATIONS_FILE'],
    message: 'required when PERSISTED_OPERATIONS_ONLY is true',
  })
  // Hashes made with the public development key could be recomputed by anyone.
  .refine((env) => env.NODE_ENV !== 'production' || env.PRIVACY_HASH_KEY !== devPrivacyHashKey, {
    path: ['PRIVACY_HASH_KEY'],
    message: 'required in production (a secret of at least 32 characters)',
  });

export type Config = z.infer<typeof schema>;

export class ConfigError extends Error {}

const secret = /PASSWORD|SECRET|KEY/;

/** Reads the settings; a bad value stops with every problem named by its variable. */
export function loadConfig(env: NodeJS.ProcessEnv): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = schema.safeParse(present);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((issue) => {
    const name = String(issue.path[0]);
    const given = name in present ? (secret.test(name) ? ' (value hidden)' : `, got ${JSON.stringify(present[name])}`) : '';
    return `  ${name}: ${issue.message}${given}`;
  });
  throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
}
