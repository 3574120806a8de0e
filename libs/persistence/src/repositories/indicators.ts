/**
 * The counts beleid reads, computed from history under the gemeente's row level security (a TenantDb: the request's
 * connection, or one the monthly monitor opens per gemeente); never a person.
 */
import { Injectable } from '@nestjs/common';
import { type RawBuilder, type Selectable, sql } from 'kysely';
import { type TenantDb, transaction } from '../database';
import type { Cases } from '../schema';
import {
  type Periode,
  aveSql,
  doorbraakStandSql,
  doorlooptijdSql,
  lopendeVoorzieningenSql,
  meldingenSql,
  termijnenSql,
  toegekendSql,
  transitie18Sql,
  verstrektSql,
  verwezenSql,
  wgsSql,
} from './indicators-sql';

/** The families counted by the generic aggregate (indicators-sql.ts `telling`). */
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

/** An inwoner on the beschermd wonen wachtlijst (a row of GET /wachtlijst/bw). */
export interface BwWachtende {
  caseId: Selectable<Cases>['id'];
  subjectId: Selectable<Cases>['subject_id'];
  /** the day the inwoner came on the list (the besluit or the judgement), JJJJ-MM-DD */
  sinds: string;
  grond: string;
  overbrugging: string;
  /** the AVE level recorded with it, else the level of the household's AVE track the melding is linked to */
  aveNiveau: Selectable<Cases>['ave_level'];
  regieHolder: Selectable<Cases>['regie_holder'];
}

/** Amsterdam local date of a history row's instant, or the date its data names. */
const DAG = (alias: string, field: string) =>
  sql.raw(
    `coalesce(${alias}.data->>'${field}', to_char(${alias}.at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD'))`,
  );

/**
 * The beschermd wonen wachtlijst at the end of the day `opDatum` (JJJJ-MM-DD), for `gemeente`, from the intake
 * history: the last BW_WACHTLIJST_OPGENOMEN of a case on or before that day (its interim provision and level; the
 * waiting counts from the first), unless a BW_GEPLAATST (its `datum`)
 * or INGETROKKEN after it ended the waiting on or before that day.
 */
const wachtlijst = (gemeente: string, opDatum: string) => sql<BwWachtende>`
  WITH opgenomen AS (
    SELECT DISTINCT ON (h.case_id) h.case_id, h.seq, h.data,
           min(${DAG('h', 'sinds')}) OVER (PARTITION BY h.case_id) AS sinds
    FROM case_history h JOIN cases c ON c.id = h.case_id
    WHERE h.gemeente = ${gemeente} AND c.workflow = 'intake' AND h.type = 'BW_WACHTLIJST_OPGENOMEN'
      AND ${DAG('h', 'sinds')} <= ${opDatum}
    ORDER BY h.case_id, h.seq DESC)
  SELECT o.case_id AS "caseId", c.subject_id AS "subjectId", o.sinds,
         o.data->>'grond' AS grond, o.data->>'overbrugging' AS overbrugging,
         coalesce((o.data->>'aveNiveau')::int, a.ave_level) AS "aveNiveau", c.regie_holder AS "regieHolder"
  FROM opgenomen o
  JOIN cases c ON c.id = o.case_id
  LEFT JOIN cases a ON a.id::text = c.snapshot->'context'->>'aveCaseId'
  WHERE NOT EXISTS (
    SELECT 1 FROM case_history e
    WHERE e.case_id = o.case_id AND e.seq > o.seq AND e.type IN ('BW_GEPLAATST', 'INGETROKKEN')
      AND ${DAG('e', 'datum')} <= ${opDatum})`;

/** The realised yearly saving of one classification (situationeel, structureel, incidenteel), in eurocents. */
export interface GerealiseerdeBesparing {
  soort: string;
  centen: number;
  /** how many doorbraak cases it is summed over (the screens suppress an amount of fewer than 5) */
  casussen: number;
}

