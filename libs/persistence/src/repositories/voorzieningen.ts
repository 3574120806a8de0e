/**
 * Voorzieningen as records. A request reads them on its tenant connection (`sqlFor`); the `recordVoorziening`
 * effect and the 18-/18+ enrolment scan are system work over every gemeente, so they query the data source itself
 * (the owner role, no row-level security, never a request's connection), as they did before they moved here.
 */
import { randomUUID } from 'node:crypto';
import type { Tarief } from './import';
import type { DataSource } from 'typeorm';
import { sqlFor } from '../tenant';

export interface VoorzieningRow {
  id: string;
  subject_id: string;
  /** the granting case; null for an imported voorziening (granted before Regie, `import_key` set) */
  case_id: string | null;
  wet: string;
  product: string;
  aanbieder: string;
  /** numeric: pg answers a string */
  volume_aantal: string;
  volume_eenheid: string;
  startdatum: string;
  einddatum: string | null;
  ggz: boolean;
  eigenaar: string;
  team: string | null;
  /** whole eurocents per `tarief_eenheid` (bigint: pg answers a string); both null without a tariff */
  tarief_centen: string | null;
  tarief_eenheid: string | null;
  herindicatie_case_id: string | null;
  created_at: Date;
}

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
export interface EnrolmentCandidateRow {
  id: string;
  gemeente: string;
  subject_id: string;
  product: string;
  aanbieder: string;
  startdatum: string;
  einddatum: string | null;
  ggz: boolean;
  eigenaar: string;
  team: string | null;
  birth_date: string;
}

export class VoorzieningenRepository {
  constructor(private readonly ds: DataSource) {}

  /** The voorzieningen of a subject, newest first. */
  forSubject(gemeente: string, subjectId: string): Promise<VoorzieningRow[]> {
    return sqlFor(this.ds).query(
      `SELECT * FROM voorzieningen WHERE gemeente = $1 AND subject_id = $2 ORDER BY startdatum DESC, created_at DESC`,
      [gemeente, subjectId],
    );
  }

  /** Writes the record unless its granting case already has one (the effect runs at least once). */
  async record(v: NewVoorziening): Promise<void> {
    await this.ds.query(
      `INSERT INTO voorzieningen (id, gemeente, subject_id, case_id, wet, product, aanbieder, volume_aantal,
         volume_eenheid, startdatum, einddatum, ggz, eigenaar, team, created_at, tarief_centen, tarief_eenheid)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17)
       ON CONFLICT (case_id) DO NOTHING`,
      [
        randomUUID(),
        v.gemeente,
        v.subjectId,
        v.caseId,
        v.wet,
        v.product,
        v.aanbieder,
        v.volume.aantal,
        v.volume.eenheid,
        v.startdatum,
        v.einddatum,
        v.ggz,
        v.eigenaar,
        v.team,
        v.createdAt,
        // both or neither (the table's voorzieningen_tarief_compleet)
        v.tarief?.centen ?? null,
        v.tarief?.eenheid ?? null,
      ],
    );
  }

  /** The voorziening a case granted, or undefined. */
  async byCase(
    gemeente: string,
    caseId: string,
  ): Promise<{ id: string; einddatum: string | null; herindicatie_case_id: string | null } | undefined> {
    const [v]: { id: string; einddatum: string | null; herindicatie_case_id: string | null }[] =
      await this.ds.query(
        `SELECT id, einddatum, herindicatie_case_id FROM voorzieningen WHERE case_id = $1 AND gemeente = $2`,
        [caseId, gemeente],
      );
    return v;
  }

