import { addMonths, endOfLocalDay, localDate, startOfLocalDay } from './dates';

describe('local dates in Europe/Amsterdam (Atw art. 1: a term ends with its last day)', () => {
  it('art. 1: localDate reads the Amsterdam day, not the UTC day', () => {
    expect(localDate(new Date('2026-01-15T22:59:59Z'))).toBe('2026-01-15'); // 23:59:59 CET
    expect(localDate(new Date('2026-01-15T23:00:00Z'))).toBe('2026-01-16'); // 00:00 CET
    expect(localDate(new Date('2026-07-15T21:59:59Z'))).toBe('2026-07-15'); // 23:59:59 CEST
    expect(localDate(new Date('2026-07-15T22:00:00Z'))).toBe('2026-07-16');
  });

  it('art. 1: endOfLocalDay is the start of the next day in winter (+01:00) and summer (+02:00)', () => {
    expect(endOfLocalDay('2026-01-15').toISOString()).toBe('2026-01-15T23:00:00.000Z');
    expect(endOfLocalDay('2026-07-15').toISOString()).toBe('2026-07-15T22:00:00.000Z');
  });

  it('art. 1: endOfLocalDay across the spring DST switch (2026-03-29, 02:00 -> 03:00)', () => {
    expect(endOfLocalDay('2026-03-28').toISOString()).toBe('2026-03-28T23:00:00.000Z'); // 29th starts at +01:00
    expect(endOfLocalDay('2026-03-29').toISOString()).toBe('2026-03-29T22:00:00.000Z'); // 30th starts at +02:00
    expect(startOfLocalDay('2026-03-29').toISOString()).toBe('2026-03-28T23:00:00.000Z');
    // the 29th lasts 23 hours
    expect(endOfLocalDay('2026-03-29').getTime() - startOfLocalDay('2026-03-29').getTime()).toBe(
      23 * 3_600_000,
    );
  });

  it('art. 1: endOfLocalDay across the autumn DST switch (2026-10-25, 03:00 -> 02:00)', () => {
    expect(endOfLocalDay('2026-10-24').toISOString()).toBe('2026-10-24T22:00:00.000Z'); // 25th starts at +02:00
    expect(endOfLocalDay('2026-10-25').toISOString()).toBe('2026-10-25T23:00:00.000Z'); // 26th starts at +01:00
    // the 25th lasts 25 hours
    expect(endOfLocalDay('2026-10-25').getTime() - startOfLocalDay('2026-10-25').getTime()).toBe(
      25 * 3_600_000,
    );
  });

  it('art. 1: the last millisecond before endOfLocalDay still belongs to the day, around both DST switches', () => {
    for (const day of ['2026-03-28', '2026-03-29', '2026-10-24', '2026-10-25', '2026-12-31']) {
      const end = endOfLocalDay(day);
      expect(localDate(new Date(end.getTime() - 1))).toBe(day);
      expect(localDate(end)).not.toBe(day);
    }
  });

  it('art. 1: calendar months clamp to the last day of a short month (leap year 2028)', () => {
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-28');
    expect(addMonths('2028-02-29', 12)).toBe('2029-02-28');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
  });

  it('rejects malformed local dates and invalid instants', () => {
    expect(() => endOfLocalDay('2026-02-30')).toThrow(RangeError);
    expect(() => endOfLocalDay('26-1-1')).toThrow(RangeError);
    expect(() => localDate(new Date('nonsense'))).toThrow(RangeError);
  });
});
