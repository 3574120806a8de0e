/**
 * The SQL of the indicator catalogue: per family one statement that first selects its facts (one row per
 * inwoner, case or event, with the day it counts on and its breakdowns) and then aggregates them in one go: the
 * total, per month, per quarter and per breakdown. Every figure is computed from case_history, deadlines and the
 * voorzieningen records as they stood at the period's end; nothing is a kept counter.
 *
 * Every statement is a function of the `Periode` (the gemeente, the first and the last day, inclusive Amsterdam
 * dates) built with Kysely's `sql` tag: each value written into it becomes a parameter of the statement. The
 * statements are written out rather than built, since the builder would hide their CTEs, window functions,
 * grouping sets and jsonb operators. They name the journeys (their workflows, states, events and deadlines), so
 * they live in the social domain; persistence runs them (IndicatorStatementsRepository.run).
 */
import { type RawBuilder, sql } from 'kysely';

/** What every statement counts over: the gemeente and its period [van, tot] (inclusive Amsterdam dates). */
export interface Periode {
  gemeente: string;
  van: string;
  tot: string;
}

/**
 * The period written into each condition instead of read from a one-row CTE: the planner then knows the period's bounds (the
 * parameters of the statement) when it estimates how many rows a condition keeps, so it joins a year's facts with a
 * hash join instead of a lookup per row (estimated from a CTE it guessed a few hundred rows where there were
 * 100,000). VD and TD are its first and last day, VA and TA the start of the first day and of the day after the last.
 */
const VD = (p: Periode) => sql`${p.van}::date`;
const TD = (p: Periode) => sql`${p.tot}::date`;
const VA = (p: Periode) => sql`((${p.van}::date)::timestamp AT TIME ZONE 'Europe/Amsterdam')`;
const TA = (p: Periode) => sql`((${p.tot}::date + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam')`;

/** The Amsterdam day of an instant (a column reference such as `h.at`). */
const dag = (expr: string) => sql.raw(`(${expr} AT TIME ZONE 'Europe/Amsterdam')::date`);

/** A row of the generic aggregate: `naar` names the grouping (totaal, maand, kwartaal or a breakdown), `label` its value. */
export interface TellingRuw {
  naar: string;
  label: string | null;
  /** count(*) and count(DISTINCT) are bigint, the sum numeric: pg sends both as strings; `0` comes as a number */
  inwoners: string;
  casussen: string;
  aantal: string;
  centen: string;
  aanbieders: string | number;
}

/**
 * Aggregates facts `f` (columns subject_id, case_id, dag, centen, aanbieder, and the breakdown columns `dims`):
 * one row per group, `naar` naming the grouping (totaal, maand, kwartaal or a breakdown) and `label` its value.
 */
function telling(
  feiten: RawBuilder<unknown>,
  dims: readonly string[],
  opties: { casussen?: boolean; aanbieders?: boolean } = {},
): RawBuilder<TellingRuw> {
  // count(DISTINCT) sorts each group: only the measures a family's indicators read are counted distinctly
  const maten = sql.raw(`count(DISTINCT subject_id) AS inwoners,
    ${opties.casussen ? 'count(DISTINCT case_id)' : 'count(*)'} AS casussen, count(*) AS aantal,
    coalesce(sum(centen), 0) AS centen, ${opties.aanbieders ? 'count(DISTINCT aanbieder)' : '0'} AS aanbieders`);
  const groepen = [
    sql`SELECT 'totaal' AS naar, NULL::text AS label, ${maten} FROM f`,
    // grouped by the month's (quarter's) first day, a timestamp compared faster than text, formatted once per group
    sql`SELECT 'maand', to_char(date_trunc('month', dag::timestamp), 'YYYY-MM'), ${maten}
     FROM f WHERE dag IS NOT NULL GROUP BY date_trunc('month', dag::timestamp)`,
    sql`SELECT 'kwartaal', to_char(date_trunc('quarter', dag::timestamp), 'YYYY-"K"Q'), ${maten}
     FROM f WHERE dag IS NOT NULL GROUP BY date_trunc('quarter', dag::timestamp)`,
    ...dims.map(
      (d) =>
        sql`SELECT ${sql.lit(d)}, ${sql.ref(d)}::text, ${maten} FROM f WHERE ${sql.ref(d)} IS NOT NULL GROUP BY 2`,
    ),
  ];
  return sql<TellingRuw>`WITH f AS MATERIALIZED (${feiten})\n${sql.join(groepen, sql`\nUNION ALL `)}`;
}

