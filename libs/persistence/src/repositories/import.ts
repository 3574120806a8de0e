/**
 * The writes of an import of running work (docs/import.md), in batches: one statement looks up or inserts a
 * thousand rows. Like the `recordVoorziening` effect it is system work for one gemeente, named in every statement,
 * on the data source itself (the owner role). Every row carries a stable import key (migration Import): inserting
 * a row that is already there does nothing.
 */
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { encryptBsn } from '../bsn';

export interface ImportedSubject {
  id: string;
  kind: string;
  birth_date: string | null;
  bsn_hash: string | null;
  import_key: string | null;
}

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

export interface ImportedVoorziening {
  id: string;
  import_key: string;
  subject_id: string;
  wet: string;
  einddatum: string | null;
  herindicatie_case_id: string | null;
}

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

export class ImportRepository {
  constructor(private readonly ds: DataSource) {}

  async gemeenteBestaat(gemeente: string): Promise<boolean> {
    const rows: unknown[] = await this.ds.query(`SELECT 1 FROM gemeenten WHERE id = $1`, [gemeente]);
    return rows.length > 0;
  }

  /** The gemeente's inwoners with one of these BSN hashes. */
  inwonersByBsnHash(gemeente: string, hashes: string[]): Promise<ImportedSubject[]> {
    if (!hashes.length) return Promise.resolve([]);
    return this.ds.query(
      `SELECT id, kind, birth_date, bsn_hash, import_key FROM subjects
       WHERE gemeente = $1 AND kind = 'inwoner' AND bsn_hash = ANY($2::text[])`,
      [gemeente, hashes],
    );
  }

  /** The gemeente's subjects with one of these import keys. */
  subjectsByImportKey(gemeente: string, keys: string[]): Promise<ImportedSubject[]> {
    if (!keys.length) return Promise.resolve([]);
    return this.ds.query(
      `SELECT id, kind, birth_date, bsn_hash, import_key FROM subjects
       WHERE gemeente = $1 AND import_key = ANY($2::text[])`,
      [gemeente, keys],
    );
  }

  /** Inserts the inwoners (BSN encrypted, with its keyed hash; import key `bsn:<hash>`); answers the new ones. */
  async insertInwoners(gemeente: string, rows: NewImportedInwoner[], at: Date): Promise<number> {
    if (!rows.length) return 0;
    const records = rows.map((r) => ({
      id: randomUUID(),
      name: r.name,
      birth_date: r.birthDate,
      bsn_encrypted: encryptBsn(r.bsn),
      bsn_hash: r.bsnHash,
      import_key: `bsn:${r.bsnHash}`,
    }));
    const inserted: { id: string }[] = await this.ds.query(
      `INSERT INTO subjects (id, gemeente, kind, name, birth_date, bsn_encrypted, bsn_hash, members, created_at,
         import_key)
       SELECT r.id, $1, 'inwoner', r.name, r.birth_date, r.bsn_encrypted, r.bsn_hash, '{}', $3, r.import_key
       FROM jsonb_to_recordset($2::jsonb)
         AS r(id uuid, name text, birth_date date, bsn_encrypted text, bsn_hash text, import_key text)
       ON CONFLICT (gemeente, import_key) WHERE import_key IS NOT NULL DO NOTHING
       RETURNING id`,
      [gemeente, JSON.stringify(records), at],
    );
    return inserted.length;
  }

  /** Inserts the huishoudens with their members (subject ids); answers how many were new. */
  async insertHuishoudens(gemeente: string, rows: NewImportedHuishouden[], at: Date): Promise<number> {
    if (!rows.length) return 0;
    const records = rows.map((r) => ({
      id: randomUUID(),
      name: r.name,
      members: r.members,
      import_key: r.key,
    }));
    const inserted: { id: string }[] = await this.ds.query(
      `INSERT INTO subjects (id, gemeente, kind, name, birth_date, members, created_at, import_key)
       SELECT r.id, $1, 'huishouden', r.name, NULL, r.members, $3, r.import_key
       FROM jsonb_to_recordset($2::jsonb) AS r(id uuid, name text, members uuid[], import_key text)
       ON CONFLICT (gemeente, import_key) WHERE import_key IS NOT NULL DO NOTHING
       RETURNING id`,
      [gemeente, JSON.stringify(records), at],
    );
    return inserted.length;
  }

  /** The gemeente's imported voorzieningen with one of these import keys. */
  voorzieningenByImportKey(gemeente: string, keys: string[]): Promise<ImportedVoorziening[]> {
    if (!keys.length) return Promise.resolve([]);
    return this.ds.query(
      `SELECT id, import_key, subject_id, wet, einddatum, herindicatie_case_id FROM voorzieningen
       WHERE gemeente = $1 AND import_key = ANY($2::text[])`,
      [gemeente, keys],
    );
  }

  /**
   * Inserts the voorzieningen as the `recordVoorziening` effect records one, without a granting case (it was
   * granted before Regie); answers the new ones.
   */
  insertVoorzieningen(
    gemeente: string,
    rows: NewImportedVoorziening[],
    at: Date,
  ): Promise<ImportedVoorziening[]> {
    if (!rows.length) return Promise.resolve([]);
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
    return this.ds.query(
      `INSERT INTO voorzieningen (id, gemeente, subject_id, case_id, wet, product, aanbieder, volume_aantal,
         volume_eenheid, startdatum, einddatum, ggz, eigenaar, team, created_at, import_key, tarief_centen,
         tarief_eenheid)
       SELECT r.id, $1, r.subject_id, NULL, r.wet, r.product, r.aanbieder, r.volume_aantal, r.volume_eenheid,
         r.startdatum, r.einddatum, r.ggz, r.eigenaar, r.team, $3, r.import_key, r.tarief_centen, r.tarief_eenheid
       FROM jsonb_to_recordset($2::jsonb) AS r(id uuid, subject_id uuid, wet text, product text, aanbieder text,
         volume_aantal numeric, volume_eenheid text, startdatum date, einddatum date, ggz boolean, eigenaar text,
         team text, import_key text, tarief_centen bigint, tarief_eenheid text)
       ON CONFLICT (gemeente, import_key) WHERE import_key IS NOT NULL DO NOTHING
       RETURNING id, import_key, subject_id, wet, einddatum, herindicatie_case_id`,
      [gemeente, JSON.stringify(records), at],
    );
  }

  /** Links each voorziening to its herindicatie case, in one statement. */
  async linkHerindicaties(gemeente: string, links: { id: string; caseId: string }[]): Promise<void> {
    if (!links.length) return;
    await this.ds.query(
      `UPDATE voorzieningen v SET herindicatie_case_id = l.case_id
       FROM jsonb_to_recordset($2::jsonb) AS l(id uuid, case_id uuid)
       WHERE v.id = l.id AND v.gemeente = $1`,
      [gemeente, JSON.stringify(links.map((l) => ({ id: l.id, case_id: l.caseId })))],
    );
  }

  /** Which of these start keys (engine `startKeyScope`) already started a case. */
  async startedKeys(scope: string, keys: string[]): Promise<Set<string>> {
    if (!keys.length) return new Set();
    const rows: { key: string }[] = await this.ds.query(
      `SELECT key FROM idempotency_keys WHERE case_id = $1 AND key = ANY($2::text[])`,
      [scope, keys],
    );
    return new Set(rows.map((r) => r.key));
  }
}
