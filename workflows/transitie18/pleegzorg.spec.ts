/**
 * Pleegzorg to 21 (Jeugdwet art. 1.1: since 1 July 2018 pleegzorg continues by default to 21): the switch moves to
 * the 21st birthday, the milestones that prepare and follow it up move with it, the practical matters stay tied to
 * legal adulthood at 18, and the voorziening ends by default the day before the 21st birthday. Verlengde jeugdhulp
 * to 23 stays as it is.
 */
import { Kalender } from '@regie/calendar';
import { transitie18Input } from './events';
import type { Transitie18Input } from './events';
import { explainRejection } from './index';
import { deadlines } from './mijlpalen';
import { BIRTH, START_AT, accepts, begeleiding, due, play, start } from './test-helpers';
import type { Transitie18Snapshot } from './test-helpers';

const kalender = new Kalender();
const dueDates = (s: Transitie18Snapshot) =>
  Object.fromEntries(
    deadlines(s).map((d) => [d.key, kalender.termEnd(new Date(d.anchor), d.term, { atw: d.atw }).dueDate]),
  );
const byKey = (s: Transitie18Snapshot) => Object.fromEntries(deadlines(s).map((d) => [d.key, d]));

/** Born 2009-10-15 (BIRTH): 18 on 2027-10-15, 21 on 2030-10-15, 23 on 2032-10-15. */
const pleegzorg: Transitie18Input = {
  birthDate: BIRTH,
  jeugdVoorziening: {
    product: 'netwerkpleegzorg',
    aanbieder: 'Pleegzorg Twente',
    startdatum: '2019-03-01',
    ggz: false,
    pleegzorg: true,
  },
};
/** 00:00 Amsterdam after the 21st birthday: when the engine fires the switch. */
const NA_21 = '2030-10-15T22:00:00.000Z';

describe('pleegzorg continues to 21 (Jeugdwet art. 1.1)', () => {
  it('the switch is on the 21st birthday; toekomstplan, applications and follow-up move 3 years with it', () => {
    const s = start(pleegzorg);
    expect(dueDates(s)).toEqual({
      mijlpaal_toekomstplan_gestart: '2029-04-15', // 19.5
      mijlpaal_toekomstplan_afgesproken: '2029-10-15', // 20
      mijlpaal_aanvragen_ingediend: '2030-04-15', // 20.5
      mijlpaal_praktische_zaken_geregeld: '2027-07-15', // 17.75: tied to legal adulthood at 18
      mijlpaal_overgang_18: '2030-10-15', // 21
      mijlpaal_nazorg: '2031-01-15', // 21.25
    });
    expect(s.context.mijlpalen.overgang_18.datum).toBe('2030-10-15');
    expect(s.context.mijlpalen.toekomstplan_gestart).toMatchObject({ datum: '2029-04-15', laat: false });
    expect(byKey(s).mijlpaal_overgang_18).toMatchObject({
      name: 'Overgang 21 jaar: einde pleegzorg (Jeugdwet)',
      law: 'Jeugdwet art. 1.1',
      term: { amount: 252, unit: 'months' },
    });
    expect(byKey(s).mijlpaal_nazorg.name).toBe('Nazorg: geen gat in de zorg na 21');
    expect(s.context.jeugdVoorziening.pleegzorg).toBe(true);
  });

  it('other Jeugdwet care keeps its switch at 18', () => {
    const s = start(begeleiding);
    expect(dueDates(s)).toMatchObject({
      mijlpaal_overgang_18: '2027-10-15',
      mijlpaal_nazorg: '2028-01-15',
    });
    expect(byKey(s).mijlpaal_overgang_18.name).toBe('Overgang 18 jaar: einde Jeugdwet-voorziening');
  });

  it('at the switch on the 21st birthday the pleegzorg ends the day before it', () => {
    const s = play(start(pleegzorg), [due('mijlpaal_overgang_18', NA_21)], NA_21);
    expect(String(s.value)).toBe('nazorg');
    expect(s.context.jeugdwetVoorzieningBeeindigdOp).toBe('2030-10-14');
    expect(s.context.mijlpalen.overgang_18.behaaldOp).toBe(NA_21);
    expect(dueDates(s)).toEqual({
      mijlpaal_praktische_zaken_geregeld: '2027-07-15',
      mijlpaal_nazorg: '2031-01-15',
    });
  });

  it('an own einddatum after the 21st birthday is cut off at 21; an earlier one stands', () => {
    const later = {
      ...pleegzorg,
      jeugdVoorziening: { ...pleegzorg.jeugdVoorziening, einddatum: '2031-06-30' },
    };
    expect(
      play(start(later), [due('mijlpaal_overgang_18', NA_21)], NA_21).context.jeugdwetVoorzieningBeeindigdOp,
    ).toBe('2030-10-14');
    const eerder = {
      ...pleegzorg,
      jeugdVoorziening: { ...pleegzorg.jeugdVoorziening, einddatum: '2029-12-31' },
    };
    expect(
      play(start(eerder), [due('mijlpaal_overgang_18', NA_21)], NA_21).context.jeugdwetVoorzieningBeeindigdOp,
    ).toBe('2029-12-31');
  });

  it('between 18 and 21 the case is still before the switch: the follow-up waits for 21', () => {
    const s = play(start(pleegzorg), [{ type: 'TOEKOMSTPLAN_GESTART', at: '2029-04-10T10:00:00.000Z' }]);
    expect(String(s.value)).toBe('toekomstplan');
    expect(explainRejection(s, { type: 'NAZORG_UITGEVOERD' })).toBe(
      'De nazorg volgt na de overgang op de 21e verjaardag (2030-10-15).',
    );
    expect(s.context.jeugdwetVoorzieningBeeindigdOp).toBeNull();
  });

  it('29 February: 21 falls on 1 March in a common year, 20 on the 29th of a leap year', () => {
    const s = start(
      { ...pleegzorg, birthDate: '2008-02-29' },
      '2024-08-29T07:00:00.000Z', // 16.5
    );
    expect(dueDates(s)).toEqual({
      mijlpaal_toekomstplan_gestart: '2027-08-29',
      mijlpaal_toekomstplan_afgesproken: '2028-02-29',
      mijlpaal_aanvragen_ingediend: '2028-08-29',
      mijlpaal_praktische_zaken_geregeld: '2025-11-29',
      mijlpaal_overgang_18: '2029-03-01',
      mijlpaal_nazorg: '2029-05-29',
    });
    const na = play(s, [due('mijlpaal_overgang_18', '2029-03-01T23:00:00.000Z')], '2029-03-01T23:00:00.000Z');
    expect(na.context.jeugdwetVoorzieningBeeindigdOp).toBe('2029-02-28');
  });

  it('a late start at 17.9: only the practical matters (tied to 18) are caught up', () => {
    const s = start(pleegzorg, '2027-09-01T07:00:00.000Z');
    expect(s.context.mijlpalen.praktische_zaken_geregeld.laat).toBe(true);
    expect(s.context.mijlpalen.toekomstplan_gestart.laat).toBe(false);
    expect(dueDates(s)).toMatchObject({
      mijlpaal_praktische_zaken_geregeld: '2027-09-29',
      mijlpaal_toekomstplan_gestart: '2029-04-15',
      mijlpaal_overgang_18: '2030-10-15',
    });
  });
});

