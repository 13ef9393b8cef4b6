/**
 * The ids each source system gives its records. Real systems number their records independently
 * of one another, so ids must not reveal which records belong to one person: a key made of the
 * person's number and a counter is scrambled by an affine bijection modulo 10^10, which keeps
 * ids unique (no two keys share an id) while neighbouring keys land far apart.
 */
interface Series {
  prefix: string;
  /** Coprime with 10, so multiplying by it is a bijection modulo 10^10; large, so digits scatter. */
  multiplier: bigint;
  offset: bigint;
}

const series = {
  crmContact: { prefix: 'C', multiplier: 3_301_595_691n, offset: 3_179_419_893n },
  crmCustomerNo: { prefix: 'CRM-', multiplier: 1_300_026_767n, offset: 9_979_544_025n },
  crmCase: { prefix: 'CASE-', multiplier: 5_070_378_921n, offset: 2_703_729_684n },
  shopAccount: { prefix: 'U', multiplier: 4_687_093_963n, offset: 6_538_829_718n },
  shopOrder: { prefix: 'WO-', multiplier: 1_776_213_899n, offset: 3_744_112_455n },
  posMember: { prefix: 'M', multiplier: 2_599_435_267n, offset: 9_859_611_191n },
  posCard: { prefix: 'LOY', multiplier: 6_179_553_247n, offset: 6_644_219_119n },
  posReceipt: { prefix: 'R-', multiplier: 2_287_489_453n, offset: 4_411_833_895n },
  posVisit: { prefix: 'V-', multiplier: 7_762_098_351n, offset: 7_550_669_089n },
  emailConsent: { prefix: 'CN-', multiplier: 8_546_862_847n, offset: 7_395_047_810n },
  emailEvent: { prefix: 'EV-', multiplier: 8_281_238_159n, offset: 7_847_766_477n },
  socialProfile: { prefix: 'SP', multiplier: 9_850_507_787n, offset: 8_307_852_598n },
  socialPost: { prefix: 'SS', multiplier: 8_594_502_849n, offset: 6_358_464_899n },
} satisfies Record<string, Series>;

export type SeriesName = keyof typeof series;

/** Room for this many ids per person and series; the last key is kept for ids that exist nowhere. */
const perPerson = 4096;

/** Ten digits: room for two million people at 4096 ids each. */
const modulus = 10n ** 10n;

function scramble(name: SeriesName, key: number): string {
  const { prefix, multiplier, offset } = series[name];
  if (BigInt(key) >= modulus) throw new Error(`${name}: key ${key} does not fit ten digits`);
  return prefix + ((BigInt(key) * multiplier + offset) % modulus).toString().padStart(10, '0');
}

/** The ids of one person's records, in every series. */
export class IdBook {
  private readonly used = new Map<SeriesName, number>();

  constructor(private readonly personIndex: number) {}

  next(name: SeriesName): string {
    const n = this.used.get(name) ?? 0;
    if (n >= perPerson - 1) throw new Error(`${name}: more than ${perPerson - 1} ids for one person`);
    this.used.set(name, n + 1);
    return scramble(name, this.personIndex * perPerson + n);
  }

  /** An id of the series that no record carries (for references that resolve to nothing). */
  unknown(name: SeriesName): string {
    return scramble(name, this.personIndex * perPerson + perPerson - 1);
  }
}