@Injectable()
export class IndicatorsRepository {
  /**
   * One family's statement on the tenant's connection, in a transaction of its own whose settings end with it:
   * no JIT (compiling the expressions of an aggregate over ~100,000 facts cost up to 180 ms, more than it saved,
   * measured on the bench), room to sort and hash a year's facts in memory instead of in temporary files, and no
   * parallel workers (the families of a report already run side by side where each has a connection of its own).
   * `paginaKosten`: a random page read costed as the cached index pages of migration 027 are (random_page_cost 1.1),
   * for the families whose plans it turns into index scans measured faster on the bench (lead time 412 -> 310 ms,
   * 18-/18+ 122 -> 42 ms); the others were as fast or slower with it.
   */
  private query<R>(db: TenantDb, statement: RawBuilder<R>, paginaKosten = false): Promise<R[]> {
    return transaction(db, async (tx) => {
      await sql`SELECT set_config('jit', 'off', true), set_config('work_mem', '32MB', true),
                set_config('max_parallel_workers_per_gather', '0', true)${
                  paginaKosten ? sql.raw(`, set_config('random_page_cost', '1.1', true)`) : sql.raw('')
                }`.execute(tx.sql);
      return (await statement.execute(tx.sql)).rows;
    });
  }

  /** The period of the tenant's gemeente that every family statement takes. */
  private periode(db: TenantDb, van: string, tot: string): Periode {
    return { gemeente: db.gemeente, van, tot };
  }

  /** A family of counts over [from, to] (inclusive Amsterdam dates): total, per month, quarter and breakdown. */
  async telling(db: TenantDb, soort: TellingSoort, from: string, to: string): Promise<TellingRij[]> {
    return getallen(await this.query(db, TELLINGEN[soort](this.periode(db, from, to))));
  }

  /** The gemeente's legal terms due in [from, to]: how many, and how many met on time, per term and quarter. */
  async termijnen(db: TenantDb, from: string, to: string): Promise<TermijnRij[]> {
    return getallen(await this.query(db, termijnenSql(this.periode(db, from, to))));
  }

  /** Lead time melding -> first besluit in days for besluiten in [from, to]: median and 90th percentile. */
  async doorlooptijd(db: TenantDb, from: string, to: string): Promise<DoorlooptijdRij[]> {
    return getallen(await this.query(db, doorlooptijdSql(this.periode(db, from, to)), true));
  }

  /** AVE over [from, to]: levels at its end, escalations, de-escalations, time at level, waiting for acceptance. */
  async ave(db: TenantDb, from: string, to: string): Promise<StandRij[]> {
    return getallen(await this.query(db, aveSql(this.periode(db, from, to))));
  }

  /** 18-/18+ over [from, to]: youths in transition, missed milestones, gaps in care after 18. */
  async transitie18(db: TenantDb, from: string, to: string): Promise<StandRij[]> {
    return getallen(await this.query(db, transitie18Sql(this.periode(db, from, to)), true));
  }

  /** Doorbraak cases by state at the end of [from, to]. */
  async doorbraakStand(db: TenantDb, from: string, to: string): Promise<StandRij[]> {
    return getallen(await this.query(db, doorbraakStandSql(this.periode(db, from, to))));
  }

  /**
   * Almelo 3.4C.1: transitie18 cases whose beschermd_wonen follow-on first became `actief` in [from, to). The
   * history rows carry each event's validated data: VERVOLGROUTE_BIJGEWERKT names one domein,
   * TOEKOMSTPLAN_AFGESPROKEN a list (workflows/transitie18/indicator.ts reads the same two shapes).
   */
  async transitie18NaarBeschermdWonen(db: TenantDb, from: Date, to: Date): Promise<number> {
    const rows = await this.query(
      db,
      // count(*) is a bigint: pg sends it as a string
      sql<{ n: string }>`SELECT count(*) AS n FROM (
         SELECT h.case_id, min(h.at) AS actief_op
         FROM case_history h JOIN cases c ON c.id = h.case_id
         WHERE h.gemeente = ${db.gemeente} AND c.workflow = 'transitie18' AND (
           (h.type = 'VERVOLGROUTE_BIJGEWERKT' AND h.data->>'domein' = 'beschermd_wonen'
             AND h.data->>'status' = 'actief')
           OR (h.type = 'TOEKOMSTPLAN_AFGESPROKEN'
             AND h.data->'domeinen' @> '[{"domein":"beschermd_wonen","status":"actief"}]'))
         GROUP BY h.case_id) bw
       WHERE actief_op >= ${from} AND actief_op < ${to}`,
    );
    return Number(rows[0]!.n);
  }

