/**
 * The CSV format of each kind of import (docs/import.md): its columns, and what a row must hold. A row is checked
 * here on its own, without the database (BSN elfproef, known law and product, real dates not in the future, end
 * not before start); what needs the database (does the inwoner exist, is the row already there) is the importer's.
 * Pure. A reason never repeats a BSN or a name: it may be logged and shown.
 */
import { createHash } from 'node:crypto';
import { AANVRAAG_WETTEN, KANALEN, LEVENSGEBIEDEN } from '@regie/workflows/intake/events';
import { CRITERIA } from '@regie/workflows/ave/events';
import {
  MAX_TARIEF_CENTEN,
  TARIEF_EENHEDEN,
  type Tarief,
  type TariefEenheid,
} from '@regie/workflows/sociaal-domein';
import { productVan } from './producten';

export const SOORTEN = ['inwoners', 'huishoudens', 'voorzieningen', 'meldingen', 'aanvragen', 'ave'] as const;
export type Soort = (typeof SOORTEN)[number];

/** The columns of each kind; `*` marks a required one. Other columns are refused (a typo would lose data). */
export const KOLOMMEN: Record<Soort, readonly string[]> = {
  inwoners: ['bsn*', 'naam*', 'geboortedatum*'],
  huishoudens: ['sleutel*', 'naam*', 'leden*'],
  voorzieningen: [
    'bsn*',
    'wet*',
    'product*',
    'aanbieder*',
    'startdatum*',
    'einddatum',
    'volume_aantal*',
    'volume_eenheid*',
    'tarief',
    'tarief_centen',
    'tarief_eenheid',
    'regiehouder*',
    'team',
  ],
  meldingen: [
    'bsn',
    'huishouden',
    'ontvangen_op*',
    'kanaal',
    'leefgebieden*',
    'wetten*',
    'gevraagde_voorziening',
    'regiehouder*',
    'team',
  ],
  aanvragen: [
    'bsn',
    'huishouden',
    'ontvangen_op*',
    'melding_ontvangen_op',
    'wet*',
    'voorziening*',
    'leefgebieden*',
    'regiehouder*',
    'team',
  ],
  ave: [
    'huishouden',
    'bsn',
    'niveau*',
    'kinderen_in_huishouden*',
    'regiehouder*',
    'procesregisseur',
    'reden',
    'criteria',
    'team',
  ],
};

export const kolomNamen = (soort: Soort) => KOLOMMEN[soort].map((k) => k.replace('*', ''));
export const verplicht = (soort: Soort) =>
  KOLOMMEN[soort].filter((k) => k.endsWith('*')).map((k) => k.slice(0, -1));

/** The kind a file holds: from its `# soort:` line, else from its name (`inwoners-2025.csv`). */
export function soortUitNaam(naam: string): Soort | undefined {
  const base = naam.toLowerCase().replace(/^.*[\\/]/, '');
  return SOORTEN.find((s) => base.startsWith(s) || base.includes(`-${s}`) || base.includes(`_${s}`));
}

/** The BSN's own checksum (elfproef): 9*d1 + 8*d2 + ... + 2*d8 - 1*d9 is divisible by 11 (and not 0). */
export function elfproef(bsn: string): boolean {
  if (!/^\d{9}$/.test(bsn)) return false;
  const digits = [...bsn].map(Number);
  const sum = digits.slice(0, 8).reduce((acc, d, i) => acc + d * (9 - i), 0) - digits[8];
  return sum % 11 === 0 && bsn !== '000000000';
}

export class Afgewezen extends Error {}
const weiger = (reden: string): never => {
  throw new Afgewezen(reden);
};

/** A BSN: 9 digits (8 when a spreadsheet dropped the leading zero) passing the elfproef. */
export function bsnVeld(value: string, kolom = 'bsn'): string {
  const v = value.replace(/[\s.]/g, '');
  if (!/^\d{8,9}$/.test(v)) weiger(`${kolom}: een BSN heeft 9 cijfers`);
  const bsn = v.padStart(9, '0');
  if (!elfproef(bsn)) weiger(`${kolom}: dit BSN voldoet niet aan de elfproef`);
  return bsn;
}

