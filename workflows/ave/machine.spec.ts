import { getAdjacencyMap, getShortestPaths } from '@xstate/graph';
import type { AnyStateNode } from 'xstate';
import type { AveConfigInput, Niveau } from './config';
import type { AveEvent } from './events';
import { aveMachine } from './machine';
import type { AveContext } from './machine';
import {
  BESTUURLIJK,
  CASUSREGISSEUR,
  INTAKER,
  INTAKE_CASE,
  PROCESMANAGER,
  SPOEDTEAM,
  START_AT,
  TEAMLEIDER,
  accepts,
  basisInput,
  event as e,
  opschalen,
  play,
  start,
} from './test-helpers';
import type { AveSnapshot } from './test-helpers';

/** The receiver each level gets in the traversal. */
function ontvanger(naar: Niveau, kinderen: boolean): string {
  return [INTAKER, INTAKER, CASUSREGISSEUR, kinderen ? PROCESMANAGER : SPOEDTEAM, BESTUURLIJK][naar];
}

/** Representative events with data, offered in every state of the traversal (refused ones included). */
function candidateEvents(snapshot: AveSnapshot): AveEvent[] {
  const c = snapshot.context;
  const op = ([1, 2, 3, 4] as const).flatMap((naar) => [
    e({
      type: 'OPSCHALEN',
      naarNiveau: naar,
      reden: 'zorgen nemen toe',
      criteria: ['veiligheid'],
      ontvanger: ontvanger(naar, c.kinderenInHuishouden),
    }),
    e({
      type: 'OPSCHALEN',
      naarNiveau: naar,
      reden: 'acute onveiligheid',
      criteria: ['veiligheid', 'specifieke_expertise'],
      ontvanger: ontvanger(naar, c.kinderenInHuishouden),
      procesregisseur: PROCESMANAGER,
    }),
  ]);
  return [
    ...op,
    e({ type: 'AFSCHALEN', reden: 'wat lokaal kan, lokaal houden' }),
    e({ type: 'AFSCHALEN', reden: 'twee stappen', naarNiveau: Math.max(0, c.niveau - 2) as 0 | 1 | 2 }),
    e({ type: 'REGIE_GEACCEPTEERD' }, START_AT, c.pendingRegie?.holder ?? 'user-niemand'),
    e({ type: 'REGIE_GEACCEPTEERD' }, START_AT, 'user-anders'),
    e({ type: 'REVIEW_UITGEVOERD', besluit: 'handhaven', toelichting: 'plan loopt' }),
    e({ type: 'REVIEW_UITGEVOERD', besluit: 'opschalen', toelichting: 'stagnatie' }),
    e({ type: 'REVIEW_UITGEVOERD', besluit: 'afschalen', toelichting: 'stabiel' }),
    e({
      type: 'KINDEREN_GEWIJZIGD',
      kinderenInHuishouden: !c.kinderenInHuishouden,
      ontvanger: c.kinderenInHuishouden ? SPOEDTEAM : PROCESMANAGER,
    }),
    e({ type: 'INTAKE_GEKOPPELD', intakeCaseId: INTAKE_CASE }),
    e({
      type: 'DOORBRAAK_AANGEMELD',
      vastgelopen: 'verhuizen lukt niet',
      blokkades: [{ omschrijving: 'geen contract bij huurachterstand' }],
      sinds: '2025-09-01',
      waaromGeenStandaard: 'schuldhulp is te traag',
    }),
    e({ type: 'DOORBRAAK_GEKOPPELD', doorbraakCaseId: INTAKE_CASE }),
    e({ type: 'REGIE_OVERGEDRAGEN', holder: 'user-vervanger' }, START_AT, TEAMLEIDER),
    e({ type: 'CONFIGURATIE_GEWIJZIGD', config: {} }, START_AT, TEAMLEIDER),
    e({ type: 'AFGESLOTEN', reden: 'geen zorgen meer' }),
    e({ type: 'DEADLINE_DUE', key: 'regie_acceptatie' }, START_AT, 'system'),
    e({ type: 'DEADLINE_DUE', key: 'periodieke_review' }, START_AT, 'system'),
  ];
}

