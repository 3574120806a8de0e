import { GELIJKGESTELDE_DAGEN, Kalender, type TermLength } from './index';

const kalender = new Kalender();
/** An anchor at noon Amsterdam time on a local date (CET or CEST does not matter at noon). */
const at = (date: string) => new Date(`${date}T10:00:00Z`);
const due = (anchorDate: string, term: TermLength, atw = true) =>
  kalender.termEnd(at(anchorDate), term, { atw }).dueDate;

describe('Kalender: algemeen erkende feestdagen (Atw art. 3)', () => {
  it('art. 3: Goede Vrijdag (2026-04-03) is equated, tweede Paasdag (2026-04-06) is a feestdag, Pasen itself is a Sunday', () => {
    expect(kalender.feestdag('2026-04-03')).toBe('Goede Vrijdag');
    expect(kalender.isFeestdag('2026-04-06')).toBe(true);
    expect(kalender.isWerkdag('2026-04-02')).toBe(true);
    expect(kalender.isWerkdag('2026-04-03')).toBe(false);
    expect(kalender.isWerkdag('2026-04-06')).toBe(false);
    expect(kalender.isWerkdag('2026-04-07')).toBe(true);
  });

  it('art. 3: Easter-based days of other years (Easter 2027-03-28, 2028-04-16)', () => {
    expect(['2027-03-26', '2027-03-29', '2027-05-06', '2027-05-17'].map((d) => kalender.feestdag(d))).toEqual(
      ['Goede Vrijdag', 'tweede Paasdag', 'Hemelvaartsdag', 'tweede Pinksterdag'],
    );
    expect(kalender.isFeestdag('2028-04-14')).toBe(true);
    expect(kalender.isFeestdag('2028-04-17')).toBe(true);
  });

  it('art. 3: Koningsdag 2026 is Monday 27 April', () => {
    expect(kalender.feestdag('2026-04-27')).toBe('Koningsdag');
    expect(kalender.isWerkdag('2026-04-27')).toBe(false);
    expect(due('2026-04-20', { amount: 1, unit: 'weeks' })).toBe('2026-04-28');
  });

  it('art. 3: Koningsdag 2025 is Saturday 26 April, because 27 April 2025 is a Sunday', () => {
    expect(kalender.feestdag('2025-04-26')).toBe('Koningsdag');
    expect(kalender.isFeestdag('2025-04-27')).toBe(false);
    expect(kalender.isWerkdag('2025-04-28')).toBe(true);
  });

  it('art. 3: 5 mei is a feestdag every year, also in the non-lustrum year 2026 (a Tuesday)', () => {
    expect(kalender.feestdag('2026-05-05')).toBe('5 mei');
    expect(kalender.isFeestdag('2027-05-05')).toBe(true);
    // a week from Tuesday 28 April ends on 5 mei and runs on to Wednesday 6 May (art. 1)
    expect(due('2026-04-28', { amount: 1, unit: 'weeks' })).toBe('2026-05-06');
  });

  it('art. 3: Hemelvaartsdag 2026 (Thursday 14 May) and the equated Friday 15 May 2026', () => {
    expect(kalender.feestdag('2026-05-14')).toBe('Hemelvaartsdag');
    expect(kalender.isFeestdag('2026-05-15')).toBe(true);
    expect(kalender.isWerkdag('2026-05-15')).toBe(false);
    // a term ending on Hemelvaartsdag runs past the equated Friday and the weekend to Monday 18 May (art. 1)
    expect(due('2026-04-30', { amount: 2, unit: 'weeks' })).toBe('2026-05-18');
    expect(kalender.addWerkdagen('2026-05-13', 1)).toBe('2026-05-18');
  });

  it('art. 3: tweede Pinksterdag 2026 is 25 May; Pinksteren itself is a Sunday', () => {
    expect(kalender.feestdag('2026-05-25')).toBe('tweede Pinksterdag');
  });

  it('art. 3: both Kerstdagen and Nieuwjaarsdag, across the year end 2025-2026', () => {
    expect(kalender.feestdag('2025-12-25')).toBe('eerste Kerstdag');
    expect(kalender.feestdag('2025-12-26')).toBe('tweede Kerstdag');
    expect(kalender.feestdag('2026-01-01')).toBe('Nieuwjaarsdag');
    // Wed 24 Dec: Thu 25 and Fri 26 Kerst, weekend, Mon 29 .. Wed 31, Thu 1 Jan, Fri 2 Jan equated, weekend
    expect(kalender.addWerkdagen('2025-12-24', 1)).toBe('2025-12-29');
    expect(kalender.addWerkdagen('2025-12-24', 4)).toBe('2026-01-05');
    expect(kalender.addWerkdagen('2026-01-05', -4)).toBe('2025-12-24');
  });

  it('art. 3 (equated day): the equated 2 January 2026 moves a term ending on Nieuwjaarsdag to Monday 5 January', () => {
    expect(kalender.isFeestdag('2026-01-02')).toBe(true);
    expect(due('2025-12-25', { amount: 1, unit: 'weeks' })).toBe('2026-01-05');
    // without the equated day (an empty list) it would have been Friday 2 January
    expect(
      new Kalender([]).termEnd(at('2025-12-25'), { amount: 1, unit: 'weeks' }, { atw: true }).dueDate,
    ).toBe('2026-01-02');
  });

  it('art. 3 (equated day): the default equated days of 2026-2028 are all feestdagen', () => {
    expect(GELIJKGESTELDE_DAGEN).toEqual([
      '2026-01-02',
      '2026-05-15',
      '2027-05-07',
      '2028-04-28',
      '2028-05-26',
    ]);
    for (const day of GELIJKGESTELDE_DAGEN) expect(kalender.isWerkdag(day)).toBe(false);
    expect(Object.isFrozen(GELIJKGESTELDE_DAGEN)).toBe(true);
  });

  it('art. 3 (equated day): an extra equated day added through the constructor', () => {
    const extended = new Kalender([...GELIJKGESTELDE_DAGEN, '2026-06-01']);
    expect(kalender.isWerkdag('2026-06-01')).toBe(true);
    expect(extended.isFeestdag('2026-06-01')).toBe(true);
    expect(extended.isFeestdag('2026-01-02')).toBe(true);
    expect(extended.termEnd(at('2026-05-25'), { amount: 1, unit: 'weeks' }, { atw: true }).dueDate).toBe(
      '2026-06-02',
    );
    expect(extended.addWerkdagen('2026-05-29', 1)).toBe('2026-06-02');
  });

  it('art. 3: the constructor rejects a malformed equated day', () => {
    expect(() => new Kalender(['2026-13-01'])).toThrow(RangeError);
  });
});

