import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { z } from 'zod';
import { generate } from './generate.js';

/**
 * npx tsx src/generator/cli.ts --seed 42 --customers 1000 --out <dir> [--sources <dir>]
 * Writes the multi-source customer dataset into <dir>; the same seed and size give the same bytes.
 */
const usage = 'usage: npx tsx src/generator/cli.ts --seed 42 --customers 1000 --out <dir> [--sources <dir of mapping files>]';

const options = z.object({
  seed: z.coerce.number().int().min(0),
  customers: z.coerce.number().int().positive(),
  out: z.string().min(1),
  sources: z.string().min(1).optional(),
});

function parse() {
  try {
    const { values } = parseArgs({
      options: { seed: { type: 'string' }, customers: { type: 'string' }, out: { type: 'string' }, sources: { type: 'string' } },
    });
    const parsed = options.safeParse(values);
    if (parsed.success) return parsed.data;
    console.error(parsed.error.issues.map((issue) => `--${issue.path.join('.')}: ${issue.message}`).join('\n'));
  } catch (error) {
    console.error((error as Error).message);
  }
  console.error(usage);
  process.exit(2);
}

const { seed, customers, out, sources } = parse();
// The bar goes to stderr and only to a terminal, so piped output stays clean.
const bar = process.stderr.isTTY
  ? new cliProgress.SingleBar({ stream: process.stderr, etaBuffer: 50 }, cliProgress.Presets.shades_classic)
  : undefined;
bar?.start(customers, 0);
const started = performance.now();
const manifest = generate({ seed, customers, out, sourcesDir: sources, onProgress: (people) => bar?.update(people) });
bar?.stop();
const seconds = ((performance.now() - started) / 1000).toFixed(1);
for (const [file, records] of Object.entries(manifest.files)) console.log(`${String(records).padStart(10)}  ${file}`);
console.log(
  `${String(manifest.records).padStart(10)}  records (${manifest.invalid} invalid) for ${customers} customers in ${manifest.households} households, seed ${seed}`,
);
console.log(`wrote ${out} in ${seconds} s`);