/** State value plus only what the guards read: keeps the graph finite. */
function serializeState(snapshot: AveSnapshot): string {
  const c: AveContext = snapshot.context;
  return JSON.stringify([
    snapshot.value,
    c.pendingRegie?.level ?? null,
    c.regie.niveau,
    c.procesregie !== null,
    c.kinderenInHuishouden,
    c.acceptatieVerlopenSinds !== null,
    c.reviewVerlopenSinds !== null,
    c.intakeCaseIds.length,
  ]);
}

const niveauStates = ['niveau_0', 'niveau_1', 'niveau_2', 'niveau_3', 'niveau_4'];
const allStates = Object.keys(aveMachine.root.states);
/**
 * A gemeente that sets an acceptance term, a review and a role for children at every level: with it the
 * traversal reaches the transitions the defaults leave out (accepting or reviewing at levels 0-2).
 */
const overal: NonNullable<NonNullable<AveConfigInput['niveaus']>['0']> = {
  acceptatietermijn: { amount: 1, unit: 'werkdagen' },
  reviewinterval: { amount: 2, unit: 'weeks' },
};
const ruimeConfig: AveConfigInput = {
  niveaus: {
    '0': { ...overal, regierolMetKinderen: 'gezin' },
    '1': { ...overal, regierolMetKinderen: 'gezinscoach' },
    '2': { ...overal, regierolMetKinderen: 'jeugdregisseur' },
  },
};
const inputs = ([0, 1, 2, 3, 4] as const).flatMap((startLevel) =>
  [
    { ...basisInput, startLevel, procesregisseur: PROCESMANAGER },
    {
      ...basisInput,
      startLevel,
      procesregisseur: PROCESMANAGER,
      regisseur: CASUSREGISSEUR,
      config: ruimeConfig,
    },
  ].map((input) => ({ caseId: 'c', subjectId: 's', at: START_AT, actor: INTAKER, input })),
);

/** `from -TYPE-> to` for every transition the machine defines between the levels. */
function definedTransitions(): Set<string> {
  const out = new Set<string>();
  const root = aveMachine.root as AnyStateNode;
  for (const name of niveauStates) {
    const node = root.states[name] as AnyStateNode;
    for (const [type, defs] of [...Object.entries(root.on), ...Object.entries(node.on)]) {
      for (const def of defs) {
        const target = def.target?.[0]?.key ?? name;
        if (root.on[type] && !node.on[type]) out.add(`${name} -${type}-> ${name}`);
        else out.add(`${name} -${type}-> ${target}`);
      }
    }
  }
  return out;
}

describe('ave machine graph', () => {
  const paths = inputs.flatMap((input) =>
    getShortestPaths(aveMachine, { input, events: candidateEvents, serializeState }),
  );
  const reached = new Set(paths.map((p) => String(p.state.value)));

  it('knows the levels and the closure', () => {
    expect(allStates.sort()).toEqual(['afgesloten', 'start', ...niveauStates].sort());
  });

  it.each(allStates.filter((s) => s !== 'start'))('reaches state %s by a generated path', (state) => {
    expect(reached.has(state)).toBe(true);
  });

  it('never rests in the transient start state', () => {
    expect(reached.has('start')).toBe(false);
  });

  it('takes every transition the machine defines', () => {
    const taken = new Set<string>();
    for (const input of inputs) {
      const adj = getAdjacencyMap(aveMachine, { input, events: candidateEvents, serializeState });
      for (const { state, transitions } of Object.values(adj)) {
        const edges = Object.values(transitions) as { event: AveEvent; state: AveSnapshot }[];
        for (const { event, state: next } of edges) {
          if (state.status === 'active' && state.can(event))
            taken.add(`${String(state.value)} -${event.type}-> ${String(next.value)}`);
        }
      }
    }
    const defined = definedTransitions();
    expect([...defined].filter((t) => !taken.has(t))).toEqual([]);
    expect([...taken].filter((t) => !defined.has(t))).toEqual([]);
  });

  it('goes up to every higher level (skipping allowed) and down exactly one level', () => {
    const defined = definedTransitions();
    expect(defined).toContain('niveau_0 -OPSCHALEN-> niveau_4');
    expect(defined).toContain('niveau_1 -OPSCHALEN-> niveau_3');
    expect(defined).not.toContain('niveau_3 -AFSCHALEN-> niveau_1');
    expect(defined).not.toContain('niveau_2 -AFGESLOTEN-> afgesloten');
  });
});

