import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadClearance, type BaseKind } from '../../src/access/policy.js';
import type { Role } from '../../src/api/schema-types.generated.js';
import { cypher } from '../../src/graph/cypher-library.js';
import type { IncomingRecord } from '../../src/ingestion/ingest.js';
import { resetGraph, testConfig, testNeo4j } from '../support/graph.js';
import { answer, authorised, graphql, startTestService, type RunningService } from '../support/service.js';

const record = (fields: Record<string, unknown>): IncomingRecord => ({ original: fields, fields });
const clearance = loadClearance();

/** Ann, with one value of every kind of personal data; each field's kind is written out here, by hand. */
const ann = {
  givenName: ['Ann', 'NAME'],
  familyName: ['Lee', 'NAME'],
  street: ['1 High Street', 'ADDRESS'],
  postcode: ['AB1 2CD', 'ADDRESS'],
  birthDate: ['1990-04-01', 'BIRTH_DATE'],
  email: ['ann@example.com', 'CONTACT'],
  socialHandle: ['instagram:annlee', 'IDENTIFIER'],
  searchTerm: ['red kettle', 'CONTENT'],
  text: ['I love my kettle', 'CONTENT'],
} as const;
type AnnField = keyof typeof ann;

const view = `query View($id: ID!) { customer(id: $id) {
  id givenName familyName street postcode birthDate city
  identities { type value }
  touchpoints { nodes { searchTerm } }
  socialSignals { nodes { text } }
} }`;

/** What a role got for each of Ann's fields, flattened. */
function seen(customer: any): Record<AnnField, unknown> {
  const identity = (type: string) => customer.identities.find((i: { type: string }) => i.type === type)?.value;
  return {
    givenName: customer.givenName,
    familyName: customer.familyName,
    street: customer.street,
    postcode: customer.postcode,
    birthDate: customer.birthDate,
    email: identity('EMAIL'),
    socialHandle: identity('SOCIAL_HANDLE'),
    searchTerm: customer.touchpoints.nodes[0].searchTerm,
    text: customer.socialSignals.nodes[0].text,
  };
}

