/**
 * The field types every workflow's event data is made of, and the roles that work cases. One definition each, so
 * a user id or a date means the same in every journey.
 */
import { z } from 'zod';
import type { Role } from './workflow';

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

/** The professionals who work cases; beleid (indicators) and admin (configuration) never touch case content. */
export const CASE_WORKERS: readonly Role[] = ['intaker', 'procesmanager', 'teamleider'];
