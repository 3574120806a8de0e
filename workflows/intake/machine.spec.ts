import { getShortestPaths } from '@xstate/graph';
import type { IntakeEvent } from './events';
import { intakeMachine } from './machine';
import type { IntakeContext } from './machine';
import { INTAKER, MELDING_AT, accepts, inzetBegeleiding, play, start, wmo } from './test-helpers';
import type { IntakeSnapshot, Step } from './test-helpers';

const env = { at: MELDING_AT, actor: INTAKER };
const e = (step: Step) => ({ ...env, ...step }) as IntakeEvent;

/** Representative events with data, offered in every state of the traversal. */
function candidateEvents(snapshot: IntakeSnapshot): IntakeEvent[] {
  const next = snapshot.context.cascade.length + 1;
  const stap = Math.min(next, 5) as 1 | 2 | 3 | 4 | 5;
  return [
    e({ type: 'TRIAGE_GESTART' }),
    e({ type: 'TRIAGE_AFGEROND', urgentie: 'regulier', veiligheidsrisico: false }),
    e({ type: 'TRIAGE_AFGEROND', urgentie: 'spoed', veiligheidsrisico: true, regisseur: 'user-spoed' }),
    e({ type: 'CASCADE_STAP_VASTGELEGD', stap, conclusie: 'ontoereikend' }),
    e({ type: 'CASCADE_STAP_VASTGELEGD', stap, conclusie: 'toereikend' }),
    e({ type: 'ONDERZOEK_AFGEROND' }),
    e({ type: 'VERSLAG_GEDEELD' }),
    e({ type: 'VERWEZEN', soort: 'netwerk', voorziening: 'buurvrouw' }),
    e({ type: 'VERWEZEN', soort: 'algemene_voorziening', voorziening: 'wijkkamer' }),
    e({ type: 'GEEN_HULP', reden: 'eigen kracht volstaat' }),
    e({ type: 'AANVRAAG_INGEDIEND', laws: ['Wmo'], voorziening: 'begeleiding individueel' }),
    e({ type: 'BESLUIT_GENOMEN', uitkomst: 'toegekend', grondslag: 'Wmo 2015 art. 2.3.5' }),
    e({ type: 'BESLUIT_GENOMEN', uitkomst: 'afgewezen', grondslag: 'Wmo 2015 art. 2.3.5 lid 3' }),
    e({ type: 'DEADLINE_DUE', key: 'bezwaar' }),
    e(inzetBegeleiding),
    e({ type: 'EVALUATIE_GESTART' }),
    e({ type: 'AFGESLOTEN', resultaatcode: 'doel_bereikt' }),
    e({ type: 'INGETROKKEN' }),
  ];
}

/** State value plus only what the guards read: keeps the graph finite and small. */
function serializeState(snapshot: IntakeSnapshot): string {
  const c: IntakeContext = snapshot.context;
  return JSON.stringify([
    snapshot.value,
    c.cascade.map((s) => s.conclusie),
    c.verslagGedeeldAt !== null,
    c.besluit?.uitkomst ?? null,
    c.verstrekenTermijnen.map((t) => t.key),
  ]);
}

const input = { caseId: 'c', subjectId: 's', at: MELDING_AT, actor: INTAKER, input: wmo };
const allStates = Object.keys(intakeMachine.root.states);

describe('intake machine graph', () => {
  const paths = getShortestPaths(intakeMachine, { input, events: candidateEvents, serializeState });
  const reached = new Set(paths.map((p) => String(p.state.value)));

  it('knows the states of the klantreis', () => {
    expect(allStates.sort()).toEqual(
      [
        'melding',
        'triage',
        'onderzoek',
        'verslag',
        'verwezen',
        'aanvraag',
        'geen_hulp',
        'ingetrokken',
        'besluit',
        'inzet',
        'evaluatie',
        'afgesloten',
      ].sort(),
    );
  });

  it.each(allStates)('reaches state %s by a generated path', (state) => {
    expect(reached.has(state)).toBe(true);
  });

  it('allows ingetrokken from every open state reached', () => {
    const open = paths.filter((p) => p.state.status === 'active');
    expect(new Set(open.map((p) => String(p.state.value))).size).toBe(8);
    for (const p of open) expect(p.state.can(e({ type: 'INGETROKKEN' }))).toBe(true);
  });
});

