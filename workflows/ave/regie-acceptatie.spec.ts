/** Level 3 and 4 regie is taken by acceptance, in the role the level names. */
import { Kalender } from '@regie/calendar';
import { transition } from 'xstate';
import type { SnapshotFrom } from 'xstate';
import { effects as intakeEffects } from '../intake/index';
import type { IntakeMachine } from '../intake/machine';
import { ave, explainRejection } from './index';
import { aveMachine } from './machine';
import { deadlines } from './terms';
import {
  BESTUURLIJK,
  CASUSREGISSEUR,
  HOOG,
  INTAKER,
  INTAKE_CASE,
  PROCESMANAGER,
  SPOEDTEAM,
  START_AT,
  basisInput,
  event,
  opschalen,
  play,
  start,
} from './test-helpers';

const kalender = new Kalender();
/** The acceptance term's last day, as the engine computes it (Monday 2 March 2026 + 2 werkdagen). */
function acceptatieDag(s: ReturnType<typeof start>): string | null {
  const d = deadlines(s).find((x) => x.key === 'regie_acceptatie');
  return d ? kalender.termEnd(new Date(d.anchor), d.term, { atw: d.atw }).dueDate : null;
}

describe('item 3: the intake triage raises AVE to 3 or 4 without naming a regisseur', () => {
  /** The intake snapshot, as far as its effects read it: who holds regie. */
  const intake = (role: string, holder: string) =>
    ({
      context: { caseId: INTAKE_CASE, subjectId: 'huishouden-1', regie: { role, holder } },
    }) as unknown as SnapshotFrom<IntakeMachine>;
  const triage = (niveau: 3 | 4, regisseur: string) =>
    // as the engine calls it: the event's data, without its envelope
    intakeEffects(intake('intaker', INTAKER), intake('regisseur', regisseur), {
      type: 'TRIAGE_AFGEROND',
      ave: { niveau, kinderenInHuishouden: true, ...HOOG },
    })[0] as { start: Record<string, unknown>; existing: Record<string, unknown>[] };

  it('routes level-3 regie to the procesmanager role: the intaker keeps regie, the acceptance term runs to 4 March', () => {
    const e = triage(3, INTAKER);
    expect(e.start).not.toHaveProperty('regisseur');
    expect(e.existing[0]).not.toHaveProperty('ontvanger');
    expect(ave.input.safeParse(e.start).success).toBe(true);
    const s = start(e.start as never);
    expect(s.value).toBe('niveau_3');
    expect(s.context.regie).toMatchObject({ holder: INTAKER, niveau: 1 });
    expect(s.context.pendingRegie).toMatchObject({ role: 'procesmanager', holder: null, level: 3 });
    expect(acceptatieDag(s)).toBe('2026-03-04');
    // the intaker cannot take it; a procesmanager takes it by accepting
    const accept = (actor: string) => event({ type: 'REGIE_GEACCEPTEERD' }, START_AT, actor);
    expect(s.can(accept(INTAKER))).toBe(false);
    expect(explainRejection(s, accept(INTAKER))).toMatch(/procesmanager/);
    const t = transition(aveMachine, s, accept(PROCESMANAGER))[0];
    expect(t.context.regie).toMatchObject({ role: 'procesmanager', holder: PROCESMANAGER, niveau: 3 });
  });

  it('an existing track raised to 4 by the intaker waits for the bestuurlijk regie holder too', () => {
    const e = triage(4, INTAKER);
    expect(e.start).not.toHaveProperty('procesregisseur');
    const s = play(start({ ...basisInput, regisseur: CASUSREGISSEUR }), [e.existing[0] as never]);
    expect(s.value).toBe('niveau_4');
    expect(s.context.regie.holder).toBe(CASUSREGISSEUR);
    expect(s.context.pendingRegie).toMatchObject({ role: 'bestuurlijk', holder: null, level: 4 });
    expect(acceptatieDag(s)).toBe('2026-03-04');
  });

  it('a Spoedteam member named at triage is the receiver, who accepts by 4 March', () => {
    const e = triage(3, SPOEDTEAM);
    expect(e.start).toMatchObject({ regisseur: SPOEDTEAM });
    const s = start(e.start as never);
    expect(s.context.pendingRegie).toMatchObject({ holder: SPOEDTEAM, level: 3 });
    expect(acceptatieDag(s)).toBe('2026-03-04');
  });

  it('the holder at a lower level cannot name themself for level 3', () => {
    const s = start({ ...basisInput, regisseur: CASUSREGISSEUR, startLevel: 2 });
    const op = event(opschalen(3, CASUSREGISSEUR), START_AT, CASUSREGISSEUR);
    expect(s.can(op)).toBe(false);
    expect(explainRejection(s, op)).toMatch(/accepteert/);
  });
});

describe('item 4: afschalen 4 -> 3 hands level-3 regie over by acceptance', () => {
  it('the procesregisseur accepts level-3 regie; until then the bestuurlijk holder keeps it (term to 11 March)', () => {
    const vier = play(start({ ...basisInput, regisseur: CASUSREGISSEUR }), [
      { ...opschalen(4, BESTUURLIJK), procesregisseur: PROCESMANAGER },
      { type: 'REGIE_GEACCEPTEERD', actor: BESTUURLIJK },
    ]);
    const terug = play(
      vier,
      [{ type: 'AFSCHALEN', reden: 'dreiging geweken', at: '2026-03-09T09:00:00.000Z' }],
      '2026-03-09T09:00:00.000Z',
    );
    expect(terug.value).toBe('niveau_3');
    expect(terug.context.regie).toMatchObject({ holder: BESTUURLIJK, niveau: 4 });
    expect(terug.context.pendingRegie).toMatchObject({ holder: PROCESMANAGER, level: 3 });
    expect(acceptatieDag(terug)).toBe('2026-03-11');
    const t = play(terug, [{ type: 'REGIE_GEACCEPTEERD', actor: PROCESMANAGER }]);
    expect(t.context.regie).toMatchObject({ role: 'procesmanager', holder: PROCESMANAGER, niveau: 3 });
    expect(t.context.regieHistorie[t.context.regieHistorie.length - 1].aanleiding).toBe('acceptatie');
  });
});

describe('item 5: starting at level 3 or 4 is a raise and needs a reason and criteria', () => {
  it.each([3, 4] as const)('refuses a start at level %i without them', (startLevel) => {
    const input = { ...basisInput, regisseur: SPOEDTEAM, procesregisseur: PROCESMANAGER, startLevel };
    const refused = ave.input.safeParse(input);
    expect(refused.success).toBe(false);
    expect(refused.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(['criteria', 'reden']);
    expect(ave.input.safeParse({ ...input, reden: 'r' }).success).toBe(false);
    expect(ave.input.safeParse({ ...input, ...HOOG }).success).toBe(true);
  });
});
