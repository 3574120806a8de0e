/**
 * Voorzieningen as records. A request reads them on its tenant handle (row level security); the
 * `recordVoorziening` and `verlengVoorziening` effects and the 18-/18+ ending are system work (the owner's handle,
 * the gemeente named in every statement); the enrolment query serves the daily scan over every gemeente and an
 * import under its gemeente alike.
 */
import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { type Selectable, sql } from 'kysely';
import type { Db, SystemDb, TenantDb } from '../database';
import type { Subjects, Voorzieningen } from '../schema';
import type { Tarief } from './import';

/**
 * A voorziening as stored: `case_id` is null for an imported one (granted before Regie, `import_key` set);
 * `volume_aantal` (numeric) and `tarief_centen` (bigint) come as strings; the tariff's two columns are both set or
 * both null.
 */
export type VoorzieningRow = Selectable<Voorzieningen>;

/** A voorziening to record: what the granting case granted, and where it belongs. */
export interface NewVoorziening {
  subjectId: string;
  /** the law it was granted under, e.g. `Jeugdwet` */
  wet: string;
  product: string;
  aanbieder: string;
  volume: { aantal: number; eenheid: string };
  startdatum: string;
  einddatum: string | null;
  /** the owner of the voorziening's follow-up */
  eigenaar: string;
  tarief?: Tarief;
  gemeente: string;
  /** the granting case: one voorziening per case */
  caseId: string;
  ggz: boolean;
  team: string | null;
  createdAt: Date;
}

/** A youth the enrolment scan found, with the Jeugdwet voorziening the transition starts from. */
export type EnrolmentCandidateRow = Pick<
  Selectable<Voorzieningen>,
  | 'id'
  | 'gemeente'
  | 'subject_id'
  | 'product'
  | 'aanbieder'
  | 'startdatum'
  | 'einddatum'
  | 'ggz'
  | 'eigenaar'
  | 'team'
> & {
  /** the query asks for a birth date in a range: never null here */
  birth_date: NonNullable<Selectable<Subjects>['birth_date']>;
};

@Injectable()
export class VoorzieningenRepository {
  /** The voorzieningen of a subject of the caller's gemeente, newest first. */
  forSubject(db: TenantDb, subjectId: string): Promise<VoorzieningRow[]> {
    return db.sql
      .selectFrom('voorzieningen')
      .selectAll()
      .where('gemeente', '=', db.gemeente)
      .where('subject_id', '=', subjectId)
      .orderBy('startdatum', 'desc')
      .orderBy('created_at', 'desc')
      .execute();
  }

  /** Writes the record unless its granting case already has one (the effect runs at least once). */
  async record(db: SystemDb, v: NewVoorziening): Promise<void> {
    await db.sql
      .insertInto('voorzieningen')
      .values({
        id: randomUUID(),
        gemeente: v.gemeente,
        subject_id: v.subjectId,
        case_id: v.caseId,
        wet: v.wet,
        product: v.product,
        aanbieder: v.aanbieder,
        volume_aantal: v.volume.aantal,
        volume_eenheid: v.volume.eenheid,
        startdatum: v.startdatum,
        einddatum: v.einddatum,
        ggz: v.ggz,
        eigenaar: v.eigenaar,
        team: v.team,
        created_at: v.createdAt,
        // both or neither (the table's voorzieningen_tarief_compleet)
        tarief_centen: v.tarief?.centen ?? null,
        tarief_eenheid: v.tarief?.eenheid ?? null,
      })
      .onConflict((oc) => oc.column('case_id').doNothing())
      .execute();
  }

  /** The voorziening a case granted, or undefined. */
  byCase(
    db: SystemDb,
    gemeente: string,
    caseId: string,
  ): Promise<Pick<VoorzieningRow, 'id' | 'einddatum' | 'herindicatie_case_id'> | undefined> {
    return db.sql
      .selectFrom('voorzieningen')
      .select(['id', 'einddatum', 'herindicatie_case_id'])
      .where('case_id', '=', caseId)
      .where('gemeente', '=', gemeente)
      .executeTakeFirst();
  }

  /**
   * Sets the einddatum of a voorziening its herindicatie extended (verlengd): setting the same date again changes
   * nothing. Answers the voorziening's id, or undefined when this gemeente has no such voorziening.
   */
  async setEinddatum(
    db: SystemDb,
    gemeente: string,
    id: string,
    einddatum: string,
  ): Promise<string | undefined> {
    const row = await db.sql
      .updateTable('voorzieningen')
      .set({ einddatum })
      .where('id', '=', id)
      .where('gemeente', '=', gemeente)
      .returning('id')
      .executeTakeFirst();
    return row?.id;
  }

