/** Test helpers: build snapshots through the machine's pure transition functions. */
import { initialTransition, transition } from 'xstate';
import type { SnapshotFrom } from 'xstate';
import { DOMEINEN, type Transitie18Event, type Transitie18Input } from './events';
import { transitie18Machine } from './machine';

export type Transitie18Snapshot = SnapshotFrom<typeof transitie18Machine>;
/** An event without its envelope; `at` may be given to move the clock. */
export type Step = {
  [E in Transitie18Event as E['type']]: Omit<E, 'actor' | 'at'> & { at?: string };
}[Transitie18Event['type']];

export const COACH = 'user-coach';
/** Born 2009-10-15: 16.5 on 2026-04-15, 18 on 2027-10-15. */
export const BIRTH = '2009-10-15';
/** Enrolment on the day the youth turns 16.5 (09:00 Amsterdam). */
export const START_AT = '2026-04-15T07:00:00.000Z';

export const ggzNietGecontracteerd: Transitie18Input = {
  birthDate: BIRTH,
  jeugdVoorziening: {
    product: 'jeugd-ggz behandeling',
    aanbieder: 'GGZ Jeugd Twente',
    startdatum: '2024-09-01',
    ggz: true,
    aanbiederGecontracteerdDoorZorgverzekeraar: false,
  },
};

export const begeleiding: Transitie18Input = {
  birthDate: BIRTH,
  jeugdVoorziening: {
    product: 'jeugdbegeleiding',
    aanbieder: 'Zorgaanbieder Twente',
    startdatum: '2023-01-01',
    ggz: false,
  },
};

export function start(input: Transitie18Input, at = START_AT, actor = COACH): Transitie18Snapshot {
  return initialTransition(transitie18Machine, {
    caseId: 'case-1',
    subjectId: 'subject-1',
    at,
    actor,
    input,
  })[0];
}

/** Sends each step; throws when the machine refuses one, so a journey test fails at the step that broke. */
export function play(snapshot: Transitie18Snapshot, steps: Step[], at = START_AT): Transitie18Snapshot {
  let s = snapshot;
  for (const step of steps) {
    const event = { at, actor: COACH, ...step } as Transitie18Event;
    if (!s.can(event)) throw new Error(`refused ${event.type} in ${String(s.value)}`);
    s = transition(transitie18Machine, s, event)[0];
  }
  return s;
}

export function accepts(snapshot: Transitie18Snapshot, step: Step, at = START_AT): boolean {
  return snapshot.can({ at, actor: COACH, ...step } as Transitie18Event);
}

/** The engine's DEADLINE_DUE for a milestone, at 00:00 Amsterdam after its date (as the engine fires it). */
export function due(key: string, at: string): Step {
  return { type: 'DEADLINE_DUE', key, at } as Step;
}

/** A full toekomstplan: every domain, with overrides. */
export function plan(
  overrides: Partial<Record<string, 'nodig' | 'aangevraagd' | 'toegekend' | 'actief' | 'niet_nodig'>> = {},
): Step {
  const domeinen = DOMEINEN.map((domein) => ({
    domein,
    status: overrides[domein] ?? ('niet_nodig' as const),
  }));
  return { type: 'TOEKOMSTPLAN_AFGESPROKEN', domeinen };
}
