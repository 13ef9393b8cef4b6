import { describe, expect, it } from 'vitest';
import { qualify, type LeadFact } from '../../src/leads/qualify.js';
import { loadLeadRules } from '../../src/leads/rules.js';

/** The pure qualification step: facts are within their windows already (the Cypher reads no other). */
const rules = loadLeadRules();
const now = new Date('2030-06-30T12:00:00Z');
const ago = (days: number) => new Date(now.getTime() - days * 86_400_000).toISOString();
const person = (facts: LeadFact[]) => ({ customerId: 'p-1', facts, channels: [], consents: [] });

describe('qualify', () => {
  it('lets a fact decide its recommendation however far it decayed within its window', () => {
    const old = qualify(person([{ kind: 'bought', id: 'o-1', at: ago(729), type: 'ORDER', about: 'Tent' }]), rules, now);
    expect(old.recommendation).toBe('UPSELL');
    expect(old.score).toBeLessThan(0.001);
    // Still above nothing: a purchase a day older ranks below it.
    const older = qualify(person([{ kind: 'bought', id: 'o-2', at: ago(730), type: 'ORDER', about: 'Tent' }]), rules, now);
    expect(older.score).toBeGreaterThan(0);
    expect(older.score).toBeLessThan(old.score);
  });

  it('orders the reasons by their decayed worth, deciding facts first', () => {
    const result = qualify(
      person([
        { kind: 'browsed', id: 'b-old', at: ago(80), type: 'PAGE_VIEW', about: 'Tent', channel: 'WEB' },
        { kind: 'searched', id: 's-new', at: ago(1), type: 'SITE_SEARCH', about: 'tent', channel: 'WEB' },
        { kind: 'bought', id: 'o-1', at: ago(300), type: 'ORDER', about: 'Stove' },
        { kind: 'browsed', id: 'b-new', at: ago(2), type: 'CART', about: 'Tent', channel: 'WEB' },
      ]),
      rules,
      now,
    );
    expect(result.recommendation).toBe('UPSELL');
    expect(result.reasons.map((reason) => reason.factId)).toEqual(['o-1', 's-new', 'b-new', 'b-old']);
  });

  it('says NONE with no fact', () => {
    expect(qualify(person([]), rules, now)).toMatchObject({ recommendation: 'NONE', score: 0, channel: null });
  });
});
