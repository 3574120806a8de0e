import { eventSchemas } from './events';
import { explainRejection } from './index';
import { COACH, accepts, begeleiding, due, play, start } from './test-helpers';
import type { Step, Transitie18Snapshot } from './test-helpers';

/** Born 2009-10-15: 18 on 2027-10-15, 23 on 2032-10-15. Jeugdhulp since 2023-01-01. */
const NA_18 = '2027-10-15T22:00:00.000Z';
const VOOR_18 = '2027-09-01T09:00:00.000Z';

const besluit = (data: Record<string, unknown>): Step =>
  ({ type: 'VERLENGDE_JEUGDHULP_BESLOTEN', einddatum: '2030-10-14', ...data }) as Step;

function weigering(s: Transitie18Snapshot, step: Step, at: string): string | null {
  expect(accepts(s, step, at)).toBe(false);
  const event = { ...(step as Record<string, unknown>), type: step.type, at, actor: COACH };
  return explainRejection(s, event);
}

const voor18 = () => start(begeleiding);
/** after the overgang without verlengde jeugdhulp: the Jeugdwet voorziening ended on 2027-10-14 */
const na18 = () => play(start(begeleiding), [due('mijlpaal_overgang_18', NA_18)], NA_18);

describe('verlengde jeugdhulp (Jeugdwet art. 1.1): each condition', () => {
  it('zorg voor 18 gestart en nodig: care that started before 18 continues', () => {
    const s = play(voor18(), [besluit({ grond: 'zorg_voor_18_gestart_en_nodig' })], VOOR_18);
    expect(s.context.verlengdeJeugdhulp).toMatchObject({
      grond: 'zorg_voor_18_gestart_en_nodig',
      besluitdatum: '2027-09-01',
      einddatum: '2030-10-14',
      hervatdatum: null,
    });
  });

  it('besloten voor 18: a decision dated before the 18th birthday, also when recorded after it', () => {
    expect(accepts(voor18(), besluit({ grond: 'besloten_voor_18' }), VOOR_18)).toBe(true);
    const s = play(na18(), [besluit({ grond: 'besloten_voor_18', besluitdatum: '2027-10-14' })], NA_18);
    expect(s.context.verlengdeJeugdhulp?.besluitdatum).toBe('2027-10-14');
    expect(s.context.vervolg.find((v) => v.domein === 'verlengde_jeugdhulp')?.status).toBe('toegekend');
  });

  it('hervat binnen half jaar: care that ended resumes within six months of its last day', () => {
    // last day 2027-10-14: half a year later is 2028-04-14
    const s = play(
      na18(),
      [besluit({ grond: 'hervat_binnen_half_jaar', hervatdatum: '2028-04-14' })],
      '2028-03-01T09:00:00.000Z',
    );
    expect(s.context.verlengdeJeugdhulp).toMatchObject({
      grond: 'hervat_binnen_half_jaar',
      hervatdatum: '2028-04-14',
    });
  });

  it('runs up to the day before the 23rd birthday', () => {
    expect(
      accepts(
        voor18(),
        besluit({ grond: 'zorg_voor_18_gestart_en_nodig', einddatum: '2032-10-14' }),
        VOOR_18,
      ),
    ).toBe(true);
  });
});

