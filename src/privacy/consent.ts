import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { cypher } from '../graph/cypher-library.js';
import type { Graph } from '../graph/graph.js';
import { consentPurposes } from '../vocabulary.js';
import { liveCustomerOf } from './subject.js';

/**
 * A consent decision recorded through the API (a preference centre, a call-centre agent). It is
 * a new event in the same history as the consents that arrive by ingestion, so every place that
 * reads "the latest decision for a purpose" (activation, leads, audiences) honours it at once.
 */
const setConsentStatement = cypher.get('privacy/set-consent');

export const consentDecision = z.object({
  customerId: z.string().min(1),
  purpose: z.enum(consentPurposes),
  status: z.enum(['GRANTED', 'WITHDRAWN']),
  source: z
    .string()
    .trim()
    .regex(/^[a-z0-9][a-z0-9._-]{0,63}$/, 'must be a source name: lower-case letters, digits, ".", "-" or "_", at most 64'),
});

export type ConsentDecision = z.infer<typeof consentDecision>;

export interface ConsentHistory {
  purpose: string;
  history: { status: string; at: string; source: string }[];
}

export async function setConsent(graph: Graph, decision: ConsentDecision): Promise<ConsentHistory> {
  return graph.transaction('write', async (tx) => {
    const customerId = await liveCustomerOf(tx, decision.customerId);
    const [row] = await tx.run(setConsentStatement, {
      ...decision,
      customerId,
      sourceId: `consent-${randomUUID()}`,
      now: new Date().toISOString(),
    });
    return { purpose: decision.purpose, history: row!.history as ConsentHistory['history'] };
  });
}
