import { z } from 'zod';
import { channels, consentPurposes, lifecycleStages, signalTypes, touchpointTypes } from '../vocabulary.js';
import { standard } from './standardise.js';

/**
 * The input records, one schema per kind, defined once. A source's file is mapped to these field
 * names (see sources/*.yaml); the schemas then validate and standardise every value, so what
 * reaches the graph is trimmed, case-folded, E.164, ISO and UTC.
 *
 * Every record is identified by (source, sourceId); `updatedAt` versions it (a record older than
 * the one already stored changes nothing).
 */
export interface SourceContext {
  /** ISO 3166-1 alpha-2 regions, in order, for phone numbers written without a country code. */
  phoneRegions: string[];
}

/** The identifiers a record may carry; each becomes an (:Identity {type, value}). */
function identifierFields(context: SourceContext) {
  return {
    email: standard.email.optional(),
    phone: standard.phone(context.phoneRegions).optional(),
    crmId: standard.text.optional(),
    loyaltyId: standard.text.optional(),
    deviceId: standard.text.optional(),
    userId: standard.text.optional(),
    socialHandle: standard.socialHandle.optional(),
    nationalId: standard.nationalId.optional(),
  };
}

const envelope = {
  source: standard.text,
  sourceId: standard.text,
  updatedAt: standard.instant.optional(),
};

/**
 * Orders, touchpoints, signals and consents name their person either by the sourceId of a
 * customer record of the same source, or by any identifier.
 */
function personReference(context: SourceContext) {
  return { customerSourceId: standard.text.optional(), ...identifierFields(context) };
}

const hasPerson = (record: Record<string, unknown>) => ['customerSourceId', ...identifierKeys].some((key) => record[key] !== undefined);
const personRequired = {
  // Checked even when other fields failed, so a rejected record lists every reason at once.
  when: () => true,
  message:
    'names no person: give customerSourceId or an identifier (email, phone, crmId, loyaltyId, deviceId, userId, socialHandle, nationalId)',
  path: ['customerSourceId'],
};

export const identifierKeys = ['email', 'phone', 'crmId', 'loyaltyId', 'deviceId', 'userId', 'socialHandle', 'nationalId'] as const;

/** One identifier standardised as on import, so a look-up by identifier finds what ingestion stored. */
export function standardIdentifier(key: (typeof identifierKeys)[number], value: string, phoneRegion: string) {
  const result = identifierFields({ phoneRegions: [phoneRegion] })
    [key].unwrap()
    .safeParse(value);
  return result.success
    ? { ok: true as const, value: result.data }
    : { ok: false as const, reason: result.error.issues[0]?.message ?? 'is not valid' };
}

export function recordSchemas(context: SourceContext) {
  const customer = z.object({
    kind: z.literal('customer'),
    ...envelope,
    ...identifierFields(context),
    givenName: standard.name.optional(),
    familyName: standard.name.optional(),
    birthDate: standard.date.optional(),
    street: standard.text.optional(),
    city: standard.name.optional(),
    postcode: standard.postcode.optional(),
    region: standard.text.optional(),
    country: standard.country.optional(),
    lifecycleStage: z.enum(lifecycleStages).optional(),
  });

  const product = z.object({
    kind: z.literal('product'),
    ...envelope,
    name: standard.text,
    categoryPath: standard.path,
    brand: standard.text.optional(),
    price: standard.money.optional(),
    currency: standard.currency.optional(),
    topics: standard.list.optional(),
  });

  const orderLine = z.object({
    sku: standard.text,
    quantity: standard.quantity,
    unitPrice: standard.money,
  });

  const order = z
    .object({
      kind: z.literal('order'),
      ...envelope,
      ...personReference(context),
      placedAt: standard.instant,
      channel: z.enum(channels),
      currency: standard.currency,
      lines: z.array(orderLine).min(1, 'an order needs at least one line'),
    })
    .refine(hasPerson, personRequired);

  const touchpoint = z
    .object({
      kind: z.literal('touchpoint'),
      ...envelope,
      ...personReference(context),
      type: z.enum(touchpointTypes),
      channel: z.enum(channels),
      at: standard.instant,
      sku: standard.text.optional(),
      topic: standard.topic.optional(),
      searchTerm: standard.text.optional(),
      campaign: standard.text.optional(),
      score: z.coerce.number().int().min(0).max(10).optional(),
      comment: standard.text.optional(),
      resolved: standard.flag.optional(),
      event: standard.text.optional(),
      url: standard.text.optional(),
      referrer: standard.text.optional(),
      properties: standard.details.optional(),
      context: standard.details.optional(),
    })
    .refine(hasPerson, personRequired);

  const socialSignal = z
    .object({
      kind: z.literal('socialSignal'),
      ...envelope,
      ...personReference(context),
      type: z.enum(signalTypes),
      platform: standard.topic,
      text: standard.text.optional(),
      sentiment: z.coerce.number().min(-1).max(1).optional(),
      at: standard.instant,
      skus: standard.list.optional(),
      topics: standard.topicList.optional(),
    })
    .refine(hasPerson, personRequired);

  const consent = z
    .object({
      kind: z.literal('consent'),
      ...envelope,
      ...personReference(context),
      purpose: z.enum(consentPurposes),
      status: z.enum(['GRANTED', 'WITHDRAWN']),
      at: standard.instant,
    })
    .refine(hasPerson, personRequired);

  return z.discriminatedUnion('kind', [customer, product, order, touchpoint, socialSignal, consent]);
}

export type InputRecord = z.output<ReturnType<typeof recordSchemas>>;
export type RecordKind = InputRecord['kind'];
export type RecordOf<K extends RecordKind> = Extract<InputRecord, { kind: K }>;
export const recordKinds: readonly RecordKind[] = ['customer', 'product', 'order', 'touchpoint', 'socialSignal', 'consent'];
