import DataLoader from 'dataloader';
import type { Graph } from '../graph/graph.js';
import { qualificationsOf, type LeadSubject } from './leads.js';
import { nextBestActions } from './next-best-action.js';
import type { Qualification } from './qualify.js';
import { loadLeadRules } from './rules.js';

const rules = loadLeadRules();

interface QualificationKey {
  subject: LeadSubject;
  customerId: string;
}

/**
 * A page's qualifications and next best actions, batched like every per-customer field: one
 * statement per subject asked (the customers of the page together), one for the actions' context.
 */
export function leadLoaders(graph: Graph) {
  return {
    qualification: new DataLoader<QualificationKey, Qualification, string>((keys) => qualificationsPerSubject(graph, keys), {
      cacheKeyFn: ({ subject, customerId }) => `${subjectKey(subject)}|${customerId}`,
    }),
    nextBestAction: new DataLoader((ids: readonly string[]) => nextBestActions(graph, rules, ids)),
  };
}

const subjectKey = (subject: LeadSubject) => JSON.stringify([subject.sku ?? null, subject.category ?? null, subject.topic ?? null]);

async function qualificationsPerSubject(graph: Graph, keys: readonly QualificationKey[]): Promise<Qualification[]> {
  const bySubject = new Map<string, QualificationKey[]>();
  for (const key of keys) {
    const subject = subjectKey(key.subject);
    bySubject.set(subject, [...(bySubject.get(subject) ?? []), key]);
  }
  const answers = new Map<QualificationKey, Qualification>();
  await Promise.all(
    [...bySubject.values()].map(async (group) => {
      const qualifications = await qualificationsOf(
        graph,
        rules,
        group[0]!.subject,
        group.map((key) => key.customerId),
      );
      for (const [index, key] of group.entries()) answers.set(key, qualifications[index]!);
    }),
  );
  return keys.map((key) => answers.get(key)!);
}
