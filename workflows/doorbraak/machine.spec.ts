import { getAdjacencyMap, getShortestPaths } from '@xstate/graph';
import type { AnyStateNode } from 'xstate';
import type { DoorbraakEvent } from './events';
import { eventSchemas } from './events';
import { explainRejection, regie } from './index';
import { doorbraakMachine } from './machine';
import { deadlines } from './terms';
import {
  AVE_CASE,
  INTAKE_CASE,
  JANSEN_AANMELDING,
  JANSEN_ANALYSE,
  MANAGER,
  REGISSEUR,
  START_AT,
  TEAMLEIDER,
  event as e,
  jansenPlan,
} from './test-helpers';
import type { DoorbraakSnapshot } from './test-helpers';

const LATER = '2026-03-03T09:00:00.000Z';

/** Representative events with data, offered in every state of the traversal (refused ones included). */
function candidateEvents(s: DoorbraakSnapshot): DoorbraakEvent[] {
  const c = s.context;
  const volgendeRegisseur = c.regie.holder === REGISSEUR ? 'user-ander' : REGISSEUR;
  const evaluatie = (maanden: number) =>
    e({
      type: 'EVALUATIE_VASTGELEGD',
      maanden,
      doelBereikt: 'ja',
      zrm: [{ domein: 'huisvesting', score: 4 }],
      besparingen: [{ stap: 1, gerealiseerdPerJaar: 1_800_000, soort: 'structureel' }],
    });
  return [
    e({ type: 'ANALYSE_GESTART' }),
    e({
      type: 'ANALYSE_VASTGELEGD',
      ...JANSEN_ANALYSE,
      betrokkenen: [...JANSEN_ANALYSE.betrokkenen],
      zrm: [...JANSEN_ANALYSE.zrm],
    }),
    e({ type: 'ANALYSE_AFGEROND' }),
    e({ type: 'PLAN_VASTGELEGD', ...jansenPlan(320_000) }),
    e({ type: 'PLAN_VASTGELEGD', ...jansenPlan(750_000) }),
    e({ type: 'PLAN_INGEDIEND' }),
    e({ type: 'PLAN_INGEDIEND', aan: 'directeur' }),
    e({ type: 'PLAN_VOORGELEGD' }, START_AT, TEAMLEIDER),
    e({ type: 'PLAN_GOEDGEKEURD', mandaat: 'teamleider' }, START_AT, TEAMLEIDER),
    e({ type: 'PLAN_GOEDGEKEURD', mandaat: 'manager_sociaal_domein' }, START_AT, MANAGER),
    e({ type: 'PLAN_GOEDGEKEURD' }, START_AT, REGISSEUR),
    e({ type: 'PLAN_AFGEWEZEN', reden: 'te duur', mandaat: 'teamleider' }, START_AT, TEAMLEIDER),
    e({ type: 'PLAN_AFGEWEZEN', reden: 'zonder mandaat' }, START_AT, REGISSEUR),
    ...(c.acties.length < 1
      ? [
          e({
            type: 'ACTIE_TOEGEVOEGD',
            eigenaar: REGISSEUR,
            omschrijving: 'huur betalen',
            uiterlijk: '2026-03-20',
          }),
        ]
      : []),
    e(
      { type: 'ACTIE_TOEGEVOEGD', eigenaar: REGISSEUR, omschrijving: 'te laat', uiterlijk: '2026-03-01' },
      LATER,
    ),
    e({ type: 'ACTIE_AFGEROND', actieId: 'actie-1' }),
    e({ type: 'ACTIE_GEANNULEERD', actieId: 'actie-1', reden: 'niet meer nodig' }),
    e({ type: 'UITVOERING_AFGEROND' }),
    evaluatie(3),
    evaluatie(12),
    evaluatie(6),
    e({
      type: 'AFGESLOTEN',
      systeemsignaal: {
        soort: 'regel',
        signaal: 'geen contract bij achterstand',
        voorstel: 'afspraken maken',
      },
    }),
    e({ type: 'INTAKE_GEKOPPELD', intakeCaseId: INTAKE_CASE }),
    e({ type: 'AVE_GEKOPPELD', aveCaseId: AVE_CASE }),
    e({ type: 'REGIE_OVERGEDRAGEN', holder: volgendeRegisseur }, START_AT, TEAMLEIDER),
    e(
      { type: 'DEADLINE_DUE', key: `besluit_${c.besluitVraag?.voorgelegdAan ?? 'teamleider'}` },
      START_AT,
      'system',
    ),
    e({ type: 'DEADLINE_DUE', key: 'actie_actie-1' }, START_AT, 'system'),
    e({ type: 'DEADLINE_DUE', key: 'evaluatie_3m' }, START_AT, 'system'),
  ];
}

