import { Kalender } from '@regie/calendar';
import { closeDisappearedAs, deadlines } from './mijlpalen';
import { BIRTH, START_AT, begeleiding, due, play, start } from './test-helpers';
import type { Transitie18Snapshot } from './test-helpers';

const kalender = new Kalender();
const byKey = (s: Transitie18Snapshot) => Object.fromEntries(deadlines(s).map((d) => [d.key, d]));
/** The due date the engine computes for each declared deadline. */
const dueDates = (s: Transitie18Snapshot) =>
  Object.fromEntries(
    deadlines(s).map((d) => [d.key, kalender.termEnd(new Date(d.anchor), d.term, { atw: d.atw }).dueDate]),
  );
const NA_18 = '2027-10-15T22:00:00.000Z';

describe('milestone deadlines', () => {
  it('at the start: every milestone from the birth date, due on its age', () => {
    const s = start(begeleiding);
    expect(dueDates(s)).toEqual({
      mijlpaal_toekomstplan_gestart: '2026-04-15',
      mijlpaal_toekomstplan_afgesproken: '2026-10-15',
      mijlpaal_aanvragen_ingediend: '2027-04-15',
      mijlpaal_praktische_zaken_geregeld: '2027-07-15',
      mijlpaal_overgang_18: '2027-10-15',
      mijlpaal_nazorg: '2028-01-15',
    });
    expect(byKey(s).mijlpaal_toekomstplan_gestart).toEqual({
      key: 'mijlpaal_toekomstplan_gestart',
      name: 'Toekomstplan gestart',
      anchor: `${BIRTH}T12:00:00.000Z`,
      term: { amount: 198, unit: 'months' },
      atw: false,
      party: 'gemeente',
      remindBefore: { amount: 4, unit: 'weeks' },
    });
    expect(byKey(s).mijlpaal_overgang_18).toMatchObject({
      law: 'Jeugdwet art. 1.1',
      term: { amount: 216, unit: 'months' },
    });
    expect(byKey(s).mijlpaal_nazorg.term).toEqual({ amount: 219, unit: 'months' });
  });

  it('29 February: 17 and 18 fall on 1 March, 16.5 and 17.75 on the 29th', () => {
    const s = start({ ...begeleiding, birthDate: '2008-02-29' }, '2024-08-29T07:00:00.000Z');
    expect(dueDates(s)).toEqual({
      mijlpaal_toekomstplan_gestart: '2024-08-29',
      mijlpaal_toekomstplan_afgesproken: '2025-03-01',
      mijlpaal_aanvragen_ingediend: '2025-08-29',
      mijlpaal_praktische_zaken_geregeld: '2025-11-29',
      mijlpaal_overgang_18: '2026-03-01',
      mijlpaal_nazorg: '2026-05-29',
    });
  });

  it('month ends: born 31 August, 16.5 is the last day of February and 17.75 is 31 May', () => {
    const s = start({ ...begeleiding, birthDate: '2009-08-31' }, '2026-02-28T07:00:00.000Z');
    expect(dueDates(s)).toMatchObject({
      mijlpaal_toekomstplan_gestart: '2026-02-28',
      mijlpaal_praktische_zaken_geregeld: '2027-05-31',
      mijlpaal_nazorg: '2027-11-30',
    });
  });

  it('a met milestone disappears and closes as met', () => {
    const s = play(start(begeleiding), [{ type: 'TOEKOMSTPLAN_GESTART' }]);
    expect(byKey(s).mijlpaal_toekomstplan_gestart).toBeUndefined();
    expect(Object.keys(byKey(s))).toHaveLength(5);
    expect(closeDisappearedAs(s, 'mijlpaal_toekomstplan_gestart')).toBe('met');
  });

  it('a missed milestone keeps its declaration until met (the engine keeps its `missed` row)', () => {
    const s = play(start(begeleiding), [due('mijlpaal_toekomstplan_gestart', '2026-04-15T22:00:00.000Z')]);
    expect(byKey(s).mijlpaal_toekomstplan_gestart).toBeDefined();
  });

  it('after the overgang: only the follow-up and unmet praktische zaken run; the rest closes as cancelled', () => {
    const s = play(start(begeleiding), [due('mijlpaal_overgang_18', NA_18)], NA_18);
    expect(Object.keys(byKey(s)).sort()).toEqual(['mijlpaal_nazorg', 'mijlpaal_praktische_zaken_geregeld']);
    expect(closeDisappearedAs(s, 'mijlpaal_toekomstplan_gestart')).toBe('cancelled');
    expect(closeDisappearedAs(s, 'mijlpaal_overgang_18')).toBe('met');
  });

  it('a closed case runs none', () => {
    const s = play(start(begeleiding), [{ type: 'BEEINDIGD', reden: 'verhuisd' }]);
    expect(deadlines(s)).toEqual([]);
    expect(closeDisappearedAs(s, 'mijlpaal_nazorg')).toBe('cancelled');
  });

  it('a gemeente configures the ages', () => {
    const s = start(
      {
        ...begeleiding,
        config: {
          mijlpalen: { toekomstplan_gestart: { years: 16, months: 0 }, nazorg: { years: 18, months: 6 } },
        },
      },
      '2025-10-15T07:00:00.000Z',
    );
    expect(dueDates(s)).toMatchObject({
      mijlpaal_toekomstplan_gestart: '2025-10-15',
      mijlpaal_toekomstplan_afgesproken: '2026-10-15',
      mijlpaal_nazorg: '2028-04-15',
    });
  });

  describe('late start (the voorziening started after 16.5)', () => {
    // enrolled at 16 years and 7 months and 5 days
    const LATE = '2026-05-20T08:00:00.000Z';
    it('a passed milestone runs four weeks from the start instead of falling due at once', () => {
      const s = start(begeleiding, LATE);
      expect(s.context.mijlpalen.toekomstplan_gestart).toMatchObject({ datum: '2026-04-15', laat: true });
      expect(byKey(s).mijlpaal_toekomstplan_gestart).toEqual({
        key: 'mijlpaal_toekomstplan_gestart',
        name: 'Toekomstplan gestart (inhalen na late start)',
        anchor: LATE,
        term: { amount: 4, unit: 'weeks' },
        atw: false,
        party: 'gemeente',
        remindBefore: { amount: 1, unit: 'weeks' },
      });
      expect(dueDates(s)).toMatchObject({
        mijlpaal_toekomstplan_gestart: '2026-06-17',
        mijlpaal_toekomstplan_afgesproken: '2026-10-15',
      });
    });
    it('enrolment on the day itself is on time', () => {
      expect(start(begeleiding, START_AT).context.mijlpalen.toekomstplan_gestart.laat).toBe(false);
    });
    it('a start after 18 gives the switch no catch-up: it falls due at once', () => {
      const s = start(begeleiding, '2027-11-01T09:00:00.000Z');
      expect(dueDates(s).mijlpaal_overgang_18).toBe('2027-10-15');
      expect(dueDates(s).mijlpaal_nazorg).toBe('2028-01-15');
      expect(s.context.mijlpalen.aanvragen_ingediend.laat).toBe(true);
    });
  });
});
