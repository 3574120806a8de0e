/**
 * The worklist's rows: the pending terms of the gemeente (party `gemeente`) on cases with a regie holder, and the
 * open herindicatie tasks (a `herindicatie` case from its `openDatum` on, also after its escalation, until it is
 * done). A herindicatie case's own deadline is that task, so it is not listed twice.
 */
import { Injectable } from '@nestjs/common';
import { type QueryCreator, sql } from 'kysely';
import type { SystemDb, TenantDb } from '../database';
import type { DB } from '../schema';

type Soort = 'termijn' | 'herindicatie';

/** A text field of a case's context in its snapshot. */
const context = (veld: string) => sql<string | null>`c.snapshot->'context'->>${sql.lit(veld)}`;

/**
 * The rows of `holder` (null: every holder) on `today` (Amsterdam date), in every gemeente the handle sees: the
 * pending terms, and the herindicatie tasks with their context (`open_datum`: the day the review opened;
 * `signalering_datum`: the day the teamleider is alerted when it is still open).
 */
function items(qc: QueryCreator<DB>, holder: string | null, today: string) {
  const termijnen = qc
    .selectFrom('cases as c')
    .innerJoin('deadlines as d', 'd.case_id', 'c.id')
    .select([
      sql<Soort>`'termijn'`.as('soort'),
      'c.gemeente',
      'c.regie_holder as holder',
      'c.id as case_id',
      'c.workflow',
      'c.subject_id',
      'd.id as deadline_id',
      'd.key',
      'd.name',
      'd.law',
      'd.due_date',
      'd.due_at',
      'd.status',
      sql<string | null>`NULL::text`.as('voorziening_id'),
      sql<string | null>`NULL::text`.as('geescaleerd_op'),
      sql<string | null>`NULL::text`.as('open_datum'),
      sql<string | null>`NULL::text`.as('signalering_datum'),
    ])
    .where('d.status', '=', 'pending')
    .where('d.party', '=', 'gemeente')
    .where('c.workflow', '<>', 'herindicatie')
    .where('c.regie_holder', 'is not', null)
    .$if(holder !== null, (qb) => qb.where('c.regie_holder', '=', holder!))
    .$narrowType<{ holder: string }>();
  const herindicaties = qc
    .selectFrom('cases as c')
    .innerJoin('deadlines as d', (join) =>
      join
        .onRef('d.case_id', '=', 'c.id')
        .on('d.key', '=', 'herindicatie')
        .on('d.status', 'in', ['pending', 'missed'])
        .on('d.met_at', 'is', null),
    )
    .select([
      sql<Soort>`'herindicatie'`.as('soort'),
      'c.gemeente',
      'c.regie_holder as holder',
      'c.id as case_id',
      'c.workflow',
      'c.subject_id',
      'd.id as deadline_id',
      'd.key',
      'd.name',
      'd.law',
      'd.due_date',
      'd.due_at',
      'd.status',
      context('voorzieningId').as('voorziening_id'),
      context('geescaleerdOp').as('geescaleerd_op'),
      context('openDatum').as('open_datum'),
      context('uiterlijkDatum').as('signalering_datum'),
    ])
    .where('c.workflow', '=', 'herindicatie')
    .where('c.state_value', '=', 'lopend')
    .where(context('openDatum'), '<=', today)
    .where('c.regie_holder', 'is not', null)
    .$if(holder !== null, (qb) => qb.where('c.regie_holder', '=', holder!))
    .$narrowType<{ holder: string }>();
  return termijnen.unionAll(herindicaties);
}

export type WorklistRow = Awaited<ReturnType<WorklistRepository['forHolder']>>[number];

@Injectable()
export class WorklistRepository {
  /**
   * One holder's rows due before `dueBefore` (null: all), by due time, on the request's tenant connection (row level
   * security keeps them to the caller's gemeente).
   */
  forHolder(db: TenantDb, holder: string, today: string, dueBefore: Date | null, limit: number) {
    return db.sql
      .selectFrom(items(db.sql, holder, today).as('w'))
      .selectAll()
      .$if(dueBefore !== null, (qb) => qb.where('w.due_at', '<', dueBefore!))
      .orderBy('w.due_at')
      .orderBy('w.case_id')
      .orderBy('w.key')
      .limit(limit)
      .execute();
  }

  /**
   * Writes the daily digest notification of every holder with rows, in every gemeente, in one statement; returns
   * how many it wrote. Its id is derived from gemeente, holder and `today`, so a second run on a day writes none.
   * System work: the owner's handle, every gemeente at once.
   */
  async writeDigests(db: SystemDb, today: string, now: Date): Promise<number> {
    const rows = await db.sql
      .with('w', (qc) => items(qc, null, today))
      .with('per', (qc) =>
        qc
          .selectFrom('w')
          .select((eb) => [
            'gemeente',
            'holder',
            eb.fn.countAll<string>().filterWhere('soort', '=', 'termijn').as('termijnen'),
            eb.fn
              .countAll<string>()
              .filterWhere((f) =>
                f.and([
                  f('soort', '=', 'termijn'),
                  f('due_at', '<', sql<Date>`${now}::timestamptz + interval '7 days'`),
                ]),
              )
              .as('deze_week'),
            eb.fn.countAll<string>().filterWhere('soort', '=', 'herindicatie').as('herindicaties'),
            eb.fn
              .countAll<string>()
              .filterWhere((f) => f.and([f('soort', '=', 'herindicatie'), f('status', '=', 'missed')]))
              .as('geescaleerd'),
          ])
          .groupBy(['gemeente', 'holder']),
      )
      .insertInto('notifications')
      .columns(['id', 'gemeente', 'recipient', 'kind', 'message', 'created_at'])
      .expression((eb) =>
        eb.selectFrom('per').select([
          sql<string>`md5('dagoverzicht|' || gemeente || '|' || holder || '|' || ${today})::uuid`.as('id'),
          'gemeente',
          'holder',
          sql<string>`'dagoverzicht'`.as('kind'),
          sql<string>`'Dagoverzicht werklijst: ' || termijnen || ' lopende termijn(en), waarvan ' || deze_week
              || ' binnen 7 dagen; ' || herindicaties || ' open herindicatie(s), waarvan ' || geescaleerd
              || ' bij de teamleider gemeld.'`.as('message'),
          sql<Date>`${now}::timestamptz`.as('created_at'),
        ]),
      )
      .onConflict((oc) => oc.column('id').doNothing())
      .returning('id')
      .execute();
    return rows.length;
  }
}
