/**
 * From a workflow's declared deadline to dates: the due moment by the Algemene termijnenwet, moved by
 * opschorting and verlenging, and the moment the case owner is reminded.
 */
import { type Kalender, addDays, endOfLocalDay, startOfLocalDay } from '@regie/calendar';
import type { DeadlineDeclaration, TermLength } from '@regie/workflows/workflow';

const SUB_DAY: ReadonlySet<TermLength['unit']> = new Set(['hours', 'minutes', 'seconds']);
const DAY_MS = 86_400_000;
/** Reminders land at the start of a working day, not at midnight. */
const REMIND_HOUR = 8;

export interface TermInput {
  anchor: Date;
  term: TermLength;
  atw: boolean;
  /** calendar days added by opschorting (suspension) and verlenging (extension) */
  extraDays: number;
}

export interface Due {
  dueDate: string | null;
  dueAt: Date;
}

function startOfWorkingDay(date: string): Date {
  return new Date(startOfLocalDay(date).getTime() + REMIND_HOUR * 3_600_000);
}

export function dueOf(kalender: Kalender, t: TermInput): Due {
  if (t.extraDays === 0) return kalender.termEnd(t.anchor, t.term, { atw: t.atw });
  const base = kalender.termEnd(t.anchor, t.term, { atw: false });
  if (base.dueDate === null)
    return { dueDate: null, dueAt: new Date(base.dueAt.getTime() + t.extraDays * DAY_MS) };
  let date = addDays(base.dueDate, t.extraDays);
  // Atw art. 1 again: the moved end may land on a weekend or feestdag.
  if (t.atw) while (!kalender.isWerkdag(date)) date = addDays(date, 1);
  return { dueDate: date, dueAt: endOfLocalDay(date) };
}

function werkdagenBefore(kalender: Kalender, date: string, n: number): string {
  return kalender.addWerkdagen(date, -n);
}

function isShortTerm(term: TermLength): boolean {
  return (term.unit === 'werkdagen' || term.unit === 'days') && term.amount <= 5;
}

/**
 * The default reminder: one week before the end, or one werkdag before it for terms of five (werk)dagen or less;
 * none for the sub-day terms tests use unless declared. A reminder that would fall before the term starts falls
 * back to one werkdag before the end.
 */
export function remindAtOf(
  kalender: Kalender,
  decl: Pick<DeadlineDeclaration, 'term' | 'remindBefore'>,
  anchor: Date,
  due: Due,
): Date | null {
  const before = decl.remindBefore;
  let at: Date | null;
  if (due.dueDate === null) {
    at = before && SUB_DAY.has(before.unit) ? new Date(due.dueAt.getTime() - subDayMs(before)) : null;
  } else if (before?.unit === 'werkdagen') {
    at = startOfWorkingDay(werkdagenBefore(kalender, due.dueDate, before.amount));
  } else if (before) {
    at = startOfWorkingDay(addDays(due.dueDate, -calendarDays(before)));
  } else if (isShortTerm(decl.term)) {
    at = startOfWorkingDay(werkdagenBefore(kalender, due.dueDate, 1));
  } else {
    at = startOfWorkingDay(addDays(due.dueDate, -7));
  }
  if (at && at.getTime() <= anchor.getTime() && due.dueDate !== null) {
    at = startOfWorkingDay(werkdagenBefore(kalender, due.dueDate, 1));
  }
  return at && at.getTime() > anchor.getTime() && at.getTime() < due.dueAt.getTime() ? at : null;
}

function subDayMs(t: TermLength): number {
  const unit = { hours: 3_600_000, minutes: 60_000, seconds: 1000 } as Record<string, number>;
  return t.amount * (unit[t.unit] ?? DAY_MS);
}

/** Calendar days in a day-or-longer length (months and years approximated; only used for reminders). */
export function calendarDays(t: TermLength): number {
  switch (t.unit) {
    case 'weeks':
      return t.amount * 7;
    case 'months':
      return t.amount * 30;
    case 'years':
      return t.amount * 365;
    default:
      return t.amount;
  }
}

export function sameTerm(
  a: { anchor: Date; term: TermLength; atw: boolean },
  b: DeadlineDeclaration,
): boolean {
  return (
    a.anchor.getTime() === new Date(b.anchor).getTime() &&
    a.term.amount === b.term.amount &&
    a.term.unit === b.term.unit &&
    a.atw === b.atw
  );
}