/** A real date, `JJJJ-MM-DD` or `DD-MM-JJJJ`; `nietNa` (today) refuses a date in the future. */
export function datumVeld(value: string, kolom: string, nietNa?: string): string {
  let d = value.trim();
  const nl = /^(\d{1,2})[-/](\d{1,2})[-/](\d{4})$/.exec(d);
  if (nl) d = `${nl[3]}-${nl[2].padStart(2, '0')}-${nl[1].padStart(2, '0')}`;
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(d) ||
    !new Date(`${d}T00:00:00Z`).toISOString().startsWith(d) ||
    d < '1900-01-01'
  )
    weiger(`${kolom}: geen geldige datum (JJJJ-MM-DD of DD-MM-JJJJ)`);
  if (nietNa && d > nietNa) weiger(`${kolom}: ${d} ligt in de toekomst (vandaag is ${nietNa})`);
  return d;
}

function tekstVeld(value: string, kolom: string, max = 200): string {
  const v = value.trim();
  if (!v) weiger(`${kolom}: leeg`);
  if (v.length > max) weiger(`${kolom}: langer dan ${max} tekens`);
  return v;
}

/** A list in one field: values separated by `|` (or a space). */
function lijst(value: string): string[] {
  return value
    .split(/[|\s]+/)
    .map((v) => v.trim())
    .filter(Boolean);
}

function uitLijst<T extends string>(value: string, allowed: readonly T[], kolom: string): T[] {
  const items = lijst(value);
  if (!items.length) weiger(`${kolom}: leeg`);
  for (const i of items) if (!allowed.includes(i as T)) weiger(`${kolom}: onbekend: ${i}`);
  if (new Set(items).size !== items.length) weiger(`${kolom}: dubbel`);
  return items as T[];
}

function wetVeld(value: string): (typeof AANVRAAG_WETTEN)[number] {
  const wet = AANVRAAG_WETTEN.find((w) => w.toLowerCase() === value.trim().toLowerCase());
  return wet ?? weiger(`wet: onbekende wet "${value.trim()}" (${AANVRAAG_WETTEN.join(', ')})`);
}

function productVeld(wet: string, value: string, kolom = 'product'): string {
  const p = productVan(wet, value);
  return p ?? weiger(`${kolom}: onbekend product "${value.trim().slice(0, 80)}" onder de ${wet}`);
}

const jaNee = (value: string, kolom: string): boolean => {
  const v = value.trim().toLowerCase();
  if (['ja', 'j', 'true', '1'].includes(v)) return true;
  if (['nee', 'n', 'false', '0'].includes(v)) return false;
  return weiger(`${kolom}: ja of nee`);
};

/** Who a row is about: an inwoner by BSN, or a huishouden by its key. */
export type SubjectRef = { bsn: string } | { huishouden: string };

function subjectVeld(r: Record<string, string>): SubjectRef {
  if (r.bsn && r.huishouden) weiger('bsn of huishouden, niet allebei');
  if (r.huishouden) return { huishouden: tekstVeld(r.huishouden, 'huishouden') };
  if (r.bsn) return { bsn: bsnVeld(r.bsn) };
  return weiger('bsn of huishouden ontbreekt');
}

export interface InwonerRij {
  bsn: string;
  naam: string;
  geboortedatum: string;
}
export interface HuishoudenRij {
  sleutel: string;
  naam: string;
  leden: string[];
}
export interface VoorzieningRij {
  bsn: string;
  wet: string;
  product: string;
  aanbieder: string;
  startdatum: string;
  einddatum: string | null;
  volume: { aantal: number; eenheid: string };
  /** absent when the export names no tariff */
  tarief?: Tarief;
  regiehouder: string;
  team: string | null;
}
export interface MeldingRij {
  subject: SubjectRef;
  ontvangenOp: string;
  kanaal: string;
  leefgebieden: string[];
  wetten: string[];
  gevraagdeVoorziening: string | null;
  regiehouder: string;
  team: string | null;
}
export interface AanvraagRij {
  subject: SubjectRef;
  ontvangenOp: string;
  meldingOntvangenOp: string;
  wet: string;
  voorziening: string;
  leefgebieden: string[];
  regiehouder: string;
  team: string | null;
}
export interface AveRij {
  subject: SubjectRef;
  niveau: number;
  kinderen: boolean;
  regiehouder: string;
  procesregisseur: string | null;
  reden: string | null;
  criteria: string[] | null;
  team: string | null;
}

export type Rij = InwonerRij | HuishoudenRij | VoorzieningRij | MeldingRij | AanvraagRij | AveRij;

