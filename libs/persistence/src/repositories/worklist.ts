/**
 * The worklist's rows: the pending terms of the gemeente (party `gemeente`) on cases with a regie holder, and the
 * open tasks the workflows declare (WorklistTaak): a case's task deadline from the day its context names on, also
 * after it passed, until it is done. A workflow with tasks has its cases listed by them alone, so a task's own
 * deadline is not listed twice.
 */
import { Injectable } from '@nestjs/common';
import { type QueryCreator, sql } from 'kysely';
import type { SystemDb, TenantDb } from '../database';
import type { DB } from '../schema';

/**
 * A task a workflow puts on the worklist, with the workflow's name (WorkflowDefinition.worklist, which the social
 * domain reads from the registry and hands in: persistence knows no journey).
 */
export interface WorklistTaak {
  workflow: string;
  /** what the row is called; the terms are `termijn` */
  soort: string;
  /** the deadline that is the task */
  deadlineKey: string;
  /** the state the case is in while the task is open */
  state: string;
  /** the context field (a date, JJJJ-MM-DD) from which on the task is listed */
  openFrom: string;
  /** the row's own fields (`velden`), each read from a text field of the case's context */
  fields: Readonly<Record<string, string>>;
  /** the digest's words for the open tasks and for those that passed their date */
  digest: { open: string; missed: string };
}

/** A text field of a case's context in its snapshot; the names come from the workflows' code, never a request. */
const context = (veld: string) => sql<string | null>`c.snapshot->'context'->>${sql.lit(veld)}`;

/** A task's own fields as one JSON object: `{ name: context field }`, each a text or null. */
function velden(fields: Readonly<Record<string, string>>) {
  const pairs = Object.entries(fields).flatMap(([name, veld]) => [
    sql`${sql.lit(name)}::text`,
    context(veld),
  ]);
  return pairs.length
    ? sql<Record<string, string | null>>`jsonb_build_object(${sql.join(pairs)})`
    : sql<Record<string, string | null>>`'{}'::jsonb`;
}

/**
 * The rows of `holder` (null: every holder) on `today` (Amsterdam date), in every gemeente the handle sees: the
 * pending terms, and the tasks with their fields (`velden`).
 */
function items(qc: QueryCreator<DB>, taken: readonly WorklistTaak[], holder: string | null, today: string) {
  const metTaken = [...new Set(taken.map((t) => t.workflow))];
  const termijnen = qc
    .selectFrom('cases as c')
    .innerJoin('deadlines as d', 'd.case_id', 'c.id')
    .select([
      sql<string>`'termijn'::text`.as('soort'),
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
      velden({}).as('velden'),
    ])
    .where('d.status', '=', 'pending')
    .where('d.party', '=', 'gemeente')
    .$if(metTaken.length > 0, (qb) => qb.where('c.workflow', 'not in', metTaken))
    .where('c.regie_holder', 'is not', null)
    .$if(holder !== null, (qb) => qb.where('c.regie_holder', '=', holder!))
    .$narrowType<{ holder: string }>();
  return taken.reduce(
    (rows, t) =>
      rows.unionAll(
        qc
          .selectFrom('cases as c')
          .innerJoin('deadlines as d', (join) =>
            join
              .onRef('d.case_id', '=', 'c.id')
              .on('d.key', '=', t.deadlineKey)
              .on('d.status', 'in', ['pending', 'missed'])
              .on('d.met_at', 'is', null),
          )
          .select([
            sql<string>`${t.soort}::text`.as('soort'),
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
            velden(t.fields).as('velden'),
          ])
          .where('c.workflow', '=', t.workflow)
          .where('c.state_value', '=', t.state)
          .where(context(t.openFrom), '<=', today)
          .where('c.regie_holder', 'is not', null)
          .$if(holder !== null, (qb) => qb.where('c.regie_holder', '=', holder!))
          .$narrowType<{ holder: string }>(),
      ),
    termijnen,
  );
}

export type WorklistRow = Awaited<ReturnType<WorklistRepository['forHolder']>>[number];

@Injectable()
export class WorklistRepository {
  /**
   * One holder's rows due before `dueBefore` (null: all), by due time, on the request's tenant connection (row level
   * security keeps them to the caller's gemeente).
   */
  forHolder(
    db: TenantDb,
    taken: readonly WorklistTaak[],
    holder: string,
    today: string,
    dueBefore: Date | null,
    limit: number,
  ) {
    return db.sql
      .selectFrom(items(db.sql, taken, holder, today).as('w'))
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
   * how many it wrote: the terms, those due within 7 days, and per task the open ones and those that passed their
   * date, in the words the task declares. Its id is derived from gemeente, holder and `today`, so a second run on
   * a day writes none. System work: the owner's handle, every gemeente at once.
   */
  async writeDigests(
    db: SystemDb,
    taken: readonly WorklistTaak[],
    today: string,
    now: Date,
  ): Promise<number> {
    // one count of open and one of passed tasks per declared task, named by its place (`open_0`, `gemist_0`)
    const perTaak = taken.map((t, i) => ({ t, open: `open_${i}`, gemist: `gemist_${i}` }));
    const rows = await db.sql
      .with('w', (qc) => items(qc, taken, null, today))
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
            ...perTaak.flatMap(({ t, open, gemist }) => [
              eb.fn.countAll<string>().filterWhere('soort', '=', t.soort).as(open),
              eb.fn
                .countAll<string>()
                .filterWhere((f) => f.and([f('soort', '=', t.soort), f('status', '=', 'missed')]))
                .as(gemist),
            ]),
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
              || ' binnen 7 dagen'${sql.join(
                perTaak.map(
                  ({ t, open, gemist }) =>
                    sql`|| '; ' || ${sql.ref(open)} || ' ' || ${t.digest.open}::text || ', waarvan '
                      || ${sql.ref(gemist)} || ' ' || ${t.digest.missed}::text`,
                ),
                sql` `,
              )} || '.'`.as('message'),
          sql<Date>`${now}::timestamptz`.as('created_at'),
        ]),
      )
      .onConflict((oc) => oc.column('id').doNothing())
      .returning('id')
      .execute();
    return rows.length;
  }
}