describe('intake journeys', () => {
  const triaged = () =>
    play(start(wmo), [
      { type: 'TRIAGE_GESTART' },
      { type: 'TRIAGE_AFGEROND', urgentie: 'regulier', veiligheidsrisico: false },
    ]);

  it('Hansen: melding -> onderzoek -> verwezen to the wijkkamer, no aanvraag', () => {
    const s = play(triaged(), [
      { type: 'CASCADE_STAP_VASTGELEGD', stap: 1, conclusie: 'ontoereikend' },
      { type: 'CASCADE_STAP_VASTGELEGD', stap: 2, conclusie: 'ontoereikend' },
      { type: 'CASCADE_STAP_VASTGELEGD', stap: 3, conclusie: 'toereikend', toelichting: 'wijkkamer' },
      { type: 'VERWEZEN', soort: 'algemene_voorziening', voorziening: 'wijkkamer' },
    ]);
    expect(s.value).toBe('verwezen');
    expect(s.status).toBe('done');
    expect(s.context.verwijzing).toMatchObject({ soort: 'algemene_voorziening', voorziening: 'wijkkamer' });
    expect(s.context.aanvraag).toBeNull();
  });

  it('applies the cascade in order and lets its conclusion choose the outcome', () => {
    const s = triaged();
    expect(accepts(s, { type: 'CASCADE_STAP_VASTGELEGD', stap: 2, conclusie: 'toereikend' })).toBe(false);
    expect(accepts(s, { type: 'ONDERZOEK_AFGEROND' })).toBe(false);
    const netwerk = play(s, [
      { type: 'CASCADE_STAP_VASTGELEGD', stap: 1, conclusie: 'ontoereikend' },
      { type: 'CASCADE_STAP_VASTGELEGD', stap: 2, conclusie: 'toereikend' },
    ]);
    expect(accepts(netwerk, { type: 'CASCADE_STAP_VASTGELEGD', stap: 3, conclusie: 'toereikend' })).toBe(
      false,
    );
    expect(accepts(netwerk, { type: 'VERWEZEN', soort: 'algemene_voorziening', voorziening: 'x' })).toBe(
      false,
    );
    expect(accepts(netwerk, { type: 'VERWEZEN', soort: 'netwerk', voorziening: 'zus' })).toBe(true);
    expect(accepts(netwerk, { type: 'GEEN_HULP', reden: 'netwerk helpt' })).toBe(true);
    const algemeen = play(s, [
      { type: 'CASCADE_STAP_VASTGELEGD', stap: 1, conclusie: 'ontoereikend' },
      { type: 'CASCADE_STAP_VASTGELEGD', stap: 2, conclusie: 'ontoereikend' },
      { type: 'CASCADE_STAP_VASTGELEGD', stap: 3, conclusie: 'toereikend' },
    ]);
    expect(accepts(algemeen, { type: 'GEEN_HULP', reden: 'x' })).toBe(false);
    // the inwoner's right to apply does not depend on the cascade
    expect(
      accepts(algemeen, { type: 'AANVRAAG_INGEDIEND', laws: ['Wmo'], voorziening: 'dagbesteding' }),
    ).toBe(true);
  });

  it('Miriam: parallel referral and Wgs route keep the melding open; closing waits for the Wgs beschikking', () => {
    const s = play(triaged(), [
      { type: 'ALGEMENE_VOORZIENING_VERWEZEN', voorziening: 'wijkkamer' },
      { type: 'WGS_HULPVRAAG' },
      { type: 'CASCADE_STAP_VASTGELEGD', stap: 1, conclusie: 'ontoereikend' },
      { type: 'CASCADE_STAP_VASTGELEGD', stap: 2, conclusie: 'toereikend' },
    ]);
    expect(s.value).toBe('onderzoek');
    expect(s.context.algemeneVoorzieningen).toEqual([
      { voorziening: 'wijkkamer', at: MELDING_AT, actor: INTAKER },
    ]);
    expect(accepts(s, { type: 'VERWEZEN', soort: 'netwerk', voorziening: 'zus' })).toBe(false);
    expect(accepts(s, { type: 'WGS_BESCHIKKING', toegang: 'toegelaten' })).toBe(false);
    const klaar = play(s, [
      { type: 'WGS_EERSTE_GESPREK' },
      { type: 'WGS_BESCHIKKING', toegang: 'toegelaten' },
    ]);
    expect(accepts(klaar, { type: 'VERWEZEN', soort: 'netwerk', voorziening: 'zus' })).toBe(true);
  });

  it('besluit afgewezen stays open for bezwaar and closes only when the besluit is final', () => {
    const besluit = play(triaged(), [
      { type: 'AANVRAAG_INGEDIEND', laws: ['Wmo'], voorziening: 'dagbesteding' },
      { type: 'BESLUIT_GENOMEN', uitkomst: 'afgewezen', grondslag: 'Wmo 2015 art. 2.3.5 lid 3' },
    ]);
    expect(besluit.value).toBe('besluit');
    expect(besluit.status).toBe('active');
    expect(accepts(besluit, { type: 'AFGESLOTEN', resultaatcode: 'afgewezen' })).toBe(false);
    expect(
      accepts(besluit, {
        type: 'INZET_GESTART',
        product: 'p',
        aanbieder: 'a',
        volume: { aantal: 1, eenheid: 'u' },
        startdatum: '2026-05-01',
        einddatum: '2026-06-01',
      }),
    ).toBe(false);

    const verstreken = play(besluit, [{ type: 'DEADLINE_DUE', key: 'bezwaar' }]);
    expect(verstreken.value).toBe('besluit');
    expect(play(verstreken, [{ type: 'AFGESLOTEN', resultaatcode: 'afgewezen' }]).value).toBe('afgesloten');

    const bezwaar = play(besluit, [{ type: 'BEZWAAR_INGEDIEND', adviescommissie: true }]);
    expect(accepts(bezwaar, { type: 'BEZWAAR_INGEDIEND', adviescommissie: false })).toBe(false);
    expect(accepts(bezwaar, { type: 'AFGESLOTEN', resultaatcode: 'afgewezen' })).toBe(false);
    const gegrond = play(bezwaar, [
      { type: 'BESLISSING_OP_BEZWAAR', uitkomst: 'gegrond', besluitNaBezwaar: 'toegekend' },
    ]);
    expect(gegrond.context.bezwaar?.adviescommissie).toBe(true);
    expect(gegrond.context.besluit?.uitkomst).toBe('toegekend');
    expect(
      accepts(gegrond, {
        type: 'INZET_GESTART',
        product: 'p',
        aanbieder: 'a',
        volume: { aantal: 1, eenheid: 'u' },
        startdatum: '2026-05-01',
        einddatum: '2026-06-01',
      }),
    ).toBe(true);
  });

  it('records a fallen-due term without changing state, once per key', () => {
    const s = play(triaged(), [
      { type: 'DEADLINE_DUE', key: 'wmo_onderzoek', at: '2026-04-14T00:00:00.000Z' },
      { type: 'DEADLINE_DUE', key: 'wmo_onderzoek', at: '2026-04-15T00:00:00.000Z' },
    ]);
    expect(s.value).toBe('onderzoek');
    expect(s.context.verstrekenTermijnen).toEqual([{ key: 'wmo_onderzoek', at: '2026-04-14T00:00:00.000Z' }]);
  });

  it('Pw under 27: the aanvraag waits for the zoektermijn', () => {
    const s = play(
      start({
        channel: 'inwoner_zelf',
        lifeAreas: ['financien'],
        laws: ['Participatiewet'],
        pwZoektermijn: true,
      }),
      [
        { type: 'TRIAGE_GESTART' },
        { type: 'TRIAGE_AFGEROND', urgentie: 'regulier', veiligheidsrisico: false },
      ],
    );
    const pw: Step = { type: 'AANVRAAG_INGEDIEND', laws: ['Participatiewet'], voorziening: 'bijstand' };
    expect(accepts(s, pw)).toBe(false);
    expect(accepts(play(s, [{ type: 'DEADLINE_DUE', key: 'participatiewet_zoektermijn' }]), pw)).toBe(true);
  });

  it('keeps context plain JSON', () => {
    const s = play(triaged(), [{ type: 'WGS_HULPVRAAG', crisis: true }]);
    expect(JSON.parse(JSON.stringify(s.context))).toEqual(s.context);
  });
});