  /**
   * Sets the einddatum of a voorziening its herindicatie extended (verlengd): setting the same date again changes
   * nothing. Answers the voorziening's id, or undefined when this gemeente has no such voorziening.
   */
  async setEinddatum(gemeente: string, id: string, einddatum: string): Promise<string | undefined> {
    // TypeORM answers an UPDATE as [rows, affected]
    const [rows]: [{ id: string }[], number] = await this.ds.query(
      `UPDATE voorzieningen SET einddatum = $3 WHERE id = $1 AND gemeente = $2 RETURNING id`,
      [id, gemeente, einddatum],
    );
    return rows[0]?.id;
  }

  /**
   * Ends a voorziening on `einddatum` (its last day) unless it already ends on or before that day: an end is only
   * ever brought forward here, never put off, so carrying it out again changes nothing. Answers the einddatum now
   * in force and the voorziening's herindicatie case, or undefined when this gemeente has no such voorziening.
   */
  async beeindig(
    gemeente: string,
    id: string,
    einddatum: string,
  ): Promise<{ einddatum: string; herindicatieCaseId: string | null } | undefined> {
    const rows: { einddatum: string; herindicatie_case_id: string | null }[] = await this.ds.query(
      `WITH u AS (
         UPDATE voorzieningen SET einddatum = $3
         WHERE id = $1 AND gemeente = $2 AND (einddatum IS NULL OR einddatum > $3::date)
         RETURNING einddatum, herindicatie_case_id)
       SELECT einddatum, herindicatie_case_id FROM u
       UNION ALL
       SELECT einddatum, herindicatie_case_id FROM voorzieningen
       WHERE id = $1 AND gemeente = $2 AND NOT EXISTS (SELECT 1 FROM u)`,
      [id, gemeente, einddatum],
    );
    const r = rows[0];
    return r && { einddatum: r.einddatum, herindicatieCaseId: r.herindicatie_case_id };
  }

  /** Links the voorziening to the herindicatie case that reviews it. */
  async setHerindicatieCase(id: string, herindicatieCaseId: string): Promise<void> {
    await this.ds.query(`UPDATE voorzieningen SET herindicatie_case_id = $2 WHERE id = $1`, [
      id,
      herindicatieCaseId,
    ]);
  }

  /**
   * One query: running Jeugdwet voorzieningen on `vandaag` of youths born on or before `bornOnOrBefore` and after
   * `bornAfter`, without any transitie18 case (an ended one included). One row per youth: a ggz voorziening first,
   * then the one that started first. `only` narrows it to one subject.
   */
  transitie18Candidates(
    vandaag: string,
    bornOnOrBefore: string,
    bornAfter: string,
    only?: { gemeente: string; subjectId: string } | { gemeente: string; subjectIds: string[] },
  ): Promise<EnrolmentCandidateRow[]> {
    const args: unknown[] = [vandaag, bornOnOrBefore, bornAfter];
    let filter = '';
    if (only && 'subjectIds' in only) {
      args.push(only.gemeente, only.subjectIds);
      filter = 'AND v.gemeente = $4 AND v.subject_id = ANY($5::uuid[])';
    } else if (only) {
      args.push(only.gemeente, only.subjectId);
      filter = 'AND v.gemeente = $4 AND v.subject_id = $5';
    }
    return this.ds.query(
      `SELECT DISTINCT ON (v.subject_id) v.id, v.gemeente, v.subject_id, v.product, v.aanbieder, v.startdatum,
         v.einddatum, v.ggz, v.eigenaar, v.team, s.birth_date
       FROM voorzieningen v
       JOIN subjects s ON s.id = v.subject_id AND s.gemeente = v.gemeente
       WHERE v.wet = 'Jeugdwet'
         AND v.startdatum <= $1::date AND (v.einddatum IS NULL OR v.einddatum >= $1::date)
         AND s.birth_date <= $2::date AND s.birth_date > $3::date
         AND NOT EXISTS (SELECT 1 FROM cases t
                         WHERE t.subject_id = v.subject_id AND t.workflow = 'transitie18')
         ${filter}
       ORDER BY v.subject_id, v.ggz DESC, v.startdatum, v.id`,
      args,
    );
  }
}