  /**
   * Ends a voorziening on `einddatum` (its last day) unless it already ends on or before that day: an end is only
   * ever brought forward here, never put off, so carrying it out again changes nothing. Answers the einddatum now
   * in force and the voorziening's herindicatie case, or undefined when this gemeente has no such voorziening.
   */
  async beeindig(
    db: SystemDb,
    gemeente: string,
    id: string,
    einddatum: string,
  ): Promise<{ einddatum: string; herindicatieCaseId: string | null } | undefined> {
    // one statement: the update when it brings the end forward, else the row as it is
    const { rows } = await sql<{ einddatum: string; herindicatie_case_id: string | null }>`
      WITH u AS (
        UPDATE voorzieningen SET einddatum = ${einddatum}
        WHERE id = ${id} AND gemeente = ${gemeente} AND (einddatum IS NULL OR einddatum > ${einddatum}::date)
        RETURNING einddatum, herindicatie_case_id)
      SELECT einddatum, herindicatie_case_id FROM u
      UNION ALL
      SELECT einddatum, herindicatie_case_id FROM voorzieningen
      WHERE id = ${id} AND gemeente = ${gemeente} AND NOT EXISTS (SELECT 1 FROM u)`.execute(db.sql);
    const r = rows[0];
    return r && { einddatum: r.einddatum, herindicatieCaseId: r.herindicatie_case_id };
  }

  /** Links the voorziening to the herindicatie case that reviews it (an effect's step: system work). */
  async setHerindicatieCase(db: SystemDb, id: string, herindicatieCaseId: string): Promise<void> {
    await db.sql
      .updateTable('voorzieningen')
      .set({ herindicatie_case_id: herindicatieCaseId })
      .where('id', '=', id)
      .execute();
  }

  /**
   * One query: running Jeugdwet voorzieningen on `vandaag` of youths born on or before `bornOnOrBefore` and after
   * `bornAfter`, without any case of `workflow` (the journey they are enrolled in, named by the caller; an ended
   * case included). One row per youth: a ggz voorziening first, then the one that started first. `only` narrows it
   * to one subject or a few of one gemeente. The daily scan asks over every gemeente (the owner's handle); an import
   * asks under its gemeente.
   */
  enrolmentCandidates(
    db: Db,
    workflow: string,
    vandaag: string,
    bornOnOrBefore: string,
    bornAfter: string,
    only?: { gemeente: string; subjectId: string } | { gemeente: string; subjectIds: string[] },
  ): Promise<EnrolmentCandidateRow[]> {
    let q = db.sql
      .selectFrom('voorzieningen as v')
      .innerJoin('subjects as s', (j) =>
        j.onRef('s.id', '=', 'v.subject_id').onRef('s.gemeente', '=', 'v.gemeente'),
      )
      .distinctOn('v.subject_id')
      .select([
        'v.id',
        'v.gemeente',
        'v.subject_id',
        'v.product',
        'v.aanbieder',
        'v.startdatum',
        'v.einddatum',
        'v.ggz',
        'v.eigenaar',
        'v.team',
        's.birth_date',
      ])
      .where('v.wet', '=', 'Jeugdwet')
      .where(sql<boolean>`v.startdatum <= ${vandaag}::date`)
      .where(sql<boolean>`(v.einddatum IS NULL OR v.einddatum >= ${vandaag}::date)`)
      .where(sql<boolean>`s.birth_date <= ${bornOnOrBefore}::date`)
      .where(sql<boolean>`s.birth_date > ${bornAfter}::date`)
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom('cases as t')
              .select(sql.lit(1).as('one'))
              .whereRef('t.subject_id', '=', 'v.subject_id')
              .where('t.workflow', '=', workflow),
          ),
        ),
      );
    if (only && 'subjectIds' in only) {
      q = q
        .where('v.gemeente', '=', only.gemeente)
        .where(sql<boolean>`v.subject_id = ANY(${only.subjectIds}::uuid[])`);
    } else if (only) {
      q = q.where('v.gemeente', '=', only.gemeente).where('v.subject_id', '=', only.subjectId);
    }
    return q
      .orderBy('v.subject_id')
      .orderBy('v.ggz', 'desc')
      .orderBy('v.startdatum')
      .orderBy('v.id')
      .$narrowType<{ birth_date: string }>()
      .execute();
  }
}