/** The melding of an intake case: its start in the history, on the day it was registered. */
const MELDINGEN = (p: Periode) => sql`
  SELECT c.subject_id, c.id AS case_id, ${dag('h.at')} AS dag, 0::bigint AS centen, NULL::text AS aanbieder,
         coalesce(h.data->'input'->>'requestedVoorziening', 'geen voorziening gevraagd') AS voorziening,
         h.data->'input'->>'channel' AS kanaal, h.data->'input'->>'externeVerwijzer' AS verwijzer,
         coalesce(c.team, 'geen team') AS team
  FROM case_history h JOIN cases c ON c.id = h.case_id
  WHERE h.gemeente = ${p.gemeente} AND h.type = 'CASE_GESTART' AND c.workflow = 'intake'
    AND h.at >= ${VA(p)} AND h.at < ${TA(p)}`;

/**
 * The period's meldingen once for almelo 4.1.1, 4.2.1 (the `extern_` columns: only meldingen of an externe
 * verwijzer) and Twenterand's share taken up (`opgepakt`: triage started before the period's end, one pass over the
 * triages instead of a lookup per melding).
 */
export const meldingenSql = (p: Periode) =>
  telling(
    sql`SELECT m.*,
          CASE WHEN m.kanaal = 'externe_verwijzer' THEN m.voorziening END AS extern_voorziening,
          CASE WHEN m.kanaal = 'externe_verwijzer' THEN to_char(m.dag, 'YYYY-MM') END AS extern_maand,
          CASE WHEN t.case_id IS NOT NULL THEN 'opgepakt' ELSE 'niet opgepakt' END AS opgepakt,
          CASE WHEN t.case_id IS NOT NULL THEN to_char(m.dag, 'YYYY-MM') END AS opgepakt_maand
   FROM (${MELDINGEN(p)}) m
   LEFT JOIN (SELECT DISTINCT t.case_id FROM case_history t
              -- a triage follows its melding: none of a melding of this period lies before it
              WHERE t.gemeente = ${p.gemeente} AND t.type = 'TRIAGE_GESTART' AND t.at >= ${VA(p)} AND t.at < ${TA(p)}) t
     ON t.case_id = m.case_id`,
    [
      'voorziening',
      'kanaal',
      'team',
      'verwijzer',
      'extern_voorziening',
      'extern_maand',
      'opgepakt',
      'opgepakt_maand',
    ],
  );

/** Meldingen that ended in `verwezen` to an algemene voorziening in the period (almelo 4.1.2 and 2.3.1). */
export const verwezenSql = (p: Periode) =>
  telling(
    sql`SELECT c.subject_id, c.id AS case_id, ${dag('h.at')} AS dag, 0::bigint AS centen, NULL::text AS aanbieder,
          h.data->>'voorziening' AS voorziening
   FROM case_history h JOIN cases c ON c.id = h.case_id
   WHERE h.gemeente = ${p.gemeente} AND h.type = 'VERWEZEN' AND c.workflow = 'intake'
     AND h.data->>'soort' = 'algemene_voorziening' AND h.at >= ${VA(p)} AND h.at < ${TA(p)}`,
    ['voorziening'],
    { casussen: true },
  );

/**
 * The product group Borne reports a voorziening under: Jeugd for the Jeugdwet; for the Wmo hulp bij huishouden,
 * group care (groepsbegeleiding, dagbesteding), else individual.
 */
const PRODUCTGROEP = sql.raw(`CASE
  WHEN v.wet = 'Jeugdwet' THEN 'Jeugd'
  WHEN v.wet = 'Wmo' AND (v.product ILIKE '%huishoud%') THEN 'Hulp bij huishouden'
  WHEN v.wet = 'Wmo' AND (v.product ILIKE '%groep%' OR v.product ILIKE '%dagbesteding%') THEN 'Wmo groep'
  WHEN v.wet = 'Wmo' THEN 'Wmo individueel'
  ELSE v.wet END`);

