/** ISO 8601 durations (`P6W`, `P1Y2M`, `PT90M`) for advancing the manual clock. */
import { add, type Duration } from 'date-fns';

const ISO_DURATION =
  /^P(?!$)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?!$)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

export function parseDuration(text: string): Duration | null {
  const m = ISO_DURATION.exec(text);
  if (!m) return null;
  const [years, months, weeks, days, hours, minutes, seconds] = m.slice(1).map((v) => (v ? Number(v) : 0));
  return { years, months, weeks, days, hours, minutes, seconds };
}

export function addDuration(at: Date, duration: Duration): Date {
  const whole = { ...duration, seconds: Math.floor(duration.seconds ?? 0) };
  const millis = Math.round(((duration.seconds ?? 0) - whole.seconds) * 1000);
  return new Date(add(at, whole).getTime() + millis);
}
