/** Test helpers: build snapshots through the machine's pure transition functions. */
import { initialTransition, transition } from 'xstate';
import type { SnapshotFrom } from 'xstate';
import type { AveEvent, AveInput } from './events';
import { aveMachine } from './machine';

export type AveSnapshot = SnapshotFrom<typeof aveMachine>;
/** An event without its envelope; `at` moves the clock, `actor` says who sends it. */
export type Step = {
  [E in AveEvent as E['type']]: Omit<E, 'actor' | 'at'> & { at?: string; actor?: string };
}[AveEvent['type']];

export const START_AT = '2026-03-02T09:00:00.000Z';
export const INTAKER = 'user-intaker';
export const CASUSREGISSEUR = 'user-casusregisseur';
export const SPOEDTEAM = 'user-spoedteam';
export const PROCESMANAGER = 'user-procesmanager';
export const BESTUURLIJK = 'user-oov';
export const TEAMLEIDER = 'user-teamleider';
export const INTAKE_CASE = '0b5e7c1e-6f1d-4c55-9a53-2f1d3c4b5a69';

export const basisInput: AveInput = { kinderenInHuishouden: false, regisseur: INTAKER };

/** The reason and criteria a raise to level 3 or 4 needs. */
export const HOOG = { reden: 'samenwerking vastgelopen', criteria: ['stagnatie' as const] };

/** Opschalen to level 3 or 4 with HOOG's reason and criteria, for `ontvanger` to accept. */
export function opschalen<N extends 3 | 4>(naarNiveau: N, ontvanger: string) {
  return { type: 'OPSCHALEN' as const, naarNiveau, ...HOOG, ontvanger };
}

export function start(input: AveInput = basisInput, at = START_AT, actor = INTAKER): AveSnapshot {
  return initialTransition(aveMachine, {
    caseId: 'case-ave',
    subjectId: 'huishouden-1',
    at,
    actor,
    input,
  })[0];
}

export function event(step: Step, at = START_AT, actor = INTAKER): AveEvent {
  return { at, actor, ...step } as AveEvent;
}

/** Sends each step; throws when the machine refuses one, so a journey test fails at the step that broke. */
export function play(snapshot: AveSnapshot, steps: Step[], at = START_AT): AveSnapshot {
  let s = snapshot;
  for (const step of steps) {
    const e = event(step, at);
    if (!s.can(e)) throw new Error(`refused ${e.type} in ${String(s.value)}`);
    s = transition(aveMachine, s, e)[0];
  }
  return s;
}

export function accepts(snapshot: AveSnapshot, step: Step): boolean {
  return snapshot.can(event(step));
}

/** ISO time `days` days after START_AT. */
export function dag(days: number): string {
  return new Date(Date.parse(START_AT) + days * 86_400_000).toISOString();
}
