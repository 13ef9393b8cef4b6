import { parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createSchema } from '../../src/api/schema.js';
import { filterOf, type ConditionRow } from '../../src/explorer/page/audience-conditions.js';
import type { JourneyStep } from '../../src/explorer/page/customer.js';
import { journeyMoments, lanesOf } from '../../src/explorer/page/journey.js';
import * as operations from '../../src/explorer/page/operations.js';

describe('the explorer operations', () => {
  const schema = createSchema();
  it.each(Object.entries(operations))('%s is valid against schema.graphql', (_name, text) => {
    expect(validate(schema, parse(text)).map((error) => error.message)).toEqual([]);
  });
});

const step = (id: string, stage: string, kind: JourneyStep['kind'], channel: string): JourneyStep => ({
  kind,
  id,
  type: kind === 'ORDER' ? 'ORDER' : 'VISIT',
  channel,
  at: '2026-01-01T00:00:00Z',
  stage,
  channelChanged: false,
});

describe('journey moments', () => {
  const steps = [
    step('s1', 'AWARENESS', 'SOCIAL_SIGNAL', 'forum'),
    step('a', 'AWARENESS', 'TOUCHPOINT', 'PARTNER'),
    step('b', 'AWARENESS', 'TOUCHPOINT', 'KIOSK'),
    step('c', 'PURCHASE', 'ORDER', 'KIOSK'),
    step('s2', 'RETENTION', 'SOCIAL_SIGNAL', 'bluesky'),
  ];
  const moments = journeyMoments(steps, 'a');

  it('keeps the steps in the order the API gave, marking the entry and each change of stage', () => {
    expect(moments.map((moment) => moment.id)).toEqual(['s1', 'a', 'b', 'c', 's2']);
    expect(moments.filter((moment) => moment.entry).map((moment) => moment.id)).toEqual(['a']);
    expect(moments.filter((moment) => moment.stageChanged).map((moment) => moment.id)).toEqual(['s1', 'c', 's2']);
  });

  it('has a lane per channel in the order of first use, platforms of signals included', () => {
    expect(lanesOf(moments)).toEqual(['forum', 'PARTNER', 'KIOSK', 'bluesky']);
  });

  it('is empty for a customer who did nothing', () => {
    expect(journeyMoments([], null)).toEqual([]);
  });
});

describe('audience builder conditions', () => {
  it('turns rows into typed conditions, combined with all or any, negated where asked', () => {
    const rows: ConditionRow[] = [
      { category: 'said', negated: false, values: { topics: ' surf , , kite ', minSentiment: '-0.25', since: '2026-02-29' } },
      { category: 'metrics', negated: true, values: { minOrders: '3', maxOrders: '' } },
    ];
    expect(() => filterOf(rows, 'any')).toThrow('Condition 1 (Said in public): since must be a date (YYYY-MM-DD), got "2026-02-29".');
    rows[0]!.values.since = '2024-02-29';
    expect(filterOf(rows, 'any')).toEqual({
      any: [
        { said: { topics: ['surf', 'kite'], minSentiment: -0.25, since: '2024-02-29T00:00:00Z' } },
        { not: { metrics: { minOrders: 3 } } },
      ],
    });
  });

  it('gives one condition alone, an empty condition as "any", and names the field of a bad value', () => {
    expect(filterOf([{ category: 'purchased', negated: false, values: {} }], 'all')).toEqual({ purchased: {} });
    expect(() => filterOf([], 'all')).toThrow('Add at least one condition.');
    expect(() => filterOf([{ category: 'inHousehold', negated: false, values: { minSize: '2.5' } }], 'all')).toThrow(
      'Condition 1 (In a household): of at least must be a whole number, got "2.5".',
    );
    expect(() => filterOf([{ category: 'said', negated: false, values: { minSentiment: 'high' } }], 'all')).toThrow(
      'Condition 1 (Said in public): sentiment at least must be a number, got "high".',
    );
    expect(() => filterOf([{ category: 'weather', negated: false, values: {} }], 'all')).toThrow(
      'Condition 1: unknown category "weather".',
    );
  });
});
