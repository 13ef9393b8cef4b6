import { InvalidArgument } from '../invalid-argument.js';
import { z } from 'zod';
import { channels } from '../vocabulary.js';

/**
 * The journey arguments, checked with zod. A bad one becomes a GraphQL error that names the
 * argument (extensions.argument), like every other argument of the API.
 */
export function checked<T>(argument: string, schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const problem = result.error.issues.map((issue) => issue.message).join('; ');
  throw new InvalidArgument(argument, `${problem}, got ${JSON.stringify(value)}`);
}

const channelList = z.array(z.enum(channels, { error: `each must be one of ${channels.join(', ')}` })).nullish();

export const maxSteps = z.number().int().min(1, 'must be between 1 and 10').max(10, 'must be between 1 and 10');

export const groupCount = z.number().int().min(1, 'must be between 1 and 100').max(100, 'must be between 1 and 100');

export interface JourneyWindow {
  since: number | null;
  until: number | null;
  channels: Set<string> | null;
}

/** `since`, `until` (the DateTime scalar has already checked they are instants) and `channels`. */
export function journeyWindow(args: { since?: string | null; until?: string | null; channels?: string[] | null }): JourneyWindow {
  const since = args.since ? Date.parse(args.since) : null;
  const until = args.until ? Date.parse(args.until) : null;
  if (since !== null && until !== null && until <= since) {
    throw new InvalidArgument('until', `must be after since (${args.since}), got ${args.until}`);
  }
  const wanted = checked('channels', channelList, args.channels);
  return { since, until, channels: wanted ? new Set(wanted) : null };
}
