import type { Dice } from './randomness.js';

/**
 * Time in the generated world. A fixed window, never the clock, so a run is the same next year.
 * Every source writes time its own way (local time, offsets, epoch milliseconds) so the
 * importer's parsing is exercised; all of them are instants the ingestion schema accepts.
 */
export const window = { start: Date.UTC(2022, 0, 1), end: Date.UTC(2025, 5, 30) } as const;

const minute = 60_000;
const hour = 60 * minute;
export const day = 24 * hour;

/** A whole second between `from` and `to` (clamped to the window). */
export function instantBetween(dice: Dice, from: number, to: number = window.end): number {
  const start = Math.max(window.start, Math.min(from, window.end));
  const end = Math.max(start, Math.min(to, window.end));
  return Math.floor(dice.int(start, end) / 1000) * 1000;
}

/** Some minutes after `at`, as when a click follows an open. */
export function shortlyAfter(dice: Dice, at: number, maxMinutes = 30): number {
  return at + dice.int(1, maxMinutes * 60) * 1000;
}

const iso = (ms: number) => new Date(ms).toISOString();

export const writeTime = {
  /** 2024-03-05T14:22:10.000Z */
  isoUtc: iso,
  /** 2024-03-05 14:22:10, UTC without saying so (read as UTC by the importer). */
  spaced: (ms: number) => iso(ms).slice(0, 19).replace('T', ' '),
  /** 2024-03-05T14:22:10 */
  noZone: (ms: number) => iso(ms).slice(0, 19),
  /** 2024-03-05T15:22:10+01:00: the same instant in local time with its offset. */
  withOffset(ms: number, offsetMinutes: number) {
    const sign = offsetMinutes < 0 ? '-' : '+';
    const size = Math.abs(offsetMinutes);
    const zone = `${sign}${String(Math.floor(size / 60)).padStart(2, '0')}:${String(size % 60).padStart(2, '0')}`;
    return iso(ms + offsetMinutes * minute).slice(0, 19) + zone;
  },
};