/**
 * The cost of a voorziening in the period in whole eurocents, from its tariff: per stuk once (when it starts in the
 * period), per etmaal each day, per week each 7 days, per uur `volume_aantal` hours each week; days are those of
 * the period the voorziening ran, rounded to whole cents per voorziening. Without a tariff it costs nothing known.
 */
const KOSTEN = (p: Periode) => sql`CASE
  WHEN v.tarief_centen IS NULL THEN 0
  WHEN v.tarief_eenheid = 'stuk' THEN CASE WHEN v.startdatum >= ${VD(p)} THEN round(v.tarief_centen * v.volume_aantal) ELSE 0 END
  WHEN v.tarief_eenheid = 'etmaal' THEN v.tarief_centen * dagen
  WHEN v.tarief_eenheid = 'week' THEN round(v.tarief_centen * dagen / 7.0)
  WHEN v.tarief_eenheid = 'uur' THEN round(v.tarief_centen * v.volume_aantal * dagen / 7.0)
  ELSE 0 END`;

/** Voorzieningen running on some day of the period (recorded before its end), with their cost in the period. */
const LOPEND = (p: Periode) => sql`
  SELECT v.*, ${PRODUCTGROEP} AS productgroep,
         (least(coalesce(v.einddatum, ${TD(p)}), ${TD(p)}) - greatest(v.startdatum, ${VD(p)}) + 1) AS dagen
  FROM voorzieningen v
  WHERE v.gemeente = ${p.gemeente} AND v.startdatum <= ${TD(p)} AND (v.einddatum IS NULL OR v.einddatum >= ${VD(p)})
    AND v.created_at < ${TA(p)}`;

export const lopendeVoorzieningenSql = (p: Periode) =>
  telling(
    sql`SELECT v.subject_id, v.case_id, NULL::date AS dag, (${KOSTEN(p)})::bigint AS centen, v.aanbieder,
          v.product AS voorziening, v.wet, v.productgroep, v.product || ' / ' || v.aanbieder AS voorziening_aanbieder,
          CASE WHEN v.wet = 'Wmo' THEN v.product END AS wmo_voorziening,
          CASE WHEN v.tarief_centen IS NOT NULL THEN 'met tarief' END AS tarief
   FROM (${LOPEND(p)}) v`,
    ['voorziening', 'wet', 'productgroep', 'voorziening_aanbieder', 'wmo_voorziening', 'tarief'],
    { aanbieders: true },
  );

/** Voorzieningen that started in the period (provided: almelo 3.1.1). */
export const verstrektSql = (p: Periode) =>
  telling(
    sql`SELECT v.subject_id, v.case_id, v.startdatum AS dag, 0::bigint AS centen, v.aanbieder, v.wet,
          ${PRODUCTGROEP} AS productgroep, v.product AS voorziening
   FROM voorzieningen v
   WHERE v.gemeente = ${p.gemeente} AND v.startdatum BETWEEN ${VD(p)} AND ${TD(p)} AND v.created_at < ${TA(p)}`,
    ['wet', 'productgroep', 'voorziening'],
  );

/** Besluiten granting (wholly or partly) a maatwerkvoorziening in the period, by the laws of the aanvraag. */
export const toegekendSql = (p: Periode) =>
  telling(
    sql`WITH b AS MATERIALIZED (
     SELECT c.subject_id, h.case_id, h.seq, h.at
     FROM case_history h JOIN cases c ON c.id = h.case_id
     WHERE h.gemeente = ${p.gemeente} AND h.type = 'BESLUIT_GENOMEN' AND c.workflow = 'intake'
       AND h.data->>'uitkomst' IN ('toegekend', 'deels') AND h.at >= ${VA(p)} AND h.at < ${TA(p)}),
   l AS (
     SELECT b.case_id, b.seq, string_agg(DISTINCT w, ', ' ORDER BY w) AS wet
     FROM b JOIN case_history a ON a.case_id = b.case_id AND a.seq < b.seq AND a.type = 'AANVRAAG_INGEDIEND'
     CROSS JOIN jsonb_array_elements_text(a.data->'laws') w
     GROUP BY b.case_id, b.seq)
   SELECT b.subject_id, b.case_id, ${dag('b.at')} AS dag, 0::bigint AS centen, NULL::text AS aanbieder, l.wet
   FROM b LEFT JOIN l ON l.case_id = b.case_id AND l.seq = b.seq`,
    ['wet'],
  );

