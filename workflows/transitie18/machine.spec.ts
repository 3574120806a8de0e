import { getShortestPaths } from '@xstate/graph';
import type { Transitie18Event } from './events';
import { transitie18Machine } from './machine';
import type { Transitie18Context } from './machine';
import { explainRejection } from './index';
import {
  BIRTH,
  COACH,
  START_AT,
  accepts,
  begeleiding,
  due,
  ggzNietGecontracteerd,
  plan,
  play,
  start,
} from './test-helpers';
import type { Step, Transitie18Snapshot } from './test-helpers';

/** 00:00 Amsterdam (winter) after the 18th birthday 2027-10-15 and after 18.25 (2028-01-15). */
const NA_18 = '2027-10-15T22:00:00.000Z';
const NA_18_25 = '2028-01-15T23:00:00.000Z';
const e = (step: Step, at = START_AT) => ({ at, actor: COACH, ...step }) as Transitie18Event;

/** Representative events with data, offered in every state of the traversal. */
function candidateEvents(): Transitie18Event[] {
  return [
    e({ type: 'TOEKOMSTPLAN_GESTART' }),
    e(plan({ zvw_ggz: 'nodig' })),
    e(plan()),
    e({ type: 'WARME_OVERDRACHT_GEPLAND', plan: 'overdracht aan GGZ Volwassenen Twente per 18' }),
    e({ type: 'AANVRAGEN_INGEDIEND' }),
    e({ type: 'VERVOLGROUTE_BIJGEWERKT', domein: 'zvw_ggz', status: 'actief' }),
    e({
      type: 'VERLENGDE_JEUGDHULP_BESLOTEN',
      grond: 'zorg_voor_18_gestart_en_nodig',
      einddatum: '2029-10-14',
    }),
    e(due('mijlpaal_overgang_18', NA_18), NA_18),
    e({ type: 'NAZORG_UITGEVOERD' }, NA_18),
    e(due('mijlpaal_nazorg', NA_18_25), NA_18_25),
    e({ type: 'AFGESLOTEN' }, NA_18_25),
    e({ type: 'BEEINDIGD', reden: 'verhuisd' }),
  ];
}

/** State value plus only what the guards read: keeps the graph finite and small. */
function serializeState(snapshot: Transitie18Snapshot): string {
  const c: Transitie18Context = snapshot.context;
  return JSON.stringify([
    snapshot.value,
    c.vervolg.map((v) => v.status),
    c.warmeOverdracht !== null,
    c.verlengdeJeugdhulp !== null,
    c.gaten.map((g) => g.gedichtOp !== null),
  ]);
}

const input = { caseId: 'c', subjectId: 's', at: START_AT, actor: COACH, input: ggzNietGecontracteerd };
const allStates = Object.keys(transitie18Machine.root.states);

describe('transitie18 machine graph', () => {
  const paths = getShortestPaths(transitie18Machine, { input, events: candidateEvents, serializeState });
  const reached = new Set(paths.map((p) => String(p.state.value)));

  it('knows the phases of the transition', () => {
    expect(allStates.sort()).toEqual(
      [
        'voorbereiding',
        'toekomstplan',
        'aanvragen',
        'overdracht',
        'nazorg',
        'hiaat',
        'afgesloten',
        'beeindigd',
      ].sort(),
    );
  });

  it.each(allStates)('reaches state %s by a generated path', (state) => {
    expect(reached.has(state)).toBe(true);
  });

  it('allows beeindigd from every open state reached', () => {
    const open = paths.filter((p) => p.state.status === 'active');
    expect(new Set(open.map((p) => String(p.state.value))).size).toBe(6);
    for (const p of open) expect(p.state.can(e({ type: 'BEEINDIGD', reden: 'overleden' }))).toBe(true);
  });
});

