/** Test helpers: build snapshots through the machine's pure transition functions. */
import { initialTransition, transition } from 'xstate';
import type { SnapshotFrom } from 'xstate';
import type { IntakeEvent, MeldingInput } from './events';
import { intakeMachine } from './machine';

export type IntakeSnapshot = SnapshotFrom<typeof intakeMachine>;
/** An event without its envelope; `at` may be given to move the clock. */
export type Step = {
  [E in IntakeEvent as E['type']]: Omit<E, 'actor' | 'at'> & { at?: string };
}[IntakeEvent['type']];

export const MELDING_AT = '2026-03-02T09:00:00.000Z';
export const INTAKER = 'user-intaker';

export function start(input: MeldingInput, at = MELDING_AT): IntakeSnapshot {
  return initialTransition(intakeMachine, {
    caseId: 'case-1',
    subjectId: 'subject-1',
    at,
    actor: INTAKER,
    input,
  })[0];
}

/** Sends each step; throws when the machine refuses one, so a journey test fails at the step that broke. */
export function play(snapshot: IntakeSnapshot, steps: Step[], at = MELDING_AT): IntakeSnapshot {
  let s = snapshot;
  for (const step of steps) {
    const event = { at, actor: INTAKER, ...step } as IntakeEvent;
    if (!s.can(event)) throw new Error(`refused ${event.type} in ${String(s.value)}`);
    s = transition(intakeMachine, s, event)[0];
  }
  return s;
}

export function accepts(snapshot: IntakeSnapshot, step: Step): boolean {
  return snapshot.can({ at: MELDING_AT, actor: INTAKER, ...step } as IntakeEvent);
}

export const wmo: MeldingInput = { channel: 'huisarts', lifeAreas: ['sociaal_netwerk'], laws: ['Wmo'] };

/** Begeleiding for a year from 1 April 2026: the inzet after a toegekend Wmo besluit. */
export const inzetBegeleiding: Extract<Step, { type: 'INZET_GESTART' }> = {
  type: 'INZET_GESTART',
  product: 'begeleiding individueel',
  aanbieder: 'Zorgaanbieder Twente',
  volume: { aantal: 3, eenheid: 'uur per week' },
  startdatum: '2026-04-01',
  einddatum: '2027-03-31',
};
