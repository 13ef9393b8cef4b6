import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import type { Defect } from './defect-kinds.js';
import type { Draft } from './drafts.js';
import { asObject, asRows, layoutOf, type Layout, type SourceMapping } from './mapping.js';
import { allFiles, extraColumnsOf, formatOf, type Format, type SourceName } from './source-files.js';

/**
 * The output folder: one file per source and kind, the ground truth (one line per source
 * record, in file order) and a manifest. Files are written through small buffers with
 * synchronous writes: memory stays flat however many people are generated, and output order is
 * exactly generation order.
 */
class OutputFile {
  private readonly fd: number;
  private chunks: string[] = [];
  private size = 0;

  constructor(path: string) {
    this.fd = openSync(path, 'w');
  }

  write(text: string): void {
    this.chunks.push(text);
    this.size += text.length;
    if (this.size > 1 << 20) this.flush();
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }

  private flush(): void {
    writeSync(this.fd, this.chunks.join(''));
    this.chunks = [];
    this.size = 0;
  }
}

export interface Manifest {
  seed: number;
  customers: number;
  households: number;
  records: number;
  invalid: number;
  files: Record<string, number>;
  defects: Partial<Record<Defect, number>>;
}

interface Output {
  file: OutputFile;
  format: Format;
  layout: Layout;
  records: number;
}

/** A JSON line cut short: no prefix of a JSON object is valid JSON. */
const cutShort = (line: string) => line.slice(0, Math.floor((line.length * 2) / 3));

export class Dataset {
  private readonly outputs = new Map<string, Output>();
  private readonly truth: OutputFile;
  private readonly defects: Partial<Record<Defect, number>> = {};

  constructor(
    private readonly dir: string,
    mappings: Record<SourceName, SourceMapping>,
  ) {
    mkdirSync(dir, { recursive: true });
    for (const { source, kind, file } of allFiles()) {
      const output = {
        file: new OutputFile(join(dir, file)),
        format: formatOf(source),
        layout: layoutOf(mappings[source], kind, extraColumnsOf(source)),
        records: 0,
      };
      if (output.format === 'csv') output.file.write(stringify([output.layout.header]));
      this.outputs.set(`${source}.${kind}`, output);
    }
    this.truth = new OutputFile(join(dir, 'truth.ndjson'));
  }

  /** Writes the drafts; each file gets its drafts in the order given. */
  write(drafts: readonly Draft[]): void {
    const byFile = new Map<string, Draft[]>();
    for (const d of drafts) {
      const key = `${d.source}.${d.kind}`;
      const group = byFile.get(key);
      if (group) group.push(d);
      else byFile.set(key, [d]);
    }
    for (const [key, group] of byFile) {
      const output = this.outputs.get(key)!;
      output.file.write(output.format === 'csv' ? this.csv(group, output.layout) : this.ndjson(group, output.layout));
      output.records += group.length;
      for (const d of group) {
        this.truth.write(
          `${JSON.stringify({ source: d.source, kind: d.kind, sourceId: d.sourceId, person: d.person, defect: d.defect })}\n`,
        );
        if (d.defect) this.defects[d.defect] = (this.defects[d.defect] ?? 0) + 1;
      }
    }
  }

  close(run: { seed: number; customers: number; households: number }): Manifest {
    for (const output of this.outputs.values()) output.file.close();
    this.truth.close();
    const files = Object.fromEntries(allFiles().map(({ source, kind, file }) => [file, this.outputs.get(`${source}.${kind}`)!.records]));
    const manifest: Manifest = {
      ...run,
      records: Object.values(files).reduce((sum, n) => sum + n, 0),
      invalid: Object.values(this.defects).reduce((sum, n) => sum + n, 0),
      files,
      defects: Object.fromEntries(Object.entries(this.defects).sort()),
    };
    const file = new OutputFile(join(this.dir, 'manifest.json'));
    file.write(`${JSON.stringify(manifest, null, 2)}\n`);
    file.close();
    return manifest;
  }

  private csv(drafts: Draft[], layout: Layout): string {
    return stringify(
      drafts.flatMap((d) => asRows(d, layout)),
      { columns: layout.header },
    );
  }

  private ndjson(drafts: Draft[], layout: Layout): string {
    return drafts
      .map((d) => {
        const line = JSON.stringify(asObject(d, layout));
        return `${d.defect === 'malformed-json' ? cutShort(line) : line}\n`;
      })
      .join('');
  }
}
