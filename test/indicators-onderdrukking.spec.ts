/**
 * Suppression of small numbers (issue #13): no cell resting on 1 to 4 inwoners is shown, and no hidden cell follows
 * from a shown total minus the shown cells, nor from the hidden cells' sum when each must be 1. A unit test of the
 * pure function, a property over random breakdowns, and the report beleid receives from the API.
 */
import fc from 'fast-check';
import {
  type IndicatorCel,
  type IndicatorUitkomst,
  ONDERDRUKT,
  onderdrukIndicator,
  secundair,
} from '@regie/sociaal-domein';
import { type Api, startApi } from './support/api-harness';
import { GEMEENTE, genereer, schrijf } from './support/indicator-generator';

const tel = (n: number): IndicatorCel => ({ waarde: n, weergave: String(n), basis: n, onderdrukt: false });

function uitkomst(totaal: number, cellen: number[], optelbaar = true): IndicatorUitkomst {
  return {
    key: 'test 1',
    bron: 'regie',
    nummer: '1',
    naam: 'test',
    definitie: '',
    berekening: '',
    eenheid: 'inwoners',
    soort: 'stroom',
    reeks: null,
    optelbaar,
    status: 'beschikbaar',
    waarde: tel(totaal),
    uitsplitsingen: [
      { naar: 'voorziening', cellen: cellen.map((n, i) => ({ label: `c${i}`, cel: tel(n) })) },
    ],
    punten: [],
  };
}

/** Whether some hidden cell's value follows from what is shown (the cells add up to the total). */
function afleidbaar(totaal: IndicatorCel, cellen: IndicatorCel[]): boolean {
  if (totaal.onderdrukt) return false;
  const verborgen = cellen.filter((c) => c.onderdrukt).length;
  const som = totaal.waarde! - cellen.reduce((s, c) => s + (c.onderdrukt ? 0 : c.waarde!), 0);
  return verborgen === 1 || (verborgen > 1 && som === verborgen);
}

describe('suppression (pure)', () => {
  it('hides 1 to 4, shows 0 and 5', () => {
    const u = onderdrukIndicator(uitkomst(20, [0, 5, 15], false));
    expect(u.uitsplitsingen[0]!.cellen.map((c) => c.cel.weergave)).toEqual(['0', '5', '15']);
    const v = onderdrukIndicator(uitkomst(3, [1, 2], false));
    expect(v.waarde).toEqual({ waarde: null, weergave: ONDERDRUKT, basis: null, onderdrukt: true });
    expect(v.uitsplitsingen[0]!.cellen.every((c) => c.cel.weergave === ONDERDRUKT)).toBe(true);
  });

  it('hides a second cell so the first does not follow from the total', () => {
    const cellen = secundair(tel(30), [tel(3), tel(12), tel(0), tel(15)]);
    expect(cellen.map((c) => c.weergave)).toEqual([ONDERDRUKT, ONDERDRUKT, '0', '15']);
  });

  it('hides more when the hidden cells must each be 1', () => {
    const cellen = secundair(tel(22), [tel(1), tel(1), tel(20)]);
    expect(cellen.every((c) => c.onderdrukt)).toBe(true);
  });

  it('hides the total when nothing else is left to hide', () => {
    const u = onderdrukIndicator(uitkomst(8, [3, 0, 5]));
    // 3 hidden, 5 hidden next; the total 8 then gives away only their sum
    expect(u.uitsplitsingen[0]!.cellen.map((c) => c.cel.weergave)).toEqual([ONDERDRUKT, '0', ONDERDRUKT]);
    expect(u.waarde.weergave).toBe('8');
    const w = onderdrukIndicator(uitkomst(7, [3, 0, 0, 4]));
    expect(w.waarde.onderdrukt).toBe(false);
    expect(w.uitsplitsingen[0]!.cellen.filter((c) => c.cel.onderdrukt)).toHaveLength(2);
  });

  it('leaves an indicator that is not available alone', () => {
    const u = { ...uitkomst(0, []), status: 'nog niet beschikbaar' as const };
    expect(onderdrukIndicator(u)).toBe(u);
  });

  it('property: never a small cell shown, never a hidden cell derivable', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 30 }), { minLength: 1, maxLength: 8 }), (ns) => {
        const totaal = ns.reduce((s, n) => s + n, 0);
        const u = onderdrukIndicator(uitkomst(totaal, ns));
        const cellen = u.uitsplitsingen[0]!.cellen.map((c) => c.cel);
        for (const c of [u.waarde, ...cellen])
          if (!c.onderdrukt) expect(c.waarde === 0 || c.waarde! >= 5).toBe(true);
        expect(afleidbaar(u.waarde, cellen)).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('suppression in the report beleid receives', () => {
  let api: Api;
  beforeAll(async () => {
    api = await startApi('2027-01-15T09:00:00+01:00', {}, { effects: false });
    await schrijf(api.db, genereer(600, 7));
  }, 60_000);
  afterAll(() => api.close());

  it('shows no cell under 5 and none derivable from a total, in JSON and CSV', async () => {
    const beleid = await api.as('beleid1', ['beleid'], GEMEENTE, null);
    for (const [from, to] of [
      ['2026-01-01', '2026-12-31'],
      ['2026-04-01', '2026-04-30'],
    ]) {
      const { body } = await beleid
        .get(`/api/v1/indicators?from=${from}&to=${to}&weergave=volledig`)
        .expect(200);
      let verborgen = 0;
      for (const i of body.indicatoren as IndicatorUitkomst[]) {
        const groepen = [
          ...i.uitsplitsingen.map((u) => u.cellen.map((c) => c.cel)),
          i.punten.map((p) => p.cel),
        ];
        for (const c of [i.waarde, ...groepen.flat()]) {
          if (c.onderdrukt) verborgen++;
          else if (c.basis !== null) expect(c.basis === 0 || c.basis >= 5).toBe(true);
        }
        if (i.optelbaar) for (const g of groepen) if (g.length) expect(afleidbaar(i.waarde, g)).toBe(false);
      }
      // a small gemeente over a month: there is something to hide
      if (from === '2026-04-01') expect(verborgen).toBeGreaterThan(0);
      const csv = await beleid
        .get(`/api/v1/indicators?from=${from}&to=${to}&weergave=volledig`)
        .set('Accept', 'text/csv')
        .expect(200);
      expect(csv.text).toContain(';< 5');
    }
  });
});
