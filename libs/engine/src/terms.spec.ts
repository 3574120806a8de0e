import { Kalender } from '@regie/calendar';
import { dueOf, remindAtOf } from './terms';

const kalender = new Kalender();
const at = (iso: string) => new Date(iso);

describe('due dates moved by opschorting and verlenging', () => {
  it('adds suspended days to a 6-week term and applies Atw art. 1 again to the moved end', () => {
    // Wmo onderzoek from Monday 2 March 2026 ends Monday 13 April; 5 days of opschorting end it on
    // Saturday 18 April, which runs on to Monday 20 April.
    const plain = dueOf(kalender, {
      anchor: at('2026-03-02T10:00:00+01:00'),
      term: { amount: 6, unit: 'weeks' },
      atw: true,
      extraDays: 0,
    });
    expect(plain.dueDate).toBe('2026-04-13');
    const moved = dueOf(kalender, {
      anchor: at('2026-03-02T10:00:00+01:00'),
      term: { amount: 6, unit: 'weeks' },
      atw: true,
      extraDays: 5,
    });
    expect(moved.dueDate).toBe('2026-04-20');
  });

  it('moves a sub-day test term by whole days', () => {
    const due = dueOf(kalender, {
      anchor: at('2026-03-02T10:00:00Z'),
      term: { amount: 30, unit: 'seconds' },
      atw: false,
      extraDays: 1,
    });
    expect(due).toEqual({ dueDate: null, dueAt: at('2026-03-03T10:00:30Z') });
  });
});

describe('reminders', () => {
  it('reminds a week before a term of weeks, at 08:00 Amsterdam time', () => {
    const anchor = at('2026-03-02T10:00:00+01:00');
    const due = dueOf(kalender, { anchor, term: { amount: 6, unit: 'weeks' }, atw: true, extraDays: 0 });
    expect(remindAtOf(kalender, { term: { amount: 6, unit: 'weeks' } }, anchor, due)).toEqual(
      at('2026-04-06T08:00:00+02:00'),
    );
  });

  it('reminds one werkdag before the end of a term of 5 werkdagen or less', () => {
    // Wgs crisis: 3 werkdagen from Thursday 2 April 2026 skips Goede Vrijdag and tweede Paasdag: ends Thursday 9 April.
    const anchor = at('2026-04-02T11:00:00+02:00');
    const term = { amount: 3, unit: 'werkdagen' } as const;
    const due = dueOf(kalender, { anchor, term, atw: true, extraDays: 0 });
    expect(due.dueDate).toBe('2026-04-09');
    expect(remindAtOf(kalender, { term }, anchor, due)).toEqual(at('2026-04-08T08:00:00+02:00'));
  });

  it('falls back to one werkdag before the end when a week before would precede the term (7-day term)', () => {
    const anchor = at('2026-03-02T10:00:00+01:00');
    const term = { amount: 7, unit: 'days' } as const;
    const due = dueOf(kalender, { anchor, term, atw: true, extraDays: 0 });
    expect(due.dueDate).toBe('2026-03-09');
    expect(remindAtOf(kalender, { term }, anchor, due)).toEqual(at('2026-03-06T08:00:00+01:00'));
  });

  it('has no reminder for a sub-day term unless one is declared', () => {
    const anchor = at('2026-03-02T10:00:00Z');
    const term = { amount: 10, unit: 'seconds' } as const;
    const due = dueOf(kalender, { anchor, term, atw: false, extraDays: 0 });
    expect(remindAtOf(kalender, { term }, anchor, due)).toBeNull();
    expect(remindAtOf(kalender, { term, remindBefore: { amount: 5, unit: 'seconds' } }, anchor, due)).toEqual(
      at('2026-03-02T10:00:05Z'),
    );
  });
});