/** The states a case ends in: it runs no more after reaching one. */
const EINDE = sql.raw(`('afgesloten', 'ingetrokken', 'geen_hulp', 'verwezen', 'beeindigd')`);

/** Whether case `c` had ended before the instant `voor`. */
const GEEINDIGD = (voor: RawBuilder<unknown>) =>
  sql`EXISTS (SELECT 1 FROM case_history e WHERE e.case_id = c.id AND e.to_state IN ${EINDE} AND e.at < ${voor})`;

/** Inwoners admitted to a Wgs route (schuldhulp toegelaten) before the period's end, not ended before its start. */
export const wgsSql = (p: Periode) =>
  telling(
    sql`SELECT c.subject_id, c.id AS case_id, NULL::date AS dag, 0::bigint AS centen, NULL::text AS aanbieder
   FROM case_history h JOIN cases c ON c.id = h.case_id
   WHERE h.gemeente = ${p.gemeente} AND h.type = 'WGS_BESCHIKKING' AND h.data->>'toegang' = 'toegelaten'
     AND h.at < ${TA(p)} AND NOT ${GEEINDIGD(VA(p))}`,
    [],
  );

/** A row of the legal terms: `termijn` null for all terms, `kwartaal` null for the whole period; counts as strings. */
export interface TermijnRuw {
  termijn: string | null;
  kwartaal: string | null;
  totaal: string;
  tijdig: string;
}

/**
 * The gemeente's legal terms that fell due in the period and were not cancelled before its end: met on time when
 * met before the end of their last day (`due_at`); one met on its last day counts as on time. A term still running
 * after the period's end is left out (its outcome is not known yet).
 */
export const termijnenSql = (p: Periode) => sql<TermijnRuw>`
  SELECT d.name AS termijn, to_char(d.due_date, 'YYYY-"K"Q') AS kwartaal,
         count(*) AS totaal,
         count(*) FILTER (WHERE d.met_at IS NOT NULL AND d.met_at <= d.due_at) AS tijdig
  FROM deadlines d JOIN cases c ON c.id = d.case_id
  WHERE d.gemeente = ${p.gemeente} AND d.party = 'gemeente' AND d.law IS NOT NULL AND c.workflow = 'intake'
    AND d.due_date BETWEEN ${VD(p)} AND ${TD(p)}
    AND NOT (d.cancelled_at IS NOT NULL AND d.cancelled_at < ${TA(p)})
    AND NOT (d.met_at IS NULL AND d.due_at >= ${TA(p)})
  GROUP BY GROUPING SETS ((d.name), (kwartaal), ())`;

/** A row of the lead times: the count as a string, the percentiles of whole days (integers) as numbers. */
export interface DoorlooptijdRuw {
  kwartaal: string | null;
  aantal: string;
  mediaan: number | null;
  p90: number | null;
}

/**
 * Lead time melding -> besluit in days, for the first besluit of each intake case taken in the period: from the
 * day the melding was received (its `ontvangenOp`, else the day it was registered) to the day of the besluit.
 */
export const doorlooptijdSql = (p: Periode) => sql<DoorlooptijdRuw>`
  WITH b AS (
    SELECT DISTINCT ON (h.case_id) h.case_id, ${dag('h.at')} AS besluitdag,
           coalesce((s.data->'input'->>'ontvangenOp')::date, ${dag('s.at')}) AS meldingdag
    FROM case_history h JOIN cases c ON c.id = h.case_id
    JOIN case_history s ON s.case_id = h.case_id AND s.type = 'CASE_GESTART'
    WHERE h.gemeente = ${p.gemeente} AND h.type = 'BESLUIT_GENOMEN' AND c.workflow = 'intake'
      -- only the besluiten of the period, the first of their case: none before it (from the history's key)
      AND h.at >= ${VA(p)} AND h.at < ${TA(p)}
      AND NOT EXISTS (SELECT 1 FROM case_history e
                      WHERE e.case_id = h.case_id AND e.seq < h.seq AND e.type = 'BESLUIT_GENOMEN')
    ORDER BY h.case_id, h.seq),
  d AS (SELECT (besluitdag - meldingdag) AS dagen, to_char(besluitdag, 'YYYY-"K"Q') AS kwartaal FROM b)
  SELECT kwartaal, count(*) AS aantal,
         percentile_disc(0.5) WITHIN GROUP (ORDER BY dagen) AS mediaan,
         percentile_disc(0.9) WITHIN GROUP (ORDER BY dagen) AS p90
  FROM d GROUP BY GROUPING SETS ((kwartaal), ())`;

