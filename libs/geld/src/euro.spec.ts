/** The one formatter of amounts: `€ 1.234,56` for every whole number of eurocents, and back to the same cents. */
import fc from 'fast-check';
import { euro } from './euro';

describe('euro', () => {
  it('shows every amount as € with thousands dots and two decimals, and reads back to the same cents', () => {
    expect(euro(480_000)).toBe('€ 4.800,00');
    expect(euro(4_100_000)).toBe('€ 41.000,00');
    expect(euro(5)).toBe('€ 0,05');
    expect(euro(0)).toBe('€ 0,00');
    expect(euro(-1_480_000)).toBe('-€ 14.800,00');
    fc.assert(
      fc.property(fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }), (c) => {
        const tekst = euro(c);
        expect(tekst).toMatch(/^-?€ \d{1,3}(\.\d{3})*,\d{2}$/);
        const terug = Number(tekst.replace(/[€ .]/g, '').replace(',', ''));
        expect(terug).toBe(c);
      }),
    );
  });
});
