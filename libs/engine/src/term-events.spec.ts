import { StepDraft } from './step';
import { decl as declare, def, kalender, loaded, now, row, snapshot, stepOf } from './step.fixtures';
import { changeTerm } from './term-events';
import type { DeadlineRow } from './view';

// Opschorting and verlenging as plain data: no database, the draft computes the rows.

/** Six weeks from Monday 2 March 2026 (due Monday 13 April), reminded 2 werkdagen before its end. */
const decl = { ...declare('onderzoek', 6), remindBefore: { amount: 2, unit: 'werkdagen' as const } };

const armed = () => loaded(decl);

function step(
  d: DeadlineRow,
  type: 'TERMIJN_OPSCHORTEN' | 'TERMIJN_HERVATTEN' | 'TERMIJN_VERLENGEN',
  at: string,
) {
  const draft = new StepDraft(kalender, row, [d]);
  const met = type === 'TERMIJN_VERLENGEN' ? { amount: 1, unit: 'weeks' as const } : undefined;
  changeTerm(
    kalender,
    draft,
    d,
    type,
    { key: d.key, reden: 'wacht op stukken', ...(met ? { met } : {}) },
    new Date(at),
  );
  return {
    row: draft.deadlines()[0],
    outbox: stepOf(draft, type).outbox,
  };
}

describe('changeTerm keeps the reminder lead the workflow declared', () => {
  it('stores the declared lead with the deadline: 2 werkdagen before Monday 13 April is Thursday 9 April', () => {
    const d = armed();
    expect(d.remind_before).toEqual({ amount: 2, unit: 'werkdagen' });
    expect(d.due_date).toBe('2026-04-13');
    expect(d.remind_at).toEqual(new Date('2026-04-09T06:00:00.000Z')); // 08:00 in Amsterdam (CEST)
  });

  it('suspended on 10 March and resumed on 17 March: due Monday 20 April, reminded Thursday 16 April', () => {
    const suspended = step(armed(), 'TERMIJN_OPSCHORTEN', '2026-03-10T10:00:00Z').row;
    const { row: resumed, outbox } = step(suspended, 'TERMIJN_HERVATTEN', '2026-03-17T10:00:00Z');
    expect(resumed.due_date).toBe('2026-04-20');
    // not the default week (Monday 13 April): the declared 2 werkdagen
    expect(resumed.remind_at).toEqual(new Date('2026-04-16T06:00:00.000Z'));
    expect(resumed.remind_before).toEqual({ amount: 2, unit: 'werkdagen' });
    expect(outbox).toEqual([
      {
        kind: 'timer',
        payload: {
          deadlineId: resumed.id,
          token: resumed.token,
          dueAt: resumed.due_at.toISOString(),
          remindAt: '2026-04-16T06:00:00.000Z',
        },
      },
    ]);
  });

  it('extended by a week: due Monday 20 April, reminded Thursday 16 April', () => {
    const { row: extended } = step(armed(), 'TERMIJN_VERLENGEN', '2026-03-10T10:00:00Z');
    expect(extended.due_date).toBe('2026-04-20');
    expect(extended.remind_at).toEqual(new Date('2026-04-16T06:00:00.000Z'));
  });

  it('a term declared without a lead keeps the default week after a resumption: Monday 13 April', () => {
    const draft = new StepDraft(kalender, row, []);
    draft.reconcile(def(), snapshot, [{ ...decl, remindBefore: undefined }], now);
    const d = draft.deadlines()[0];
    expect(d.remind_before).toBeNull();
    const suspended = step(d, 'TERMIJN_OPSCHORTEN', '2026-03-10T10:00:00Z').row;
    const { row: resumed } = step(suspended, 'TERMIJN_HERVATTEN', '2026-03-17T10:00:00Z');
    expect(resumed.remind_at).toEqual(new Date('2026-04-13T06:00:00.000Z'));
  });
});
