import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generate } from '../src/generator/generate.js';
import { loadIdentityRules } from '../src/identity/rules.js';
import { planImport, sourceFilesIn, type FileToImport } from '../src/ingestion/import-files.js';
import { prepareRecord } from '../src/ingestion/prepare.js';
import { readSourceFile } from '../src/ingestion/read.js';
import type { FieldInput } from '../src/ingestion/mapping/schema.js';
import { loadSources, sourceOf } from '../src/ingestion/sources.js';
import { projectRoot } from '../src/project.js';

/**
 * `npm run bench:mapping -- [--customers 4000] [--runs 5] [--variants demo,operators,expressions]`:
 * what reading, mapping and validating cost on one core (no database), in records/s, for a
 * generated data set: customer records and events through the demo's mappings (renames and
 * constants), and the web events again through mappings that use the richer operators (value
 * maps, extraction, templates, hashed ids, a time zone) and JSONata expressions. The variants
 * alternate in every run; medians are reported with the load average.
 */
const { values: flags } = parseArgs({
  options: {
    customers: { type: 'string', default: '4000' },
    runs: { type: 'string', default: '5' },
    variants: { type: 'string', default: 'demo,operators,expressions' },
  },
});
const dataDir = join(projectRoot, '.bench-data', `mapping-42-${flags.customers}`);
if (!existsSync(join(dataDir, 'manifest.json'))) generate({ seed: 42, customers: Number(flags.customers), out: dataDir });
const rules = loadIdentityRules();
const demo = loadSources();
const plan = planImport(sourceFilesIn(dataDir), demo);
const webEvents = plan.filter(({ source, kind }) => source.source === 'web' && kind === 'touchpoint');

/** The generated web events, mapped with operators instead of renames (same records out). */
type Mapping = Parameters<typeof sourceOf>[0];
const operators = (typeFrom: FieldInput): Mapping => ({
  source: 'web',
  defaultRegion: 'GB',
  trust: 1,
  timeZone: 'Europe/London',
  kinds: {
    touchpoint: {
      fields: {
        sourceId: { hash: ['messageId'], prefix: 'web-' },
        deviceId: { template: '{anonymousId}' },
        type: typeFrom,
        channel: { column: 'channel', map: { values: { web: 'WEB', ads: 'ADS', mobile_app: 'MOBILE_APP' }, ignoreCase: true } },
        at: { column: 'timestamp', timeFormat: 'x' },
        sku: { column: 'url', extract: '^/p/([A-Z0-9-]+)' },
        searchTerm: 'query',
        topic: 'topic',
        campaign: 'campaign',
      },
    },
  },
});
const withOperators = {
  column: 'event',
  map: {
    values: { page_view: 'PAGE_VIEW', site_search: 'SITE_SEARCH', cart: 'CART', ad_click: 'AD_CLICK', form: 'FORM' },
    ignoreCase: true,
  },
};
const withExpression = { expression: '$uppercase(event)' };

async function remapped(files: FileToImport[], mapping: Mapping): Promise<FileToImport[]> {
  const source = sourceOf(mapping);
  return files.map((file) => ({ ...file, source }));
}

/** Records per second through read, map, validate and standardise, for these files. */
async function measure(files: FileToImport[]): Promise<{ records: number; perSecond: number }> {
  let records = 0;
  const started = performance.now();
  for (const { file, format, source, kind } of files) {
    for await (const row of readSourceFile(file, format, source, kind)) {
      if (row.fields) prepareRecord(row.fields, source, rules);
      records += 1;
    }
  }
  return { records, perSecond: records / ((performance.now() - started) / 1000) };
}

const variants: Record<string, () => Promise<FileToImport[]>> = {
  'demo: customer records': async () => plan.filter(({ kind }) => kind === 'customer'),
  'demo: events': async () => plan.filter(({ kind }) => kind !== 'customer' && kind !== 'product'),
  'demo: web events': async () => webEvents,
  'operators: web events': async () => remapped(webEvents, operators(withOperators)),
  'expressions: web events': async () => remapped(webEvents, operators(withExpression)),
};
const chosen = Object.keys(variants).filter((name) => flags.variants.split(',').some((prefix) => name.startsWith(`${prefix}:`)));
const results = new Map<string, number[]>(chosen.map((name) => [name, []]));
const counts = new Map<string, number>();
for (let run = 1; run <= Number(flags.runs); run += 1) {
  for (const name of chosen) {
    const { records, perSecond } = await measure(await variants[name]!());
    results.get(name)!.push(perSecond);
    counts.set(name, records);
  }
  console.error(
    `run ${run} done, load average ${loadavg()
      .map((load) => load.toFixed(2))
      .join(' ')}`,
  );
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
console.log(
  `read + map + validate on one core, ${flags.runs} runs, ${flags.customers} generated people; load average ${loadavg()
    .map((load) => load.toFixed(2))
    .join(' ')}`,
);
console.log('| variant | records | records/s, median | runs |');
console.log('| --- | --- | --- | --- |');
for (const [name, values] of results) {
  console.log(
    `| ${name} | ${counts.get(name)} | ${Math.round(median(values))} | ${values.map((value) => Math.round(value)).join(' / ')} |`,
  );
}
