/**
 * Suppression of small numbers, the pure function: no cell resting on 1 to 4 inwoners is shown, and no
 * hidden cell follows from a shown total minus the shown cells, nor from the hidden cells' sum when each must be 1.
 * A unit test and a property over random breakdowns; no database (test/indicators-onderdrukking.spec.ts checks the
 * report beleid receives from the API).
 */
import fc from 'fast-check';
import {
  type IndicatorCel,
  type IndicatorUitkomst,
  ONDERDRUKT,
  onderdrukIndicator,
  secundair,
} from '@regie/sociaal-domein';
import { afleidbaar } from './support/onderdrukking';

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
