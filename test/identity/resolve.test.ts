import { describe, expect, it } from 'vitest';
import { planMerges, resolveBatch, type ExistingCustomer, type RecordToResolve } from '../../src/identity/resolve.js';
import { loadIdentityRules } from '../../src/identity/rules.js';

const rules = loadIdentityRules();
const record = (index: number, identifiers: [string, string][], knownCustomers: string[] = []): RecordToResolve => ({
  index,
  label: `test|${index}`,
  origin: `customer:test|${index}#v1`,
  identifiers: identifiers.map(([type, value]) => ({ type: type as never, value })),
  knownCustomers,
  sameAs: [],
});
const existing = (id: string, createdAt: string, identifiers: [string, string][], distinctFrom: string[] = []): ExistingCustomer => ({
  id,
  createdAt,
  identifiers: identifiers.map(([type, value]) => ({ type: type as never, value })),
  distinctFrom,
});
const view = (customers: ExistingCustomer[]) => {
  const holders = new Map<string, string[]>();
  for (const customer of customers) {
    for (const { type, value } of customer.identifiers)
      holders.set(`${type}|${value}`, [...(holders.get(`${type}|${value}`) ?? []), customer.id]);
  }
  return { holders, customers: new Map(customers.map((customer) => [customer.id, customer])) };
};

