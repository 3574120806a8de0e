/** The switch at 18 is a moment that is reached, and it ends the Jeugdwet voorziening. */
import { effects } from './index';
import { deadlines } from './mijlpalen';
import { BIRTH, begeleiding, due, play, start } from './test-helpers';

/** 00:00 Amsterdam after the 18th birthday (2027-10-15), as the engine fires it. */
const NA_18 = '2027-10-15T22:00:00.000Z';
const VOORZIENING = '6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f';
const metRecord = { ...begeleiding, jeugdVoorziening: { ...begeleiding.jeugdVoorziening, id: VOORZIENING } };

describe('the switch at 18 is a checkpoint, not a miss', () => {
  it('is declared a moment; every milestone that asks an action stays a term', () => {
    const kinds = Object.fromEntries(deadlines(start(begeleiding)).map((d) => [d.key, d.kind ?? 'term']));
    expect(kinds).toEqual({
      mijlpaal_toekomstplan_gestart: 'term',
      mijlpaal_toekomstplan_afgesproken: 'term',
      mijlpaal_aanvragen_ingediend: 'term',
      mijlpaal_praktische_zaken_geregeld: 'term',
      mijlpaal_overgang_18: 'moment',
      mijlpaal_nazorg: 'term',
    });
  });

  it('is recorded reached when due, never passed; a milestone whose action was not done is passed', () => {
    const s = play(start(begeleiding), [due('mijlpaal_overgang_18', NA_18)], NA_18);
    expect(s.value).toBe('nazorg');
    expect(s.context.mijlpalen.overgang_18).toMatchObject({
      datum: '2027-10-15',
      behaaldOp: NA_18,
      verstrekenOp: null,
    });
    const gemist = play(start(begeleiding), [
      due('mijlpaal_toekomstplan_gestart', '2026-05-13T22:00:00.000Z'),
    ]);
    expect(gemist.context.mijlpalen.toekomstplan_gestart.verstrekenOp).toBe('2026-05-13T22:00:00.000Z');
  });
});

describe('care that ends at 18 ends the voorziening', () => {
  it('asks the voorziening record the case follows to end the day before the 18th birthday', () => {
    const voor = start(metRecord);
    const na = play(voor, [due('mijlpaal_overgang_18', NA_18)], NA_18);
    expect(na.context.jeugdwetVoorzieningBeeindigdOp).toBe('2027-10-14');
    expect(effects(voor, na, { type: 'DEADLINE_DUE', key: 'mijlpaal_overgang_18', at: NA_18 })).toEqual([
      {
        type: 'beeindigVoorziening',
        subjectId: 'subject-1',
        voorzieningId: VOORZIENING,
        einddatum: '2027-10-14',
        reden: 'Overgang 18 jaar: einde jeugdhulp (Jeugdwet art. 1.1)',
        at: NA_18,
      },
    ]);
    // once: a later step of the case asks nothing again
    const later = play(na, [{ type: 'NAZORG_UITGEVOERD' }], NA_18);
    expect(effects(na, later, { type: 'NAZORG_UITGEVOERD', at: NA_18 })).toEqual([]);
  });

  it('asks nothing when verlengde jeugdhulp continues the care, or the case follows no voorziening record', () => {
    const verlengd = play(
      start(metRecord),
      [
        {
          type: 'VERLENGDE_JEUGDHULP_BESLOTEN',
          grond: 'zorg_voor_18_gestart_en_nodig',
          einddatum: '2029-10-14',
        },
      ],
      '2027-09-01T08:00:00.000Z',
    );
    const na = play(verlengd, [due('mijlpaal_overgang_18', NA_18)], NA_18);
    expect(na.context.jeugdwetVoorzieningBeeindigdOp).toBeNull();
    expect(effects(verlengd, na, { type: 'DEADLINE_DUE', at: NA_18 })).toEqual([]);
    const zonder = start(begeleiding);
    expect(
      effects(zonder, play(zonder, [due('mijlpaal_overgang_18', NA_18)], NA_18), { type: 'DEADLINE_DUE' }),
    ).toEqual([]);
    expect(BIRTH).toBe('2009-10-15');
  });
});