/** A figure of a journey family: `naar` the figure, `label` its breakdown, the count as a string, days a number. */
export interface StandRuw {
  naar: string;
  label: string | null;
  aantal: string;
  dagen?: number | null;
}

/**
 * The history of the gemeente's AVE cases, read once: the cases of the workflow from their index (cases_workflow),
 * per case its rows from the history's (case_id, seq) key, which carries the columns read here (an index-only
 * scan of a few entries per case instead of the whole history table; `OFFSET 0` keeps it per case), each row with
 * the state before it. Every AVE figure is counted from it.
 */
const AVE_HISTORIE = (p: Periode) => sql`
  SELECT c.subject_id, h.case_id, h.seq, h.at, h.type, h.to_state,
         lag(h.to_state) OVER (PARTITION BY h.case_id ORDER BY h.seq) AS vorige
  FROM (SELECT c.id, c.subject_id FROM cases c WHERE c.gemeente = ${p.gemeente} AND c.workflow = 'ave' ORDER BY c.id) c
  CROSS JOIN LATERAL (SELECT h.case_id, h.seq, h.at, h.type, h.to_state FROM case_history h
                      WHERE h.case_id = c.id ORDER BY h.seq OFFSET 0) h`;

/**
 * The stays of AVE households at a level: from the history row that brought the case to `niveau_N` to the next row
 * that left that state (or none). One row per stay, with the household (subject) and the days. The level is the
 * state's last character (the states are niveau_0 .. niveau_4): a regular expression per row cost ten times as much.
 */
const AVE_VERBLIJVEN = sql.raw(`
  SELECT a.subject_id, a.case_id,
         CASE WHEN a.to_state LIKE 'niveau\\__' AND right(a.to_state, 1) BETWEEN '0' AND '9'
              THEN right(a.to_state, 1) END AS niveau, a.at AS vanaf,
         lead(a.at) OVER (PARTITION BY a.case_id ORDER BY a.seq) AS tot
  FROM a WHERE a.vorige IS DISTINCT FROM a.to_state`);

/**
 * AVE in one statement: the level of every household at the end of the period (`stand`), the households scaled up
 * or down in it, the median days of the stays at each level that ended in it, and the households at level 3 or 4
 * whose receiving regie holder had not accepted by the end of the period.
 */
export const aveSql = (p: Periode) => sql<StandRuw>`
  WITH a AS MATERIALIZED (${AVE_HISTORIE(p)}), v AS MATERIALIZED (${AVE_VERBLIJVEN})
  SELECT 'stand' AS naar, v.niveau AS label, count(DISTINCT v.subject_id) AS aantal, NULL::int AS dagen
    FROM v WHERE v.vanaf < ${TA(p)} AND (v.tot IS NULL OR v.tot >= ${TA(p)}) AND v.niveau IS NOT NULL GROUP BY v.niveau
  UNION ALL
  SELECT CASE a.type WHEN 'OPSCHALEN' THEN 'opgeschaald' ELSE 'afgeschaald' END, NULL,
         count(DISTINCT a.subject_id), NULL
    FROM a WHERE a.type IN ('OPSCHALEN', 'AFSCHALEN') AND a.at >= ${VA(p)} AND a.at < ${TA(p)} GROUP BY a.type
  UNION ALL
  SELECT 'verblijf', v.niveau, count(*),
         percentile_disc(0.5) WITHIN GROUP (ORDER BY ${dag('v.tot')} - ${dag('v.vanaf')})
    FROM v WHERE v.tot >= ${VA(p)} AND v.tot < ${TA(p)} AND v.niveau IS NOT NULL GROUP BY v.niveau
  UNION ALL
  SELECT 'wacht_op_acceptatie', NULL, count(DISTINCT c.subject_id), NULL
    FROM deadlines d JOIN cases c ON c.id = d.case_id
    WHERE d.gemeente = ${p.gemeente} AND c.workflow = 'ave' AND d.key = 'regie_acceptatie' AND d.created_at < ${TA(p)}
      AND NOT (d.met_at IS NOT NULL AND d.met_at < ${TA(p)})
      AND NOT (d.cancelled_at IS NOT NULL AND d.cancelled_at < ${TA(p)})`;

