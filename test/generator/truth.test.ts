import { describe, expect, it } from 'vitest';
import { customers, generated } from './generated.js';

describe('the ground truth', () => {
  const { manifest, truth, records } = generated();

  it('has one line per source record, in file order, naming the record it is about', () => {
    expect(truth).toHaveLength(records.length);
    const mismatched = records.filter(({ read, truth: line }) => {
      if (read.malformed) return !read.raw.includes(`"${line.sourceId}"`);
      const written = read.fields.sourceId;
      return written === undefined ? line.defect !== 'missing-field' : String(written).trim() !== line.sourceId;
    });
    expect(mismatched.map((r) => `${r.file} ${r.truth.sourceId}`)).toEqual([]);
  });

  it('names every record once: (source, sourceId) is unique across all kinds of a source', () => {
    const keys = truth.map((line) => `${line.source}/${line.sourceId}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('says who each record is about: a true person, or nobody for catalog records', () => {
    const people = new Set(Array.from({ length: customers }, (_, i) => `p-${String(i + 1).padStart(6, '0')}`));
    expect(truth.filter((line) => (line.kind === 'product' ? line.person !== null : !people.has(line.person!)))).toEqual([]);
    expect(new Set(truth.map((line) => line.person).filter((p) => p !== null))).toEqual(people);
  });

  it('agrees with the manifest', () => {
    const perFile = Object.fromEntries(Object.keys(manifest.files).map((file) => [file, records.filter((r) => r.file === file).length]));
    expect(manifest.files).toEqual(perFile);
    expect(manifest.records).toBe(truth.length);
    expect(manifest.invalid).toBe(truth.filter((line) => line.defect !== null).length);
    expect(manifest).toMatchObject({ seed: 7, customers });
  });

  it('keeps invalid records of every kind to a small share', () => {
    for (const kind of ['customer', 'product', 'order', 'touchpoint', 'socialSignal', 'consent']) {
      const ofKind = truth.filter((line) => line.kind === kind);
      const share = ofKind.filter((line) => line.defect !== null).length / ofKind.length;
      expect(share, kind).toBeGreaterThan(0);
      expect(share, kind).toBeLessThan(0.04);
    }
    expect(manifest.invalid / manifest.records).toBeGreaterThan(0.008);
    expect(manifest.invalid / manifest.records).toBeLessThan(0.025);
  });
});
