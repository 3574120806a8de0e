/**
 * The field types every workflow's event data is made of. One definition each, so a user id or a date means the
 * same in every journey.
 */
import { startOfLocalDay } from '@regie/calendar';
import { z } from 'zod';

/** a user id from the token */
export const userId = z.string().trim().min(1).max(200);
/** free text a professional writes (a reason, an explanation) */
export const tekst = z.string().trim().min(1).max(2000);
/** a short name (a provision, an aanbieder) */
export const naam = z.string().trim().min(1).max(200);

/** A real calendar date 'YYYY-MM-DD' (the ISO pattern alone lets 30 February through). */
export const datum = z.iso
  .date()
  .refine(
    (d) => new Date(`${d}T00:00:00Z`).toISOString().startsWith(d) && d >= '1900-01-01',
    'geen bestaande datum',
  );

/** The units a gemeente may give a configurable term in: every unit of TermLength (@regie/calendar). */
export const TERM_UNITS = [
  'werkdagen',
  'days',
  'weeks',
  'months',
  'years',
  'hours',
  'minutes',
  'seconds',
] as const;

/**
 * The date a melding or aanvraag was received (Europe/Amsterdam), when it arrived before it is registered: a
 * letter in the post, a phone call noted on Friday and registered on Monday. Every legal term then runs from the
 * day after it (Awb 4:13, Atw), not from the registration. The engine refuses a date of receipt in the future or
 * before the inwoner's birth, in any start input or event that names one (field `ontvangenOp`).
 */
export const ontvangenOp = datum.describe(
  'de datum van ontvangst (Europe/Amsterdam), als die vóór de registratie ligt: de termijnen lopen vanaf de dag erna',
);

/**
 * What a term received on `ontvangenOp` runs from: the start of that day in Amsterdam (the engine counts a term
 * from its anchor's day, that day excluded: Awb 4:13, Atw), or the moment of registration `at` without a date of
 * receipt.
 */
export function ontvangstAnker(ontvangenOpDatum: string | null | undefined, at: string): string {
  return ontvangenOpDatum ? startOfLocalDay(ontvangenOpDatum).toISOString() : at;
}
