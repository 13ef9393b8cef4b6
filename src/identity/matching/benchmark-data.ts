import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { z } from 'zod';
import { standard } from '../../ingestion/standardise.js';
import { projectRoot } from '../../project.js';
import { identitySet, type IdentitySet } from '../../generator/identity-set.js';
import type { PersonFeatures } from './person-features.js';

/** Public record-linkage data sets with ground truth; see its README.md. */
export const benchmarkFolder = join(projectRoot, '..', 'shared', 'data', 'identity');

export interface Benchmark {
  name: string;
  people: PersonFeatures[];
  /** Record key to the id of the real person behind it. */
  truth: Map<string, string>;
}

type Row = Record<string, string>;

function readRows(file: string): Row[] {
  // FEBRL writes a space after every comma; trimming also drops the splink file's trailing spaces.
  return parse(readFileSync(join(benchmarkFolder, file), 'utf8'), { columns: true, trim: true, skip_empty_lines: true });
}

/**
 * The product's standard form of a value, or nothing: a value the product would refuse (an
 * impossible date such as 19551192, a broken e-mail address) counts as missing, not as the whole
 * record lost, which is how a benchmark keeps its ground truth comparable.
 */
function standardised(schema: z.ZodType<string, unknown>, value: string | undefined): string | undefined {
  const result = schema.safeParse(value ?? '');
  return result.success ? result.data : undefined;
}

function febrlPerson(source: string, row: Row): PersonFeatures {
  const street = [row.street_number, row.address_1, row.address_2].filter(Boolean).join(' ');
  return {
    key: `${source}:${row.rec_id}`,
    givenName: standardised(standard.name, row.given_name),
    familyName: standardised(standard.name, row.surname),
    birthDate: standardised(standard.date, row.date_of_birth),
    street: standardised(standard.text, street),
    city: standardised(standard.name, row.suburb),
    postcode: standardised(standard.postcode, row.postcode),
    region: standardised(standard.text, row.state),
    nationalId: standardised(standard.nationalId, row.soc_sec_id),
  };
}

/** FEBRL files: `rec-N-org` and `rec-N-dup-K` are one person N, across all the files given. */
export function febrl(name: string, files: string[]): Benchmark {
  const people: PersonFeatures[] = [];
  const truth = new Map<string, string>();
  for (const file of files) {
    const source = file.replace(/\.csv$/, '');
    for (const row of readRows(file)) {
      const person = febrlPerson(source, row);
      people.push(person);
      truth.set(person.key, row.rec_id!.split('-')[1]!);
    }
  }
  return { name, people, truth };
}

/** The Splink test file: `cluster` is the person; no national id, but an e-mail address. */
export function splinkFake(): Benchmark {
  const people: PersonFeatures[] = [];
  const truth = new Map<string, string>();
  for (const row of readRows('splink-fake-1000.csv')) {
    const person: PersonFeatures = {
      key: row.unique_id!,
      givenName: standardised(standard.name, row.first_name),
      familyName: standardised(standard.name, row.surname),
      birthDate: standardised(standard.date, row.dob),
      city: standardised(standard.name, row.city),
      email: standardised(standard.email, row.email),
    };
    people.push(person);
    truth.set(person.key, row.cluster!);
  }
  return { name: 'splink-fake-1000', people, truth };
}

/** The generated set with households (src/generator/identity-set.ts), as the product standardises it. */
export function householdSet(set: IdentitySet): Benchmark {
  const people = set.records.map(
    (row): PersonFeatures => ({
      key: row.rec_id,
      givenName: standardised(standard.name, row.given_name),
      familyName: standardised(standard.name, row.family_name),
      birthDate: standardised(standard.date, row.birth_date),
      street: standardised(standard.text, row.street),
      city: standardised(standard.name, row.city),
      postcode: standardised(standard.postcode, row.postcode),
      email: standardised(standard.email, row.email),
      phone: row.phone,
    }),
  );
  return { name: 'generated households', people, truth: new Map(set.truth.map((t) => [t.recId, t.person])) };
}

/**
 * The seed of the measured set with households, and of the set weights and thresholds are set on:
 * another draw of the same generator, so the measured set never taught the settings.
 */
export const householdSeeds = { measured: 42, training: 2026 } as const;

/** Data sets for setting weights and thresholds (estimate-cli.ts, threshold-cli.ts); never the measured ones' draw. */
export function trainingSets(): Benchmark[] {
  return [
    febrl('febrl-dataset2', ['febrl-dataset2.csv']),
    { ...householdSet(identitySet(householdSeeds.training, 3333)), name: 'households-training' },
  ];
}

export function benchmarks(): Benchmark[] {
  return [
    febrl('febrl-dataset3', ['febrl-dataset3.csv']),
    febrl('febrl-dataset4a+4b', ['febrl-dataset4a.csv', 'febrl-dataset4b.csv']),
    febrl('febrl-dataset1', ['febrl-dataset1.csv']),
    febrl('febrl-dataset2', ['febrl-dataset2.csv']),
    splinkFake(),
    householdSet(identitySet(householdSeeds.measured, 3333)),
  ];
}
