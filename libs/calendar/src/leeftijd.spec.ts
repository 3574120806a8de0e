import { addDays, localDate } from './dates';
import { Kalender } from './kalender';
import { anchorVoorLeeftijd, dateAtAge, inMaanden, leeftijdOp } from './leeftijd';
import type { Leeftijd } from './leeftijd';

describe('dateAtAge', () => {
  it('adds whole years and months', () => {
    expect(dateAtAge('2009-10-15', 16, 6)).toBe('2026-04-15');
    expect(dateAtAge('2009-10-15', 17, 9)).toBe('2027-07-15');
    expect(dateAtAge('2009-10-15', 18)).toBe('2027-10-15');
    expect(dateAtAge('2009-10-15', 18, 3)).toBe('2028-01-15');
  });

  describe('29 February', () => {
    it('turns 18 on 1 March in a common year', () => {
      expect(dateAtAge('2008-02-29', 18)).toBe('2026-03-01');
      expect(dateAtAge('2008-02-29', 17)).toBe('2025-03-01');
      expect(dateAtAge('2008-02-29', 23)).toBe('2031-03-01');
    });
    it('turns 16 on 29 February in a leap year', () => {
      expect(dateAtAge('2008-02-29', 16)).toBe('2024-02-29');
      expect(dateAtAge('2012-02-29', 16)).toBe('2028-02-29');
    });
    it('reaches half and three-quarter years on the 29th of the month', () => {
      expect(dateAtAge('2008-02-29', 16, 6)).toBe('2024-08-29');
      expect(dateAtAge('2008-02-29', 17, 9)).toBe('2025-11-29');
      expect(dateAtAge('2008-02-29', 18, 3)).toBe('2026-05-29');
    });
  });

  describe('month ends clamp to the last day of the month', () => {
    it('16.5 of someone born on 31 August is the last day of February', () => {
      expect(dateAtAge('2009-08-31', 16, 6)).toBe('2026-02-28');
      expect(dateAtAge('2011-08-31', 16, 6)).toBe('2028-02-29'); // leap year
      expect(dateAtAge('2009-08-30', 16, 6)).toBe('2026-02-28');
      expect(dateAtAge('2009-08-29', 16, 6)).toBe('2026-02-28');
      expect(dateAtAge('2011-08-29', 16, 6)).toBe('2028-02-29');
    });
    it('16.5 of someone born on 31 December is 30 June', () => {
      expect(dateAtAge('2009-12-31', 16, 6)).toBe('2026-06-30');
    });
    it('17.75 on month ends', () => {
      expect(dateAtAge('2008-05-31', 17, 9)).toBe('2026-02-28'); // 31 May + 9 months: February
      expect(dateAtAge('2010-05-31', 17, 9)).toBe('2028-02-29');
      expect(dateAtAge('2008-12-31', 17, 9)).toBe('2026-09-30');
      expect(dateAtAge('2008-01-31', 17, 9)).toBe('2025-10-31');
    });
    it('18.25 of someone born on 30 November is the last day of February', () => {
      expect(dateAtAge('2008-11-30', 18, 3)).toBe('2027-02-28');
    });
  });

  it('refuses bad dates and ages', () => {
    expect(() => dateAtAge('2009-02-30', 18)).toThrow(RangeError);
    expect(() => dateAtAge('2009-10-15', 16.1)).toThrow(RangeError);
    expect(() => dateAtAge('2009-10-15', 16, -7)).not.toThrow(); // 15y5m: months may borrow from years
    expect(() => dateAtAge('2009-10-15', 0, -1)).toThrow(RangeError);
  });
});

describe('leeftijdOp', () => {
  it('is reached on the day dateAtAge gives, not a day earlier', () => {
    expect(leeftijdOp('2008-02-29', '2026-02-28')).toEqual({ years: 17, months: 11 });
    expect(leeftijdOp('2008-02-29', '2026-03-01')).toEqual({ years: 18, months: 0 });
    expect(leeftijdOp('2009-08-31', '2026-02-28')).toEqual({ years: 16, months: 6 });
    expect(leeftijdOp('2009-08-31', '2026-02-27')).toEqual({ years: 16, months: 5 });
  });
});

describe("localDate of an ISO instant (an event's `at`)", () => {
  it('reads the Amsterdam date of an instant, across midnight and DST', () => {
    expect(localDate(new Date('2026-01-14T23:30:00.000Z'))).toBe('2026-01-15');
    expect(localDate(new Date('2026-07-14T22:30:00.000Z'))).toBe('2026-07-15');
    expect(localDate(new Date('2026-07-14T21:30:00.000Z'))).toBe('2026-07-14');
  });
});

describe('anchorVoorLeeftijd agrees with the engine calendar', () => {
  const kalender = new Kalender();
  // The milestone ages of transitie18's defaults (TRANSITIE18_DEFAULTS.mijlpalen, JOURNEYS.md section 4) and 23,
  // the limit of verlengde jeugdhulp; and every month of a year (16y0m-16y11m), so any configured age is covered:
  // the result depends on the month part and on whether the target year has a 29 February.
  const mijlpalen: Leeftijd[] = [
    { years: 16, months: 6 },
    { years: 17, months: 0 },
    { years: 17, months: 6 },
    { years: 17, months: 9 },
    { years: 18, months: 0 },
    { years: 18, months: 3 },
  ];
  const elkeMaand: Leeftijd[] = Array.from({ length: 12 }, (_, months) => ({ years: 16, months }));
  const leeftijden = [
    ...mijlpalen,
    { years: 23, months: 0 },
    ...elkeMaand.filter((l) => !mijlpalen.some((m) => inMaanden(m) === inMaanden(l))),
  ];
  // every birth date over four years (one leap day), at every milestone age and at 23
  const births: string[] = [];
  for (let d = '2007-01-01'; d <= '2010-12-31'; d = addDays(d, 1)) births.push(d);

  it.each(leeftijden.map((l) => [`${l.years}y${l.months}m`, l] as const))(
    'the engine due date equals dateAtAge at %s',
    (_label, leeftijd) => {
      const mismatches: string[] = [];
      for (const birth of births) {
        const { anchor, term } = anchorVoorLeeftijd(birth, leeftijd);
        expect(localDate(new Date(anchor))).toBe(anchor.slice(0, 10));
        const { dueDate } = kalender.termEnd(new Date(anchor), term, { atw: false });
        const expected = dateAtAge(birth, leeftijd.years, leeftijd.months);
        if (dueDate !== expected) mismatches.push(`${birth}: ${dueDate} != ${expected}`);
      }
      expect(mismatches).toEqual([]);
    },
  );

  it('moves the anchor to 1 March only for 29 February at a whole-year age in a common year', () => {
    expect(anchorVoorLeeftijd('2008-02-29', { years: 18, months: 0 }).anchor).toBe(
      '2008-03-01T12:00:00.000Z',
    );
    expect(anchorVoorLeeftijd('2008-02-29', { years: 16, months: 0 }).anchor).toBe(
      '2008-02-29T12:00:00.000Z',
    );
    expect(anchorVoorLeeftijd('2008-02-29', { years: 16, months: 6 })).toEqual({
      anchor: '2008-02-29T12:00:00.000Z',
      term: { amount: 198, unit: 'months' },
    });
  });
});