describe('Kalender: terms (Atw art. 1 and 2)', () => {
  it('art. 1: a term ending on a Saturday runs on to Monday', () => {
    // Monday 9 March + 5 days = Saturday 14 March
    expect(due('2026-03-09', { amount: 5, unit: 'days' })).toBe('2026-03-16');
  });

  it('art. 1: a term ending on a Sunday runs on to Monday', () => {
    // Sunday 8 March + 1 week = Sunday 15 March
    expect(due('2026-03-08', { amount: 1, unit: 'weeks' })).toBe('2026-03-16');
  });

  it('art. 1: without the Atw (atw: false) the term ends on the Saturday itself', () => {
    expect(due('2026-03-09', { amount: 5, unit: 'days' }, false)).toBe('2026-03-14');
  });

  it('art. 1: a term ending on Goede Vrijdag 2026 runs past Easter and tweede Paasdag to Tuesday 7 April', () => {
    expect(due('2026-03-06', { amount: 4, unit: 'weeks' })).toBe('2026-04-07');
  });

  it('art. 1: dueAt is the start of the Amsterdam day after dueDate', () => {
    const end = kalender.termEnd(at('2026-03-09'), { amount: 5, unit: 'days' }, { atw: true });
    expect(end).toEqual({ dueDate: '2026-03-16', dueAt: new Date('2026-03-16T23:00:00Z') });
  });

  it('art. 1: the anchor day is the Amsterdam day, also late in the evening', () => {
    // 23:30 on Friday 13 March in Amsterdam is 22:30 UTC; 2026-03-13T23:30Z is already Saturday 14 March
    const friday = kalender.termEnd(
      new Date('2026-03-13T22:30:00Z'),
      { amount: 1, unit: 'days' },
      { atw: false },
    );
    const saturday = kalender.termEnd(
      new Date('2026-03-13T23:30:00Z'),
      { amount: 1, unit: 'days' },
      { atw: false },
    );
    expect([friday.dueDate, saturday.dueDate]).toEqual(['2026-03-14', '2026-03-15']);
  });

  it('art. 2: a 3-day term from the Thursday before Easter 2026 must hold two werkdagen (Wed 8 April)', () => {
    // 2 April + 3 days = Sunday 5 April; art. 1 alone would give Tuesday 7 April, which holds only one werkdag
    expect(due('2026-04-02', { amount: 3, unit: 'days' })).toBe('2026-04-08');
  });

  it('art. 2: does not apply to a term shorter than three days (art. 1 only)', () => {
    expect(due('2026-04-02', { amount: 2, unit: 'days' })).toBe('2026-04-07');
  });

  it('art. 2: a 3-day term from a Friday holds Monday and Tuesday', () => {
    // Friday 6 March + 3 days = Monday 9 March (one werkdag), extended to Tuesday 10 March
    expect(due('2026-03-06', { amount: 3, unit: 'days' })).toBe('2026-03-10');
    expect(due('2026-03-06', { amount: 3, unit: 'days' }, false)).toBe('2026-03-09');
  });

  it('art. 1: a month term from 2028-01-29 ends on leap day 2028-02-29 (a Tuesday)', () => {
    expect(due('2028-01-29', { amount: 1, unit: 'months' })).toBe('2028-02-29');
  });

  it('art. 1: a month term from 2028-01-31 clamps to leap day 2028-02-29', () => {
    expect(due('2028-01-31', { amount: 1, unit: 'months' })).toBe('2028-02-29');
    expect(due('2027-01-31', { amount: 1, unit: 'months' }, false)).toBe('2027-02-28');
  });

  it('art. 1: a 4-week term across 29 February 2028 is 28 days', () => {
    expect(due('2028-02-15', { amount: 4, unit: 'weeks' })).toBe('2028-03-14');
  });

  it('art. 1: a year term from leap day ends on 28 February, which in 2029 is a Wednesday', () => {
    expect(due('2028-02-29', { amount: 1, unit: 'years' })).toBe('2029-02-28');
  });

  it('art. 1: the equated 28 April 2028 and Koningsdag 27 April 2028 move a term to Monday 1 May', () => {
    expect(due('2028-04-20', { amount: 1, unit: 'weeks' })).toBe('2028-05-01');
  });
});