describe('deterministic identity resolution', () => {
  it('puts records that share an identifier, directly or through a chain, into one new customer', () => {
    const result = resolveBatch(
      [
        record(0, [['EMAIL', 'a@x.com']]),
        record(1, [
          ['EMAIL', 'a@x.com'],
          ['PHONE', '+441'],
        ]),
        record(2, [['PHONE', '+441']]),
        record(3, [['EMAIL', 'b@x.com']]),
      ],
      view([]),
      rules,
    );
    expect(result.newCustomers).toHaveLength(2);
    expect(new Set([0, 1, 2].map((i) => result.customerOf.get(i))).size).toBe(1);
    expect(result.customerOf.get(3)).not.toBe(result.customerOf.get(0));
  });

  it('merges existing customers a record connects into the oldest one', () => {
    const customers = [existing('young', '2026-02-01', [['EMAIL', 'a@x.com']]), existing('old', '2026-01-01', [['PHONE', '+441']])];
    const result = resolveBatch(
      [
        record(0, [
          ['EMAIL', 'a@x.com'],
          ['PHONE', '+441'],
        ]),
      ],
      view(customers),
      rules,
    );
    expect(result.merges).toEqual([
      { survivor: 'old', absorbed: ['young'], reason: 'test|0 shares EMAIL a@x.com; test|0 shares PHONE +441' },
    ]);
    expect(result.customerOf.get(0)).toBe('old');
  });

  it('refuses a link that would give one customer two CRM ids, and joins through the stronger identifier', () => {
    const customers = [
      existing('ann', '2026-01-01', [
        ['CRM_ID', 'CRM-1'],
        ['EMAIL', 'family@x.com'],
      ]),
      existing('bob', '2026-01-02', [['CRM_ID', 'CRM-2']]),
    ];
    const result = resolveBatch(
      [
        record(0, [
          ['EMAIL', 'family@x.com'],
          ['CRM_ID', 'CRM-2'],
        ]),
      ],
      view(customers),
      rules,
    );
    expect(result.customerOf.get(0)).toBe('bob');
    expect(result.merges).toEqual([]);
    expect(result.refused).toEqual([
      {
        index: 0,
        reason:
          'EMAIL family@x.com not linked: record test|0 and customer ann both hold it, but one customer would hold 2 CRM_ID values (at most 1)',
      },
    ]);
  });

  it('counts a national id mistyped by a couple of characters as the same id', () => {
    const customers = [
      existing('a', '2026-01-01', [['NATIONAL_ID', '1804974']]),
      existing('b', '2026-01-02', [
        ['NATIONAL_ID', '1809474'],
        ['EMAIL', 'a@x.com'],
      ]),
    ];
    const linked = planMerges(customers, [{ a: 'a', b: 'b', reason: 'fuzzy' }], rules);
    expect(linked.merges).toEqual([{ survivor: 'a', absorbed: ['b'], reason: 'fuzzy' }]);
    const three = [...customers, existing('c', '2026-01-03', [['NATIONAL_ID', '5550123']])];
    const refused = planMerges(
      three,
      [
        { a: 'a', b: 'b', reason: 'x' },
        { a: 'a', b: 'c', reason: 'y' },
        { a: 'b', b: 'c', reason: 'z' },
      ],
      rules,
    );
    expect(refused.merges).toHaveLength(1);
    expect(refused.refused).toEqual([]);
  });

  it('lets a fuzzy merge gather a national id and two wholly mis-keyed ones, but not a fourth', () => {
    const held = ['7730118', '2049965', '5318802', '9061427'].map((id, i) => existing(`p${i}`, `2026-03-0${i + 1}`, [['NATIONAL_ID', id]]));
    const chain = (count: number) => held.slice(1, count).map((customer) => ({ a: 'p0', b: customer.id, reason: 'fuzzy' }));
    expect(planMerges(held.slice(0, 3), chain(3), rules)).toEqual({
      merges: [{ survivor: 'p0', absorbed: ['p1', 'p2'], reason: 'fuzzy; fuzzy' }],
      refused: [],
    });
    expect(planMerges(held, chain(4), rules).refused).toEqual([
      {
        link: chain(4)[2],
        problem: 'one customer would hold 4 NATIONAL_ID values (at most 3)',
        message: 'p0 and p3 not merged: one customer would hold 4 NATIONAL_ID values (at most 3)',
      },
    ]);
  });

  it('never merges customers an unmerge declared to be different people', () => {
    const customers = [existing('a', '2026-01-01', [['EMAIL', 'a@x.com']], ['b']), existing('b', '2026-01-02', [['PHONE', '+441']], ['a'])];
    const result = resolveBatch(
      [
        record(0, [
          ['EMAIL', 'a@x.com'],
          ['PHONE', '+441'],
        ]),
      ],
      view(customers),
      rules,
    );
    expect(result.merges).toEqual([]);
    expect(result.refused[0]!.reason).toMatch(/was split from this one as a different person/);
  });

  it('links a shared mailbox across slips a third record bridges, and past a twin to the holder who is the same person', () => {
    const holding = (index: number, givenName?: string): RecordToResolve => ({
      ...record(index, [['EMAIL', 'okonkwo.family@example.org']]),
      person: { givenName, familyName: 'Okonkwo', birthDate: '1990-03-14' },
    });
    // 'Thdds' and 'usedTdha' disagree, but 'Thaddeus' agrees with both; 'Oona' and 'Ilse' are twins;
    // a record without a given name, or an order's record naming no one, joins one holder and so never bridges the twins.
    const result = resolveBatch(
      [
        holding(0, 'Thaddeus'),
        holding(1, 'usedTdha'),
        holding(2, 'Thdds'),
        holding(3, 'Oona'),
        holding(4, 'Ilse'),
        holding(5, 'Ilse'),
        holding(6),
        record(7, [['EMAIL', 'okonkwo.family@example.org']]),
      ],
      view([]),
      rules,
    );
    const customer = (index: number) => result.customerOf.get(index);
    expect([customer(1), customer(2)]).toEqual([customer(0), customer(0)]);
    expect(customer(5)).toBe(customer(4));
    expect(new Set([customer(0), customer(3), customer(4)]).size).toBe(3);
    expect(result.newCustomers).toHaveLength(3);
  });

  it('blocks placeholder values of every type and per type', () => {
    expect(rules.isBlocked('EMAIL', 'test@test.com')).toBe(true);
    expect(rules.isBlocked('PHONE', 'unknown')).toBe(true);
    expect(rules.isBlocked('LOYALTY_ID', '0000000')).toBe(true);
    expect(rules.isBlocked('LOYALTY_ID', '1111111')).toBe(true);
    expect(rules.isBlocked('EMAIL', 'ann@example.com')).toBe(false);
  });
});
