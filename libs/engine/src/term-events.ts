/**
 * Opschorting and verlenging: terms are suspended, resumed and extended by events the engine itself handles, for
 * every workflow. Pure: given the running term, what the step changes about it.
 */
import { type Kalender, daysBetween, localDate } from '@regie/calendar';
import { z } from 'zod';
import type { StepDraft } from './step';
import { calendarDays, dueOf, remindAtOf } from './terms';
import type { DeadlineRow } from './view';

export const TERM_EVENTS = {
  TERMIJN_OPSCHORTEN: {
    title: 'Termijn opschorten',
    schema: z.object({ key: z.string().min(1), reden: z.string().min(3) }).strict(),
  },
  TERMIJN_HERVATTEN: {
    title: 'Opgeschorte termijn hervatten',
    schema: z.object({ key: z.string().min(1), reden: z.string().optional() }).strict(),
  },
  TERMIJN_VERLENGEN: {
    title: 'Termijn verlengen',
    schema: z
      .object({
        key: z.string().min(1),
        reden: z.string().min(3),
        met: z.object({ amount: z.number().int().positive().max(365), unit: z.enum(['days', 'weeks']) }),
      })
      .strict(),
  },
} as const;
export type TermEventType = keyof typeof TERM_EVENTS;
export type TermEventArgs = { key: string; reden?: string; met?: { amount: number; unit: 'days' | 'weeks' } };

export const TERM_EVENT_TITLES: Record<string, string> = Object.fromEntries(
  Object.entries(TERM_EVENTS).map(([type, spec]) => [type, spec.title]),
);

export function isTermEvent(type: string): type is TermEventType {
  return Object.prototype.hasOwnProperty.call(TERM_EVENTS, type);
}

/**
 * Suspends, resumes or extends `deadline` in the draft (a new token, so its armed timers go stale; a moved term
 * is armed again) and returns what the history entry records of the change.
 */
export function changeTerm(
  kalender: Kalender,
  draft: StepDraft,
  deadline: DeadlineRow,
  type: TermEventType,
  args: TermEventArgs,
  now: Date,
): Record<string, unknown> {
  if (type === 'TERMIJN_OPSCHORTEN') {
    draft.change(deadline, { suspended_at: now, token: deadline.token + 1 });
    return { suspendedAt: now.toISOString() };
  }
  const addedDays =
    type === 'TERMIJN_HERVATTEN'
      ? Math.max(0, daysBetween(localDate(deadline.suspended_at!), localDate(now)))
      : calendarDays(args.met!);
  const suspendedDays = deadline.suspended_days + (type === 'TERMIJN_HERVATTEN' ? addedDays : 0);
  const extendedDays = deadline.extended_days + (type === 'TERMIJN_VERLENGEN' ? addedDays : 0);
  const due = dueOf(kalender, {
    anchor: deadline.anchor,
    term: deadline.term,
    atw: deadline.atw,
    extraDays: suspendedDays + extendedDays,
  });
  // the lead the workflow declared (null: the default), so a moved term is reminded as long before its end
  const remindBefore = deadline.remind_before ?? undefined;
  const remindAt = remindAtOf(kalender, { term: deadline.term, remindBefore }, deadline.anchor, due);
  const moved = draft.change(
    deadline,
    {
      suspended_at: null,
      suspended_days: suspendedDays,
      extended_days: extendedDays,
      due_date: due.dueDate,
      due_at: due.dueAt,
      remind_at: remindAt,
      reminded_at: null,
      token: deadline.token + 1,
    },
    true,
  );
  draft.arm(moved, remindAt);
  return {
    addedDays,
    previousDueDate: deadline.due_date,
    dueDate: due.dueDate,
    dueAt: due.dueAt.toISOString(),
  };
}