describe('verlengde jeugdhulp: each refusal, explained', () => {
  it('refuses an einddatum on or past the 23rd birthday', () => {
    expect(
      weigering(
        voor18(),
        besluit({ grond: 'zorg_voor_18_gestart_en_nodig', einddatum: '2032-10-15' }),
        VOOR_18,
      ),
    ).toBe(
      'Verlengde jeugdhulp loopt nooit door tot of na de 23e verjaardag (2032-10-15); kies een einddatum uiterlijk 2032-10-14.',
    );
    expect(
      weigering(voor18(), besluit({ grond: 'besloten_voor_18', einddatum: '2033-01-01' }), VOOR_18),
    ).toMatch(/23e/);
  });

  it('respects a gemeente that sets a lower maximum age', () => {
    const s = start({ ...begeleiding, config: { verlengdeJeugdhulpMaxLeeftijd: 21 } });
    expect(accepts(s, besluit({ grond: 'zorg_voor_18_gestart_en_nodig' }), VOOR_18)).toBe(true); // ends 2030-10-14
    expect(
      weigering(s, besluit({ grond: 'zorg_voor_18_gestart_en_nodig', einddatum: '2030-10-15' }), VOOR_18),
    ).toMatch(/21e verjaardag \(2030-10-15\)/);
  });

  it('refuses an einddatum before 18: that is no verlengde jeugdhulp', () => {
    expect(
      weigering(voor18(), besluit({ grond: 'besloten_voor_18', einddatum: '2027-10-01' }), VOOR_18),
    ).toMatch(/voor de 18e verjaardag \(2027-10-15\); dat is geen verlengde jeugdhulp/);
  });

  it('no condition: care that did not start before 18 cannot be continued', () => {
    const laat = start({
      ...begeleiding,
      jeugdVoorziening: { ...begeleiding.jeugdVoorziening, startdatum: '2027-10-15' },
    });
    expect(weigering(laat, besluit({ grond: 'zorg_voor_18_gestart_en_nodig' }), VOOR_18)).toMatch(
      /niet voor de 18e verjaardag \(2027-10-15\) gestart/,
    );
  });

  it('no condition: care that already ended cannot be continued, only resumed', () => {
    expect(weigering(na18(), besluit({ grond: 'zorg_voor_18_gestart_en_nodig' }), NA_18)).toMatch(
      /op 2027-10-14 beëindigd; voortzetten kan niet meer\. Hervatten binnen een half jaar/,
    );
  });

  it('no condition: a decision taken on or after the 18th birthday, or dated in the future', () => {
    expect(weigering(na18(), besluit({ grond: 'besloten_voor_18' }), NA_18)).toMatch(
      /niet voor de 18e verjaardag \(2027-10-15\) genomen/,
    );
    expect(
      weigering(voor18(), besluit({ grond: 'besloten_voor_18', besluitdatum: '2027-09-02' }), VOOR_18),
    ).toMatch(/in de toekomst/);
  });

  it('no condition: resumption more than half a year after the end', () => {
    expect(
      weigering(
        na18(),
        besluit({ grond: 'hervat_binnen_half_jaar', hervatdatum: '2028-04-15' }),
        '2028-04-01T09:00:00.000Z',
      ),
    ).toBe(
      'De jeugdhulp eindigde op 2027-10-14; hervatten kan als verlengde jeugdhulp alleen binnen een half jaar, uiterlijk 2028-04-14. Deze hervatting (2028-04-15) is te laat.',
    );
  });

  it('no condition: nothing to resume while the care runs', () => {
    expect(
      weigering(voor18(), besluit({ grond: 'hervat_binnen_half_jaar', hervatdatum: '2027-11-01' }), VOOR_18),
    ).toMatch(/loopt nog; er is niets te hervatten/);
  });

  it('a probe without data is not ruled out', () => {
    expect(explainRejection(voor18(), { type: 'VERLENGDE_JEUGDHULP_BESLOTEN' })).toBeNull();
  });

  it('the schema demands a hervatdatum with resumption and refuses one otherwise', () => {
    const schema = eventSchemas.VERLENGDE_JEUGDHULP_BESLOTEN;
    expect(schema.safeParse({ grond: 'hervat_binnen_half_jaar', einddatum: '2030-01-01' }).success).toBe(
      false,
    );
    expect(
      schema.safeParse({ grond: 'besloten_voor_18', einddatum: '2030-01-01', hervatdatum: '2028-01-01' })
        .success,
    ).toBe(false);
    expect(schema.safeParse({ grond: 'geen', einddatum: '2030-01-01' }).success).toBe(false);
  });
});
