/**
 * The families' reads: each runs one statement of sql.ts on a tenant connection of the gemeente (its row level
 * security) through IndicatorStatementsRepository.run, and turns pg's strings into numbers. Never a person: counts
 * only, except the wachtlijst the API shows to beleid.
 */
import type { IndicatorStatementsRepository, TenantDb } from '@regie/persistence';
import {
  type BwWachtende,
  type Periode,
  aveSql,
  doorbraakBesparingenSql,
  doorbraakMetWetSql,
  doorbraakStandSql,
  doorlooptijdSql,
  lopendeVoorzieningenSql,
  meldingenSql,
  naarBeschermdWonenSql,
  termijnenSql,
  toegekendSql,
  transitie18Sql,
  verstrektSql,
  verwezenSql,
  wachtlijstSql,
  wgsSql,
} from './sql';
import { sql } from 'kysely';

export type { BwWachtende } from './sql';

/** The families counted by the generic aggregate (sql.ts `telling`). */
const TELLINGEN = {
  meldingen: meldingenSql,
  verwezen: verwezenSql,
  lopendeVoorzieningen: lopendeVoorzieningenSql,
  verstrekt: verstrektSql,
  toegekend: toegekendSql,
  wgs: wgsSql,
} as const;
export type TellingSoort = keyof typeof TELLINGEN;

/** One group of a family's facts: `naar` is totaal, maand, kwartaal or a breakdown, `label` its value. */
export interface TellingRij {
  naar: string;
  label: string | null;
  inwoners: number;
  casussen: number;
  aantal: number;
  centen: number;
  aanbieders: number;
}

/** Share of a legal term met on time; `termijn` null for all terms, `kwartaal` null for the whole period. */
export interface TermijnRij {
  termijn: string | null;
  kwartaal: string | null;
  totaal: number;
  tijdig: number;
}

export interface DoorlooptijdRij {
  kwartaal: string | null;
  aantal: number;
  mediaan: number | null;
  p90: number | null;
}

/** A figure of a journey family (AVE, 18-/18+, doorbraak): `naar` the figure, `label` its breakdown. */
export interface StandRij {
  naar: string;
  label: string | null;
  aantal: number;
  dagen: number | null;
}

/** The realised yearly saving of one classification (situationeel, structureel, incidenteel), in eurocents. */
export interface GerealiseerdeBesparing {
  soort: string;
  centen: number;
  /** how many doorbraak cases it is summed over (the screens suppress an amount of fewer than 5) */
  casussen: number;
}

const GETALLEN = new Set<string>([
  'inwoners',
  'casussen',
  'aantal',
  'centen',
  'aanbieders',
  'totaal',
  'tijdig',
  'mediaan',
  'p90',
  'dagen',
]);

/** pg returns counts (bigint) and sums (numeric) as strings; the figures here stay far below 2^53. */
const getallen = <T>(rows: object[]): T[] =>
  rows.map(
    (r) =>
      Object.fromEntries(
        Object.entries(r).map(([k, v]) => [k, GETALLEN.has(k) && v !== null ? Number(v) : v]),
      ) as T,
  );

/** The period of the tenant's gemeente that every family statement takes. */
const periode = (db: TenantDb, van: string, tot: string): Periode => ({ gemeente: db.gemeente, van, tot });

/** A family of counts over [from, to] (inclusive Amsterdam dates): total, per month, quarter and breakdown. */
export async function telling(
  repo: IndicatorStatementsRepository,
  db: TenantDb,
  soort: TellingSoort,
  from: string,
  to: string,
): Promise<TellingRij[]> {
  return getallen(await repo.run(db, TELLINGEN[soort](periode(db, from, to))));
}

/** The gemeente's legal terms due in [from, to]: how many, and how many met on time, per term and quarter. */
export async function termijnen(
  repo: IndicatorStatementsRepository,
  db: TenantDb,
  from: string,
  to: string,
): Promise<TermijnRij[]> {
  return getallen(await repo.run(db, termijnenSql(periode(db, from, to))));
}

