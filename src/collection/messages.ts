import { createHash } from 'node:crypto';
import { z } from 'zod';

/**
 * The messages of the Segment Spec (https://segment.com/docs/connections/spec/), as Segment's HTTP
 * Tracking API accepts them. Unknown keys are kept (the mapping may read them); what the spec
 * requires is checked, so a bad message is refused with the field named.
 */
export const messageTypes = ['identify', 'track', 'page', 'screen', 'alias', 'group'] as const;
export type MessageType = (typeof messageTypes)[number];

/** Segment's limits: 32 KB per message, 500 KB per batch request. */
export const messageLimitBytes = 32 * 1024;
export const batchLimitBytes = 500 * 1024;

/** Ids may be sent as numbers (as analytics-node allows); they are kept as text. */
const id = z.union([z.string().trim().min(1, 'must not be empty'), z.number().transform(String)], { message: 'must be a string' });
const time = z.string().refine((value) => !Number.isNaN(Date.parse(value)), 'is not an ISO-8601 date-time');
const object = z.record(z.string(), z.unknown(), { message: 'must be a JSON object' });

const common = {
  messageId: id.optional(),
  userId: id.optional(),
  anonymousId: id.optional(),
  timestamp: time.optional(),
  originalTimestamp: time.optional(),
  sentAt: time.optional(),
  context: object.optional(),
  integrations: object.optional(),
};

const someone = (message: { userId?: string; anonymousId?: string }) => message.userId !== undefined || message.anonymousId !== undefined;
const someoneRequired = { message: 'userId or anonymousId is required', path: ['userId'] };

const schemas = {
  identify: z.looseObject({ ...common, type: z.literal('identify'), traits: object.optional() }).refine(someone, someoneRequired),
  track: z
    .looseObject({
      ...common,
      type: z.literal('track'),
      event: z.string({ message: 'is required' }).trim().min(1, 'must not be empty'),
      properties: object.optional(),
    })
    .refine(someone, someoneRequired),
  page: z
    .looseObject({
      ...common,
      type: z.literal('page'),
      name: z.string().optional(),
      category: z.string().optional(),
      properties: object.optional(),
    })
    .refine(someone, someoneRequired),
  screen: z
    .looseObject({ ...common, type: z.literal('screen'), name: z.string().optional(), properties: object.optional() })
    .refine(someone, someoneRequired),
  alias: z.looseObject({ ...common, type: z.literal('alias'), userId: id, previousId: id }),
  group: z.looseObject({ ...common, type: z.literal('group'), groupId: id, traits: object.optional() }).refine(someone, someoneRequired),
};

export type Message = z.output<(typeof schemas)[MessageType]> & { messageId: string };

/** Why a message was refused: where it sits in the request and the field at fault. */
export interface MessageProblem {
  index: number;
  messageId?: string;
  field: string;
  reason: string;
}

/**
 * One message checked against its type's schema. `type` comes from the endpoint (/v1/track) or,
 * in a batch, from the message. A message without a messageId gets one from a hash of its
 * content, so resending it still changes nothing.
 */
export function checkMessage(
  raw: unknown,
  index: number,
  at: string,
  type?: MessageType,
): { ok: true; message: Message } | { ok: false; problems: MessageProblem[] } {
  const given = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : undefined;
  const messageId = typeof given?.messageId === 'string' ? given.messageId : undefined;
  const refuse = (field: string, reason: string) => ({
    ok: false as const,
    problems: [{ index, messageId, field: field ? `${at}.${field}` : at, reason }],
  });
  if (!given) return refuse('', 'must be a JSON object');
  const kind = type ?? given.type;
  if (type && given.type !== undefined && given.type !== type)
    return refuse('type', `is "${String(given.type)}" but was sent to /v1/${type}`);
  if (!messageTypes.includes(kind as MessageType)) return refuse('type', `must be one of ${messageTypes.join(', ')}`);
  if (Buffer.byteLength(JSON.stringify(given)) > messageLimitBytes) return refuse('', `is larger than ${messageLimitBytes / 1024} KB`);
  const parsed = schemas[kind as MessageType].safeParse({ ...given, type: kind });
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => ({ index, messageId, field: [at, ...issue.path].join('.'), reason: issue.message })),
    };
  }
  return { ok: true, message: { ...parsed.data, messageId: parsed.data.messageId ?? contentId(parsed.data) } };
}

function contentId(message: object): string {
  return `content-${createHash('sha256').update(JSON.stringify(message)).digest('hex').slice(0, 32)}`;
}