/** State value plus only what the guards read: keeps the graph finite. */
function serializeState(s: DoorbraakSnapshot): string {
  const c = s.context;
  return JSON.stringify([
    s.value,
    c.analyse !== null,
    c.plan?.stappen[0]?.eenmaligeKosten ?? null,
    c.besluitVraag?.voorgelegdAan ?? null,
    c.acties.map((a) => [a.status, a.gemistOp !== null]),
    c.evaluaties.map((x) => x.maanden),
    c.gemisteEvaluaties.map((x) => x.maanden),
    c.intakeCaseIds.length,
    c.aveCaseIds.length,
    c.regie.holder,
  ]);
}

const input = { caseId: 'c', subjectId: 's', at: START_AT, actor: REGISSEUR, input: JANSEN_AANMELDING };
const states = Object.keys(doorbraakMachine.root.states);

/** `from -TYPE-> to` for every transition the machine defines, the root's in every open state. */
function definedTransitions(): Set<string> {
  const out = new Set<string>();
  const root = doorbraakMachine.root as AnyStateNode;
  for (const name of states.filter((n) => n !== 'afgesloten')) {
    const node = root.states[name] as AnyStateNode;
    for (const [type, defs] of [...Object.entries(root.on), ...Object.entries(node.on)]) {
      for (const def of defs) out.add(`${name} -${type}-> ${def.target?.[0]?.key ?? name}`);
    }
  }
  return out;
}

describe('doorbraak machine graph', () => {
  const paths = getShortestPaths(doorbraakMachine, { input, events: candidateEvents, serializeState });

  it('has the journey’s states, in order', () => {
    expect(states).toEqual([
      'aangemeld',
      'analyse',
      'plan',
      'besluit',
      'uitvoering',
      'evaluatie',
      'afgesloten',
    ]);
  });

  it('reaches every state', () => {
    expect(new Set(paths.map((p) => String(p.state.value)))).toEqual(new Set(states));
  });

  it('takes every event and every transition the machine defines, and no other', () => {
    const adj = getAdjacencyMap(doorbraakMachine, { input, events: candidateEvents, serializeState });
    const taken = new Set<string>();
    const types = new Set<string>();
    for (const { state, transitions } of Object.values(adj)) {
      for (const { event, state: next } of Object.values(transitions) as {
        event: DoorbraakEvent;
        state: DoorbraakSnapshot;
      }[]) {
        if (state.status !== 'active' || !state.can(event)) continue;
        taken.add(`${String(state.value)} -${event.type}-> ${String(next.value)}`);
        types.add(event.type);
      }
    }
    expect([...Object.keys(eventSchemas), 'DEADLINE_DUE'].filter((t) => !types.has(t))).toEqual([]);
    const defined = definedTransitions();
    // the team evaluates while the plan is carried out, and in evaluatie
    expect(taken).toContain('uitvoering -EVALUATIE_VASTGELEGD-> uitvoering');
    expect(taken).toContain('evaluatie -EVALUATIE_VASTGELEGD-> evaluatie');
    expect([...defined].filter((t) => !taken.has(t))).toEqual([]);
    expect([...taken].filter((t) => !defined.has(t))).toEqual([]);
  });

  it('explains every refusal it meets on the way, and keeps a regisseur in every state', () => {
    for (const { state } of paths) {
      expect(regie(state).holder).toEqual(expect.any(String));
      for (const ev of candidateEvents(state)) {
        if (ev.type === 'DEADLINE_DUE' || state.can(ev)) continue;
        expect(explainRejection(state, ev)).toEqual(expect.any(String));
      }
    }
  });

  it('declares the terms of the phase it is in, and none once closed', () => {
    for (const { state } of paths) {
      const keys = deadlines(state).map((d) => d.key);
      if (state.value === 'besluit')
        expect(keys).toContain(`besluit_${state.context.besluitVraag!.voorgelegdAan}`);
      else expect(keys.filter((k) => k.startsWith('besluit_'))).toEqual([]);
      if (state.status !== 'active') expect(keys).toEqual([]);
      for (const d of deadlines(state)) expect(d.term.amount).toBeGreaterThanOrEqual(0);
    }
  });
});
