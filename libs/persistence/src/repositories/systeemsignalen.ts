/**
 * Systeemsignalen: what blocked a household in a doorbraak, for policy. The `systeemsignaal`
 * effect records one per case as system work (the owner's handle, the gemeente named); beleid reads and answers
 * them on its request's tenant handle (row level security). What a request reads never includes the case it came
 * from.
 */
import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { type Selectable, sql } from 'kysely';
import type { SystemDb, TenantDb } from '../database';
import type { SysteemsignaalHistorie, Systeemsignalen } from '../schema';

/** What blocked the household: a rule, a process or an agency. */
export type SignaalSoort = 'regel' | 'proces' | 'instantie';

export const SIGNAAL_STATUSSEN = ['ontvangen', 'in_behandeling', 'afgehandeld'] as const;
export type SignaalStatus = (typeof SIGNAAL_STATUSSEN)[number];

type Signaal = Selectable<Systeemsignalen>;
type Historie = Selectable<SysteemsignaalHistorie>;

/** A signal as beleid sees it: the signal and its answer, nothing of the case. */
export interface SysteemsignaalRow extends Pick<
  Signaal,
  'id' | 'signaal' | 'voorstel' | 'reactie' | 'versie'
> {
  soort: SignaalSoort;
  gesignaleerdOp: Signaal['gesignaleerd_op'];
  status: SignaalStatus;
  gewijzigdDoor: Signaal['gewijzigd_door'];
  gewijzigdOp: Signaal['gewijzigd_op'];
}

/** One change of a signal: who set which status (and reply) when. */
export interface SysteemsignaalWijziging extends Pick<Historie, 'at' | 'actor' | 'reactie'> {
  statusVan: SignaalStatus | null;
  statusNaar: SignaalStatus;
}

export interface NewSysteemsignaal {
  soort: SignaalSoort;
  /** the blockage in words */
  signaal: string;
  /** what the professional proposes to change */
  voorstel: string;
  gemeente: string;
  /** the doorbraak that closed with it: one signal per case */
  caseId: string;
  /** when the case closed */
  at: Date;
  /** who closed the case: the first entry of the signal's history */
  actor: string;
}

export interface SignaalWijziging {
  status?: SignaalStatus;
  reactie?: string;
  actor: string;
  at: Date;
  /** the version the change was made on; a signal changed meanwhile is left alone */
  versie: number;
}

/** The columns of a SysteemsignaalRow, for the statements the builder cannot say (a data-modifying CTE). */
const COLUMNS = sql.raw(`id, soort, signaal, voorstel, gesignaleerd_op AS "gesignaleerdOp", status, reactie,
  gewijzigd_door AS "gewijzigdDoor", gewijzigd_op AS "gewijzigdOp", versie`);

@Injectable()
export class SysteemsignalenRepository {
  /**
   * Records the signal with status `ontvangen` and its first history entry, unless the case already sent one
   * (the effect runs at least once). True when this call recorded it.
   */
  async record(db: SystemDb, s: NewSysteemsignaal): Promise<boolean> {
    const { rows } = await sql<Pick<Historie, 'id'>>`
      WITH nieuw AS (
        INSERT INTO systeemsignalen (id, gemeente, case_id, soort, signaal, voorstel, gesignaleerd_op)
        VALUES (${randomUUID()}, ${s.gemeente}, ${s.caseId}, ${s.soort}, ${s.signaal}, ${s.voorstel}, ${s.at})
        ON CONFLICT (case_id) DO NOTHING
        RETURNING id, gemeente)
      INSERT INTO systeemsignaal_historie (gemeente, signaal_id, at, actor, status_van, status_naar)
      SELECT gemeente, id, ${s.at}::timestamptz, ${s.actor}::text, NULL, 'ontvangen' FROM nieuw
      RETURNING id`.execute(db.sql);
    return rows.length > 0;
  }

  /** The signals of the caller's gemeente, with the given status when asked, the newest first. */
  list(db: TenantDb, status?: SignaalStatus): Promise<SysteemsignaalRow[]> {
    let q = this.signalen(db);
    if (status) q = q.where('status', '=', status);
    return q.orderBy('gesignaleerd_op', 'desc').orderBy('id').execute();
  }

  find(db: TenantDb, id: string): Promise<SysteemsignaalRow | null> {
    return this.signalen(db)
      .where('id', '=', id)
      .executeTakeFirst()
      .then((r) => r ?? null);
  }

  /** The signal's changes, oldest first. */
  historie(db: TenantDb, id: string): Promise<SysteemsignaalWijziging[]> {
    return db.sql
      .selectFrom('systeemsignaal_historie')
      .select(['at', 'actor', 'status_van as statusVan', 'status_naar as statusNaar', 'reactie'])
      .where('gemeente', '=', db.gemeente)
      .where('signaal_id', '=', id)
      .orderBy('id')
      .$narrowType<{ statusVan: SignaalStatus | null; statusNaar: SignaalStatus }>()
      .execute();
  }

  /**
   * Sets the status and/or the reply and records the change in the history, in one statement; only when the
   * signal is still at `w.versie` (null otherwise: changed meanwhile, or gone).
   */
  async change(db: TenantDb, id: string, w: SignaalWijziging): Promise<SysteemsignaalRow | null> {
    const status = w.status ?? null;
    const reactie = w.reactie ?? null;
    const { rows } = await sql<SysteemsignaalRow>`
      WITH oud AS (
        SELECT id, status FROM systeemsignalen
        WHERE gemeente = ${db.gemeente} AND id = ${id} AND versie = ${w.versie} FOR UPDATE),
      nieuw AS (
        UPDATE systeemsignalen s
        SET status = coalesce(${status}, s.status), reactie = coalesce(${reactie}, s.reactie),
            gewijzigd_door = ${w.actor}, gewijzigd_op = ${w.at}, versie = s.versie + 1
        FROM oud WHERE s.id = oud.id
        RETURNING s.*, oud.status AS status_van),
      h AS (
        INSERT INTO systeemsignaal_historie (gemeente, signaal_id, at, actor, status_van, status_naar, reactie)
        SELECT gemeente, id, ${w.at}::timestamptz, ${w.actor}::text, status_van, status, ${reactie}::text FROM nieuw)
      SELECT ${COLUMNS} FROM nieuw`.execute(db.sql);
    return rows[0] ?? null;
  }

  /** The caller's gemeente's signals as beleid sees them. */
  private signalen(db: TenantDb) {
    return db.sql
      .selectFrom('systeemsignalen')
      .select([
        'id',
        'soort',
        'signaal',
        'voorstel',
        'gesignaleerd_op as gesignaleerdOp',
        'status',
        'reactie',
        'gewijzigd_door as gewijzigdDoor',
        'gewijzigd_op as gewijzigdOp',
        'versie',
      ])
      .where('gemeente', '=', db.gemeente)
      .$narrowType<{ soort: SignaalSoort; status: SignaalStatus }>();
  }
}