describe('ave journeys', () => {
  it('starts at level 1 with the regisseur holding regie as the professional involved', () => {
    const s = start();
    expect(s.value).toBe('niveau_1');
    expect(s.context.regie).toMatchObject({ role: 'professional', holder: INTAKER, niveau: 1 });
    expect(s.context.path).toEqual([
      expect.objectContaining({ soort: 'start', from: null, to: 1, holder: INTAKER, at: START_AT }),
    ]);
    expect(s.context.config.niveaus['3'].acceptatietermijn).toEqual({ amount: 2, unit: 'werkdagen' });
  });

  it('opschalen to 3: the receiver must accept; until then the previous holder keeps regie', () => {
    const op2 = play(start(), [
      {
        type: 'OPSCHALEN',
        naarNiveau: 2,
        reden: 'schulden en opvoeding',
        criteria: ['meerdere_domeinen'],
        ontvanger: CASUSREGISSEUR,
      },
    ]);
    expect(op2.value).toBe('niveau_2');
    expect(op2.context.regie).toMatchObject({ role: 'casusregisseur', holder: CASUSREGISSEUR });
    expect(op2.context.pendingRegie).toBeNull();

    const op3 = play(op2, [opschalen(3, SPOEDTEAM)]);
    expect(op3.value).toBe('niveau_3');
    expect(op3.context.niveau).toBe(3);
    expect(op3.context.regie).toMatchObject({ role: 'casusregisseur', holder: CASUSREGISSEUR });
    expect(op3.context.pendingRegie).toMatchObject({ role: 'spoedteam', holder: SPOEDTEAM, level: 3 });

    const wrong = e({ type: 'REGIE_GEACCEPTEERD' }, START_AT, CASUSREGISSEUR);
    expect(op3.can(wrong)).toBe(false);
    const ok = e({ type: 'REGIE_GEACCEPTEERD' }, '2026-03-03T10:00:00.000Z', SPOEDTEAM);
    expect(op3.can(ok)).toBe(true);
    const accepted = play(
      op3,
      [{ type: 'REGIE_GEACCEPTEERD', actor: SPOEDTEAM }],
      '2026-03-03T10:00:00.000Z',
    );
    expect(accepted.context.regie).toMatchObject({ role: 'spoedteam', holder: SPOEDTEAM, niveau: 3 });
    expect(accepted.context.pendingRegie).toBeNull();
    expect(accepted.context.regieHistorie.map((w) => [w.aanleiding, w.holder])).toEqual([
      ['start', INTAKER],
      ['opschalen', CASUSREGISSEUR],
      ['acceptatie', SPOEDTEAM],
    ]);
  });

  it('children in the household route level 3 to a procesmanager instead of the Spoedteam', () => {
    const s = play(start({ ...basisInput, kinderenInHuishouden: true }), [
      { type: 'OPSCHALEN', naarNiveau: 3, reden: 'r', criteria: ['veiligheid'], ontvanger: PROCESMANAGER },
    ]);
    expect(s.context.pendingRegie).toMatchObject({ role: 'procesmanager', holder: PROCESMANAGER });
    // and a change of children at level 3 hands regie on, again after acceptance
    const accepted = play(s, [{ type: 'REGIE_GEACCEPTEERD', actor: PROCESMANAGER }]);
    expect(accepts(accepted, { type: 'KINDEREN_GEWIJZIGD', kinderenInHuishouden: false })).toBe(false);
    const zonder = play(accepted, [
      { type: 'KINDEREN_GEWIJZIGD', kinderenInHuishouden: false, ontvanger: SPOEDTEAM },
    ]);
    expect(zonder.context.regie.holder).toBe(PROCESMANAGER);
    expect(zonder.context.pendingRegie).toMatchObject({ role: 'spoedteam', holder: SPOEDTEAM });
    // below level 3 children do not change who has regie
    const laag = play(start(), [{ type: 'KINDEREN_GEWIJZIGD', kinderenInHuishouden: true }]);
    expect(laag.context.kinderenInHuishouden).toBe(true);
    expect(laag.context.regie.holder).toBe(INTAKER);
  });

  it('acute safety goes straight to 4 with the procesmanager keeping procesregie', () => {
    const base = start();
    const zonder = {
      type: 'OPSCHALEN' as const,
      naarNiveau: 4 as const,
      reden: 'acute onveiligheid',
      criteria: ['veiligheid' as const],
      ontvanger: BESTUURLIJK,
    };
    expect(accepts(base, zonder)).toBe(false);
    const s = play(base, [{ ...zonder, procesregisseur: PROCESMANAGER }]);
    expect(s.value).toBe('niveau_4');
    expect(s.context.pendingRegie).toMatchObject({ role: 'bestuurlijk', holder: BESTUURLIJK });
    expect(s.context.procesregie).toMatchObject({ role: 'procesmanager', holder: PROCESMANAGER });
    expect(s.context.path[1]).toMatchObject({ soort: 'opschalen', from: 1, to: 4, criteria: ['veiligheid'] });

    // from level 3 the level-3 holder keeps procesregie by default; 4 -> 3 hands regie back to them
    const drie = play(start({ ...basisInput, kinderenInHuishouden: true }), [
      { type: 'OPSCHALEN', naarNiveau: 3, reden: 'r', criteria: ['veiligheid'], ontvanger: PROCESMANAGER },
      { type: 'REGIE_GEACCEPTEERD', actor: PROCESMANAGER },
      zonder,
      { type: 'REGIE_GEACCEPTEERD', actor: BESTUURLIJK },
    ]);
    expect(drie.context.regie).toMatchObject({ role: 'bestuurlijk', holder: BESTUURLIJK });
    expect(drie.context.procesregie?.holder).toBe(PROCESMANAGER);
    const terug = play(drie, [
      { type: 'AFSCHALEN', reden: 'acute dreiging geweken' },
      // the receiver at level 3 accepts like any level-3 receiver
      { type: 'REGIE_GEACCEPTEERD', actor: PROCESMANAGER },
    ]);
    expect(terug.value).toBe('niveau_3');
    expect(terug.context.regie).toMatchObject({ role: 'procesmanager', holder: PROCESMANAGER });
    expect(terug.context.procesregie).toBeNull();
  });

  it('afschalen one level at a time, back to the last holder at that level; closes only at 0 or 1', () => {
    const s = play(start(), [
      {
        type: 'OPSCHALEN',
        naarNiveau: 2,
        reden: 'r',
        criteria: ['meerdere_domeinen'],
        ontvanger: CASUSREGISSEUR,
      },
      { type: 'OPSCHALEN', naarNiveau: 3, reden: 'r', criteria: ['stagnatie'], ontvanger: SPOEDTEAM },
      { type: 'REGIE_GEACCEPTEERD', actor: SPOEDTEAM },
    ]);
    expect(accepts(s, { type: 'AFSCHALEN', reden: 'x', naarNiveau: 1 })).toBe(false);
    expect(accepts(s, { type: 'AFGESLOTEN', reden: 'x' })).toBe(false);
    const twee = play(s, [{ type: 'AFSCHALEN', reden: 'samenwerking loopt weer', naarNiveau: 2 }]);
    expect(twee.context.regie).toMatchObject({ role: 'casusregisseur', holder: CASUSREGISSEUR, niveau: 2 });
    const een = play(twee, [{ type: 'AFSCHALEN', reden: 'één levensgebied over' }]);
    expect(een.context.regie).toMatchObject({ role: 'professional', holder: INTAKER, niveau: 1 });
    const nul = play(een, [{ type: 'AFSCHALEN', reden: 'eigen kracht', ontvanger: 'user-wijkcoach' }]);
    expect(nul.context.regie).toMatchObject({ role: 'inwoner', holder: 'user-wijkcoach', niveau: 0 });
    expect(accepts(nul, { type: 'AFSCHALEN', reden: 'x' })).toBe(false);
    const dicht = play(nul, [{ type: 'AFGESLOTEN', reden: 'regulier leven' }]);
    expect(dicht.status).toBe('done');
    expect(dicht.context.path.map((p) => [p.soort, p.from, p.to])).toEqual([
      ['start', null, 1],
      ['opschalen', 1, 2],
      ['opschalen', 2, 3],
      ['afschalen', 3, 2],
      ['afschalen', 2, 1],
      ['afschalen', 1, 0],
    ]);
  });

  it('afschalen while an acceptance is pending drops it and keeps the holder at the lower level', () => {
    const s = play(start(), [
      {
        type: 'OPSCHALEN',
        naarNiveau: 2,
        reden: 'r',
        criteria: ['meerdere_domeinen'],
        ontvanger: CASUSREGISSEUR,
      },
      { type: 'OPSCHALEN', naarNiveau: 3, reden: 'r', criteria: ['stagnatie'], ontvanger: SPOEDTEAM },
      { type: 'AFSCHALEN', reden: 'toch niet nodig' },
    ]);
    expect(s.context.pendingRegie).toBeNull();
    expect(s.context.regie).toMatchObject({ holder: CASUSREGISSEUR, niveau: 2 });
  });

  it('the teamleider assigns regie at once, ending a pending acceptance', () => {
    const s = play(start(), [
      { type: 'OPSCHALEN', naarNiveau: 3, reden: 'r', criteria: ['veiligheid'], ontvanger: SPOEDTEAM },
      { type: 'DEADLINE_DUE', key: 'regie_acceptatie', at: '2026-03-05T00:00:00.000Z' },
    ]);
    expect(s.context.acceptatieVerlopenSinds).toBe('2026-03-05T00:00:00.000Z');
    expect(s.context.verlopenAcceptaties).toHaveLength(1);
    const t = play(s, [{ type: 'REGIE_OVERGEDRAGEN', holder: 'user-spoed-2', actor: TEAMLEIDER }]);
    expect(t.context.regie).toMatchObject({ role: 'spoedteam', holder: 'user-spoed-2', niveau: 3 });
    expect(t.context.pendingRegie).toBeNull();
    expect(t.context.acceptatieVerlopenSinds).toBeNull();
    expect(accepts(t, { type: 'REGIE_OVERGEDRAGEN', holder: 'user-spoed-2' })).toBe(false);
  });

  it('records reviews, and a review that decides op or af until it happens', () => {
    const s = play(start({ ...basisInput, startLevel: 2, regisseur: CASUSREGISSEUR }), [
      {
        type: 'REVIEW_UITGEVOERD',
        besluit: 'afschalen',
        toelichting: 'stabiel',
        at: '2026-05-01T09:00:00.000Z',
      },
    ]);
    expect(s.context.reviewSinds).toBe('2026-05-01T09:00:00.000Z');
    expect(s.context.openReviewBesluit).toEqual({ besluit: 'afschalen', at: '2026-05-01T09:00:00.000Z' });
    const af = play(s, [{ type: 'AFSCHALEN', reden: 'review' }]);
    expect(af.context.openReviewBesluit).toBeNull();
    expect(accepts(af, { type: 'REVIEW_UITGEVOERD', besluit: 'handhaven', toelichting: 'x' })).toBe(false);
  });

  it('a missed review is recorded once and shown until the next review', () => {
    const s = play(start({ ...basisInput, startLevel: 2, regisseur: CASUSREGISSEUR }), [
      { type: 'DEADLINE_DUE', key: 'periodieke_review', at: '2026-06-03T00:00:00.000Z', actor: 'system' },
    ]);
    expect(s.context.reviewVerlopenSinds).toBe('2026-06-03T00:00:00.000Z');
    expect(s.context.gemisteReviews).toEqual([
      { niveau: 2, sinds: START_AT, at: '2026-06-03T00:00:00.000Z' },
    ]);
    expect(s.can(e({ type: 'DEADLINE_DUE', key: 'periodieke_review' }, START_AT, 'system'))).toBe(false);
    const r = play(s, [
      { type: 'REVIEW_UITGEVOERD', besluit: 'handhaven', toelichting: 'x', at: '2026-06-10T09:00:00.000Z' },
    ]);
    expect(r.context.reviewVerlopenSinds).toBeNull();
    expect(r.context.reviews[0]).toMatchObject({ teLaat: true, niveau: 2 });
  });

  it('links intakes both at start and later, each once', () => {
    const s = start({ ...basisInput, intakeCaseId: INTAKE_CASE });
    expect(s.context.intakeCaseIds).toEqual([INTAKE_CASE]);
    expect(accepts(s, { type: 'INTAKE_GEKOPPELD', intakeCaseId: INTAKE_CASE })).toBe(false);
    const other = '3f0c8a8e-1b7e-4a3f-9c55-7d1e2a3b4c5d';
    const raised = play(s, [
      {
        type: 'OPSCHALEN',
        naarNiveau: 2,
        reden: 'triage: meervoudige problematiek',
        criteria: ['meerdere_domeinen'],
        ontvanger: CASUSREGISSEUR,
        intakeCaseId: other,
      },
    ]);
    expect(raised.context.intakeCaseIds).toEqual([INTAKE_CASE, other]);
  });

  it('a start at level 3 waits for the regisseur to accept; who started holds regie meanwhile', () => {
    const s = start({
      ...basisInput,
      startLevel: 3,
      regisseur: SPOEDTEAM,
      criteria: ['veiligheid'],
      reden: 'spoed',
    });
    expect(s.value).toBe('niveau_3');
    expect(s.context.regie).toMatchObject({ role: 'professional', holder: INTAKER });
    expect(s.context.pendingRegie).toMatchObject({ holder: SPOEDTEAM, level: 3, since: START_AT });
    expect(s.context.path[0]).toMatchObject({ to: 3, acceptatieNodig: true, criteria: ['veiligheid'] });
  });

  it('keeps the rules it started with; CONFIGURATIE_GEWIJZIGD replaces them and is recorded', () => {
    const s = start({
      ...basisInput,
      config: { niveaus: { '2': { reviewinterval: { amount: 6, unit: 'weeks' }, regierol: 'gezinscoach' } } },
    });
    expect(s.context.config.niveaus['2']).toMatchObject({
      regierol: 'gezinscoach',
      reviewinterval: { amount: 6, unit: 'weeks' },
    });
    expect(s.context.config.niveaus['3'].reviewinterval).toEqual({ amount: 4, unit: 'weeks' });
    const t = play(s, [{ type: 'CONFIGURATIE_GEWIJZIGD', config: {}, actor: TEAMLEIDER }]);
    expect(t.context.config.niveaus['2'].regierol).toBe('casusregisseur');
    expect(t.context.configGewijzigd).toEqual([{ at: START_AT, actor: TEAMLEIDER }]);
  });

  it('keeps context plain JSON', () => {
    const s = play(start(), [
      {
        type: 'OPSCHALEN',
        naarNiveau: 4,
        reden: 'r',
        criteria: ['veiligheid'],
        ontvanger: BESTUURLIJK,
        procesregisseur: PROCESMANAGER,
      },
    ]);
    expect(JSON.parse(JSON.stringify(s.context))).toEqual(s.context);
  });
});