describe('Kalender: werkdagen (Atw art. 3 days are no werkdagen)', () => {
  it('art. 3: 5 werkdagen from a Wednesday run across the weekend', () => {
    expect(kalender.addWerkdagen('2026-03-11', 5)).toBe('2026-03-18');
    expect(due('2026-03-11', { amount: 5, unit: 'werkdagen' })).toBe('2026-03-18');
  });

  it('art. 3: counting starts the day after, also from a weekend day', () => {
    expect(kalender.addWerkdagen('2026-03-14', 1)).toBe('2026-03-16');
    expect(kalender.addWerkdagen('2026-03-14', 0)).toBe('2026-03-14');
  });

  it('art. 3: Wgs crisis: 3 werkdagen from Friday 22 May 2026, before tweede Pinksterdag, end Thursday 28 May', () => {
    const end = kalender.termEnd(at('2026-05-22'), { amount: 3, unit: 'werkdagen' }, { atw: true });
    expect(end).toEqual({ dueDate: '2026-05-28', dueAt: new Date('2026-05-28T22:00:00Z') });
  });

  it('art. 3: Wgs crisis: 3 werkdagen from Friday 24 April 2026, before Koningsdag, end Thursday 30 April', () => {
    expect(due('2026-04-24', { amount: 3, unit: 'werkdagen' })).toBe('2026-04-30');
  });

  it('art. 3: Wgs crisis: 3 werkdagen from Thursday 2 April 2026 skip Goede Vrijdag and tweede Paasdag', () => {
    expect(due('2026-04-02', { amount: 3, unit: 'werkdagen' })).toBe('2026-04-09');
  });
});

describe('Kalender: short terms without the Atw', () => {
  it('Atw art. 1 does not apply to hours, minutes and seconds: exact instants, no dueDate', () => {
    const anchor = new Date('2026-03-28T23:30:00Z'); // across the spring DST switch
    expect(kalender.termEnd(anchor, { amount: 5, unit: 'hours' }, { atw: true })).toEqual({
      dueDate: null,
      dueAt: new Date('2026-03-29T04:30:00Z'),
    });
    expect(kalender.termEnd(anchor, { amount: 90, unit: 'seconds' }, { atw: true }).dueAt).toEqual(
      new Date('2026-03-28T23:31:30Z'),
    );
    expect(kalender.termEnd(anchor, { amount: 2, unit: 'minutes' }, { atw: false }).dueAt).toEqual(
      new Date('2026-03-28T23:32:00Z'),
    );
  });

  it('rejects negative and fractional calendar terms', () => {
    expect(() => kalender.termEnd(at('2026-03-09'), { amount: -1, unit: 'days' }, { atw: true })).toThrow(
      RangeError,
    );
    expect(() => kalender.termEnd(at('2026-03-09'), { amount: 1.5, unit: 'weeks' }, { atw: true })).toThrow(
      RangeError,
    );
  });
});
