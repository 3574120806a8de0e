/**
 * The milestones of JOURNEYS.md section 4 as deadlines. Each is a policy date computed from the birth date, not a
 * legal term: `atw: false` (a milestone on a Sunday stays on that Sunday). The engine arms each as a durable timer,
 * reminds the jongerencoach `herinneringWeken` before, and records it `missed` when it passes unmet (the switch
 * at 18 excepted: a moment, see below).
 *
 * Encoding: anchor = the birth date (12:00 UTC, so its Amsterdam date is the birth date), term = the age in
 * months (16.5 -> 198 months). The engine's due date is the anchor's Amsterdam date plus that many months,
 * month ends clamped: exactly `dateAtAge`, except for someone born on 29 February at a whole-year age in a
 * common year, where the anchor moves to 1 March (`anchorVoorLeeftijd`, libs/calendar leeftijd.ts) so the engine
 * lands on 1 March too.
 *
 * A milestone whose date had already passed when the case started (a voorziening that started late) is not
 * declared as already missed: it runs from the start for `inhaaltermijnWeken` (default 4) instead, so the
 * jongerencoach gets a real term to catch up and the "milestones missed" count holds only what the gemeente
 * let pass. The switch at 18 is no task and gets no catch-up: it falls due at once and the machine ends the
 * Jeugdwet voorziening. It is declared a `moment` (DeadlineDeclaration.kind): the engine records it as reached
 * (`met`, history MIJLPAAL_BEREIKT) on its date, never as missed; every other milestone asks an action of the
 * jongerencoach, and passes as `missed` when it was not done.
 *
 * Pleegzorg (Jeugdwet art. 1.1: it continues by default to 21): the switch is at 21 and the milestones that prepare
 * and follow it up move 3 years with it; the practical matters stay at 17.75, tied to legal adulthood at 18
 * (machine.ts, `mijlpaalLeeftijd` and `SCHUIFT_MET_OVERGANG`). The key stays `mijlpaal_overgang_18`.
 */
import { anchorVoorLeeftijd } from '@regie/calendar';
import type { SnapshotFrom } from 'xstate';
import type { DeadlineDeclaration, TermLength } from '../workflow';
import { MIJLPAAL_NAMEN, MIJLPAAL_NAMEN_PLEEGZORG, MIJLPALEN } from './events';
import type { Mijlpaal } from './events';
import { VOOR_18, isPleegzorg, mijlpaalLeeftijd, mijlpaalVanSleutel } from './machine';
import type { Transitie18Context, Transitie18Machine } from './machine';

export const mijlpaalSleutel = (k: Mijlpaal): string => `mijlpaal_${k}`;

const weeks = (amount: number): TermLength => ({ amount, unit: 'weeks' });

/** Whether the milestone's deadline runs in this phase (it also must not be met yet). */
function looptIn(k: Mijlpaal, state: string): boolean {
  switch (k) {
    case 'praktische_zaken_geregeld':
      return true; // can still be met after 18
    case 'nazorg':
      return VOOR_18.includes(state) || state === 'nazorg';
    default:
      return VOOR_18.includes(state);
  }
}

export function declareMijlpaal(c: Transitie18Context, k: Mijlpaal): DeadlineDeclaration {
  const stand = c.mijlpalen[k];
  const { anchor, term } = stand.laat
    ? { anchor: c.startAt, term: weeks(c.config.inhaaltermijnWeken) }
    : anchorVoorLeeftijd(c.birthDate, mijlpaalLeeftijd(c, k));
  const naam = (isPleegzorg(c) ? MIJLPAAL_NAMEN_PLEEGZORG[k] : undefined) ?? MIJLPAAL_NAMEN[k];
  return {
    key: mijlpaalSleutel(k),
    name: stand.laat ? `${naam} (inhalen na late start)` : naam,
    // the switch is a moment that simply happens on the birthday: reached on its date, never a missed term
    ...(k === 'overgang_18' ? { law: 'Jeugdwet art. 1.1', kind: 'moment' as const } : {}),
    anchor,
    term,
    atw: false,
    party: 'gemeente',
    remindBefore: weeks(stand.laat ? 1 : c.config.herinneringWeken),
  };
}

/** Every milestone not yet met that still runs in this snapshot. Final states run none. */
export function deadlines(snapshot: SnapshotFrom<Transitie18Machine>): DeadlineDeclaration[] {
  if (snapshot.status !== 'active') return [];
  const state = String(snapshot.value);
  const c: Transitie18Context = snapshot.context;
  return MIJLPALEN.filter((k) => c.mijlpalen[k].behaaldOp === null && looptIn(k, state)).map((k) =>
    declareMijlpaal(c, k),
  );
}

/**
 * A milestone that stops being declared unmet (the phase moved past it, or the case ended) is `cancelled`, so the
 * engine never marks a missed milestone as met after all; a met one closes as `met`.
 */
export function closeDisappearedAs(
  snapshot: SnapshotFrom<Transitie18Machine>,
  key: string,
): 'met' | 'cancelled' {
  const k = mijlpaalVanSleutel(key);
  if (!k) return 'met';
  return snapshot.context.mijlpalen[k].behaaldOp === null ? 'cancelled' : 'met';
}