describe('personal data by role, and the audit of its reads', () => {
  let service: RunningService;
  let annId: string;

  beforeAll(async () => {
    service = await startTestService(testConfig(), testNeo4j());
    await resetGraph(service.graph);
    const person = { email: ann.email[0] };
    await service.ingestion.run([
      record({
        kind: 'customer',
        source: 'crm',
        sourceId: 'C-1',
        ...person,
        socialHandle: ann.socialHandle[0],
        givenName: 'Ann',
        familyName: 'Lee',
        street: ann.street[0],
        postcode: ann.postcode[0],
        city: 'Leeds',
        country: 'GB',
        birthDate: ann.birthDate[0],
      }),
      record({
        kind: 'touchpoint',
        source: 'web',
        sourceId: 'T-1',
        ...person,
        type: 'SITE_SEARCH',
        channel: 'WEB',
        at: '2026-02-01T10:00:00Z',
        searchTerm: ann.searchTerm[0],
      }),
      record({
        kind: 'socialSignal',
        source: 'social',
        sourceId: 'S-1',
        ...person,
        type: 'POST',
        platform: 'instagram',
        text: ann.text[0],
        at: '2026-02-02T10:00:00Z',
      }),
    ]);
    annId = (await answer(service.url, '{ customers(first: 1) { nodes { id } } }')).customers.nodes[0].id;
  });
  afterAll(() => service.stop());

  it.each(['SALES', 'MARKETING', 'SERVICE', 'ADMIN'] satisfies Role[])(
    'shows %s exactly the kinds it is cleared for, and masks the rest',
    async (role) => {
      const customer = (await answer(service.url, view, { id: annId }, role)).customer;
      // Identity values cannot be null: masked, they read "[masked]"; the other fields read null.
      const masked = (field: string) => (field === 'email' || field === 'socialHandle' ? '[masked]' : null);
      const expected = Object.fromEntries(
        Object.entries(ann).map(([field, [value, kind]]) => [field, clearance[role].includes(kind as BaseKind) ? value : masked(field)]),
      );
      expect(seen(customer)).toEqual(expected);
      expect(customer.id).toBe(annId);
      expect(customer.city).toBe('Leeds');
    },
  );

  it('keeps the analyst to pseudonyms: no names, no identifiers, a stable pseudonym for the id', async () => {
    const query = '{ audience(filter: {profile: {country: "GB"}}) { nodes { id givenName familyName street identities { type value } } } }';
    const first = (await answer(service.url, query, {}, 'ANALYST')).audience.nodes[0];
    const again = (await answer(service.url, query, {}, 'ANALYST')).audience.nodes[0];
    expect(first).toEqual({
      id: again.id,
      givenName: null,
      familyName: null,
      street: null,
      identities: [
        { type: 'EMAIL', value: '[masked]' },
        { type: 'SOCIAL_HANDLE', value: '[masked]' },
      ],
    });
    expect(first.id).toMatch(/^anon_[A-Za-z0-9_-]{22}$/);
    expect(first.id).not.toContain(annId);
  });

  it('audits who read which personal fields of whom, with the request id, and not what was masked', async () => {
    const { headers } = await graphql(service.url, view, { id: annId }, await authorised('MARKETING'));
    await graphql(service.url, '{ audience(filter: {profile: {country: "GB"}}) { nodes { givenName } } }', {}, await authorised('ANALYST'));
    const log = `query Log($actor: String) { auditLog(actor: $actor, first: 1) { totalCount nodes { actor role action requestId fields customers { customerId fields } } } }`;

    const marketing = (await answer(service.url, log, { actor: 'test-marketing' })).auditLog;
    expect(marketing.totalCount).toBe(2); // this view, and the one of the role test above
    const readByMarketing = ['Customer.familyName', 'Customer.givenName', 'Identity.value', 'SocialSignal.text', 'Touchpoint.searchTerm'];
    expect(marketing.nodes).toEqual([
      {
        actor: 'test-marketing',
        role: 'MARKETING',
        action: 'READ',
        requestId: headers.get('x-request-id'),
        fields: readByMarketing,
        customers: [{ customerId: annId, fields: readByMarketing }],
      },
    ]);
    expect((await answer(service.url, log, { actor: 'test-analyst' })).auditLog.totalCount).toBe(0);
  });

  it('audits writes with the customers they name, finds entries by customer, and purges past the retention', async () => {
    // Ann was never merged, so the unmerge is refused; a write that was attempted is audited all the same.
    const unmerge = await graphql(
      service.url,
      'mutation($id: ID!) { unmergeCustomer(id: $id, reason: "asked by Ann") { restored { id } } }',
      { id: annId },
      await authorised('SERVICE'),
    );
    expect(unmerge.body.errors).toHaveLength(1);
    const byCustomer = (
      await answer(
        service.url,
        'query($id: ID!) { auditLog(customerId: $id, action: WRITE) { nodes { actor fields customers { customerId } } } }',
        { id: annId },
      )
    ).auditLog;
    expect(byCustomer.nodes).toEqual([{ actor: 'test-service', fields: ['Mutation.unmergeCustomer'], customers: [{ customerId: annId }] }]);

    await service.access.trail.flush();
    const total = async () => (await answer(service.url, '{ auditLog { totalCount } }')).auditLog.totalCount as number;
    const before = await total();
    const [aged] = await service.graph.write(cypher.get('test-support/backdate-audit'), { actor: 'test-marketing', days: 401 });
    expect(aged?.aged).toBe(2); // marketing's two views above, now past the 400 days kept
    expect(await service.access.trail.purgeExpired()).toBe(2);
    expect(await total()).toBe(before - 2);
  });
});
