/**
 * Inwoners and huishoudens, and their toestemmingen. The BSN is accepted, stored encrypted with a keyed hash
 * for lookup, and never sent back: a view only says whether one is recorded.
 */
import { Body, Controller, Get, HttpCode, NotFoundException, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiTags } from '@nestjs/swagger';
import { Clock } from '@regie/engine';
import { bsnHash, encryptBsn, sqlFor } from '@regie/persistence';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { z } from 'zod';
import { requireCaseWorker } from '../access/access';
import { Audit } from '../access/audit';
import { CurrentUser, type Principal } from '../auth/auth';
import { jsonSchema, parse, uuidParam } from '../http/zod';

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
const bsnQuery = z.object({ bsn: z.string().regex(/^\d{9}$/, 'een BSN heeft 9 cijfers') }).strict();

/** An inwoner or huishouden of the gemeente, or 404; a malformed id is a 400 naming it. */
export async function findSubject<T = { id: string }>(
  sql: EntityManager,
  gemeente: string,
  id: string,
): Promise<T> {
  parse(uuidParam, id, 'id');
  const rows: T[] = await sql.query(`SELECT * FROM subjects WHERE gemeente = $1 AND id = $2`, [gemeente, id]);
  if (!rows.length) throw new NotFoundException(`Inwoner of huishouden ${id} bestaat niet`);
  return rows[0];
}

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

@ApiTags('subjects')
@ApiBearerAuth()
@Controller('api/subjects')
export class SubjectsController {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly audit: Audit,
  ) {}

  private sql() {
    return sqlFor(this.db);
  }

  @Post()
  @ApiBody({ schema: jsonSchema(subjectInput) })
  async create(@CurrentUser() user: Principal, @Body() body: unknown) {
    const reason = requireCaseWorker(user);
    const input = parse(subjectInput, body);
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
    await this.audit.record(user, {
      action: 'command',
      recordType: 'subject',
      recordId: rows[0].id,
      reason,
      status: 201,
    });
    return subjectView(rows[0]);
  }

  /** Finds an inwoner by BSN through its keyed hash; the BSN itself is never compared or logged in clear. */
  @Get()
  async findByBsn(@CurrentUser() user: Principal, @Query() query: unknown) {
    const reason = requireCaseWorker(user);
    const { bsn } = parse(bsnQuery, query, 'query');
    const rows: SubjectRow[] = await this.sql().query(`SELECT * FROM subjects WHERE bsn_hash = $1`, [
      bsnHash(bsn),
    ]);
    await this.audit.record(user, {
      action: 'list',
      recordType: 'subject',
      records: rows.map((r) => r.id),
      reason,
    });
    return { items: rows.map(subjectView) };
  }

  @Get(':id')
  async get(@CurrentUser() user: Principal, @Param('id') id: string) {
    const reason = requireCaseWorker(user);
    const subject = await this.find(user, id);
    await this.audit.record(user, { action: 'read', recordType: 'subject', recordId: subject.id, reason });
    return subjectView(subject);
  }

  @Post(':id/consents')
  @ApiBody({ schema: jsonSchema(consentInput) })
  async addConsent(@CurrentUser() user: Principal, @Param('id') id: string, @Body() body: unknown) {
    const reason = requireCaseWorker(user);
    const input = parse(consentInput, body);
    await this.find(user, id);
    const rows = await this.sql().query(
      `INSERT INTO consents (id, gemeente, subject_id, scope, granted_to, granted_by, note, recorded_by, granted_at,
         valid_until)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10)
       RETURNING id, subject_id AS "subjectId", scope, granted_to AS "grantedTo", granted_by AS "grantedBy", note,
         recorded_by AS "recordedBy", granted_at AS "grantedAt", valid_until AS "validUntil",
         withdrawn_at AS "withdrawnAt"`,
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
    await this.audit.record(user, {
      action: 'command',
      recordType: 'consent',
      recordId: id,
      reason,
      status: 201,
    });
    return rows[0];
  }

  /** Withdrawal is honoured from this moment: every later check for this scope fails. */
  @Post(':id/consents/:consentId/withdraw')
  @HttpCode(200)
  @ApiBody({ schema: jsonSchema(withdrawalInput) })
  async withdraw(
    @CurrentUser() user: Principal,
    @Param('id') id: string,
    @Param('consentId') consentId: string,
    @Body() body: unknown,
  ) {
    const reason = requireCaseWorker(user);
    const { reden } = parse(withdrawalInput, body);
    await this.find(user, id);
    const [rows]: [Record<string, unknown>[], number] = await this.sql().query(
      `UPDATE consents SET withdrawn_at = $3, withdrawn_by = $4, withdrawal_reason = $5
       WHERE subject_id = $1 AND id = $2 AND withdrawn_at IS NULL
       RETURNING id, scope, granted_to AS "grantedTo", withdrawn_at AS "withdrawnAt", withdrawal_reason AS "reden"`,
      [id, parse(uuidParam, consentId, 'consentId'), await this.clock.now(), user.user, reden],
    );
    if (!rows.length) throw new NotFoundException('Geen lopende toestemming met dit id bij deze inwoner');
    await this.audit.record(user, { action: 'command', recordType: 'consent', recordId: id, reason });
    return rows[0];
  }

  @Get(':id/consents')
  async consents(@CurrentUser() user: Principal, @Param('id') id: string) {
    const reason = requireCaseWorker(user);
    await this.find(user, id);
    await this.audit.record(user, { action: 'read', recordType: 'consent', recordId: id, reason });
    return this.sql().query(
      `SELECT id, subject_id AS "subjectId", scope, granted_to AS "grantedTo", granted_by AS "grantedBy", note,
         recorded_by AS "recordedBy", granted_at AS "grantedAt", valid_until AS "validUntil",
         withdrawn_at AS "withdrawnAt"
       FROM consents WHERE gemeente = $1 AND subject_id = $2 ORDER BY granted_at`,
      [user.gemeente, id],
    );
  }

  private find(user: Principal, id: string): Promise<SubjectRow> {
    return findSubject<SubjectRow>(this.sql(), user.gemeente, id);
  }
}
