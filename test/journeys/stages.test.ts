import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadStageTable, stageTable } from '../../src/journeys/stages.js';

const tableFile = (yaml: string) => {
  const file = join(mkdtempSync(join(tmpdir(), 'stages-')), 'journey-stages.yaml');
  writeFileSync(file, yaml);
  return file;
};

describe('the journey stage rule', () => {
  it('stages events by type and by whether the customer bought before', () => {
    const stage = (type: string, bought: boolean, extra = {}) => stageTable.stageOf({ type, bought, ...extra });
    expect([
      stage('AD_CLICK', false),
      stage('PAGE_VIEW', false),
      stage('PAGE_VIEW', false, { aboutProduct: true }),
      stage('CART', false),
    ]).toEqual(['awareness', 'awareness', 'consideration', 'consideration']);
    expect([stage('ORDER', false), stage('ORDER', true)]).toEqual(['purchase', 'purchase']);
    expect([stage('EMAIL_OPEN', true), stage('SUPPORT_CONTACT', true), stage('SURVEY_ANSWER', true, { score: 8 })]).toEqual([
      'retention',
      'retention',
      'retention',
    ]);
    expect([
      stage('SURVEY_ANSWER', true, { score: 9 }),
      stage('REVIEW', true, { sentiment: 0.7 }),
      stage('REVIEW', false, { sentiment: 0.7 }),
    ]).toEqual(['advocacy', 'advocacy', 'consideration']);
  });

  it('refuses a table that leaves an event without a stage, or names an unknown one', () => {
    expect(() => loadStageTable(tableFile('rules:\n  - { events: [ORDER], stage: purchase }\n'))).toThrow(
      /no rule gives a stage to .*AD_CLICK before a first purchase/,
    );
    expect(() => loadStageTable(tableFile('rules:\n  - { events: [FAX], stage: purchase }\n'))).toThrow(/rules\.0\.events\.0/);
    expect(() => loadStageTable(tableFile('rules:\n  - { stage: delight }\n'))).toThrow(/rules\.0\.stage/);
  });
});
