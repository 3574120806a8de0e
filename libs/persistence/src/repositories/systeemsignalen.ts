/**
 * Systeemsignalen (issue #12 item 7): what blocked a household in a doorbraak, for policy. The `systeemsignaal`
 * effect records one per case as system work (the data source itself, every gemeente); beleid reads and answers
 * them on its request's tenant connection (`sqlFor`). What a request reads never includes the case it came from.
 */
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { sqlFor } from '../tenant';

/** What blocked the household: a rule, a process or an agency. */
export type SignaalSoort = 'regel' | 'proces' | 'instantie';

export const SIGNAAL_STATUSSEN = ['ontvangen', 'in_behandeling', 'afgehandeld'] as const;
export type SignaalStatus = (typeof SIGNAAL_STATUSSEN)[number];

/** A signal as beleid sees it: the signal and its answer, nothing of the case. */
export interface SysteemsignaalRow {
  id: string;
  soort: SignaalSoort;
  signaal: string;
  voorstel: string;
  gesignaleerdOp: Date;
  status: SignaalStatus;
  reactie: string | null;
  gewijzigdDoor: string | null;
  gewijzigdOp: Date | null;
  versie: number;
}

/** One change of a signal: who set which status (and reply) when. */
export interface SysteemsignaalWijziging {
  at: Date;
  actor: string;
  statusVan: SignaalStatus | null;
  statusNaar: SignaalStatus;
  reactie: string | null;
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

const COLUMNS = `id, soort, signaal, voorstel, gesignaleerd_op AS "gesignaleerdOp", status, reactie,
  gewijzigd_door AS "gewijzigdDoor", gewijzigd_op AS "gewijzigdOp", versie`;

export class SysteemsignalenRepository {
  constructor(private readonly ds: DataSource) {}

  /**
   * Records the signal with status `ontvangen` and its first history entry, unless the case already sent one
   * (the effect runs at least once). True when this call recorded it.
   */
  async record(s: NewSysteemsignaal): Promise<boolean> {
    const rows: unknown[] = await this.ds.query(
      `WITH nieuw AS (
         INSERT INTO systeemsignalen (id, gemeente, case_id, soort, signaal, voorstel, gesignaleerd_op)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (case_id) DO NOTHING
         RETURNING id, gemeente)
       INSERT INTO systeemsignaal_historie (gemeente, signaal_id, at, actor, status_van, status_naar)
       SELECT gemeente, id, $7, $8, NULL, 'ontvangen' FROM nieuw
       RETURNING id`,
      [randomUUID(), s.gemeente, s.caseId, s.soort, s.signaal, s.voorstel, s.at, s.actor],
    );
    return rows.length > 0;
  }

  /** The signals of the gemeente, with the given status when asked, the newest first. */
  list(gemeente: string, status?: SignaalStatus): Promise<SysteemsignaalRow[]> {
    return sqlFor(this.ds).query(
      `SELECT ${COLUMNS} FROM systeemsignalen
       WHERE gemeente = $1 AND ($2::text IS NULL OR status = $2)
       ORDER BY gesignaleerd_op DESC, id`,
      [gemeente, status ?? null],
    );
  }

  async find(gemeente: string, id: string): Promise<SysteemsignaalRow | null> {
    const rows: SysteemsignaalRow[] = await sqlFor(this.ds).query(
      `SELECT ${COLUMNS} FROM systeemsignalen WHERE gemeente = $1 AND id = $2`,
      [gemeente, id],
    );
    return rows[0] ?? null;
  }

  /** The signal's changes, oldest first. */
  historie(gemeente: string, id: string): Promise<SysteemsignaalWijziging[]> {
    return sqlFor(this.ds).query(
      `SELECT at, actor, status_van AS "statusVan", status_naar AS "statusNaar", reactie
       FROM systeemsignaal_historie WHERE gemeente = $1 AND signaal_id = $2 ORDER BY id`,
      [gemeente, id],
    );
  }

  /**
   * Sets the status and/or the reply and records the change in the history, in one statement; only when the
   * signal is still at `w.versie` (null otherwise: changed meanwhile, or gone).
   */
  async change(gemeente: string, id: string, w: SignaalWijziging): Promise<SysteemsignaalRow | null> {
    const rows: SysteemsignaalRow[] = await sqlFor(this.ds).query(
      `WITH oud AS (
         SELECT id, status FROM systeemsignalen WHERE gemeente = $1 AND id = $2 AND versie = $7 FOR UPDATE),
       nieuw AS (
         UPDATE systeemsignalen s
         SET status = coalesce($3, s.status), reactie = coalesce($4, s.reactie),
             gewijzigd_door = $5, gewijzigd_op = $6, versie = s.versie + 1
         FROM oud WHERE s.id = oud.id
         RETURNING s.*, oud.status AS status_van),
       h AS (
         INSERT INTO systeemsignaal_historie (gemeente, signaal_id, at, actor, status_van, status_naar, reactie)
         SELECT gemeente, id, $6, $5, status_van, status, $4 FROM nieuw)
       SELECT ${COLUMNS} FROM nieuw`,
      [gemeente, id, w.status ?? null, w.reactie ?? null, w.actor, w.at, w.versie],
    );
    return rows[0] ?? null;
  }
}
