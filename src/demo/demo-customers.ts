import type { Logger } from 'pino';
import { cypher } from '../graph/cypher-library.js';
import type { Graph } from '../graph/graph.js';

/**
 * A handful of customers so a fresh service has something to show. Loaded only into a graph
 * without customers, so real data is never touched. (The ingestion issue replaces this with the
 * seeded multi-source generator.)
 */
export const demoCustomers = [
  {
    id: 'c-0001', givenName: 'Amélie', familyName: 'Laurent', country: 'FR', lifecycleStage: 'customer',
    identities: [{ type: 'EMAIL', value: 'amelie.laurent@example.com' }, { type: 'PHONE', value: '+33612345678' }, { type: 'CRM_ID', value: 'CRM-10001' }],
  },
  {
    id: 'c-0002', givenName: 'Jonas', familyName: 'Becker', country: 'DE', lifecycleStage: 'prospect',
    identities: [{ type: 'EMAIL', value: 'jonas.becker@example.org' }, { type: 'SOCIAL_HANDLE', value: 'instagram:jonas.bakes' }],
  },
  {
    id: 'c-0003', givenName: 'Priya', familyName: 'Raman', country: 'GB', lifecycleStage: 'customer',
    identities: [{ type: 'EMAIL', value: 'priya.raman@example.net' }, { type: 'LOYALTY_ID', value: 'LOY-778812' }, { type: 'DEVICE_ID', value: 'web:6f1c2a90' }],
  },
  {
    id: 'c-0004', givenName: 'Mateo', familyName: 'García', country: 'ES', lifecycleStage: 'lead',
    identities: [{ type: 'PHONE', value: '+34600111222' }],
  },
];

const count = cypher.get('demo/customer-count');
const load = cypher.get('demo/load-customers');

/** Returns how many demo customers were loaded (0 when the graph already had customers). */
export async function loadDemoCustomers(graph: Graph, log: Logger): Promise<number> {
  const [row] = await graph.read(count);
  if (Number(row?.customers) > 0) return 0;
  await graph.write(load, { customers: demoCustomers });
  log.info({ customers: demoCustomers.length }, 'demo customers loaded into the empty graph');
  return demoCustomers.length;
}
