/**
 * Random analyses and plans, checked against the money invariants: every total is the sum of its parts (checked
 * against exact BigInt arithmetic, so no float drift), every amount is a whole number of cents, the net saving is
 * the cost of muddling on minus the cost with the plan (geld.ts), the mandate needed is the lowest level whose
 * limit covers the one-off cost, and an amount that is negative or not a whole cent is refused naming its field.
 */
import fc from 'fast-check';
import { transition } from 'xstate';
import { DOORBRAAK_DEFAULTS, mergeConfig, nodigNiveau } from './config';
import { eventSchemas } from './events';
import { MAX_CENTEN, kostenBaten } from './geld';
import { projection } from './index';
import { doorbraakMachine } from './machine';
import { MANAGER, START_AT, TEAMLEIDER, event, play, start } from './test-helpers';

const cent = fc.integer({ min: 0, max: MAX_CENTEN });
const klein = fc.integer({ min: 0, max: 5_000_000 });
const betrokkene = fc.record({
  wet: fc.constantFrom('Wmo', 'Jeugdwet', 'Participatiewet', 'Wgs', 'overig'),
  instantie: fc.constant('instantie'),
  levert: fc.constant('zorg'),
  kostenPerJaar: fc.oneof(cent, klein),
});
const stap = fc.record({
  omschrijving: fc.constant('stap'),
  grondslag: fc.constant({ soort: 'maatwerk' as const, motivering: 'omdat het moet' }),
  eenmaligeKosten: fc.oneof(cent, klein),
  jaarlijkseKosten: fc.oneof(cent, klein),
  verwachteBesparingPerJaar: fc.oneof(cent, klein),
});
const betrokkenen = fc.array(betrokkene, { minLength: 1, maxLength: 50 });
const stappen = fc.array(stap, { minLength: 1, maxLength: 20 });

const big = (xs: number[]) => xs.reduce((a, b) => a + BigInt(b), 0n);

describe('doorbraak money invariants', () => {
  it('totals are exact sums of whole cents; net saving = muddling on - cost with the plan', () => {
    fc.assert(
      fc.property(betrokkenen, stappen, (bs, ss) => {
        const k = kostenBaten(bs, ss);
        for (const v of Object.values(k)) expect(Number.isSafeInteger(v)).toBe(true);
        const m = big(bs.map((b) => b.kostenPerJaar));
        const e = big(ss.map((s) => s.eenmaligeKosten));
        const j = big(ss.map((s) => s.jaarlijkseKosten));
        const b = big(ss.map((s) => s.verwachteBesparingPerJaar));
        expect(BigInt(k.doormodderenPerJaar)).toBe(m);
        expect(BigInt(k.planEenmalig)).toBe(e);
        expect(BigInt(k.planPerJaar)).toBe(j);
        expect(BigInt(k.verwachteBesparingPerJaar)).toBe(b);
        expect(BigInt(k.kostenMetPlanJaar1)).toBe(m - b + e + j);
        expect(BigInt(k.kostenMetPlanPerJaarDaarna)).toBe(m - b + j);
        expect(k.nettoBesparingJaar1).toBe(k.doormodderenPerJaar - k.kostenMetPlanJaar1);
        expect(k.nettoBesparingPerJaarDaarna).toBe(k.doormodderenPerJaar - k.kostenMetPlanPerJaarDaarna);
        expect(BigInt(k.nettoBesparingJaar1)).toBe(b - e - j);
      }),
    );
  });

  it('a case shows the same sums in its projection, and needs the lowest mandate that covers the one-off cost', () => {
    fc.assert(
      fc.property(betrokkenen, stappen, (bs, ss) => {
        const s = play(start(), [
          { type: 'ANALYSE_GESTART' },
          {
            type: 'ANALYSE_VASTGELEGD',
            betrokkenen: bs,
            doelOverEenJaar: 'veilig wonen',
            zrm: [{ domein: 'huisvesting', score: 2 }],
          },
          { type: 'ANALYSE_AFGEROND' },
          { type: 'PLAN_VASTGELEGD', stappen: ss },
          { type: 'PLAN_INGEDIEND' },
        ]);
        const k = kostenBaten(bs, ss);
        const p = projection(s);
        expect(p).toMatchObject({ ...k });
        const nodig = nodigNiveau(mergeConfig(), k.planEenmalig);
        expect(p.mandaatNodig).toBe(nodig.code);
        const niveaus = DOORBRAAK_DEFAULTS.mandaatniveaus;
        const i = niveaus.findIndex((n) => n.code === nodig.code);
        expect(nodig.bovengrens === null || k.planEenmalig <= nodig.bovengrens).toBe(true);
        if (i > 0) expect(k.planEenmalig).toBeGreaterThan(niveaus[i - 1].bovengrens!);
        // the teamleider may approve exactly when the amount is within her limit
        const goed = event({ type: 'PLAN_GOEDGEKEURD', mandaat: 'teamleider' }, START_AT, TEAMLEIDER);
        expect(s.can(goed)).toBe(k.planEenmalig <= 500_000);
        const manager = event(
          { type: 'PLAN_GOEDGEKEURD', mandaat: 'manager_sociaal_domein' },
          START_AT,
          MANAGER,
        );
        expect(s.can(manager)).toBe(k.planEenmalig <= 2_500_000);
        if (s.can(manager))
          expect(transition(doorbraakMachine, s, manager)[0].context.goedkeuring?.planEenmalig).toBe(
            k.planEenmalig,
          );
      }),
      { numRuns: 200 },
    );
  });

  it('refuses negative and fractional amounts, naming the field', () => {
    const fout = fc.oneof(
      fc.integer({ min: -MAX_CENTEN, max: -1 }),
      fc
        .double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true })
        .filter((d) => !Number.isInteger(d)),
    );
    const veld = fc.constantFrom('eenmaligeKosten', 'jaarlijkseKosten', 'verwachteBesparingPerJaar');
    fc.assert(
      fc.property(stap, veld, fout, (s, v, bedrag) => {
        const r = eventSchemas.PLAN_VASTGELEGD.safeParse({ stappen: [{ ...s, [v]: bedrag }] });
        expect(r.success).toBe(false);
        expect(r.error!.issues.map((i) => i.path.join('.'))).toContain(`stappen.0.${v}`);
        expect(r.error!.issues.find((i) => i.path.join('.') === `stappen.0.${v}`)!.message).toMatch(
          new RegExp(`^${v}: `),
        );
      }),
    );
  });
});
