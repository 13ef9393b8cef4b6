import { liveCustomer } from '../customers/customers.js';
import { cypher } from '../graph/cypher-library.js';
import { composedStatement, useFragment } from '../graph/fragments.js';
import type { Transaction } from '../graph/graph.js';

/** Whom a privacy request is about: an id merged away resolves to its survivor; an erased id stays known as erased. */
const subject = composedStatement(
  'privacy/subject',
  'read',
  useFragment(cypher.get('privacy/subject'), null, { liveCustomer }),
  'privacy/subject with customers/live-customer',
);

export interface Subject {
  /** The live customer behind the id, if any. */
  live: string | null;
  /** The erased customer the id became, if it was erased. */
  erased: string | null;
}

export class UnknownCustomer extends Error {
  constructor(id: string) {
    super(`no customer ${JSON.stringify(id)}`);
  }
}

export async function subjectOf(tx: Transaction, id: string): Promise<Subject> {
  const [row] = await tx.run(subject, { id });
  return { live: (row?.id as string | null) ?? null, erased: (row?.erasedId as string | null) ?? null };
}

/** The live customer behind an id, or UnknownCustomer (an erased person is no longer known). */
export async function liveCustomerOf(tx: Transaction, id: string): Promise<string> {
  const { live } = await subjectOf(tx, id);
  if (!live) throw new UnknownCustomer(id);
  return live;
}