const opt = (v: string | undefined) => (v?.trim() ? v.trim() : null);

/**
 * An amount in euros as a Dutch export writes it ("31,50", "1.250", "€ 1.250,00") to whole eurocents, exactly:
 * the digits are read as text, never through a float. A point is a thousands separator only in groups of three,
 * so "31.50" (an English decimal point?) is refused rather than read as 3150 euros.
 */
export function euroNaarCenten(value: string, kolom = 'tarief'): number {
  const v = value.replace(/€/g, '').replace(/\s+/g, '');
  const m = /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{1,2}))?$/.exec(v);
  if (!m)
    // the value itself is not repeated: a shifted column could put a BSN here, and reasons are logged
    return weiger(`${kolom}: een bedrag in euro's met een decimale komma, bijv. 31,50 of 1.250,00`);
  const centen = Number(m[1]!.replace(/\./g, '')) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  if (centen > MAX_TARIEF_CENTEN) weiger(`${kolom}: meer dan € 1.000.000,00 per eenheid`);
  return centen;
}

/**
 * The optional tariff of a voorziening: `tarief` in euros or `tarief_centen` in whole cents (one of them), with
 * `tarief_eenheid`; all empty is no tariff. Half a tariff is refused: the table wants both or neither.
 */
function tariefVelden(r: Record<string, string>): { tarief?: Tarief } {
  const euro = opt(r.tarief);
  const cent = opt(r.tarief_centen);
  const eenheid = opt(r.tarief_eenheid);
  if (euro === null && cent === null) {
    if (eenheid !== null) weiger('tarief_eenheid: zonder tarief (of tarief_centen)');
    return {};
  }
  if (euro !== null && cent !== null) weiger('tarief en tarief_centen: vul er één in, niet allebei');
  let centen: number;
  if (cent !== null) {
    if (!/^\d+$/.test(cent)) weiger('tarief_centen: een geheel aantal eurocenten van 0 of meer, bijv. 3150');
    centen = Number(cent);
    if (centen > MAX_TARIEF_CENTEN) weiger('tarief_centen: meer dan € 1.000.000,00 per eenheid');
  } else centen = euroNaarCenten(euro!);
  if (eenheid === null) return weiger(`tarief_eenheid: leeg; bij een tarief: ${TARIEF_EENHEDEN.join(', ')}`);
  const e = eenheid.toLowerCase();
  if (!(TARIEF_EENHEDEN as readonly string[]).includes(e))
    weiger(`tarief_eenheid: onbekend: ${eenheid} (${TARIEF_EENHEDEN.join(', ')})`);
  return { tarief: { centen, eenheid: e as TariefEenheid } };
}

/**
 * One row of a kind, checked on its own: the value, or an Afgewezen with the reason. `vandaag` is today in
 * Amsterdam: a date of birth, receipt or start after it is refused.
 */
