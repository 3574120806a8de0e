/**
 * What the demo seed writes beside the engine: the gemeente, its subjects and consents, and the manual clock it
 * walks. A tool's system work: straight on the data source (the owner role), never a request's connection.
 */
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';

export interface DemoSubject {
  gemeente: string;
  kind: string;
  name: string;
  birthDate: string | null;
  members: string[];
  createdAt: Date;
}

export class DemoSeedRepository {
  constructor(private readonly ds: DataSource) {}

  /** Whether the gemeente has any subject yet (then the demo data is there). */
  async hasSubjects(gemeente: string): Promise<boolean> {
    const existing: unknown[] = await this.ds.query(`SELECT 1 FROM subjects WHERE gemeente = $1 LIMIT 1`, [
      gemeente,
    ]);
    return existing.length > 0;
  }

  async ensureGemeente(id: string, name: string): Promise<void> {
    await this.ds.query(`INSERT INTO gemeenten (id, name) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING`, [
      id,
      name,
    ]);
  }

  /** Sets the manual clock, also backwards (the seed starts weeks ago). */
  async setClock(at: Date): Promise<void> {
    await this.ds.query(`UPDATE clock SET now = $1 WHERE id = 1`, [at]);
  }

  /** Moves the manual clock to `at` unless it is later already. */
  async clockAtLeast(at: Date): Promise<void> {
    await this.ds.query(`UPDATE clock SET now = GREATEST(now, $1) WHERE id = 1`, [at]);
  }

  /** Writes the subject (without BSN); returns its id. */
  async addSubject(s: DemoSubject): Promise<string> {
    const id = randomUUID();
    await this.ds.query(
      `INSERT INTO subjects (id, gemeente, kind, name, birth_date, members, created_at) VALUES ($1,$2,$3,$4,$5,$6,$7)`,
      [id, s.gemeente, s.kind, s.name, s.birthDate, s.members, s.createdAt],
    );
    return id;
  }

  /** Effects still in the outbox, not yet moved on by the relay. */
  async effectsInOutbox(): Promise<number> {
    const [{ n }]: { n: number }[] = await this.ds.query(
      `SELECT count(*)::int AS n FROM outbox WHERE kind = 'effect'`,
    );
    return n;
  }
}
