/**
 * Money on the doorbraak screens: the API keeps whole eurocents (integers); the screen shows `€ 4.800,00` (nl-NL)
 * and reads what a professional types in euros ("4.800", "4800,50", "€ 31.000") back into cents without floats.
 */
import { euro as bedrag } from '@regie/geld';

/** `€ 4.800,00` for 480000 (the one formatter, libs/geld); a dash for an amount not given. */
export function euro(centen: number | null | undefined): string {
  return centen === null || centen === undefined ? '—' : bedrag(centen);
}

/**
 * Whole eurocents from a Dutch amount in euros: digits with `.` between thousands and at most two decimals after
 * `,`. Null when it is no amount (the form says so on the field).
 */
export function centenUit(tekst: string): number | null {
  const t = tekst.replace(/[€\s\u00a0]/g, '');
  const m = /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{1,2}))?$/.exec(t);
  if (!m) return null;
  const euros = Number(m[1]!.replace(/\./g, ''));
  const cent = Number((m[2] ?? '').padEnd(2, '0'));
  return euros * 100 + cent;
}

const invoer = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** The amount as a professional would type it, `4.800,00`: what a field that edits it starts with. */
export function euroInvoer(centen: number): string {
  return invoer.format(centen / 100);
}
