import { describe, expect, it } from 'vitest';
import { clustersConflict, personallyDifferent } from '../../../src/identity/matching/household-rules.js';
import { scorePair } from '../../../src/identity/matching/score-pair.js';
import { isScrambleOf, slipOf } from '../../../src/identity/matching/similarity.js';
import { decide } from '../../../src/identity/matching/thresholds.js';

describe('slips of the keyboard in short or shuffled names', () => {
  it('sees one letter off and letters out of order, not a different name', () => {
    expect(slipOf('Kai', 'Kia')).toBe('one letter off');
    expect(slipOf('Amy', 'Ay')).toBeUndefined(); // too short to tell
    expect(slipOf('Zofia', 'aiZfo')).toBe('the same letters out of order');
    expect(slipOf('Tromsø', 'Trmøso')).toBe('the same letters out of order');
    expect(isScrambleOf('camron', 'morgan')).toBe(false);
    expect(isScrambleOf('reid', 'darien')).toBe(false);
  });

  it('keeps two real given names made of the same letters apart', () => {
    const twin = (givenName: string) => ({ givenName, familyName: 'Okafor', birthDate: '2001-03-14' });
    expect(personallyDifferent(twin('Leon'), twin('Noel'))).toMatch(/different given names/);
    expect(personallyDifferent(twin('Edna'), twin('Dean'))).toMatch(/different given names/);
    expect(personallyDifferent(twin('Bartholomew'), twin('wolomehtraB'))).toBeUndefined();
  });
});

describe('what sets two people apart', () => {
  it('reads a disagreement behind swapped names as a disagreement of given names', () => {
    const spouse = { givenName: 'Ingrid', familyName: 'Vasquez-Lund', birthDate: '1970-02-02' };
    const swappedHusband = { givenName: 'Vasquez-Lund', familyName: 'Teodor', birthDate: '1968-07-30' };
    expect(personallyDifferent(spouse, swappedHusband)).toMatch(/Ingrid/);
  });

  it('takes birth dates a generation apart as two people, unless one is a digit or a day/month slip of the other', () => {
    const person = (birthDate: string) => ({ givenName: 'Oluwaseun', familyName: 'Adeyemi', birthDate });
    expect(personallyDifferent(person('1951-08-19'), person('1983-02-07'))).toMatch(/generation apart/);
    expect(personallyDifferent(person('1951-08-19'), person('1981-08-19'))).toBeUndefined();
  });

  it('lets a third record bridge two slips of one name, never twins', () => {
    const record = (givenName: string) => ({ givenName, familyName: 'Nakamura', birthDate: '1990-10-10' });
    expect(personallyDifferent(record('okoriH'), record('Hrko'))).toBeDefined();
    expect(clustersConflict([record('okoriH'), record('Horko')], [record('Hrko')], { reasons: [] })).toBe(false);
    expect(clustersConflict([record('Hiroko'), record('H.')], [record('Yumiko')], { reasons: [] })).toBe(true);
  });
});

describe('one home and no birth date to compare', () => {
  // A father and son of one name in a Lagos flat; the son's record carries no birth date.
  const father = {
    key: 'f',
    givenName: 'Chukwuemeka',
    familyName: 'Obi',
    birthDate: '1958-06-21',
    street: '14 Adeola Odeku Street',
    city: 'Lagos',
    postcode: '101241',
  };
  const { birthDate: _, ...son } = { ...father, key: 's' };

  it('holds a same-name pair at one home to review when nothing but name and home agree', () => {
    const { score, reasons } = scorePair(father, son);
    expect(decide(score)).toBe('review');
    expect(reasons.at(-1)).toMatch(/^review at most: one home, no birth date to compare/);
  });

  it('merges it when one more identifier agrees', () => {
    const mailbox = 'chukwuemeka.obi@mail.example';
    expect(decide(scorePair({ ...father, email: mailbox }, { ...son, email: mailbox }).score)).toBe('merge');
  });
});
