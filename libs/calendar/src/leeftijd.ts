/**
 * Age arithmetic on local dates (`YYYY-MM-DD`, Europe/Amsterdam). Pure: no clock, no process time zone; the
 * dates are added as plain calendar dates by dates.ts.
 *
 * Two rules for a day the target month lacks:
 * - Whole years from 29 February land on 1 March in a common year. Someone born on 29 February turns 18 on
 *   1 March, not on 28 February: the reading Dutch legal practice follows (no statute spells it out; see e.g.
 *   de Volkskrant, 29-2-2020: "Juridisch gezien ben je als schrikkelkind pas op 1 maart een jaar ouder"). It is
 *   a choice, made once here: it is never earlier than the birthday, so nobody is treated as an adult (or as 16.5)
 *   a day too soon.
 * - Every other missing day clamps to the last day of the month: born 31 August, 16.5 is the last day of
 *   February (28 or 29), not 1 or 2 March. A milestone of "16.5" must fall in the sixth month, and the calendar's
 *   `addMonths` (the one Kalender.termEnd counts months with) clamps the same way, so a declared term lands on the
 *   same day.
 */
import { addDays, addMonths, parseLocalDate } from './dates';

/** An age as whole years and months: 16.5 is `{ years: 16, months: 6 }`, 17.75 is `{ years: 17, months: 9 }`. */
export interface Leeftijd {
  years: number;
  months: number;
}

/** Months in an age: 16.5 -> 198. */
export function inMaanden(leeftijd: Leeftijd): number {
  return leeftijd.years * 12 + leeftijd.months;
}

/**
 * The date on which someone born on `birthDate` reaches the age of `years` years and `months` months.
 * 29 February + whole years in a common year gives 1 March; any other missing day clamps to the month's end.
 */
export function dateAtAge(birthDate: string, years: number, months = 0): string {
  const birth = parseLocalDate(birthDate);
  const total = years * 12 + months;
  if (!Number.isInteger(total) || total < 0)
    throw new RangeError(`Not an age: ${years} years ${months} months`);
  const clamped = addMonths(birthDate, total);
  const schrikkeldagOpVerjaardag = birth.month === 2 && birth.day === 29 && total % 12 === 0;
  if (schrikkeldagOpVerjaardag && clamped.endsWith('-02-28')) return addDays(clamped, 1);
  return clamped;
}

/** The age on `date` in whole years and months (the inverse of dateAtAge: reached on the day dateAtAge gives). */
export function leeftijdOp(birthDate: string, date: string): Leeftijd {
  const birth = parseLocalDate(birthDate);
  const on = parseLocalDate(date);
  let total = (on.year - birth.year) * 12 + (on.month - birth.month);
  while (total > 0 && dateAtAge(birthDate, 0, total) > date) total--;
  if (total < 0) total = 0;
  return { years: Math.floor(total / 12), months: total % 12 };
}

/**
 * An anchor (ISO instant) and a term in months with which a deadline (Kalender.termEnd: due = the anchor's
 * Amsterdam date + term, month ends clamped) falls on exactly `dateAtAge(birthDate, leeftijd)`. The anchor is the
 * birth date at 12:00 UTC (13:00 or 14:00 in Amsterdam, the same day); only for 29 February and a whole-year age
 * in a common year, where the calendar would clamp to 28 February, the anchor is the day after birth (1 March).
 */
export function anchorVoorLeeftijd(
  birthDate: string,
  leeftijd: Leeftijd,
): { anchor: string; term: { amount: number; unit: 'months' } } {
  const months = inMaanden(leeftijd);
  const target = dateAtAge(birthDate, 0, months);
  const anchorDate = addMonths(birthDate, months) === target ? birthDate : addDays(birthDate, 1);
  return { anchor: `${anchorDate}T12:00:00.000Z`, term: { amount: months, unit: 'months' } };
}
