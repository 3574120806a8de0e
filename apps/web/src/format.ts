/** Dutch dates and words for what the API returns: never an ISO string, UUID or machine key on screen. */
import type { Schemas } from './api';

const TZ = 'Europe/Amsterdam';
const dateFmt = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: TZ,
});
const shortFmt = new Intl.DateTimeFormat('nl-NL', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: TZ,
});
const timeFmt = new Intl.DateTimeFormat('nl-NL', { hour: '2-digit', minute: '2-digit', timeZone: TZ });
const dayKeyFmt = new Intl.DateTimeFormat('en-CA', {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  timeZone: TZ,
});

/** A bare date (2026-04-13) is a calendar day: read at noon UTC so no time zone moves it. */
function toDate(v: string | Date): Date {
  if (v instanceof Date) return v;
  return /^\d{4}-\d{2}-\d{2}$/.test(v) ? new Date(`${v}T12:00:00Z`) : new Date(v);
}

/** 13 april 2026 */
export function datum(v: string | Date | null | undefined): string {
  return v ? dateFmt.format(toDate(v)) : '—';
}

/** ma 13 apr 2026 (the house style drops the abbreviation dots) */
export function korteDatum(v: string | Date | null | undefined): string {
  return v ? shortFmt.format(toDate(v)).replace(/\./g, '') : '—';
}

/** 13 april 2026, 14:05 */
export function datumTijd(v: string | Date | null | undefined): string {
  return v ? `${datum(v)}, ${timeFmt.format(toDate(v))}` : '—';
}

const shortTimeFmt = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: TZ,
});

/** 13 apr 14:05 (where there is little room, e.g. a phone's header) */
export function korteDatumTijd(v: string | Date): string {
  return shortTimeFmt.format(toDate(v)).replace(/\./g, '').replace(',', '');
}

/** The calendar day in Amsterdam, as YYYY-MM-DD (for arithmetic only, never shown). */
export function dagSleutel(v: string | Date): string {
  return dayKeyFmt.format(toDate(v));
}

/** Calendar days from `from` to `to` (Amsterdam days). */
export function dagenTussen(from: string | Date, to: string | Date): number {
  const a = Date.parse(`${dagSleutel(from)}T00:00:00Z`);
  const b = Date.parse(`${dagSleutel(to)}T00:00:00Z`);
  return Math.round((b - a) / 86_400_000);
}

type Deadline = Pick<Schemas['Deadline'], 'status' | 'dueDate' | 'dueAt' | 'suspendedAt'>;

/** The last day of a term: its dueDate, or the day of dueAt (a day term's dueAt is the midnight after it). */
export function laatsteDag(d: Pick<Deadline, 'dueDate' | 'dueAt'>): string {
  if (d.dueDate) return d.dueDate;
  const at = new Date(d.dueAt);
  return dagSleutel(timeFmt.format(at) === '00:00' ? new Date(at.getTime() - 1) : at);
}

/** One word per status: the same word on every screen. */
export const TERMIJN_STATUS: Record<Schemas['Deadline']['status'], string> = {
  pending: 'loopt',
  overdue: 'verlopen',
  missed: 'verlopen',
  met: 'gehaald',
  cancelled: 'vervallen',
};

export function termijnWoord(d: Deadline): string {
  if (d.suspendedAt && (d.status === 'pending' || d.status === 'overdue')) return 'opgeschort';
  return TERMIJN_STATUS[d.status];
}

export function isOpen(d: Pick<Deadline, 'status'>): boolean {
  return d.status === 'pending' || d.status === 'overdue';
}

export function isVerlopen(d: Pick<Deadline, 'status'>): boolean {
  return d.status === 'overdue' || d.status === 'missed';
}

/** "nog 3 dagen", "vandaag de laatste dag", "2 dagen te laat"; nothing for met or cancelled terms. */
export function dagenTekst(d: Deadline, now: string | Date): string | null {
  if (d.status === 'met' || d.status === 'cancelled') return null;
  const left = dagenTussen(now, laatsteDag(d));
  if (isVerlopen(d) || left < 0) {
    const late = Math.max(1, -left);
    return `${late} ${late === 1 ? 'dag' : 'dagen'} te laat`;
  }
  if (left === 0) return 'vandaag de laatste dag';
  return `nog ${left} ${left === 1 ? 'dag' : 'dagen'}`;
}

export const CASUS_STATUS: Record<Schemas['CaseView']['status'], string> = {
  active: 'loopt',
  done: 'afgerond',
  error: 'fout',
  stopped: 'gestopt',
};

/** almelo → Almelo, hollands-kroon → Hollands kroon */
export const gemeenteNaam = (g: string) => g.charAt(0).toUpperCase() + g.slice(1).replace(/-/g, ' ');

export const ROL_NAMEN: Record<string, string> = {
  intaker: 'Intaker',
  procesmanager: 'Procesmanager',
  teamleider: 'Teamleider',
  beleid: 'Beleidsmedewerker',
  admin: 'Beheerder',
};

const REGIEROLLEN: Record<string, string> = {
  inwoner: 'de inwoner zelf',
  professional: 'professional',
  casusregisseur: 'casusregisseur',
  spoedteam: 'Spoedteam',
  procesmanager: 'procesmanager',
  bestuurlijk: 'bestuurlijke regie',
  intaker: 'intaker',
};

export function regierol(role: string | null | undefined): string {
  if (!role) return '—';
  return REGIEROLLEN[role] ?? mens(role);
}

/** A machine key as words: AANVRAAG_INGEDIEND → Aanvraag ingediend; besluit.afgewezen → Besluit, afgewezen. */
export function mens(key: string): string {
  const t = key
    .replace(/\./g, ', ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .toLowerCase()
    .trim();
  return t.charAt(0).toUpperCase() + t.slice(1);
}

/** Dutch words for values of enum fields the schemas use. */
const WAARDEN: Record<string, string> = {
  days: 'dagen',
  weeks: 'weken',
  months: 'maanden',
  werkdagen: 'werkdagen',
  true: 'ja',
  false: 'nee',
  financien: 'financiën',
};

export function waarde(v: unknown): string {
  if (v === null || v === undefined || v === '') return '—';
  const s = String(v);
  if (s in WAARDEN) return WAARDEN[s]!;
  return /^[a-z0-9_]+$/i.test(s) && s.includes('_') ? mens(s) : s;
}

export const AVE_NIVEAUS = [
  'Regulier leven',
  'Vraag op één levensgebied',
  'Meerdere levensgebieden',
  'Vastgelopen of onveilig',
  'Volledige escalatie',
];

/** The moment a day ends in Amsterdam (the midnight after it), e.g. for "geldig tot en met" that day. */
export function eindeVanDag(day: string): string {
  const next = new Date(Date.parse(`${day}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  // Amsterdam is UTC+1 or, in summer time, UTC+2: the offset at which that midnight is midnight there
  for (const offset of ['+01:00', '+02:00']) {
    const at = new Date(`${next}T00:00:00${offset}`);
    if (dagSleutel(at) === next && timeFmt.format(at) === '00:00') return at.toISOString();
  }
  return new Date(`${next}T00:00:00+01:00`).toISOString();
}

/** The last day something holds that ends at `until` (a midnight ends the day before it), in Dutch. */
export function totEnMet(until: string): string {
  return datum(new Date(Date.parse(until) - 1));
}
