/**
 * The product's closed vocabularies: the words records, audiences, journeys, consent and
 * activation all use for channels, kinds of touchpoint and signal, consent purposes and
 * lifecycle stages (schema.graphql's ConsentPurpose lists the same purposes).
 */
export const channels = ['WEB', 'MOBILE_APP', 'EMAIL', 'SMS', 'STORE', 'CALL_CENTRE', 'SOCIAL', 'ADS', 'PARTNER'] as const;
export const touchpointTypes = [
  'PAGE_VIEW',
  'SITE_SEARCH',
  'EMAIL_OPEN',
  'EMAIL_CLICK',
  'CART',
  'STORE_VISIT',
  'AD_CLICK',
  'FORM',
  'SUPPORT_CONTACT',
  'SURVEY_ANSWER',
  'EVENT',
] as const;
export const signalTypes = ['MENTION', 'POST', 'REVIEW', 'FOLLOW'] as const;
export const consentPurposes = ['EMAIL_MARKETING', 'SMS_MARKETING', 'PROFILING', 'THIRD_PARTY_SHARING'] as const;
export const lifecycleStages = ['lead', 'prospect', 'customer', 'lapsed'] as const;
/** The attributes of a customer's golden record, each taken from the most trusted recent source record. */
export const customerAttributes = [
  'givenName',
  'familyName',
  'birthDate',
  'street',
  'city',
  'postcode',
  'region',
  'country',
  'lifecycleStage',
] as const;
