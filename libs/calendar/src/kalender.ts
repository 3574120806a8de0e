/**
 * Dutch legal term arithmetic under the Algemene termijnenwet (Atw), which governs every term set in a law.
 *
 * - art. 1: a term that ends on a Saturday, Sunday or algemeen erkende feestdag runs on to the next day that is
 *   none of these;
 * - art. 2: a term of at least three days is extended where needed so that it holds at least two days that are
 *   none of these;
 * - art. 3: the algemeen erkende feestdagen, plus Goede Vrijdag and the days equated by Royal Decree.
 */
import Holidays from 'date-holidays';
import {
  addDays,
  addMonths,
  dayOfWeek,
  daysBetween,
  endOfLocalDay,
  localDate,
  parseLocalDate,
} from './dates';

/**
 * A term's length. Calendar units count as the calendar does; werkdagen skip weekends and feestdagen. Defined here,
 * once: the workflow contract (workflows/workflow.ts) re-exports it for the terms workflows declare.
 */
export interface TermLength {
  amount: number;
  unit: 'werkdagen' | 'days' | 'weeks' | 'months' | 'years' | 'hours' | 'minutes' | 'seconds';
}

export interface TermEnd {
  /** the last local day of the term (Europe/Amsterdam); null for hour/minute/second terms */
  dueDate: string | null;
  /** the instant the term has passed: the start of the day after `dueDate`, or the exact instant */
  dueAt: Date;
}

/**
 * Days equated with the feestdagen by Royal Decree under Atw art. 3, announced a few years at a time
 * (these for 2026-2028, per JOURNEYS.md). A gemeente's admin extends it: `new Kalender([...GELIJKGESTELDE_DAGEN, ...])`.
 */
export const GELIJKGESTELDE_DAGEN: readonly string[] = Object.freeze([
  '2026-01-02',
  '2026-05-15',
  '2027-05-07',
  '2028-04-28',
  '2028-05-26',
]);

/**
 * Easter Sunday per year. Taken from date-holidays: a country-less instance with only its `easter` rule, because
 * its NL list is the list of days off, not the Atw's (it has no Goede Vrijdag as a feestdag, 5 mei only as a
 * school day, no equated days). Every Easter-based Atw day is derived below from this one date.
 */
const easterRules = new Holidays();
easterRules.setHoliday('easter', { name: { nl: 'Pasen' }, type: 'public' });
function easterSunday(year: number): string {
  const easter = easterRules.getHolidays(year).find((h) => h.rule === 'easter');
  if (!easter) throw new Error(`date-holidays returned no Easter for ${year}`);
  return easter.date.slice(0, 10);
}

/** `date` plus a calendar term: days and weeks by the day, months and years by the month (clamping). */
function addCalendarTerm(date: string, amount: number, unit: 'days' | 'weeks' | 'months' | 'years'): string {
  switch (unit) {
    case 'days':
      return addDays(date, amount);
    case 'weeks':
      return addDays(date, amount * 7);
    case 'months':
      return addMonths(date, amount);
    case 'years':
      return addMonths(date, amount * 12);
    default:
      throw new RangeError(`Unknown term unit: ${String(unit satisfies never)}`);
  }
}

const MS = { hours: 3_600_000, minutes: 60_000, seconds: 1_000 } as const;

export class Kalender {
  private gelijkgesteld: ReadonlySet<string>;
  private readonly perYear = new Map<number, ReadonlyMap<string, string>>();

  /** @param gelijkgesteldeDagen the equated days (local dates); replaces the default list, so spread it to extend */
  constructor(gelijkgesteldeDagen: readonly string[] = GELIJKGESTELDE_DAGEN) {
    this.gelijkgesteld = Kalender.check(gelijkgesteldeDagen);
  }

  private static check(dagen: readonly string[]): ReadonlySet<string> {
    dagen.forEach(parseLocalDate); // fail at configuration time, not on the first deadline
    return new Set(dagen);
  }

  /** The days equated by Royal Decree this calendar counts with (Atw art. 3), sorted. */
  gelijkgesteldeDagen(): string[] {
    return [...this.gelijkgesteld].sort();
  }

  /**
   * Replaces the equated days: the list in force changed (a new Royal Decree, entered by the admin and stored in
   * Postgres). Every term computed after this call counts with the new list; terms already armed keep their end.
   */
  vervangGelijkgesteldeDagen(dagen: readonly string[]): void {
    this.gelijkgesteld = Kalender.check(dagen);
  }

  /** The Dutch name of the feestdag (Atw art. 3) on `date`, or null when it is none. */
  feestdag(date: string): string | null {
    if (this.gelijkgesteld.has(date)) return 'gelijkgestelde dag (Atw art. 3)';
    return this.feestdagen(parseLocalDate(date).year).get(date) ?? null;
  }

  /** Whether `date` is an algemeen erkende feestdag or a day equated with one (Atw art. 3). */
  isFeestdag(date: string): boolean {
    return this.feestdag(date) !== null;
  }

