/**
 * The writes of an import of running work (docs/import.md), in batches: one statement looks up or inserts a
 * thousand rows. An import is one gemeente's work, through the API or the command line alike: every method runs on
 * that gemeente's tenant handle (row level security) and names it in every statement. Every row carries a stable
 * import key (migration Import): inserting a row that is already there does nothing.
 */
import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { type Selectable, sql } from 'kysely';
import { encryptBsn } from '../bsn';
import type { SystemDb, TenantDb } from '../database';
import type { Subjects, Voorzieningen } from '../schema';

export type ImportedSubject = Pick<
  Selectable<Subjects>,
  'id' | 'kind' | 'birth_date' | 'bsn_hash' | 'import_key'
>;

export interface NewImportedInwoner {
  bsn: string;
  bsnHash: string;
  name: string;
  birthDate: string;
}

export interface NewImportedHuishouden {
  key: string;
  name: string;
  members: string[];
}

/** An imported voorziening: its import key is set. */
export type ImportedVoorziening = Pick<
  Selectable<Voorzieningen>,
  'id' | 'subject_id' | 'wet' | 'einddatum' | 'herindicatie_case_id'
> & { import_key: string };

/** What one unit of a voorziening costs: whole eurocents per unit (`tarief_centen`, `tarief_eenheid`). */
export interface Tarief {
  centen: number;
  /** `uur`, `week`, `etmaal` or `stuk` (migration 023) */
  eenheid: string;
}

export interface NewImportedVoorziening {
  key: string;
  subjectId: string;
  wet: string;
  product: string;
  aanbieder: string;
  volume: { aantal: number; eenheid: string };
  /** the tariff the export named, if any (whole eurocents per unit) */
  tarief?: Tarief;
  startdatum: string;
  einddatum: string | null;
  ggz: boolean;
  eigenaar: string;
  team: string | null;
}

@Injectable()
export class ImportRepository {
  /** Whether the gemeente exists: the command line asks before it opens the gemeente's tenant handle. */
  async gemeenteBestaat(db: SystemDb, gemeente: string): Promise<boolean> {
    const row = await db.sql
      .selectFrom('gemeenten')
      .select('id')
      .where('id', '=', gemeente)
      .executeTakeFirst();
    return row !== undefined;
  }

  /** The caller's gemeente's inwoners with one of these BSN hashes. */
  inwonersByBsnHash(db: TenantDb, hashes: string[]): Promise<ImportedSubject[]> {
    if (!hashes.length) return Promise.resolve([]);
    return db.sql
      .selectFrom('subjects')
      .select(['id', 'kind', 'birth_date', 'bsn_hash', 'import_key'])
      .where('gemeente', '=', db.gemeente)
      .where('kind', '=', 'inwoner')
      .where(sql<boolean>`bsn_hash = ANY(${hashes}::text[])`)
      .execute();
  }

  /** The caller's gemeente's subjects with one of these import keys. */
  subjectsByImportKey(db: TenantDb, keys: string[]): Promise<ImportedSubject[]> {
    if (!keys.length) return Promise.resolve([]);
    return db.sql
      .selectFrom('subjects')
      .select(['id', 'kind', 'birth_date', 'bsn_hash', 'import_key'])
      .where('gemeente', '=', db.gemeente)
      .where(sql<boolean>`import_key = ANY(${keys}::text[])`)
      .execute();
  }

  /** Inserts the inwoners (BSN encrypted, with its keyed hash; import key `bsn:<hash>`); answers the new ones. */
  async insertInwoners(db: TenantDb, rows: NewImportedInwoner[], at: Date): Promise<number> {
    if (!rows.length) return 0;
    const records = rows.map((r) => ({
      id: randomUUID(),
      name: r.name,
      birth_date: r.birthDate,
      bsn_encrypted: encryptBsn(r.bsn),
      bsn_hash: r.bsnHash,
      import_key: `bsn:${r.bsnHash}`,
    }));
    const { rows: inserted } = await sql<Pick<Selectable<Subjects>, 'id'>>`
      INSERT INTO subjects (id, gemeente, kind, name, birth_date, bsn_encrypted, bsn_hash, members, created_at,
        import_key)
      SELECT r.id, ${db.gemeente}, 'inwoner', r.name, r.birth_date, r.bsn_encrypted, r.bsn_hash, '{}',
        ${at}::timestamptz, r.import_key
      FROM jsonb_to_recordset(${JSON.stringify(records)}::jsonb)
        AS r(id uuid, name text, birth_date date, bsn_encrypted text, bsn_hash text, import_key text)
      ON CONFLICT (gemeente, import_key) WHERE import_key IS NOT NULL DO NOTHING
      RETURNING id`.execute(db.sql);
    return inserted.length;
  }