  /** Who waits for beschermd wonen at the end of `opDatum` (JJJJ-MM-DD), the longest waiting first. */
  bwWachtlijst(db: TenantDb, opDatum: string): Promise<BwWachtende[]> {
    return this.query(db, sql<BwWachtende>`${wachtlijst(db.gemeente, opDatum)} ORDER BY o.sinds, o.case_id`);
  }

  /** Almelo 3.4C.2: distinct inwoners on the beschermd wonen wachtlijst at the end of `opDatum`. */
  async bwWachtlijstAantal(db: TenantDb, opDatum: string): Promise<number> {
    const rows = await this.query(
      db,
      sql<{
        n: string;
      }>`SELECT count(DISTINCT w."subjectId") AS n FROM (${wachtlijst(db.gemeente, opDatum)}) w`,
    );
    return Number(rows[0]!.n);
  }

  /**
   * Almelo 3.4A.1 (`wet` Jeugdwet) and 3.4B.1 (`wet` Wmo): distinct doorbraak cases that ran in [from, to) (started
   * before its end, not closed before its start) and whose analysis had named an agency or provision under that
   * law by its end. Every ANALYSE_VASTGELEGD counts: a later analysis without it does not undo that it was involved.
   */
  async doorbraakMetWet(db: TenantDb, wet: string, from: Date, to: Date): Promise<number> {
    const rows = await this.query(
      db,
      sql<{ n: string }>`SELECT count(*) AS n FROM cases c
       WHERE c.gemeente = ${db.gemeente} AND c.workflow = 'doorbraak' AND c.created_at < ${to}
         AND EXISTS (
           SELECT 1 FROM case_history a
           WHERE a.case_id = c.id AND a.type = 'ANALYSE_VASTGELEGD' AND a.at < ${to}
             AND a.data->'betrokkenen' @> jsonb_build_array(jsonb_build_object('wet', ${wet}::text)))
         AND NOT EXISTS (
           SELECT 1 FROM case_history s
           WHERE s.case_id = c.id AND s.to_state = 'afgesloten' AND s.from_state IS DISTINCT FROM 'afgesloten'
             AND s.at < ${from})`,
    );
    return Number(rows[0]!.n);
  }

  /**
   * The realised yearly savings of doorbraak cases by classification: per case the latest evaluation recorded in
   * [from, to) (a later evaluation restates the yearly saving, so two in one period are not added up), summed over
   * the cases per classification, in whole eurocents.
   */
  async doorbraakBesparingen(db: TenantDb, from: Date, to: Date): Promise<GerealiseerdeBesparing[]> {
    const rows = await this.query(
      db,
      // a sum of bigints is a numeric and a count a bigint: pg sends both as strings
      sql<{ soort: string; centen: string; casussen: string }>`WITH laatste AS (
         SELECT DISTINCT ON (h.case_id) h.case_id, h.data
         FROM case_history h JOIN cases c ON c.id = h.case_id
         WHERE h.gemeente = ${db.gemeente} AND c.workflow = 'doorbraak' AND h.type = 'EVALUATIE_VASTGELEGD'
           AND h.at >= ${from} AND h.at < ${to}
         ORDER BY h.case_id, h.seq DESC)
       SELECT b->>'soort' AS soort, sum((b->>'gerealiseerdPerJaar')::bigint) AS centen,
              count(DISTINCT l.case_id) AS casussen
       FROM laatste l CROSS JOIN jsonb_array_elements(l.data->'besparingen') b
       GROUP BY b->>'soort'`,
    );
    // whole cents stay far below 2^53
    return rows.map((r) => ({ soort: r.soort, centen: Number(r.centen), casussen: Number(r.casussen) }));
  }
}