/**
 * Lead time melding -> first besluit in days for besluiten in [from, to]: median and 90th percentile. With the
 * page costs of the cached indexes (IndicatorStatementsRepository.run): measured faster on the bench (412 -> 310
 * ms).
 */
export async function doorlooptijd(
  repo: IndicatorStatementsRepository,
  db: TenantDb,
  from: string,
  to: string,
): Promise<DoorlooptijdRij[]> {
  return getallen(await repo.run(db, doorlooptijdSql(periode(db, from, to)), { cachedPageCost: true }));
}

/** AVE over [from, to]: levels at its end, escalations, de-escalations, time at level, waiting for acceptance. */
export async function ave(
  repo: IndicatorStatementsRepository,
  db: TenantDb,
  from: string,
  to: string,
): Promise<StandRij[]> {
  return getallen(await repo.run(db, aveSql(periode(db, from, to))));
}

/** 18-/18+ over [from, to]: youths in transition, missed milestones, gaps in care after 18 (122 -> 42 ms). */
export async function transitie18(
  repo: IndicatorStatementsRepository,
  db: TenantDb,
  from: string,
  to: string,
): Promise<StandRij[]> {
  return getallen(await repo.run(db, transitie18Sql(periode(db, from, to)), { cachedPageCost: true }));
}

/** Doorbraak cases by state at the end of [from, to]. */
export async function doorbraakStand(
  repo: IndicatorStatementsRepository,
  db: TenantDb,
  from: string,
  to: string,
): Promise<StandRij[]> {
  return getallen(await repo.run(db, doorbraakStandSql(periode(db, from, to))));
}

/** Almelo 3.4C.1: transitie18 cases whose beschermd_wonen follow-on first became `actief` in [from, to). */
export async function transitie18NaarBeschermdWonen(
  repo: IndicatorStatementsRepository,
  db: TenantDb,
  from: Date,
  to: Date,
): Promise<number> {
  const rows = await repo.run(db, naarBeschermdWonenSql(db.gemeente, from, to));
  return Number(rows[0]!.n);
}

/** Who waits for beschermd wonen at the end of `opDatum` (JJJJ-MM-DD), the longest waiting first. */
export function bwWachtlijst(
  repo: IndicatorStatementsRepository,
  db: TenantDb,
  opDatum: string,
): Promise<BwWachtende[]> {
  return repo.run(db, sql<BwWachtende>`${wachtlijstSql(db.gemeente, opDatum)} ORDER BY o.sinds, o.case_id`);
}

/** Almelo 3.4C.2: distinct inwoners on the beschermd wonen wachtlijst at the end of `opDatum`. */
export async function bwWachtlijstAantal(
  repo: IndicatorStatementsRepository,
  db: TenantDb,
  opDatum: string,
): Promise<number> {
  const rows = await repo.run(
    db,
    sql<{
      n: string;
    }>`SELECT count(DISTINCT w."subjectId") AS n FROM (${wachtlijstSql(db.gemeente, opDatum)}) w`,
  );
  return Number(rows[0]!.n);
}

/** Almelo 3.4A.1 (`wet` Jeugdwet) and 3.4B.1 (`wet` Wmo): doorbraak cases in [from, to) involving that law. */
export async function doorbraakMetWet(
  repo: IndicatorStatementsRepository,
  db: TenantDb,
  wet: string,
  from: Date,
  to: Date,
): Promise<number> {
  const rows = await repo.run(db, doorbraakMetWetSql(db.gemeente, wet, from, to));
  return Number(rows[0]!.n);
}

/** The realised yearly savings of doorbraak cases in [from, to) by classification, in whole eurocents. */
export async function doorbraakBesparingen(
  repo: IndicatorStatementsRepository,
  db: TenantDb,
  from: Date,
  to: Date,
): Promise<GerealiseerdeBesparing[]> {
  const rows = await repo.run(db, doorbraakBesparingenSql(db.gemeente, from, to));
  // whole cents stay far below 2^53
  return rows.map((r) => ({ soort: r.soort, centen: Number(r.centen), casussen: Number(r.casussen) }));
}
