import type { PendingAudit } from '../audit/trail.js';
import { cypher } from '../graph/cypher-library.js';
import { composedStatement, useFragment } from '../graph/fragments.js';
import type { Graph } from '../graph/graph.js';
import type { IdentifierHasher, Suppressible, SuppressionType } from './suppression.js';
import { subjectOf, UnknownCustomer } from './subject.js';

/**
 * The right to erasure: a person's data and identifiers leave the graph (see
 * cypher/privacy/erase.cypher for exactly what goes and what stays), and suppression hashes of
 * their identifiers stop the same identifiers from silently creating them again.
 */
const q = {
  identities: cypher.get('privacy/identities'),
  erase: composedStatement(
    'privacy/erase',
    'write',
    useFragment(cypher.get('privacy/erase'), null, { mergedInto: useFragment(cypher.get('customers/merged-into'), null) }),
    'privacy/erase with the merged-id walk of customers/merged-into',
  ),
  lift: cypher.get('privacy/lift-suppression'),
};

export interface Erasure {
  customerId: string;
  /** The id was erased before: nothing changed. */
  alreadyErased: boolean;
  ordersAnonymised: number;
  touchpoints: number;
  socialSignals: number;
  consents: number;
  sourceRecords: number;
  attributeChanges: number;
  mergedCustomers: number;
  /** Identifiers deleted, and customer record ids, suppressed. */
  suppressions: number;
  /** Identifiers another person's records still claim (a family email): kept for them, not suppressed. */
  sharedIdentifiersKept: number;
}

const nothing = {
  ordersAnonymised: 0,
  touchpoints: 0,
  socialSignals: 0,
  consents: 0,
  sourceRecords: 0,
  attributeChanges: 0,
  mergedCustomers: 0,
  suppressions: 0,
  sharedIdentifiersKept: 0,
};

/**
 * Erases the person behind `id` in one transaction; erasing again returns zero counts. The audit
 * entries waiting to be written go first, so those about a merged-away id are moved with the rest.
 */
export async function eraseCustomer(graph: Graph, audit: PendingAudit, hasher: IdentifierHasher, id: string): Promise<Erasure> {
  await audit.flush();
  return graph.transaction('write', async (tx) => {
    const subject = await subjectOf(tx, id);
    if (!subject.live) {
      if (subject.erased) return { customerId: subject.erased, alreadyErased: true, ...nothing };
      throw new UnknownCustomer(id);
    }
    const identities = (await tx.run(q.identities, { id: subject.live })).map((row) => {
      const identifier = row as unknown as Suppressible;
      return { ...identifier, hash: hasher.hash(identifier) };
    });
    const [row] = await tx.run(q.erase, { id: subject.live, identities, now: new Date().toISOString() });
    const count = (name: string) => row![name] as number;
    return {
      customerId: subject.live,
      alreadyErased: false,
      ordersAnonymised: count('orders'),
      touchpoints: count('touchpoints'),
      socialSignals: count('socialSignals'),
      consents: count('consents'),
      sourceRecords: count('sourceRecords'),
      attributeChanges: count('attributeChanges'),
      mergedCustomers: count('mergedCustomers'),
      suppressions: count('identitySuppressions') + count('recordSuppressions'),
      sharedIdentifiersKept: identities.filter(({ type }) => type !== 'SOURCE_RECORD').length - count('identitySuppressions'),
    };
  });
}

export class NotSuppressed extends Error {}

export interface SuppressionLift {
  type: SuppressionType;
  suppressedSince: string;
  liftedAt: string;
  basis: string;
}

/** Lets a suppressed identifier in again, on a stated lawful basis; `identifier` is standardised already. */
export async function liftSuppression(
  graph: Graph,
  hasher: IdentifierHasher,
  identifier: Suppressible,
  basis: string,
): Promise<SuppressionLift> {
  const [row] = await graph.write(q.lift, { hash: hasher.hash(identifier), basis, now: new Date().toISOString() });
  if (!row) throw new NotSuppressed(`no suppression holds this ${identifier.type}`);
  return row as unknown as SuppressionLift;
}
