/**
 * Which cases a caller may see, as data: the API's access rules (apps/api/src/access/access.ts) say it from the
 * principal, and the repositories render it into their queries. Plain values, no SQL: the rule lives in one place
 * and only persistence writes SQL.
 */
import { type Expression, type ExpressionBuilder, type RawBuilder, type SqlBool, sql } from 'kysely';
import type { Cases } from './schema';

/** One reason a case may be visible. */
export type Zichtreden =
  /** the caller holds regie of the case */
  | { kind: 'regiehouder'; user: string }
  /** the case belongs to the caller's team */
  | { kind: 'team'; team: string }
  /** the case's AVE level is at least `vanaf` */
  | { kind: 'aveNiveau'; vanaf: number };

/** Which cases the caller may see: any of the reasons suffices; none means no case at all. */
export type Zichtbaarheid = readonly Zichtreden[];

/** A query with the case under alias `c` (and possibly other tables beside it). */
export type MetCase = ExpressionBuilder<{ c: Cases }, 'c'>;

/**
 * The AVE level of the case `c`, as its workflow projects it (null for a case without one). Written exactly as the
 * board's indexes (cases_board, cases_board_counts) are built, so that the planner matches them: by their order
 * only under row level security, where a condition on it is no index range (migration LevelFromProjection).
 */
export function aveLevel(eb: MetCase): RawBuilder<number | null> {
  return sql<number | null>`(${eb.ref('c.projection')}->>'aveLevel')::int`;
}

/** One reason as a condition on the case `c`. */
export function zichtreden(eb: MetCase, reden: Zichtreden): Expression<SqlBool> {
  switch (reden.kind) {
    case 'regiehouder':
      return eb('c.regie_holder', '=', reden.user);
    case 'team':
      return eb('c.team', '=', reden.team);
    case 'aveNiveau':
      return eb(aveLevel(eb), '>=', eb.lit(reden.vanaf));
  }
}

/**
 * Whether the case `c` is visible: the reasons OR-ed (a query keeps one index range per reason), false when there
 * is none. For a query over cases under alias `c`: `.where((eb) => zichtbaar(eb, zichtbaarheid))`.
 */
export function zichtbaar(eb: MetCase, zichtbaarheid: Zichtbaarheid): Expression<SqlBool> {
  if (!zichtbaarheid.length) return sql<SqlBool>`false`;
  return eb.or(zichtbaarheid.map((reden) => zichtreden(eb, reden)));
}
