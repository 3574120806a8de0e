import { StepDraft } from './step';
import { decl, def, kalender, loaded, now, row, snapshot, stepOf } from './step.fixtures';

// The step is plain data computed from the loaded rows: these tests need no database.
describe('StepDraft.reconcile: deadline rows follow what the workflow declares', () => {
  it('inserts a newly declared term with token 1 and arms its due moment and reminder', () => {
    const draft = new StepDraft(kalender, row, []);
    draft.reconcile(def(), snapshot, [decl('onderzoek', 6)], now);
    const step = stepOf(draft);
    expect(step.newDeadlines).toHaveLength(1);
    expect(step.newDeadlines[0]).toMatchObject({
      key: 'onderzoek',
      status: 'pending',
      token: 1,
      case_id: 'c1',
    });
    expect(step.newDeadlines[0].due_date).toBe('2026-04-13');
    expect(step.changedDeadlines).toEqual([]);
    expect(step.outbox).toEqual([
      {
        kind: 'timer',
        payload: {
          deadlineId: step.newDeadlines[0].id,
          token: 1,
          dueAt: step.newDeadlines[0].due_at.toISOString(),
          remindAt: step.newDeadlines[0].remind_at!.toISOString(),
        },
      },
    ]);
  });

  it('leaves a term that is declared unchanged alone: no write, no timer', () => {
    const running = loaded(decl('onderzoek', 6));
    const draft = new StepDraft(kalender, row, [running]);
    draft.reconcile(def(), snapshot, [decl('onderzoek', 6)], now);
    const step = stepOf(draft);
    expect([step.newDeadlines, step.changedDeadlines, step.outbox]).toEqual([[], [], []]);
  });

  it('re-arms a moved term with a new token, clearing the reminder sent for the old end', () => {
    const running = loaded(decl('onderzoek', 6), { token: 3, reminded_at: now });
    const draft = new StepDraft(kalender, row, [running]);
    draft.reconcile(def(), snapshot, [decl('onderzoek', 8)], now);
    const step = stepOf(draft);
    expect(step.changedDeadlines).toHaveLength(1);
    expect(step.changedDeadlines[0]).toMatchObject({
      id: running.id,
      token: 4,
      rearmed: true,
      reminded_at: null,
    });
    // 8 weeks end on Koningsdag, 27 April, which the Atw moves to the next werkdag
    expect(step.changedDeadlines[0].due_date).toBe('2026-04-28');
    expect(step.outbox).toHaveLength(1);
    expect(step.outbox[0].payload).toMatchObject({ deadlineId: running.id, token: 4 });
  });

  it('closes a term no longer declared as met or cancelled, as the workflow says, with a new token', () => {
    for (const as of ['met', 'cancelled'] as const) {
      const running = loaded(decl('onderzoek', 6), { token: 2 });
      const draft = new StepDraft(kalender, row, [running]);
      draft.reconcile(def(as), snapshot, [], now);
      const [closed] = draft.deadlines();
      expect(closed).toMatchObject({ status: as, token: 3, [as === 'met' ? 'met_at' : 'cancelled_at']: now });
      expect(stepOf(draft, 'X', null).outbox).toEqual([]);
    }
  });

  it('records when a missed term was met after all, keeping its status missed', () => {
    const missed = loaded(decl('onderzoek', 6), { status: 'missed', missed_at: now });
    const draft = new StepDraft(kalender, row, [missed]);
    draft.reconcile(def(), snapshot, [], now);
    expect(draft.deadlines()[0]).toMatchObject({ status: 'missed', met_at: now, token: missed.token });
  });

  it('does not declare a closed term again when the same term is declared once more', () => {
    const met = loaded(decl('onderzoek', 6), { status: 'met', met_at: now });
    const draft = new StepDraft(kalender, row, [met]);
    draft.reconcile(def(), snapshot, [decl('onderzoek', 6)], now);
    const step = stepOf(draft, 'X', null);
    expect([step.newDeadlines, step.changedDeadlines]).toEqual([[], []]);
  });
});

describe('StepDraft.passedBy: terms born passed, from a date of receipt before the registration', () => {
  // now is Monday 2 March 2026, 10:00 in Amsterdam
  it('names the terms this step armed that had passed and the reminders already due, each in time order', () => {
    const draft = new StepDraft(kalender, row, []);
    draft.reconcile(
      def(),
      snapshot,
      [
        decl('lang', 6, '2026-01-10T23:00:00Z'), // received 11 January: due 23 February, passed
        decl('kort', 2, '2026-02-01T23:00:00Z'), // received 2 February: due 16 February, passed
        decl('loopt', 2, '2026-02-22T23:00:00Z'), // received 23 February: due 9 March, reminded 2 March 08:00
        decl('later', 6, '2026-02-22T23:00:00Z'), // due 6 April, reminded 30 March: not yet
      ],
      now,
    );
    const { due, remind } = draft.passedBy(now);
    expect(due.map((d) => [d.key, d.due_date])).toEqual([
      ['kort', '2026-02-16'],
      ['lang', '2026-02-23'],
    ]);
    expect(remind.map((d) => [d.key, d.due_date])).toEqual([['loopt', '2026-03-09']]);
  });

  it('leaves the terms the step did not touch to their own timers, and names none for a step registered today', () => {
    const overdue = loaded(decl('oud', 1, '2026-01-05T08:00:00Z'));
    const draft = new StepDraft(kalender, row, [overdue]);
    draft.reconcile(def(), snapshot, [decl('oud', 1, '2026-01-05T08:00:00Z'), decl('nieuw', 6)], now);
    expect(draft.passedBy(now)).toEqual({ due: [], remind: [] });
  });
});
