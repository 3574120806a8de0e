/**
 * A date of receipt (`ontvangenOp`, workflows/workflow.ts ONTVANGEN_OP): a melding or aanvraag that arrived before
 * it was registered. Its terms run from the day after it (Awb 4:13, Atw); the engine refuses one that cannot be:
 * in the future, or before the inwoner was born. Pure.
 */
import { localDate } from '@regie/calendar';
import type { DeadlineRow } from './view';
import { describeDue } from './step';

const LANG = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** `2025-11-22` as `22 november 2025`. */
export function datumInWoorden(date: string): string {
  return LANG.format(new Date(`${date}T00:00:00Z`));
}

/**
 * Why this date of receipt is refused, in Dutch, or null when it can be: it may not lie after today (Europe/
 * Amsterdam, by the engine's clock) nor before the subject's birth date (when the subject has one).
 */
export function ontvangenOpWeigering(
  ontvangenOp: string,
  now: Date,
  birthDate: string | null,
): string | null {
  const vandaag = localDate(now);
  if (ontvangenOp > vandaag) {
    return `De datum van ontvangst (${datumInWoorden(ontvangenOp)}) ligt in de toekomst: vandaag is het ${datumInWoorden(vandaag)}.`;
  }
  if (birthDate && ontvangenOp < birthDate) {
    return `De datum van ontvangst (${datumInWoorden(ontvangenOp)}) ligt vóór de geboortedatum van de inwoner (${datumInWoorden(birthDate)}).`;
  }
  return null;
}

/** What the professional reads when a step registers terms that had already passed: one line per term. */
export function verstrekenBijRegistratie(passed: DeadlineRow[]): string[] {
  return passed.map(
    (d) =>
      `Termijn ${d.name} was bij de registratie al verstreken (${describeDue(d)}): vastgelegd als verstreken.`,
  );
}
