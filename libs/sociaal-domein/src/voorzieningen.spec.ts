import { dateAtAge } from '@regie/calendar';
import { isGgz, laatsteGeboortedatum } from './voorzieningen';

describe('laatsteGeboortedatum: the latest birth date that has reached an age (leeftijd.ts rules)', () => {
  it('16.5 on an ordinary day', () => {
    expect(laatsteGeboortedatum('2026-04-02', 16, 6)).toBe('2009-10-02');
  });

  it('born 29 February turns 18 on 1 March in a common year', () => {
    expect(laatsteGeboortedatum('2026-02-28', 18)).toBe('2008-02-28');
    expect(laatsteGeboortedatum('2026-03-01', 18)).toBe('2008-03-01');
  });

  it('born on the 29th to 31st of August reaches 16.5 at the end of February', () => {
    expect(laatsteGeboortedatum('2026-02-28', 16, 6)).toBe('2009-08-31');
    expect(laatsteGeboortedatum('2028-02-29', 16, 6)).toBe('2011-08-31');
    expect(laatsteGeboortedatum('2028-02-28', 16, 6)).toBe('2011-08-28');
  });

  it('agrees with dateAtAge for every day of four years', () => {
    for (let t = Date.UTC(2024, 0, 1); t < Date.UTC(2028, 0, 1); t += 86_400_000) {
      const vandaag = new Date(t).toISOString().slice(0, 10);
      for (const [y, m] of [
        [16, 6],
        [18, 0],
      ]) {
        const b = laatsteGeboortedatum(vandaag, y, m);
        expect(dateAtAge(b, y, m) <= vandaag).toBe(true);
        const next = new Date(Date.parse(b) + 86_400_000).toISOString().slice(0, 10);
        expect(dateAtAge(next, y, m) > vandaag).toBe(true);
      }
    }
  });
});

describe('isGgz', () => {
  it('recognises jeugd-ggz by its product name', () => {
    expect(isGgz('jeugd-ggz behandeling')).toBe(true);
    expect(isGgz('Specialistische GGZ')).toBe(true);
    expect(isGgz('jeugdbegeleiding')).toBe(false);
  });
});
