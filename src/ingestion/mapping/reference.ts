import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { projectRoot } from '../../project.js';
import { recordKinds } from '../records.js';
import { lineFields, targetFields, type TargetField } from './target-fields.js';

/**
 * The reference of every field a mapping may fill, generated from the record schemas themselves
 * (`npm run sources:reference` writes docs/source-fields.md; a test fails when it is stale).
 */
export const referenceFile = join(projectRoot, 'docs', 'source-fields.md');

export function mappingReference(): string {
  const sections = recordKinds.map((kind) => section(`\`${kind}\` records`, [...targetFields(kind).values()]));
  sections.splice(
    recordKinds.indexOf('order') + 1,
    0,
    section('Order lines (`lineColumns` of CSV orders, or the objects of `lines`)', [...lineFields().values()]),
  );
  return [
    '# Fields a source mapping may fill',
    '',
    'Generated from the record schemas (`src/ingestion/records.ts`) by `npm run sources:reference`;',
    'do not edit by hand. How to write a mapping: [sources.md](sources.md).',
    '',
    'Every record also gets `kind` and `source` from its mapping. A record that names a person',
    '(orders, touchpoints, social signals, consents) needs `customerSourceId` or at least one',
    'identifier (`email`, `phone`, `crmId`, `loyaltyId`, `deviceId`, `userId`, `socialHandle`, `nationalId`).',
    '',
    ...sections,
  ].join('\n');
}

function section(title: string, fields: TargetField[]): string {
  const rows = fields.map(
    (field) =>
      `| \`${field.name}\` | ${field.format} | ${field.required ? 'yes' : ''} | ${field.values ? field.values.map((value) => `\`${value}\``).join(', ') : field.description} |`,
  );
  return [`## ${title}`, '', '| field | form | required | accepts |', '| --- | --- | --- | --- |', ...rows, ''].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(referenceFile, mappingReference());
  console.log(`wrote ${referenceFile}`);
}