/**
 * 18-/18+ in one statement: youths with a transition running in the period, missed milestones (TERMIJN_VERSTREKEN
 * of a `mijlpaal_` deadline in the period, distinct youths per milestone), and youths found with a gap in care after
 * 18 (their case entered `hiaat` in the period).
 */
export const transitie18Sql = (p: Periode) => sql<StandRuw>`
  SELECT 'lopend' AS naar, NULL::text AS label, count(DISTINCT c.subject_id) AS aantal
    FROM cases c
    WHERE c.gemeente = ${p.gemeente} AND c.workflow = 'transitie18' AND c.created_at < ${TA(p)}
      AND NOT ${GEEINDIGD(VA(p))}
  UNION ALL
  SELECT 'mijlpaal', h.data->>'name', count(DISTINCT c.subject_id)
    FROM case_history h JOIN cases c ON c.id = h.case_id
    WHERE h.gemeente = ${p.gemeente} AND c.workflow = 'transitie18' AND h.type = 'TERMIJN_VERSTREKEN'
      AND h.data->>'key' LIKE 'mijlpaal\\_%' AND h.at >= ${VA(p)} AND h.at < ${TA(p)}
    GROUP BY ROLLUP (h.data->>'name')
  UNION ALL
  SELECT 'hiaat', NULL, count(DISTINCT c.subject_id)
    FROM case_history h JOIN cases c ON c.id = h.case_id
    WHERE h.gemeente = ${p.gemeente} AND c.workflow = 'transitie18' AND h.to_state = 'hiaat'
      AND h.from_state IS DISTINCT FROM 'hiaat' AND h.at >= ${VA(p)} AND h.at < ${TA(p)}`;

/** Doorbraak cases by their state at the end of the period (the last history row before it): its first day is not read. */
export const doorbraakStandSql = (p: Periode) => sql<StandRuw>`
  SELECT 'status' AS naar, s.to_state AS label, count(*) AS aantal
  FROM cases c
  CROSS JOIN LATERAL (SELECT h.to_state FROM case_history h WHERE h.case_id = c.id AND h.at < ${TA(p)}
                      ORDER BY h.seq DESC LIMIT 1) s
  WHERE c.gemeente = ${p.gemeente} AND c.workflow = 'doorbraak'
  GROUP BY s.to_state`;

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
  sql.raw(
    `coalesce(${alias}.data->>'${field}', to_char(${alias}.at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD'))`,
  );

/**
 * The beschermd wonen wachtlijst at the end of the day `opDatum` (JJJJ-MM-DD), for `gemeente`, from the intake
 * history: the last BW_WACHTLIJST_OPGENOMEN of a case on or before that day (its interim provision and level; the
 * waiting counts from the first), unless a BW_GEPLAATST (its `datum`)
 * or INGETROKKEN after it ended the waiting on or before that day.
 */
export const wachtlijstSql = (gemeente: string, opDatum: string) => sql<BwWachtende>`
  WITH opgenomen AS (
    SELECT DISTINCT ON (h.case_id) h.case_id, h.seq, h.data,
           min(${DAG('h', 'sinds')}) OVER (PARTITION BY h.case_id) AS sinds
    FROM case_history h JOIN cases c ON c.id = h.case_id
    WHERE h.gemeente = ${gemeente} AND c.workflow = 'intake' AND h.type = 'BW_WACHTLIJST_OPGENOMEN'
      AND ${DAG('h', 'sinds')} <= ${opDatum}
    ORDER BY h.case_id, h.seq DESC)
  SELECT o.case_id AS "caseId", c.subject_id AS "subjectId", o.sinds,
         o.data->>'grond' AS grond, o.data->>'overbrugging' AS overbrugging,
         coalesce((o.data->>'aveNiveau')::int, (a.projection->>'aveLevel')::int) AS "aveNiveau", c.regie_holder AS "regieHolder"
  FROM opgenomen o
  JOIN cases c ON c.id = o.case_id
  LEFT JOIN cases a ON a.id::text = c.snapshot->'context'->>'aveCaseId'
  WHERE NOT EXISTS (
    SELECT 1 FROM case_history e
    WHERE e.case_id = o.case_id AND e.seq > o.seq AND e.type IN ('BW_GEPLAATST', 'INGETROKKEN')
      AND ${DAG('e', 'datum')} <= ${opDatum})`;