  /** Neither Saturday, Sunday nor feestdag: the days Atw art. 1 and 2 look for, and the days werkdagen count. */
  isWerkdag(date: string): boolean {
    const dow = dayOfWeek(date);
    return dow !== 0 && dow !== 6 && !this.isFeestdag(date);
  }

  /** The n-th werkdag after `date` (n < 0: before it; n = 0: `date` itself). `date` itself is never counted. */
  addWerkdagen(date: string, n: number): string {
    if (!Number.isInteger(n)) throw new RangeError(`Werkdagen must be a whole number, got ${n}`);
    const step = n < 0 ? -1 : 1;
    let day = date;
    for (let left = Math.abs(n); left > 0;) {
      day = addDays(day, step);
      if (this.isWerkdag(day)) left--;
    }
    parseLocalDate(day); // validates `date` when n = 0
    return day;
  }

  /**
   * When a term that runs from `anchor` ends. Werkdagen and calendar terms count from the anchor's Amsterdam
   * day (that day itself is not part of the term) and end at the end of their last day; hours, minutes and
   * seconds are exact instant arithmetic without the Atw (short internal and test terms).
   */
  termEnd(anchor: Date, term: TermLength, opts: { atw: boolean }): TermEnd {
    const { amount, unit } = term;
    if (!Number.isFinite(amount) || amount < 0) throw new RangeError(`A term must be >= 0, got ${amount}`);

    if (unit === 'hours' || unit === 'minutes' || unit === 'seconds') {
      if (Number.isNaN(anchor.getTime())) throw new RangeError('Not a valid anchor instant');
      return { dueDate: null, dueAt: new Date(anchor.getTime() + amount * MS[unit]) };
    }
    if (!Number.isInteger(amount))
      throw new RangeError(`A term in ${unit} must be a whole number, got ${amount}`);

    const start = localDate(anchor);
    let dueDate: string;
    if (unit === 'werkdagen') {
      // Counts only days that are no Saturday, Sunday or feestdag, so it ends on such a day: the Atw adds nothing.
      dueDate = this.addWerkdagen(start, amount);
    } else {
      dueDate = addCalendarTerm(start, amount, unit);
      if (opts.atw) dueDate = this.applyAtw(start, dueDate);
    }
    return { dueDate, dueAt: endOfLocalDay(dueDate) };
  }

  /** Atw art. 1 and 2 on a calendar term from `start` (exclusive) to `end` (inclusive). */
  private applyAtw(start: string, end: string): string {
    let due = end;
    // art. 1: a term ending on a Saturday, Sunday or feestdag runs on to the next day that is none of these.
    while (!this.isWerkdag(due)) due = addDays(due, 1);
    // art. 2: a term of at least three days must hold at least two such days; if it holds fewer, it runs on to
    // the second one after its start. Measured on the term as set, before art. 1 moved its end.
    if (daysBetween(start, end) >= 3) {
      const secondWerkdag = this.addWerkdagen(start, 2);
      if (daysBetween(due, secondWerkdag) > 0) due = secondWerkdag;
    }
    return due;
  }

  /** The Atw art. 3 feestdagen of a year (without the equated days), by local date; computed once per year. */
  private feestdagen(year: number): ReadonlyMap<string, string> {
    let days = this.perYear.get(year);
    if (!days) {
      const easter = easterSunday(year);
      const ymd = (md: string) => `${String(year).padStart(4, '0')}-${md}`;
      // Koningsdag: the King's birthday, 27 April, is celebrated on the 26th when the 27th is a Sunday (since 2014).
      const koningsdag = dayOfWeek(ymd('04-27')) === 0 ? ymd('04-26') : ymd('04-27');
      days = new Map([
        [ymd('01-01'), 'Nieuwjaarsdag'],
        [addDays(easter, -2), 'Goede Vrijdag'], // equated with the feestdagen by art. 3
        [addDays(easter, 1), 'tweede Paasdag'],
        [koningsdag, 'Koningsdag'],
        [ymd('05-05'), '5 mei'], // every year for the Atw, not only in lustrum years as for days off
        [addDays(easter, 39), 'Hemelvaartsdag'],
        [addDays(easter, 50), 'tweede Pinksterdag'],
        [ymd('12-25'), 'eerste Kerstdag'],
        [ymd('12-26'), 'tweede Kerstdag'],
      ]);
      this.perYear.set(year, days);
    }
    return days;
  }
}

/**
 * The calendar of this process: the list of equated days in force. The runtime (libs/runtime) loads the list
 * stored in Postgres into it at start-up and on every change, and gives this instance to the engine and the
 * firing; workflows that count a term themselves (workflows/intake/terms.ts) use it too, so all count alike.
 * Until the runtime loaded it (unit tests, scripts), it holds GELIJKGESTELDE_DAGEN.
 */
export const ATW_KALENDER = new Kalender();