export function leesRij(soort: Soort, r: Record<string, string>, vandaag: string): Rij {
  switch (soort) {
    case 'inwoners':
      return {
        bsn: bsnVeld(r.bsn),
        naam: tekstVeld(r.naam, 'naam'),
        geboortedatum: datumVeld(r.geboortedatum, 'geboortedatum', vandaag),
      };
    case 'huishoudens': {
      const leden = lijst(r.leden).map((b) => bsnVeld(b, 'leden'));
      if (!leden.length) weiger('leden: geen enkel lid');
      if (leden.length > 50) weiger('leden: meer dan 50');
      if (new Set(leden).size !== leden.length) weiger('leden: een lid staat er twee keer in');
      return { sleutel: tekstVeld(r.sleutel, 'sleutel', 100), naam: tekstVeld(r.naam, 'naam'), leden };
    }
    case 'voorzieningen': {
      const wet = wetVeld(r.wet);
      const startdatum = datumVeld(r.startdatum, 'startdatum', vandaag);
      const einddatum = opt(r.einddatum) && datumVeld(r.einddatum, 'einddatum');
      if (einddatum && einddatum < startdatum)
        weiger(`einddatum ${einddatum} ligt vóór de startdatum ${startdatum}`);
      const aantal = Number(r.volume_aantal.trim().replace(',', '.'));
      if (!r.volume_aantal.trim() || !Number.isFinite(aantal) || aantal <= 0)
        weiger('volume_aantal: een positief getal');
      return {
        bsn: bsnVeld(r.bsn),
        wet,
        product: productVeld(wet, r.product),
        aanbieder: tekstVeld(r.aanbieder, 'aanbieder'),
        startdatum,
        einddatum,
        volume: { aantal, eenheid: tekstVeld(r.volume_eenheid, 'volume_eenheid', 100) },
        ...tariefVelden(r),
        regiehouder: tekstVeld(r.regiehouder, 'regiehouder'),
        team: opt(r.team),
      };
    }
    case 'meldingen': {
      const kanaal = opt(r.kanaal) ?? 'inwoner_zelf';
      if (!(KANALEN as readonly string[]).includes(kanaal)) weiger(`kanaal: onbekend: ${kanaal}`);
      return {
        subject: subjectVeld(r),
        ontvangenOp: datumVeld(r.ontvangen_op, 'ontvangen_op', vandaag),
        kanaal,
        leefgebieden: uitLijst(r.leefgebieden, LEVENSGEBIEDEN, 'leefgebieden'),
        wetten: uitLijst(r.wetten, ['Wmo', 'Jeugdwet', 'Participatiewet', 'Wgs'], 'wetten'),
        gevraagdeVoorziening: opt(r.gevraagde_voorziening),
        regiehouder: tekstVeld(r.regiehouder, 'regiehouder'),
        team: opt(r.team),
      };
    }
    case 'aanvragen': {
      const wet = wetVeld(r.wet);
      const ontvangenOp = datumVeld(r.ontvangen_op, 'ontvangen_op', vandaag);
      const melding = opt(r.melding_ontvangen_op)
        ? datumVeld(r.melding_ontvangen_op, 'melding_ontvangen_op', vandaag)
        : ontvangenOp;
      if (melding > ontvangenOp) weiger('melding_ontvangen_op ligt na ontvangen_op van de aanvraag');
      return {
        subject: subjectVeld(r),
        ontvangenOp,
        meldingOntvangenOp: melding,
        wet,
        voorziening: productVeld(wet, r.voorziening, 'voorziening'),
        leefgebieden: uitLijst(r.leefgebieden, LEVENSGEBIEDEN, 'leefgebieden'),
        regiehouder: tekstVeld(r.regiehouder, 'regiehouder'),
        team: opt(r.team),
      };
    }
    case 'ave': {
      const niveau = Number(r.niveau.trim());
      if (!Number.isInteger(niveau) || niveau < 0 || niveau > 4) weiger('niveau: 0 tot en met 4');
      return {
        subject: subjectVeld(r),
        niveau,
        kinderen: jaNee(r.kinderen_in_huishouden, 'kinderen_in_huishouden'),
        regiehouder: tekstVeld(r.regiehouder, 'regiehouder'),
        procesregisseur: opt(r.procesregisseur),
        reden: opt(r.reden),
        criteria: opt(r.criteria) ? uitLijst(r.criteria!, CRITERIA, 'criteria') : null,
        team: opt(r.team),
      };
    }
  }
}

const sha = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 32);

/**
 * A row's stable import key, given the keyed hash of every BSN in it (`hash`): never the BSN itself. Two rows of a
 * file with the same key are duplicates; a row whose key is in Regie already changes nothing.
 */
export function importSleutel(soort: Soort, rij: Rij, hash: (bsn: string) => string): string {
  const ref = (s: SubjectRef) => ('bsn' in s ? `b:${hash(s.bsn)}` : `h:${s.huishouden}`);
  switch (soort) {
    case 'inwoners':
      return `bsn:${hash((rij as InwonerRij).bsn)}`;
    case 'huishoudens':
      return `huishouden:${(rij as HuishoudenRij).sleutel}`;
    case 'voorzieningen': {
      const v = rij as VoorzieningRij;
      return `v:${sha(`${hash(v.bsn)}|${v.product.toLowerCase()}|${v.startdatum}`)}`;
    }
    case 'meldingen': {
      const m = rij as MeldingRij;
      return `import:melding:${sha(`${ref(m.subject)}|${m.ontvangenOp}|${[...m.wetten].sort().join(',')}`)}`;
    }
    case 'aanvragen': {
      const a = rij as AanvraagRij;
      return `import:aanvraag:${sha(`${ref(a.subject)}|${a.ontvangenOp}|${a.wet}|${a.voorziening.toLowerCase()}`)}`;
    }
    case 'ave':
      return `import:ave:${sha(ref((rij as AveRij).subject))}`;
  }
}
