import { base, de, en, en_GB, en_US, es, fr, type LocaleDefinition } from '@faker-js/faker';

/**
 * The countries customers live in, with what makes their data look local: faker's locale for
 * names and addresses, the currency they pay in, how many customers live there, and the store
 * they shop at.
 */
export interface Country {
  code: 'GB' | 'FR' | 'DE' | 'ES' | 'US';
  name: string;
  locale: LocaleDefinition[];
  currency: string;
  /** Units of the local currency per pound: catalog prices are in GBP. */
  perPound: number;
  /** Offset of local time from UTC in minutes, for sources that write local times. */
  utcOffset: number;
  share: number;
  stores: readonly string[];
}

export type CountryCode = Country['code'];

export const countries: readonly Country[] = [
  {
    code: 'GB',
    name: 'United Kingdom',
    locale: [en_GB, en, base],
    currency: 'GBP',
    perPound: 1,
    utcOffset: 0,
    share: 40,
    stores: ['LDN-01', 'LDN-02', 'MAN-01', 'EDI-01'],
  },
  {
    code: 'FR',
    name: 'France',
    locale: [fr, en, base],
    currency: 'EUR',
    perPound: 1.17,
    utcOffset: 60,
    share: 15,
    stores: ['PAR-01', 'LYO-01'],
  },
  {
    code: 'DE',
    name: 'Germany',
    locale: [de, en, base],
    currency: 'EUR',
    perPound: 1.17,
    utcOffset: 60,
    share: 15,
    stores: ['BER-01', 'MUC-01'],
  },
  {
    code: 'ES',
    name: 'Spain',
    locale: [es, en, base],
    currency: 'EUR',
    perPound: 1.17,
    utcOffset: 60,
    share: 10,
    stores: ['MAD-01', 'BCN-01'],
  },
  {
    code: 'US',
    name: 'United States',
    locale: [en_US, en, base],
    currency: 'USD',
    perPound: 1.27,
    utcOffset: -300,
    share: 20,
    stores: ['NYC-01', 'SFO-01'],
  },
];
