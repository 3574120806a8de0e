/**
 * Local dates and instants. A local date is a `YYYY-MM-DD` string in Europe/Amsterdam, the zone every Dutch
 * term is counted in; an instant is a JS `Date`. Local dates are added and compared as plain calendar dates
 * (via UTC midnight, which has no DST), so the process time zone never matters.
 */

export const TIME_ZONE = 'Europe/Amsterdam';

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Splits and validates a local date; throws RangeError on anything that is not a real `YYYY-MM-DD` date. */
export function parseLocalDate(date: string): { year: number; month: number; day: number } {
  const match = LOCAL_DATE.exec(date);
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    if (month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)) return { year, month, day };
  }
  throw new RangeError(`Not a local date (YYYY-MM-DD): ${JSON.stringify(date)}`);
}

function format(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function utcMidnight(date: string): number {
  const { year, month, day } = parseLocalDate(date);
  return Date.UTC(year, month - 1, day);
}

function fromUtcMidnight(ms: number): string {
  const d = new Date(ms);
  return format(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** `date` plus `days` calendar days (negative goes back). */
export function addDays(date: string, days: number): string {
  return fromUtcMidnight(utcMidnight(date) + days * DAY_MS);
}

/**
 * `date` plus `months` calendar months; a day that the target month lacks clamps to its last day
 * (31 January + 1 month = 28 or 29 February), as a term "of a month" ends on the last day of a short month.
 * Ages count the same way except for a birthday on 29 February: see dateAtAge (leeftijd.ts).
 */
export function addMonths(date: string, months: number): string {
  const { year, month, day } = parseLocalDate(date);
  const index = year * 12 + (month - 1) + months;
  const [y, m] = [Math.floor(index / 12), (index % 12) + 1];
  return format(y, m, Math.min(day, daysInMonth(y, m)));
}

/** Calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcMidnight(to) - utcMidnight(from)) / DAY_MS);
}

/** 0 = Sunday ... 6 = Saturday, as `Date.getDay`. */
export function dayOfWeek(date: string): number {
  return new Date(utcMidnight(date)).getUTCDay();
}

// One formatter, reused: constructing Intl formatters is comparatively slow.
const amsterdam = new Intl.DateTimeFormat('en-US', {
  timeZone: TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** The Amsterdam wall-clock reading of an instant, as numbers. */
function wallClock(instant: Date): {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
} {
  const parts: Record<string, number> = {};
  for (const part of amsterdam.formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year,
    month: parts.month,
    day: parts.day,
    hour: parts.hour,
    minute: parts.minute,
    second: parts.second,
  };
}

function assertValid(instant: Date): void {
  if (!(instant instanceof Date) || Number.isNaN(instant.getTime())) {
    throw new RangeError(`Not a valid instant: ${String(instant)}`);
  }
}

/** Amsterdam's UTC offset in ms at an instant (+1h in winter, +2h in summer), from the real tz database. */
function offsetAt(ms: number): number {
  const instant = new Date(Math.floor(ms / 1000) * 1000);
  const w = wallClock(instant);
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - instant.getTime();
}

/** The Amsterdam date of an instant. */
export function localDate(instant: Date): string {
  assertValid(instant);
  const w = wallClock(instant);
  return format(w.year, w.month, w.day);
}

/** The instant an Amsterdam local date starts (00:00 local; midnight always exists, DST switches at 02:00/03:00). */
export function startOfLocalDay(date: string): Date {
  const wallAsUtc = utcMidnight(date);
  // Guess with the offset at the wall time read as UTC, then correct once: the offset can differ between the
  // guess and the answer only when a DST switch lies in between, and one correction settles that.
  let instant = wallAsUtc - offsetAt(wallAsUtc);
  const offset = offsetAt(instant);
  instant = wallAsUtc - offset;
  return new Date(instant);
}

/**
 * The instant a term ending on `date` has passed: the start of the next Amsterdam day. A term runs to the end
 * of its last day (Atw art. 1 speaks of days, not hours), so it is met by anything done on that day.
 */
export function endOfLocalDay(date: string): Date {
  return startOfLocalDay(addDays(date, 1));
}
