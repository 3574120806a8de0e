/**
 * Age arithmetic on local dates (`YYYY-MM-DD`, Europe/Amsterdam). Pure: no clock, no process time zone. Dates are
 * handled as plain calendar dates via UTC midnight, which has no DST.
 *
 * Two rules for a day the target month lacks:
 * - Whole years from 29 February land on 1 March in a common year. Someone born on 29 February turns 18 on
 *   1 March, not on 28 February: the reading Dutch legal practice follows (no statute spells it out; see e.g.
 *   de Volkskrant, 29-2-2020: "Juridisch gezien ben je als schrikkelkind pas op 1 maart een jaar ouder"). It is
 *   a choice, made once here: it is never earlier than the birthday, so nobody is treated as an adult (or as 16.5)
 *   a day too soon.
 * - Every other missing day clamps to the last day of the month: born 31 August, 16.5 is the last day of
 *   February (28 or 29), not 1 or 2 March. A milestone of "16.5" must fall in the sixth month, and the engine's
 *   calendar (libs/calendar addMonths) clamps the same way, so a declared term lands on the same day.
 */

/** An age as whole years and months: 16.5 is `{ years: 16, months: 6 }`, 17.75 is `{ years: 17, months: 9 }`. */
export interface Leeftijd {
  years: number;
  months: number;
}

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

interface Ymd {
  year: number;
  month: number;
  day: number;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Splits and validates a local date; throws RangeError on anything that is not a real `YYYY-MM-DD` date. */
export function parseDatum(date: string): Ymd {
  const match = LOCAL_DATE.exec(date);
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    if (month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)) return { year, month, day };
  }
  throw new RangeError(`Geen datum (YYYY-MM-DD): ${JSON.stringify(date)}`);
}

function format(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** `date` plus `days` calendar days (negative goes back). */
export function addDagen(date: string, days: number): string {
  const { year, month, day } = parseDatum(date);
  const d = new Date(Date.UTC(year, month - 1, day) + days * DAY_MS);
  return format(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** `date` plus `months` calendar months, clamping a missing day to the month's last day (as libs/calendar). */
export function addMaanden(date: string, months: number): string {
  const { year, month, day } = parseDatum(date);
  const index = year * 12 + (month - 1) + months;
  const [y, m] = [Math.floor(index / 12), (index % 12) + 1];
  return format(y, m, Math.min(day, daysInMonth(y, m)));
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
  const birth = parseDatum(birthDate);
  const total = years * 12 + months;
  if (!Number.isInteger(total) || total < 0)
    throw new RangeError(`Geen leeftijd: ${years} jaar ${months} mnd`);
  const clamped = addMaanden(birthDate, total);
  const schrikkeldagOpVerjaardag = birth.month === 2 && birth.day === 29 && total % 12 === 0;
  if (schrikkeldagOpVerjaardag && clamped.endsWith('-02-28')) return addDagen(clamped, 1);
  return clamped;
}

/** The age on `date` in whole years and months (the inverse of dateAtAge: reached on the day dateAtAge gives). */
export function leeftijdOp(birthDate: string, date: string): Leeftijd {
  const birth = parseDatum(birthDate);
  const on = parseDatum(date);
  let total = (on.year - birth.year) * 12 + (on.month - birth.month);
  while (total > 0 && dateAtAge(birthDate, 0, total) > date) total--;
  if (total < 0) total = 0;
  return { years: Math.floor(total / 12), months: total % 12 };
}

// One formatter, reused. `en-CA` formats as YYYY-MM-DD.
const amsterdam = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The Amsterdam date of an ISO instant (the event's `at`). */
export function amsterdamDatum(iso: string): string {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) throw new RangeError(`Geen tijdstip: ${JSON.stringify(iso)}`);
  return amsterdam.format(instant);
}

/**
 * An anchor (ISO instant) and a term in months with which the engine's deadline (due = the anchor's Amsterdam
 * date + term, month ends clamped) falls on exactly `dateAtAge(birthDate, leeftijd)`. The anchor is the birth
 * date at 12:00 UTC (13:00 or 14:00 in Amsterdam, the same day); only for 29 February and a whole-year age in
 * a common year, where the engine would clamp to 28 February, the anchor is the day after birth (1 March).
 */
export function anchorVoorLeeftijd(
  birthDate: string,
  leeftijd: Leeftijd,
): { anchor: string; term: { amount: number; unit: 'months' } } {
  const months = inMaanden(leeftijd);
  const target = dateAtAge(birthDate, 0, months);
  const anchorDate = addMaanden(birthDate, months) === target ? birthDate : addDagen(birthDate, 1);
  return { anchor: `${anchorDate}T12:00:00.000Z`, term: { amount: months, unit: 'months' } };
}
