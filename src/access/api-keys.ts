import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { cypher } from '../graph/cypher-library.js';
import type { Graph } from '../graph/graph.js';
import { isRole, type Caller, type Role } from './caller.js';

/**
 * API keys for machine clients: `cgk_<id>_<secret>`. Only a SHA-256 of the secret is stored, so
 * a copy of the graph gives no usable key; the secret is shown once, when the key is created.
 * Checked keys are remembered for a few seconds, so a revocation takes effect within that time.
 */
const q = {
  create: cypher.get('access/create-api-key'),
  one: cypher.get('access/api-key'),
  all: cypher.get('access/api-keys'),
  revoke: cypher.get('access/revoke-api-key'),
};

export interface ApiKeyRecord {
  id: string;
  name: string;
  role: Role;
  createdAt: string;
  createdBy: string;
  revokedAt: string | null;
}

const keyPattern = /^cgk_([a-f0-9]{16})_([A-Za-z0-9_-]{43})$/;
const rememberMs = 10_000;

export function looksLikeApiKey(credential: string): boolean {
  return credential.startsWith('cgk_');
}

export class ApiKeys {
  private readonly checked = new Map<string, { caller: Caller | null; until: number }>();

  constructor(private readonly graph: Graph) {}

  async create(name: string, role: Role, createdBy: string): Promise<{ key: ApiKeyRecord; secret: string }> {
    const id = randomBytes(8).toString('hex');
    const secret = randomBytes(32).toString('base64url');
    const [row] = await this.graph.write(q.create, { id, name, role, hash: sha256(secret), createdBy });
    return { key: row!.key as ApiKeyRecord, secret: `cgk_${id}_${secret}` };
  }

  async list(): Promise<ApiKeyRecord[]> {
    return (await this.graph.read(q.all)).map((row) => row.key as ApiKeyRecord);
  }

  async revoke(id: string): Promise<ApiKeyRecord | null> {
    this.checked.clear();
    const [row] = await this.graph.write(q.revoke, { id });
    return (row?.key as ApiKeyRecord | undefined) ?? null;
  }

  /** The caller a presented key stands for, or null when it is unknown, revoked or wrong. */
  async verify(presented: string): Promise<Caller | null> {
    const remembered = this.checked.get(presented);
    if (remembered && remembered.until > Date.now()) return remembered.caller;
    const caller = await this.lookUp(presented);
    if (this.checked.size > 10_000) this.checked.clear(); // random wrong keys must not fill memory
    this.checked.set(presented, { caller, until: Date.now() + rememberMs });
    return caller;
  }

  private async lookUp(presented: string): Promise<Caller | null> {
    const match = keyPattern.exec(presented);
    if (!match) return null;
    const [row] = await this.graph.read(q.one, { id: match[1] });
    if (!row || !isRole(row.role)) return null;
    const same = timingSafeEqual(Buffer.from(row.hash as string, 'hex'), Buffer.from(sha256(match[2]!), 'hex'));
    return same ? { actor: `api-key:${row.name as string}`, role: row.role, via: 'api-key' } : null;
  }
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