describe('transitie18 journeys', () => {
  it('jeugd-ggz at a non-contracted aanbieder: warm handover demanded, overgang at 18, Zvw gap at 18.25', () => {
    let s = play(start(ggzNietGecontracteerd), [
      { type: 'TOEKOMSTPLAN_GESTART' },
      plan({ zvw_ggz: 'nodig' }),
    ]);
    expect(s.value).toBe('aanvragen');

    // the applications cannot be completed without a warm-handover plan
    expect(accepts(s, { type: 'AANVRAGEN_INGEDIEND' })).toBe(false);
    expect(explainRejection(s, { type: 'AANVRAGEN_INGEDIEND' })).toMatch(
      /geen contract met ggz-aanbieder GGZ Jeugd Twente: plan eerst de warme overdracht/,
    );
    s = play(s, [
      { type: 'WARME_OVERDRACHT_GEPLAND', plan: 'behandelaar draagt over aan POH-ggz en basis-ggz' },
      { type: 'AANVRAGEN_INGEDIEND' },
      { type: 'VERVOLGROUTE_BIJGEWERKT', domein: 'zvw_ggz', status: 'aangevraagd' },
    ]);
    expect(s.value).toBe('overdracht');
    expect(s.context.warmeOverdracht).toMatchObject({ plan: expect.stringContaining('basis-ggz') });

    s = play(s, [due('mijlpaal_overgang_18', NA_18)], NA_18);
    expect(s.value).toBe('nazorg');
    expect(s.context.jeugdwetVoorzieningBeeindigdOp).toBe('2027-10-14');
    expect(s.context.mijlpalen.overgang_18).toMatchObject({ datum: '2027-10-15', behaaldOp: NA_18 });

    s = play(s, [due('mijlpaal_nazorg', NA_18_25)], NA_18_25);
    expect(s.value).toBe('hiaat');
    expect(s.context.gaten).toEqual([
      { domein: 'zvw_ggz', status: 'aangevraagd', vastgesteldOp: NA_18_25, gedichtOp: null },
    ]);
    expect(s.context.nazorg).toMatchObject({ door: 'systeem', zonderToekomstplan: false });
    expect(s.context.mijlpalen.nazorg).toMatchObject({ verstrekenOp: NA_18_25, behaaldOp: NA_18_25 });

    expect(accepts(s, { type: 'AFGESLOTEN' })).toBe(false);
    expect(explainRejection(s, { type: 'AFGESLOTEN' })).toMatch(/gat in de zorg \(zvw ggz\)/);
    const later = '2028-02-01T10:00:00.000Z';
    s = play(s, [{ type: 'VERVOLGROUTE_BIJGEWERKT', domein: 'zvw_ggz', status: 'actief' }], later);
    expect(s.context.gaten[0].gedichtOp).toBe(later);
    s = play(s, [{ type: 'AFGESLOTEN' }], later);
    expect(s.value).toBe('afgesloten');
    expect(s.status).toBe('done');
  });

  it('an unchecked insurer contract also demands the plan, until the contract is confirmed', () => {
    const onbekend = {
      ...ggzNietGecontracteerd,
      jeugdVoorziening: {
        ...ggzNietGecontracteerd.jeugdVoorziening,
        aanbiederGecontracteerdDoorZorgverzekeraar: undefined,
      },
    };
    const s = play(start(onbekend), [{ type: 'TOEKOMSTPLAN_GESTART' }, plan({ zvw_ggz: 'nodig' })]);
    expect(accepts(s, { type: 'AANVRAGEN_INGEDIEND' })).toBe(false);
    expect(explainRejection(s, { type: 'AANVRAGEN_INGEDIEND' })).toMatch(/nog niet nagegaan/);
    const gecontracteerd = play(s, [
      {
        type: 'VERVOLGROUTE_BIJGEWERKT',
        domein: 'zvw_ggz',
        status: 'aangevraagd',
        aanbiederGecontracteerd: true,
      },
    ]);
    expect(accepts(gecontracteerd, { type: 'AANVRAGEN_INGEDIEND' })).toBe(true);
  });

  it('no warm handover is needed without ggz, or when Zvw ggz is not needed after 18', () => {
    const zonderGgz = play(start(begeleiding), [{ type: 'TOEKOMSTPLAN_GESTART' }, plan()]);
    expect(accepts(zonderGgz, { type: 'AANVRAGEN_INGEDIEND' })).toBe(true);
    const ggzStopt = play(start(ggzNietGecontracteerd), [{ type: 'TOEKOMSTPLAN_GESTART' }, plan()]);
    expect(accepts(ggzStopt, { type: 'AANVRAGEN_INGEDIEND' })).toBe(true);
  });

  it('the jongerencoach follows up after 18; with every follow-on active the case closes', () => {
    const s = play(start(begeleiding), [
      { type: 'TOEKOMSTPLAN_GESTART' },
      plan({ wmo_begeleiding: 'toegekend' }),
      { type: 'AANVRAGEN_INGEDIEND' },
    ]);
    const na18 = play(s, [due('mijlpaal_overgang_18', NA_18)], NA_18);
    expect(accepts(na18, { type: 'NAZORG_UITGEVOERD' }, NA_18)).toBe(true);
    const actief = play(
      na18,
      [
        { type: 'VERVOLGROUTE_BIJGEWERKT', domein: 'wmo_begeleiding', status: 'actief' },
        { type: 'NAZORG_UITGEVOERD' },
      ],
      NA_18,
    );
    expect(actief.value).toBe('afgesloten');
    expect(actief.context.gaten).toEqual([]);
    expect(actief.context.nazorg).toMatchObject({
      door: 'jongerencoach',
      openPraktischeZaken: expect.any(Array),
    });
  });

  it('without a toekomstplan the follow-up cannot find everything in place: a gap is shown', () => {
    const s = play(
      start(begeleiding),
      [due('mijlpaal_overgang_18', NA_18), due('mijlpaal_nazorg', NA_18_25)],
      NA_18_25,
    );
    expect(s.value).toBe('hiaat');
    expect(s.context.nazorg?.zonderToekomstplan).toBe(true);
    expect(s.context.mijlpalen.toekomstplan_gestart.behaaldOp).toBeNull();
  });

  it('a missed milestone is recorded and the phase stays', () => {
    const s = play(start(begeleiding), [due('mijlpaal_toekomstplan_gestart', '2026-04-15T22:00:00.000Z')]);
    expect(s.value).toBe('voorbereiding');
    expect(s.context.mijlpalen.toekomstplan_gestart.verstrekenOp).toBe('2026-04-15T22:00:00.000Z');
    const laat = play(s, [{ type: 'TOEKOMSTPLAN_GESTART', at: '2026-04-20T09:00:00.000Z' }]);
    expect(laat.context.mijlpalen.toekomstplan_gestart.behaaldOp).toBe('2026-04-20T09:00:00.000Z');
  });

  it('praktische zaken: the milestone is met once all four are arranged (or student finance does not apply)', () => {
    let s = play(start(begeleiding), [
      { type: 'PRAKTISCHE_ZAKEN_GEREGELD', zorgverzekering: true, digid: true },
    ]);
    expect(s.context.mijlpalen.praktische_zaken_geregeld.behaaldOp).toBeNull();
    s = play(s, [
      { type: 'PRAKTISCHE_ZAKEN_GEREGELD', bankrekening: true, studiefinanciering: 'niet_van_toepassing' },
    ]);
    expect(s.context.praktischeZaken).toEqual({
      zorgverzekering: true,
      digid: true,
      bankrekening: true,
      studiefinanciering: 'niet_van_toepassing',
    });
    expect(s.context.mijlpalen.praktische_zaken_geregeld.behaaldOp).toBe(START_AT);
  });

  it('verlengde jeugdhulp decided before 18 keeps the Jeugdwet voorziening running at the overgang', () => {
    const s = play(start(begeleiding), [
      { type: 'TOEKOMSTPLAN_GESTART' },
      plan({ verlengde_jeugdhulp: 'nodig' }),
      {
        type: 'VERLENGDE_JEUGDHULP_BESLOTEN',
        grond: 'zorg_voor_18_gestart_en_nodig',
        einddatum: '2029-10-14',
      },
    ]);
    expect(s.context.vervolg.find((v) => v.domein === 'verlengde_jeugdhulp')?.status).toBe('toegekend');
    const na18 = play(s, [due('mijlpaal_overgang_18', NA_18)], NA_18);
    expect(na18.context.jeugdwetVoorzieningBeeindigdOp).toBeNull();
    expect(na18.context.vervolg.find((v) => v.domein === 'verlengde_jeugdhulp')?.status).toBe('actief');
    expect(play(na18, [{ type: 'NAZORG_UITGEVOERD' }], NA_18).value).toBe('afgesloten');
  });

  it('a voorziening that ends before 18 ends on its own date', () => {
    const kort = {
      ...begeleiding,
      jeugdVoorziening: { ...begeleiding.jeugdVoorziening, einddatum: '2027-06-30' },
    };
    const s = play(start(kort), [due('mijlpaal_overgang_18', NA_18)], NA_18);
    expect(s.context.jeugdwetVoorzieningBeeindigdOp).toBe('2027-06-30');
  });

  it('keeps the birth date but no names in context', () => {
    const c = start(begeleiding).context;
    expect(c.birthDate).toBe(BIRTH);
    expect(JSON.parse(JSON.stringify(c))).toEqual(c);
    expect(c.regie).toEqual({ role: 'jongerencoach', holder: COACH });
  });
});