/**
 * Almelo 3.4C.1: transitie18 cases whose beschermd_wonen follow-on first became `actief` in [from, to). The
 * history rows carry each event's validated data: VERVOLGROUTE_BIJGEWERKT names one domein,
 * TOEKOMSTPLAN_AFGESPROKEN a list (workflows/transitie18/indicator.ts reads the same two shapes).
 */
export const naarBeschermdWonenSql = (gemeente: string, from: Date, to: Date) =>
  // count(*) is a bigint: pg sends it as a string
  sql<{ n: string }>`SELECT count(*) AS n FROM (
     SELECT h.case_id, min(h.at) AS actief_op
     FROM case_history h JOIN cases c ON c.id = h.case_id
     WHERE h.gemeente = ${gemeente} AND c.workflow = 'transitie18' AND (
       (h.type = 'VERVOLGROUTE_BIJGEWERKT' AND h.data->>'domein' = 'beschermd_wonen'
         AND h.data->>'status' = 'actief')
       OR (h.type = 'TOEKOMSTPLAN_AFGESPROKEN'
         AND h.data->'domeinen' @> '[{"domein":"beschermd_wonen","status":"actief"}]'))
     GROUP BY h.case_id) bw
   WHERE actief_op >= ${from} AND actief_op < ${to}`;

/**
 * Almelo 3.4A.1 (`wet` Jeugdwet) and 3.4B.1 (`wet` Wmo): distinct doorbraak cases that ran in [from, to) (started
 * before its end, not closed before its start) and whose analysis had named an agency or provision under that
 * law by its end. Every ANALYSE_VASTGELEGD counts: a later analysis without it does not undo that it was involved.
 */
export const doorbraakMetWetSql = (gemeente: string, wet: string, from: Date, to: Date) =>
  sql<{ n: string }>`SELECT count(*) AS n FROM cases c
   WHERE c.gemeente = ${gemeente} AND c.workflow = 'doorbraak' AND c.created_at < ${to}
     AND EXISTS (
       SELECT 1 FROM case_history a
       WHERE a.case_id = c.id AND a.type = 'ANALYSE_VASTGELEGD' AND a.at < ${to}
         AND a.data->'betrokkenen' @> jsonb_build_array(jsonb_build_object('wet', ${wet}::text)))
     AND NOT EXISTS (
       SELECT 1 FROM case_history s
       WHERE s.case_id = c.id AND s.to_state = 'afgesloten' AND s.from_state IS DISTINCT FROM 'afgesloten'
         AND s.at < ${from})`;

/**
 * The realised yearly savings of doorbraak cases by classification: per case the latest evaluation recorded in
 * [from, to) (a later evaluation restates the yearly saving, so two in one period are not added up), summed over
 * the cases per classification, in whole eurocents.
 */
export const doorbraakBesparingenSql = (gemeente: string, from: Date, to: Date) =>
  // a sum of bigints is a numeric and a count a bigint: pg sends both as strings
  sql<{ soort: string; centen: string; casussen: string }>`WITH laatste AS (
     SELECT DISTINCT ON (h.case_id) h.case_id, h.data
     FROM case_history h JOIN cases c ON c.id = h.case_id
     WHERE h.gemeente = ${gemeente} AND c.workflow = 'doorbraak' AND h.type = 'EVALUATIE_VASTGELEGD'
       AND h.at >= ${from} AND h.at < ${to}
     ORDER BY h.case_id, h.seq DESC)
   SELECT b->>'soort' AS soort, sum((b->>'gerealiseerdPerJaar')::bigint) AS centen,
          count(DISTINCT l.case_id) AS casussen
   FROM laatste l CROSS JOIN jsonb_array_elements(l.data->'besparingen') b
   GROUP BY b->>'soort'`;
