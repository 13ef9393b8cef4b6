import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { groupsOf } from '../../src/communities/households.js';
import type { IncomingRecord } from '../../src/ingestion/ingest.js';
import { resetGraph, testConfig, testNeo4j } from '../support/graph.js';
import { answer, startTestService, type RunningService } from '../support/service.js';

const crm = (sourceId: string, fields: Record<string, unknown>): IncomingRecord => {
  const record = { kind: 'customer', source: 'crm', sourceId, crmId: `CRM-${sourceId}`, givenName: sourceId, country: 'GB', ...fields };
  return { original: record, fields: record };
};

describe('households', () => {
  it('groups overlapping ties transitively', () => {
    expect(
      groupsOf([
        ['b', 'c'],
        ['a', 'b'],
        ['x', 'y'],
        ['d', 'c'],
      ]),
    ).toEqual([
      ['a', 'b', 'c', 'd'],
      ['x', 'y'],
    ]);
    expect(groupsOf([])).toEqual([]);
  });

  describe('in the graph', () => {
    let service: RunningService;
    const ask = (query: string) => answer(service.url, query);

    beforeAll(async () => {
      service = await startTestService(testConfig(), testNeo4j());
      await resetGraph(service.graph);
      // Ann and Bob share an address; Bob and Cat a phone (two CRM ids: two people, one phone); Dan lives alone.
      await service.ingestion.run([
        crm('Ann', { email: 'ann@example.com', street: '1 High Street', postcode: 'N1 1AA' }),
        crm('Bob', { email: 'bob@example.com', street: '1 high street', postcode: 'n1 1aa', phone: '+44 20 7946 0101' }),
        crm('Cat', { email: 'cat@example.com', phone: '+44 20 7946 0101' }),
        crm('Dan', { email: 'dan@example.com', street: '9 Low Road', postcode: 'E1 1AA' }),
      ]);
    });
    afterAll(() => service.stop());

    it('finds one household of three, shows it on each member and lets audiences use it', async () => {
      expect((await ask('mutation { detectHouseholds { households customers } }')).detectHouseholds).toEqual({
        households: 1,
        customers: 3,
      });
      const ann = (await ask('{ customerByIdentity(type: EMAIL, value: "ann@example.com") { household { size members { givenName } } } }'))
        .customerByIdentity;
      expect(ann.household.size).toBe(3);
      expect(ann.household.members.map((m: { givenName: string }) => m.givenName).sort()).toEqual(['Ann', 'Bob', 'Cat']);
      expect(
        (await ask('{ customerByIdentity(type: EMAIL, value: "dan@example.com") { household { id } } }')).customerByIdentity.household,
      ).toBeNull();
      const { audience } = await ask('{ audience(filter: { inHousehold: { minSize: 3 } }) { totalCount } }');
      expect(audience.totalCount).toBe(3);
      // Detecting again replaces, never duplicates.
      expect((await ask('mutation { detectHouseholds { households customers } }')).detectHouseholds).toEqual({
        households: 1,
        customers: 3,
      });
    });
  });
});