  /** Inserts the huishoudens with their members (subject ids); answers how many were new. */
  async insertHuishoudens(db: TenantDb, rows: NewImportedHuishouden[], at: Date): Promise<number> {
    if (!rows.length) return 0;
    const records = rows.map((r) => ({
      id: randomUUID(),
      name: r.name,
      members: r.members,
      import_key: r.key,
    }));
    const { rows: inserted } = await sql<Pick<Selectable<Subjects>, 'id'>>`
      INSERT INTO subjects (id, gemeente, kind, name, birth_date, members, created_at, import_key)
      SELECT r.id, ${db.gemeente}, 'huishouden', r.name, NULL, r.members, ${at}::timestamptz, r.import_key
      FROM jsonb_to_recordset(${JSON.stringify(records)}::jsonb)
        AS r(id uuid, name text, members uuid[], import_key text)
      ON CONFLICT (gemeente, import_key) WHERE import_key IS NOT NULL DO NOTHING
      RETURNING id`.execute(db.sql);
    return inserted.length;
  }

  /** The caller's gemeente's imported voorzieningen with one of these import keys. */
  voorzieningenByImportKey(db: TenantDb, keys: string[]): Promise<ImportedVoorziening[]> {
    if (!keys.length) return Promise.resolve([]);
    return db.sql
      .selectFrom('voorzieningen')
      .select(['id', 'import_key', 'subject_id', 'wet', 'einddatum', 'herindicatie_case_id'])
      .where('gemeente', '=', db.gemeente)
      .where(sql<boolean>`import_key = ANY(${keys}::text[])`)
      .$narrowType<{ import_key: string }>()
      .execute();
  }

  /**
   * Inserts the voorzieningen as the `recordVoorziening` effect records one, without a granting case (it was
   * granted before Regie); answers the new ones.
   */
  async insertVoorzieningen(
    db: TenantDb,
    rows: NewImportedVoorziening[],
    at: Date,
  ): Promise<ImportedVoorziening[]> {
    if (!rows.length) return [];
    const records = rows.map((v) => ({
      id: randomUUID(),
      subject_id: v.subjectId,
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
      import_key: v.key,
      tarief_centen: v.tarief?.centen ?? null,
      tarief_eenheid: v.tarief?.eenheid ?? null,
    }));
    const { rows: inserted } = await sql<ImportedVoorziening>`
      INSERT INTO voorzieningen (id, gemeente, subject_id, case_id, wet, product, aanbieder, volume_aantal,
        volume_eenheid, startdatum, einddatum, ggz, eigenaar, team, created_at, import_key, tarief_centen,
        tarief_eenheid)
      SELECT r.id, ${db.gemeente}, r.subject_id, NULL, r.wet, r.product, r.aanbieder, r.volume_aantal,
        r.volume_eenheid, r.startdatum, r.einddatum, r.ggz, r.eigenaar, r.team, ${at}::timestamptz, r.import_key,
        r.tarief_centen, r.tarief_eenheid
      FROM jsonb_to_recordset(${JSON.stringify(records)}::jsonb) AS r(id uuid, subject_id uuid, wet text,
        product text, aanbieder text, volume_aantal numeric, volume_eenheid text, startdatum date, einddatum date,
        ggz boolean, eigenaar text, team text, import_key text, tarief_centen bigint, tarief_eenheid text)
      ON CONFLICT (gemeente, import_key) WHERE import_key IS NOT NULL DO NOTHING
      RETURNING id, import_key, subject_id, wet, einddatum, herindicatie_case_id`.execute(db.sql);
    return inserted;
  }

  /** Links each voorziening to its herindicatie case, in one statement. */
  async linkHerindicaties(db: TenantDb, links: { id: string; caseId: string }[]): Promise<void> {
    if (!links.length) return;
    const rows = JSON.stringify(links.map((l) => ({ id: l.id, case_id: l.caseId })));
    await sql`
      UPDATE voorzieningen v SET herindicatie_case_id = l.case_id
      FROM jsonb_to_recordset(${rows}::jsonb) AS l(id uuid, case_id uuid)
      WHERE v.id = l.id AND v.gemeente = ${db.gemeente}`.execute(db.sql);
  }

  /** Which of these start keys (engine `startKeyScope`) already started a case. */
  async startedKeys(db: TenantDb, scope: string, keys: string[]): Promise<Set<string>> {
    if (!keys.length) return new Set();
    const rows = await db.sql
      .selectFrom('idempotency_keys')
      .select('key')
      .where('case_id', '=', scope)
      .where(sql<boolean>`key = ANY(${keys}::text[])`)
      .execute();
    return new Set(rows.map((r) => r.key));
  }
}
