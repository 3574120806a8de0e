import { addDuration, parseDuration } from './duration';

const at = (iso: string) => new Date(iso);

describe('ISO 8601 durations for the clock', () => {
  it.each([
    ['P6W', '2026-04-13T09:00:00.000Z'],
    ['P1M', '2026-04-02T09:00:00.000Z'],
    ['PT90M', '2026-03-02T10:30:00.000Z'],
    ['P1DT1.5S', '2026-03-03T09:00:01.500Z'],
  ])('%s', (text, expected) => {
    expect(addDuration(at('2026-03-02T09:00:00Z'), parseDuration(text)!).toISOString()).toBe(expected);
  });

  it.each(['', 'P', 'PT', '6W', 'P-1D', 'P1.5W', 'tomorrow'])('refuses %p', (text) => {
    expect(parseDuration(text)).toBeNull();
  });
});
