import { ontvangenOpWeigering, verstrekenBijRegistratie } from './receipt';
import type { DeadlineRow } from './view';

describe('ontvangenOpWeigering: a date of receipt that cannot be', () => {
  const now = new Date('2025-11-25T09:30:00Z');

  it('accepts a date up to and including today (Europe/Amsterdam)', () => {
    expect(ontvangenOpWeigering('2025-11-22', now, null)).toBeNull();
    expect(ontvangenOpWeigering('2025-11-25', now, null)).toBeNull();
    // 23:30 UTC on the 24th is already the 25th in Amsterdam
    expect(ontvangenOpWeigering('2025-11-25', new Date('2025-11-24T23:30:00Z'), null)).toBeNull();
  });

  it('refuses a date in the future, in Dutch', () => {
    expect(ontvangenOpWeigering('2025-11-26', now, null)).toBe(
      'De datum van ontvangst (26 november 2025) ligt in de toekomst: vandaag is het 25 november 2025.',
    );
    expect(ontvangenOpWeigering('2025-11-25', new Date('2025-11-24T22:30:00Z'), null)).toMatch(
      /in de toekomst: vandaag is het 24 november 2025/,
    );
  });

  it('refuses a date before the inwoner was born, and accepts the birth date itself', () => {
    expect(ontvangenOpWeigering('2010-05-01', now, '2010-05-02')).toBe(
      'De datum van ontvangst (1 mei 2010) ligt vóór de geboortedatum van de inwoner (2 mei 2010).',
    );
    expect(ontvangenOpWeigering('2010-05-02', now, '2010-05-02')).toBeNull();
  });
});

describe('verstrekenBijRegistratie', () => {
  it('says of each passed term that it is recorded as passed', () => {
    const d = { name: 'Wmo onderzoek', due_date: '2025-10-13' } as DeadlineRow;
    expect(verstrekenBijRegistratie([d])).toEqual([
      'Termijn Wmo onderzoek was bij de registratie al verstreken (op 2025-10-13): vastgelegd als verstreken.',
    ]);
  });
});
