/**
 * Inwoners and huishoudens, and their toestemmingen. The BSN is accepted, stored encrypted with a keyed hash
 * for lookup, and never sent back: a view only says whether one is recorded.
 */
import { Injectable, NotFoundException } from '@nestjs/common';
import { Clock } from '@regie/engine';
import { bsnHash, encryptBsn, sqlFor } from '@regie/persistence';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import type { Principal } from '../auth/auth';
import { parse, uuidParam } from '../http/zod';

const isoDate = z.iso.date({ message: 'verwacht een datum JJJJ-MM-DD' });

export const subjectInput = z
  .object({
    kind: z.enum(['inwoner', 'huishouden']),
    name: z.string().trim().min(1).max(200),
    birthDate: isoDate.optional(),
    bsn: z
      .string()
      .regex(/^\d{9}$/, 'een BSN heeft 9 cijfers')
      .refine(elfproef, 'dit BSN voldoet niet aan de elfproef')
      .optional(),
    members: z.array(z.uuid()).max(50).optional(),
  })
  .strict()
  .refine((s) => s.kind === 'huishouden' || !s.members?.length, {
    message: 'alleen een huishouden heeft leden',
    path: ['members'],
  });

export const consentInput = z
  .object({
    scope: z.string().trim().min(1).max(100),
    grantedTo: z.string().trim().min(1).max(200),
    grantedBy: z.string().trim().min(1).max(200),
    note: z.string().max(2000).optional(),
    validUntil: z.iso.datetime({ offset: true }).optional(),
  })
  .strict();

/** The BSN's own checksum (elfproef): 9*d1 + 8*d2 + ... + 2*d8 - 1*d9 is divisible by 11. */
function elfproef(bsn: string): boolean {
  const digits = [...bsn].map(Number);
  const sum = digits.slice(0, 8).reduce((acc, d, i) => acc + d * (9 - i), 0) - digits[8];
  return sum % 11 === 0;
}

export const withdrawalInput = z.object({ reden: z.string().trim().min(3).max(2000) }).strict();
export const bsnQuery = z.object({ bsn: z.string().regex(/^\d{9}$/, 'een BSN heeft 9 cijfers') }).strict();

interface SubjectRow {
  id: string;
  kind: string;
  name: string;
  birth_date: string | null;
  bsn_encrypted: string | null;
  members: string[];
  created_at: Date;
}

function subjectView(s: SubjectRow) {
  return {
    id: s.id,
    kind: s.kind,
    name: s.name,
    birthDate: s.birth_date,
    hasBsn: s.bsn_encrypted !== null,
    members: s.members,
    createdAt: new Date(s.created_at).toISOString(),
  };
}

const CONSENT_COLUMNS = `id, subject_id AS "subjectId", scope, granted_to AS "grantedTo", granted_by AS "grantedBy", note,
         recorded_by AS "recordedBy", granted_at AS "grantedAt", valid_until AS "validUntil",
         withdrawn_at AS "withdrawnAt"`;

@Injectable()
export class SubjectsService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  private sql() {
    return sqlFor(this.db);
  }

  /** An inwoner or huishouden of the gemeente, or 404; a malformed id is a 400 naming it. */
  async find(gemeente: string, id: string): Promise<SubjectRow> {
    parse(uuidParam, id, 'id');
    const rows: SubjectRow[] = await this.sql().query(
      `SELECT * FROM subjects WHERE gemeente = $1 AND id = $2`,
      [gemeente, id],
    );
    if (!rows.length) throw new NotFoundException(`Inwoner of huishouden ${id} bestaat niet`);
    return rows[0];
  }

  async create(user: Principal, input: z.infer<typeof subjectInput>) {
    const members = input.members ?? [];
    if (members.length) {
      const found: { id: string }[] = await this.sql().query(
        `SELECT id FROM subjects WHERE gemeente = $1 AND kind = 'inwoner' AND id = ANY($2::uuid[])`,
        [user.gemeente, members],
      );
      const missing = members.filter((m) => !found.some((f) => f.id === m));
      if (missing.length) throw new NotFoundException(`Onbekende leden: ${missing.join(', ')}`);
    }
    const rows: SubjectRow[] = await this.sql().query(
      `INSERT INTO subjects (id, gemeente, kind, name, birth_date, bsn_encrypted, bsn_hash, members, created_at)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9) RETURNING *`,
      [
        randomUUID(),
        user.gemeente,
        input.kind,
        input.name,
        input.birthDate ?? null,
        input.bsn ? encryptBsn(input.bsn) : null,
        input.bsn ? bsnHash(input.bsn) : null,
        members,
        await this.clock.now(),
      ],
    );
    return subjectView(rows[0]);
  }

  /** Finds an inwoner by BSN through its keyed hash; the BSN itself is never compared or logged in clear. */
  async findByBsn(bsn: string) {
    const rows: SubjectRow[] = await this.sql().query(`SELECT * FROM subjects WHERE bsn_hash = $1`, [
      bsnHash(bsn),
    ]);
    return { items: rows.map(subjectView) };
  }

  async get(user: Principal, id: string) {
    return subjectView(await this.find(user.gemeente, id));
  }

  async addConsent(user: Principal, id: string, input: z.infer<typeof consentInput>) {
    await this.find(user.gemeente, id);
    const rows = await this.sql().query(
      `INSERT INTO consents (id, gemeente, subject_id, scope, granted_to, granted_by, note, recorded_by, granted_at,
         valid_until)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10)
       RETURNING ${CONSENT_COLUMNS}`,
      [
        randomUUID(),
        user.gemeente,
        id,
        input.scope,
        input.grantedTo,
        input.grantedBy,
        input.note ?? null,
        user.user,
        await this.clock.now(),
        input.validUntil ?? null,
      ],
    );
    return rows[0];
  }

  /** Withdrawal is honoured from this moment: every later check for this scope fails. */
  async withdraw(user: Principal, id: string, consentId: string, reden: string) {
    await this.find(user.gemeente, id);
    const [rows]: [Record<string, unknown>[], number] = await this.sql().query(
      `UPDATE consents SET withdrawn_at = $3, withdrawn_by = $4, withdrawal_reason = $5
       WHERE subject_id = $1 AND id = $2 AND withdrawn_at IS NULL
       RETURNING id, scope, granted_to AS "grantedTo", withdrawn_at AS "withdrawnAt", withdrawal_reason AS "reden"`,
      [id, parse(uuidParam, consentId, 'consentId'), await this.clock.now(), user.user, reden],
    );
    if (!rows.length) throw new NotFoundException('Geen lopende toestemming met dit id bij deze inwoner');
    return rows[0];
  }

  async consents(user: Principal, id: string) {
    await this.find(user.gemeente, id);
    return this.sql().query(
      `SELECT ${CONSENT_COLUMNS}
       FROM consents WHERE gemeente = $1 AND subject_id = $2 ORDER BY granted_at`,
      [user.gemeente, id],
    );
  }
}
