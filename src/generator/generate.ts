import { join } from 'node:path';
import { projectRoot } from '../project.js';
import { buildCatalog } from './catalog.js';
import { Dataset, type Manifest } from './dataset.js';
import type { Draft, PersonContext } from './drafts.js';
import { households } from './households.js';
import { journey } from './journey.js';
import { loadMappings } from './mapping.js';
import { sourceNames, type SourceName } from './source-files.js';
import { crmRecords } from './sources/crm.js';
import { emailRecords } from './sources/email.js';
import { posRecords } from './sources/pos.js';
import { productRecords, shopRecords } from './sources/shop.js';
import { socialRecords } from './sources/social.js';
import { webRecords } from './sources/web.js';

/**
 * Generates the multi-source dataset: the catalog, then person by person everything every
 * source knows about them. Each person's records are shuffled before writing, because systems
 * export events late and out of order and the importer must not rely on time order.
 */
export interface GenerateOptions {
  seed: number;
  customers: number;
  out: string;
  /** Folder of the mapping files; the repository's sources/ by default. */
  sourcesDir?: string;
  onProgress?: (people: number) => void;
}

const sources: ((ctx: PersonContext) => Draft[])[] = [crmRecords, shopRecords, posRecords, emailRecords, webRecords, socialRecords];

export function generate(options: GenerateOptions): Manifest {
  const { seed, customers, out } = options;
  const mappings = loadMappings(options.sourcesDir ?? join(projectRoot, 'sources'));
  const regions = Object.fromEntries(sourceNames.map((name) => [name, mappings[name].defaultRegion])) as Record<SourceName, string>;
  const catalog = buildCatalog(seed);
  const dataset = new Dataset(out, mappings);
  dataset.write(productRecords(catalog, seed));
  let count = 0;
  let people = 0;
  for (const household of households(seed, customers)) {
    const { dice } = household;
    for (const person of household.members) {
      const ctx = { person, household, journey: journey(dice, person, catalog), catalog, dice, regions };
      dataset.write(dice.shuffle(sources.flatMap((records) => records(ctx))));
    }
    count++;
    people += household.members.length;
    options.onProgress?.(people);
  }
  return dataset.close({ seed, customers, households: count });
}
