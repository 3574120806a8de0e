/**
 * Inwoners and huishoudens, and their toestemmingen. A BSN is stored encrypted with a keyed hash for lookup; it is
 * never compared in clear.
 */
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { bsnHash, encryptBsn } from '../bsn';
import { sqlFor } from '../tenant';

export interface SubjectRow {
  id: string;
  kind: string;
  name: string;
  birth_date: string | null;
  bsn_encrypted: string | null;
  members: string[];
  created_at: Date;
}

export interface NewSubject {
  gemeente: string;
  kind: string;
  name: string;
  birthDate: string | null;
  bsn: string | null;
  members: string[];
  createdAt: Date;
}

export interface ConsentEntry {
  id: string;
  subjectId: string;
  scope: string;
  grantedTo: string;
  grantedBy: string;
  note: string | null;
  recordedBy: string;
  grantedAt: Date;
  validUntil: Date | null;
  withdrawnAt: Date | null;
}

/** A consent to record; its id is made here, and it holds until withdrawn or until `validUntil` (a date). */
export type NewConsent = Omit<ConsentEntry, 'id' | 'validUntil' | 'withdrawnAt'> & {
  gemeente: string;
  validUntil: string | null;
};

export interface WithdrawnConsent {
  id: string;
  scope: string;
  grantedTo: string;
  withdrawnAt: Date;
  reden: string;
}

const CONSENT_COLUMNS = `id, subject_id AS "subjectId", scope, granted_to AS "grantedTo", granted_by AS "grantedBy", note,
         recorded_by AS "recordedBy", granted_at AS "grantedAt", valid_until AS "validUntil",
         withdrawn_at AS "withdrawnAt"`;

export class SubjectsRepository {
  constructor(private readonly ds: DataSource) {}

  async find(gemeente: string, id: string): Promise<SubjectRow | undefined> {
    const rows: SubjectRow[] = await sqlFor(this.ds).query(
      `SELECT * FROM subjects WHERE gemeente = $1 AND id = $2`,
      [gemeente, id],
    );
    return rows[0];
  }

  /** Which of `ids` are inwoners of the gemeente. */
  async inwoners(gemeente: string, ids: string[]): Promise<string[]> {
    const found: { id: string }[] = await sqlFor(this.ds).query(
      `SELECT id FROM subjects WHERE gemeente = $1 AND kind = 'inwoner' AND id = ANY($2::uuid[])`,
      [gemeente, ids],
    );
    return found.map((f) => f.id);
  }

  async create(s: NewSubject): Promise<SubjectRow> {
    const rows: SubjectRow[] = await sqlFor(this.ds).query(
      `INSERT INTO subjects (id, gemeente, kind, name, birth_date, bsn_encrypted, bsn_hash, members, created_at)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9) RETURNING *`,
      [
        randomUUID(),
        s.gemeente,
        s.kind,
        s.name,
        s.birthDate,
        s.bsn ? encryptBsn(s.bsn) : null,
        s.bsn ? bsnHash(s.bsn) : null,
        s.members,
        s.createdAt,
      ],
    );
    return rows[0];
  }

  /**
   * Inwoners and huishoudens matching every criterion given: the BSN exactly (through its keyed hash), a part of
   * the name (case-insensitive), the birth date. Row-level security keeps it to the caller's gemeente.
   */
  search(q: { bsn?: string; naam?: string; geboortedatum?: string }, limit = 50): Promise<SubjectRow[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (q.bsn) where.push(`bsn_hash = $${params.push(bsnHash(q.bsn))}`);
    if (q.naam) {
      const pattern = `%${q.naam.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      where.push(`name ILIKE $${params.push(pattern)}`);
    }
    if (q.geboortedatum) where.push(`birth_date = $${params.push(q.geboortedatum)}`);
    if (!where.length) return Promise.resolve([]);
    return sqlFor(this.ds).query(
      `SELECT * FROM subjects WHERE ${where.join(' AND ')} ORDER BY name, id LIMIT $${params.push(limit)}`,
      params,
    );
  }

  async addConsent(c: NewConsent): Promise<ConsentEntry> {
    const rows: ConsentEntry[] = await sqlFor(this.ds).query(
      `INSERT INTO consents (id, gemeente, subject_id, scope, granted_to, granted_by, note, recorded_by, granted_at,
         valid_until)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10)
       RETURNING ${CONSENT_COLUMNS}`,
      [
        randomUUID(),
        c.gemeente,
        c.subjectId,
        c.scope,
        c.grantedTo,
        c.grantedBy,
        c.note,
        c.recordedBy,
        c.grantedAt,
        c.validUntil,
      ],
    );
    return rows[0];
  }

  /** Withdraws the subject's consent if it still runs; undefined when there is no such running consent. */
  async withdrawConsent(
    subjectId: string,
    consentId: string,
    at: Date,
    by: string,
    reden: string,
  ): Promise<WithdrawnConsent | undefined> {
    // an UPDATE through TypeORM answers [rows, affected]
    const [rows]: [WithdrawnConsent[], number] = await sqlFor(this.ds).query(
      `UPDATE consents SET withdrawn_at = $3, withdrawn_by = $4, withdrawal_reason = $5
       WHERE subject_id = $1 AND id = $2 AND withdrawn_at IS NULL
       RETURNING id, scope, granted_to AS "grantedTo", withdrawn_at AS "withdrawnAt", withdrawal_reason AS "reden"`,
      [subjectId, consentId, at, by, reden],
    );
    return rows[0];
  }

  /** The subject's consents, oldest first, withdrawn ones included. */
  consents(gemeente: string, subjectId: string): Promise<ConsentEntry[]> {
    return sqlFor(this.ds).query(
      `SELECT ${CONSENT_COLUMNS}
       FROM consents WHERE gemeente = $1 AND subject_id = $2 ORDER BY granted_at`,
      [gemeente, subjectId],
    );
  }
}
