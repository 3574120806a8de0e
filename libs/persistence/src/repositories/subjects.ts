/**
 * Inwoners and huishoudens, and their toestemmingen: every method is a request's, on its tenant handle (row level
 * security), for the caller's gemeente. A BSN is stored encrypted with a keyed hash for lookup; it is never
 * compared in clear.
 */
import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Selectable } from 'kysely';
import { bsnHash, encryptBsn } from '../bsn';
import type { TenantDb } from '../database';
import type { Consents, Subjects } from '../schema';

/** An inwoner or huishouden as answered: never its BSN hash or import key. */
export type SubjectRow = Pick<
  Selectable<Subjects>,
  'id' | 'kind' | 'name' | 'birth_date' | 'bsn_encrypted' | 'members' | 'created_at'
>;

const SUBJECT_COLUMNS = [
  'id',
  'kind',
  'name',
  'birth_date',
  'bsn_encrypted',
  'members',
  'created_at',
] as const;

export interface NewSubject {
  kind: string;
  name: string;
  birthDate: string | null;
  bsn: string | null;
  members: string[];
  createdAt: Date;
}

type Consent = Selectable<Consents>;

export interface ConsentEntry extends Pick<Consent, 'id' | 'scope' | 'note'> {
  subjectId: Consent['subject_id'];
  grantedTo: Consent['granted_to'];
  grantedBy: Consent['granted_by'];
  recordedBy: Consent['recorded_by'];
  grantedAt: Consent['granted_at'];
  validUntil: Consent['valid_until'];
  withdrawnAt: Consent['withdrawn_at'];
}

/** A consent to record; its id is made here, and it holds until withdrawn or until `validUntil` (a date). */
export type NewConsent = Omit<ConsentEntry, 'id' | 'validUntil' | 'withdrawnAt'> & {
  validUntil: string | null;
};

export interface WithdrawnConsent extends Pick<Consent, 'id' | 'scope'> {
  grantedTo: Consent['granted_to'];
  withdrawnAt: NonNullable<Consent['withdrawn_at']>;
  reden: NonNullable<Consent['withdrawal_reason']>;
}

const CONSENT_COLUMNS = [
  'id',
  'subject_id as subjectId',
  'scope',
  'granted_to as grantedTo',
  'granted_by as grantedBy',
  'note',
  'recorded_by as recordedBy',
  'granted_at as grantedAt',
  'valid_until as validUntil',
  'withdrawn_at as withdrawnAt',
] as const;

@Injectable()
export class SubjectsRepository {
  find(db: TenantDb, id: string): Promise<SubjectRow | undefined> {
    return db.sql
      .selectFrom('subjects')
      .select(SUBJECT_COLUMNS)
      .where('gemeente', '=', db.gemeente)
      .where('id', '=', id)
      .executeTakeFirst();
  }

  /** Which of `ids` are inwoners of the caller's gemeente. */
  async inwoners(db: TenantDb, ids: string[]): Promise<string[]> {
    if (!ids.length) return [];
    const found = await db.sql
      .selectFrom('subjects')
      .select('id')
      .where('gemeente', '=', db.gemeente)
      .where('kind', '=', 'inwoner')
      .where('id', 'in', ids)
      .execute();
    return found.map((f) => f.id);
  }

  create(db: TenantDb, s: NewSubject): Promise<SubjectRow> {
    return db.sql
      .insertInto('subjects')
      .values({
        id: randomUUID(),
        gemeente: db.gemeente,
        kind: s.kind,
        name: s.name,
        birth_date: s.birthDate,
        bsn_encrypted: s.bsn ? encryptBsn(s.bsn) : null,
        bsn_hash: s.bsn ? bsnHash(s.bsn) : null,
        members: s.members,
        created_at: s.createdAt,
      })
      .returning(SUBJECT_COLUMNS)
      .executeTakeFirstOrThrow();
  }

  /**
   * Inwoners and huishoudens of the caller's gemeente matching every criterion given: the BSN exactly (through
   * its keyed hash), a part of the name (case-insensitive), the birth date.
   */
  search(
    db: TenantDb,
    q: { bsn?: string; naam?: string; geboortedatum?: string },
    limit = 50,
  ): Promise<SubjectRow[]> {
    if (!q.bsn && !q.naam && !q.geboortedatum) return Promise.resolve([]);
    let query = db.sql.selectFrom('subjects').select(SUBJECT_COLUMNS).where('gemeente', '=', db.gemeente);
    if (q.bsn) query = query.where('bsn_hash', '=', bsnHash(q.bsn));
    if (q.naam) query = query.where('name', 'ilike', `%${q.naam.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    if (q.geboortedatum) query = query.where('birth_date', '=', q.geboortedatum);
    return query.orderBy('name').orderBy('id').limit(limit).execute();
  }

  addConsent(db: TenantDb, c: NewConsent): Promise<ConsentEntry> {
    return db.sql
      .insertInto('consents')
      .values({
        id: randomUUID(),
        gemeente: db.gemeente,
        subject_id: c.subjectId,
        scope: c.scope,
        granted_to: c.grantedTo,
        granted_by: c.grantedBy,
        note: c.note,
        recorded_by: c.recordedBy,
        granted_at: c.grantedAt,
        valid_until: c.validUntil,
      })
      .returning(CONSENT_COLUMNS)
      .executeTakeFirstOrThrow();
  }

  /** Withdraws the subject's consent if it still runs; undefined when there is no such running consent. */
  withdrawConsent(
    db: TenantDb,
    subjectId: string,
    consentId: string,
    at: Date,
    by: string,
    reden: string,
  ): Promise<WithdrawnConsent | undefined> {
    return db.sql
      .updateTable('consents')
      .set({ withdrawn_at: at, withdrawn_by: by, withdrawal_reason: reden })
      .where('gemeente', '=', db.gemeente)
      .where('subject_id', '=', subjectId)
      .where('id', '=', consentId)
      .where('withdrawn_at', 'is', null)
      .returning([
        'id',
        'scope',
        'granted_to as grantedTo',
        'withdrawn_at as withdrawnAt',
        'withdrawal_reason as reden',
      ])
      .$narrowType<{ withdrawnAt: Date; reden: string }>()
      .executeTakeFirst();
  }

  /** The subject's consents, oldest first, withdrawn ones included. */
  consents(db: TenantDb, subjectId: string): Promise<ConsentEntry[]> {
    return db.sql
      .selectFrom('consents')
      .select(CONSENT_COLUMNS)
      .where('gemeente', '=', db.gemeente)
      .where('subject_id', '=', subjectId)
      .orderBy('granted_at')
      .execute();
  }
}
