/** The counts beleid reads, computed from history on the request's connection; never a person. */
import type { DataSource } from 'typeorm';
import { sqlFor } from '../tenant';
import {
  AVE_SQL,
  DOORBRAAK_STAND_SQL,
  DOORLOOPTIJD_SQL,
  LOPENDE_VOORZIENINGEN_SQL,
  MELDINGEN_SQL,
  TERMIJNEN_SQL,
  TOEGEKEND_SQL,
  TRANSITIE18_SQL,
  VERSTREKT_SQL,
  VERWEZEN_SQL,
  WGS_SQL,
} from './indicators-sql';

/** The families counted by the generic aggregate (indicators-sql.ts `telling`). */
const TELLINGEN = {
  meldingen: MELDINGEN_SQL,
  verwezen: VERWEZEN_SQL,
  lopendeVoorzieningen: LOPENDE_VOORZIENINGEN_SQL,
  verstrekt: VERSTREKT_SQL,
  toegekend: TOEGEKEND_SQL,
  wgs: WGS_SQL,
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

const GETALLEN = new Set([
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
const getallen = <T>(rows: Record<string, unknown>[]): T[] =>
  rows.map(
    (r) =>
      Object.fromEntries(
        Object.entries(r).map(([k, v]) => [k, GETALLEN.has(k) && v !== null ? Number(v) : v]),
      ) as T,
  );

/** An inwoner on the beschermd wonen wachtlijst (a row of GET /wachtlijst/bw). */
export interface BwWachtende {
  caseId: string;
  subjectId: string;
  /** the day the inwoner came on the list (the besluit or the judgement), JJJJ-MM-DD */
  sinds: string;
  grond: string;
  overbrugging: string;
  /** the AVE level recorded with it, else the level of the household's AVE track the melding is linked to */
  aveNiveau: number | null;
  regieHolder: string | null;
}

/** Amsterdam local date of a history row's instant, or the date its data names. */
const DAG = (alias: string, field: string) =>
  `coalesce(${alias}.data->>'${field}', to_char(${alias}.at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD'))`;

/**
 * The beschermd wonen wachtlijst at the end of the day `$2` (JJJJ-MM-DD), for gemeente `$1`, from the intake
 * history: the last BW_WACHTLIJST_OPGENOMEN of a case on or before that day (its interim provision and level; the
 * waiting counts from the first), unless a BW_GEPLAATST (its `datum`)
 * or INGETROKKEN after it ended the waiting on or before that day.
 */
const WACHTLIJST = `
  WITH opgenomen AS (
    SELECT DISTINCT ON (h.case_id) h.case_id, h.seq, h.data,
           min(${DAG('h', 'sinds')}) OVER (PARTITION BY h.case_id) AS sinds
    FROM case_history h JOIN cases c ON c.id = h.case_id
    WHERE h.gemeente = $1 AND c.workflow = 'intake' AND h.type = 'BW_WACHTLIJST_OPGENOMEN'
      AND ${DAG('h', 'sinds')} <= $2
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
      AND ${DAG('e', 'datum')} <= $2)`;

/** The realised yearly saving of one classification (situationeel, structureel, incidenteel), in eurocents. */
export interface GerealiseerdeBesparing {
  soort: string;
  centen: number;
  /** how many doorbraak cases it is summed over (the screens suppress an amount of fewer than 5) */
  casussen: number;
}

export class IndicatorsRepository {
  constructor(private readonly ds: DataSource) {}

  /**
   * One family's statement on the request's connection, in a transaction of its own whose settings end with it:
   * no JIT (compiling the expressions of an aggregate over ~100,000 facts cost up to 180 ms, more than it saved,
   * measured on the bench), room to sort and hash a year's facts in memory instead of in temporary files, and no
   * parallel workers (the families already run side by side, each on a connection of its own). `paginaKosten`: a
   * random page read costed as the cached index pages of migration 027 are (random_page_cost 1.1), for the families
   * whose plans it turns into index scans measured faster on the bench (lead time 412 -> 310 ms, 18-/18+ 122 -> 42 ms);
   * the others were as fast or slower with it.
   */
  private query<T>(sql: string, params: unknown[], paginaKosten = false): Promise<T[]> {
    return sqlFor(this.ds).transaction(async (m) => {
      await m.query(
        `SELECT set_config('jit', 'off', true), set_config('work_mem', '32MB', true),
                set_config('max_parallel_workers_per_gather', '0', true)${
                  paginaKosten ? `, set_config('random_page_cost', '1.1', true)` : ''
                }`,
      );
      return m.query(sql, params);
    });
  }

  /** A family's aggregate rows, counts and sums as numbers. */
  private async lees<T>(sql: string, params: unknown[], paginaKosten = false): Promise<T[]> {
    return getallen<T>(await this.query<Record<string, unknown>>(sql, params, paginaKosten));
  }

  /** A family of counts over [from, to] (inclusive Amsterdam dates): total, per month, quarter and breakdown. */
  async telling(soort: TellingSoort, gemeente: string, from: string, to: string): Promise<TellingRij[]> {
    return this.lees(TELLINGEN[soort], [gemeente, from, to]);
  }

  /** The gemeente's legal terms due in [from, to]: how many, and how many met on time, per term and quarter. */
  async termijnen(gemeente: string, from: string, to: string): Promise<TermijnRij[]> {
    return this.lees(TERMIJNEN_SQL, [gemeente, from, to]);
  }

  /** Lead time melding -> first besluit in days for besluiten in [from, to]: median and 90th percentile. */
  async doorlooptijd(gemeente: string, from: string, to: string): Promise<DoorlooptijdRij[]> {
    return this.lees(DOORLOOPTIJD_SQL, [gemeente, from, to], true);
  }

  /** AVE over [from, to]: levels at its end, escalations, de-escalations, time at level, waiting for acceptance. */
  async ave(gemeente: string, from: string, to: string): Promise<StandRij[]> {
    return this.lees(AVE_SQL, [gemeente, from, to]);
  }

  /** 18-/18+ over [from, to]: youths in transition, missed milestones, gaps in care after 18. */
  async transitie18(gemeente: string, from: string, to: string): Promise<StandRij[]> {
    return this.lees(TRANSITIE18_SQL, [gemeente, from, to], true);
  }

  /** Doorbraak cases by state at the end of [from, to]. */
  async doorbraakStand(gemeente: string, from: string, to: string): Promise<StandRij[]> {
    return this.lees(DOORBRAAK_STAND_SQL, [gemeente, from, to]);
  }

  /**
   * Almelo 3.4C.1: transitie18 cases whose beschermd_wonen follow-on first became `actief` in [from, to). The
   * history rows carry each event's validated data: VERVOLGROUTE_BIJGEWERKT names one domein,
   * TOEKOMSTPLAN_AFGESPROKEN a list (workflows/transitie18/indicator.ts reads the same two shapes).
   */
  async transitie18NaarBeschermdWonen(gemeente: string, from: Date, to: Date): Promise<number> {
    const rows: { n: string }[] = await this.query(
      `SELECT count(*) AS n FROM (
         SELECT h.case_id, min(h.at) AS actief_op
         FROM case_history h JOIN cases c ON c.id = h.case_id
         WHERE h.gemeente = $1 AND c.workflow = 'transitie18' AND (
           (h.type = 'VERVOLGROUTE_BIJGEWERKT' AND h.data->>'domein' = 'beschermd_wonen'
             AND h.data->>'status' = 'actief')
           OR (h.type = 'TOEKOMSTPLAN_AFGESPROKEN'
             AND h.data->'domeinen' @> '[{"domein":"beschermd_wonen","status":"actief"}]'))
         GROUP BY h.case_id) bw
       WHERE actief_op >= $2 AND actief_op < $3`,
      [gemeente, from, to],
    );
    return Number(rows[0].n);
  }

  /** Who waits for beschermd wonen at the end of `opDatum` (JJJJ-MM-DD), the longest waiting first. */
  bwWachtlijst(gemeente: string, opDatum: string): Promise<BwWachtende[]> {
    return this.query(`${WACHTLIJST} ORDER BY o.sinds, o.case_id`, [gemeente, opDatum]);
  }

  /** Almelo 3.4C.2: distinct inwoners on the beschermd wonen wachtlijst at the end of `opDatum`. */
  async bwWachtlijstAantal(gemeente: string, opDatum: string): Promise<number> {
    const rows: { n: string }[] = await this.query(
      `SELECT count(DISTINCT w."subjectId") AS n FROM (${WACHTLIJST}) w`,
      [gemeente, opDatum],
    );
    return Number(rows[0].n);
  }

  /**
   * Almelo 3.4A.1 (`wet` Jeugdwet) and 3.4B.1 (`wet` Wmo): distinct doorbraak cases that ran in [from, to) (started
   * before its end, not closed before its start) and whose analysis had named an agency or provision under that
   * law by its end. Every ANALYSE_VASTGELEGD counts: a later analysis without it does not undo that it was involved.
   */
  async doorbraakMetWet(gemeente: string, wet: string, from: Date, to: Date): Promise<number> {
    const rows: { n: string }[] = await this.query(
      `SELECT count(*) AS n FROM cases c
       WHERE c.gemeente = $1 AND c.workflow = 'doorbraak' AND c.created_at < $3
         AND EXISTS (
           SELECT 1 FROM case_history a
           WHERE a.case_id = c.id AND a.type = 'ANALYSE_VASTGELEGD' AND a.at < $3
             AND a.data->'betrokkenen' @> jsonb_build_array(jsonb_build_object('wet', $4::text)))
         AND NOT EXISTS (
           SELECT 1 FROM case_history s
           WHERE s.case_id = c.id AND s.to_state = 'afgesloten' AND s.from_state IS DISTINCT FROM 'afgesloten'
             AND s.at < $2)`,
      [gemeente, from, to, wet],
    );
    return Number(rows[0]!.n);
  }

  /**
   * The realised yearly savings of doorbraak cases by classification: per case the latest evaluation recorded in
   * [from, to) (a later evaluation restates the yearly saving, so two in one period are not added up), summed over
   * the cases per classification, in whole eurocents.
   */
  async doorbraakBesparingen(gemeente: string, from: Date, to: Date): Promise<GerealiseerdeBesparing[]> {
    const rows: { soort: string; centen: string; casussen: string }[] = await this.query(
      `WITH laatste AS (
         SELECT DISTINCT ON (h.case_id) h.case_id, h.data
         FROM case_history h JOIN cases c ON c.id = h.case_id
         WHERE h.gemeente = $1 AND c.workflow = 'doorbraak' AND h.type = 'EVALUATIE_VASTGELEGD'
           AND h.at >= $2 AND h.at < $3
         ORDER BY h.case_id, h.seq DESC)
       SELECT b->>'soort' AS soort, sum((b->>'gerealiseerdPerJaar')::bigint) AS centen,
              count(DISTINCT l.case_id) AS casussen
       FROM laatste l CROSS JOIN jsonb_array_elements(l.data->'besparingen') b
       GROUP BY b->>'soort'`,
      [gemeente, from, to],
    );
    // a sum of bigints comes back as a numeric string; whole cents stay far below 2^53
    return rows.map((r) => ({ soort: r.soort, centen: Number(r.centen), casussen: Number(r.casussen) }));
  }
}
