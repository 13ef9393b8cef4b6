import { CypherFileError, type Statement } from './cypher-library.js';

/**
 * Statements composed from vetted fragments of the Cypher library (mode `fragment`), for a
 * filter language that compiles to Cypher. A Piece can only be made by `useFragment`, so a
 * composed statement's text is library text throughout: no input ever becomes Cypher, only
 * parameter values.
 */
const fromFragments = Symbol('made by useFragment');

export class Piece {
  constructor(
    key: typeof fromFragments,
    readonly text: string,
    readonly params: readonly string[],
    /** The fragments it was assembled from, for the record. */
    readonly fragments: readonly string[],
  ) {
    if (key !== fromFragments) throw new CypherFileError('a Piece is made from library fragments only (useFragment)');
  }
}

export type SlotFill = Piece | readonly Piece[];

/**
 * One use of a fragment: its parameters renamed with the use's prefix (`$skus` → `$c3_skus`), so
 * two uses never collide, and its slots filled with other pieces (a list slot joins them with the
 * keyword its header names). Filled text is indented to the slot's line, to stay readable.
 */
export function useFragment(fragment: Statement, prefix: string | null, fills: Record<string, SlotFill> = {}): Piece {
  if (fragment.mode !== 'fragment') throw new CypherFileError(`${fragment.name} is a ${fragment.mode} statement, not a fragment`);
  const slots = fragment.slots ?? [];
  const unknown = Object.keys(fills).filter((name) => !slots.some((slot) => slot.name === name));
  if (unknown.length) throw new CypherFileError(`${fragment.name} has no slot ${unknown.join(', ')}`);

  const rename = (param: string) => (prefix ? `${prefix}_${param}` : param);
  let text = fragment.text.replace(/\$([A-Za-z_][A-Za-z0-9_]*)/g, (_use, param: string) => `$${rename(param)}`);
  const params = new Set(fragment.params.map(rename));
  const fragments = [fragment.name];
  for (const slot of slots) {
    const fill = fills[slot.name];
    const pieces = fill === undefined ? [] : fill instanceof Piece ? [fill] : fill;
    if (!slot.sequence && (pieces.length === 0 || (pieces.length > 1 && !slot.joinedBy))) {
      throw new CypherFileError(
        `${fragment.name}: slot {{${slot.name}}} needs ${slot.joinedBy ? 'at least one piece' : 'exactly one piece'}`,
      );
    }
    if (pieces.length === 0) text = text.replace(new RegExp(`^[ \\t]*\\{\\{${slot.name}\\}\\}[ \\t]*\\n?`, 'm'), '');
    text = text.replace(new RegExp(`^(.*?)\\{\\{${slot.name}\\}\\}`, 'm'), (_line, before: string) => {
      const indent = /^\s*/.exec(before)![0];
      const indented = pieces.map((piece) => piece.text.replace(/\n/g, `\n${indent}`));
      return before + indented.join(slot.sequence ? `\n${indent}` : `\n${indent}${slot.joinedBy} `);
    });
    for (const piece of pieces) {
      for (const param of piece.params) params.add(param);
      fragments.push(...piece.fragments);
    }
  }
  return new Piece(fromFragments, text, [...params], fragments);
}

/** A runnable statement from a whole piece: it goes through the graph layer's mode and parameter checks like any other. */
export function composedStatement(name: string, mode: 'read' | 'write', piece: Piece, description: string): Statement {
  return {
    name,
    mode,
    params: [...piece.params],
    description,
    text: piece.text,
    file: `composed from ${[...new Set(piece.fragments)].join(', ')}`,
  };
}