describe('verlengde jeugdhulp to 23 stays as it is for pleegzorg', () => {
  it('decided at 20 until the day before 23; continues past the switch at 21', () => {
    const at = '2030-06-01T10:00:00.000Z';
    const s0 = start(pleegzorg);
    expect(
      accepts(
        s0,
        {
          type: 'VERLENGDE_JEUGDHULP_BESLOTEN',
          grond: 'zorg_voor_18_gestart_en_nodig',
          einddatum: '2032-10-15',
        },
        at,
      ),
    ).toBe(false);
    const s = play(
      s0,
      [
        {
          type: 'VERLENGDE_JEUGDHULP_BESLOTEN',
          grond: 'zorg_voor_18_gestart_en_nodig',
          einddatum: '2032-10-14',
        },
      ],
      at,
    );
    expect(s.context.verlengdeJeugdhulp).toMatchObject({
      einddatum: '2032-10-14',
      besluitdatum: '2030-06-01',
    });
    const na = play(s, [due('mijlpaal_overgang_18', NA_21)], NA_21);
    expect(na.context.jeugdwetVoorzieningBeeindigdOp).toBeNull();
    expect(na.context.vervolg.find((v) => v.domein === 'verlengde_jeugdhulp')?.status).toBe('actief');
  });
});

describe('input', () => {
  it('takes `pleegzorg`, absent is false, and refuses it beside jeugd-ggz', () => {
    expect(transitie18Input.safeParse(pleegzorg).success).toBe(true);
    expect(start(begeleiding).context.jeugdVoorziening.pleegzorg).toBe(false);
    const beide = transitie18Input.safeParse({
      ...pleegzorg,
      jeugdVoorziening: { ...pleegzorg.jeugdVoorziening, ggz: true },
    });
    expect(beide.success).toBe(false);
    expect(beide.error?.issues[0]).toMatchObject({ path: ['jeugdVoorziening', 'pleegzorg'] });
  });
  it('starts at the default START_AT without late milestones', () => {
    const s = start(pleegzorg, START_AT);
    expect(Object.values(s.context.mijlpalen).filter((m) => m.laat)).toEqual([]);
  });
});
