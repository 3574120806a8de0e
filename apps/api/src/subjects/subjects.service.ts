/**
 * Inwoners and huishoudens, and their toestemmingen. The BSN is accepted, stored encrypted with a keyed hash
 * for lookup, and never sent back: a view only says whether one is recorded. Every request works on its tenant
 * handle: the caller's gemeente only.
 */
import { Injectable, NotFoundException } from '@nestjs/common';
import { Clock } from '@regie/engine';
import {
  HuishoudensRepository,
  SubjectsRepository,
  TenantDatabase,
  type SubjectRow,
} from '@regie/persistence';
import { z } from 'zod';
import type { Principal } from '../auth/auth';
import { isoDatum, parse, uuidParam } from '../http/zod';

export const subjectInput = z
  .object({
    kind: z.enum(['inwoner', 'huishouden']),
    name: z.string().trim().min(1).max(200),
    birthDate: isoDatum.optional(),
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
  })
  .meta({ id: 'SubjectRequest' });

export const consentInput = z
  .object({
    scope: z.string().trim().min(1).max(100),
    grantedTo: z.string().trim().min(1).max(200),
    grantedBy: z.string().trim().min(1).max(200),
    note: z.string().max(2000).optional(),
    validUntil: z.iso.datetime({ offset: true }).optional(),
  })
  .strict()
  .meta({ id: 'ConsentRequest' });

/** The BSN's own checksum (elfproef): 9*d1 + 8*d2 + ... + 2*d8 - 1*d9 is divisible by 11. */
function elfproef(bsn: string): boolean {
  const digits = [...bsn].map(Number);
  const sum = digits.slice(0, 8).reduce((acc, d, i) => acc + d * (9 - i), 0) - digits[8];
  return sum % 11 === 0;
}

export const withdrawalInput = z
  .object({ reden: z.string().trim().min(3).max(2000) })
  .strict()
  .meta({ id: 'ConsentWithdrawalRequest' });
export const bsnQuery = z
  .object({
    bsn: z
      .string()
      .regex(/^\d{9}$/, 'een BSN heeft 9 cijfers')
      .optional()
      .describe('het BSN, exact (gezocht via de sleutel-hash; het BSN zelf wordt nooit vergeleken)'),
    naam: z
      .string()
      .trim()
      .min(2, 'zoek op minstens 2 tekens van de naam')
      .max(100)
      .optional()
      .describe('een deel van de naam, hoofdletterongevoelig'),
    geboortedatum: isoDatum.optional().describe('de geboortedatum, JJJJ-MM-DD'),
  })
  .strict()
  .refine((q) => q.bsn !== undefined || q.naam !== undefined || q.geboortedatum !== undefined, {
    message: 'zoek op bsn, naam of geboortedatum',
    path: ['bsn'],
  });

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

@Injectable()
export class SubjectsService {
  constructor(
    private readonly subjects: SubjectsRepository,
    private readonly huishoudens: HuishoudensRepository,
    private readonly tenant: TenantDatabase,
    private readonly clock: Clock,
  ) {}

  /** An inwoner or huishouden of the caller's gemeente, or 404; a malformed id is a 400 naming it. */
  async find(id: string): Promise<SubjectRow> {
    parse(uuidParam, id, 'id');
    const subject = await this.subjects.find(this.tenant.current(), id);
    if (!subject) throw new NotFoundException(`Inwoner of huishouden ${id} bestaat niet`);
    return subject;
  }

  async create(input: z.infer<typeof subjectInput>) {
    const members = input.members ?? [];
    if (members.length) {
      const found = await this.subjects.inwoners(this.tenant.current(), members);
      const missing = members.filter((m) => !found.includes(m));
      if (missing.length) throw new NotFoundException(`Onbekende leden: ${missing.join(', ')}`);
    }
    const subject = await this.subjects.create(this.tenant.current(), {
      kind: input.kind,
      name: input.name,
      birthDate: input.birthDate ?? null,
      bsn: input.bsn ?? null,
      members,
      createdAt: await this.clock.now(),
    });
    return subjectView(subject);
  }

  /** Finds an inwoner by BSN through its keyed hash; the BSN itself is never compared or logged in clear. */
  async search(q: z.infer<typeof bsnQuery>) {
    return { items: (await this.subjects.search(this.tenant.current(), q)).map(subjectView) };
  }

  async get(id: string) {
    return subjectView(await this.find(id));
  }

  /** The huishoudens the inwoner belongs to (none for a huishouden itself: its members are in its own view). */
  async huishoudensVan(id: string) {
    const subject = await this.find(id);
    if (subject.kind === 'huishouden') return { items: [] };
    return { items: (await this.huishoudens.huishoudensVan(this.tenant.current(), id)).map(subjectView) };
  }

  async addConsent(user: Principal, id: string, input: z.infer<typeof consentInput>) {
    await this.find(id);
    return this.subjects.addConsent(this.tenant.current(), {
      subjectId: id,
      scope: input.scope,
      grantedTo: input.grantedTo,
      grantedBy: input.grantedBy,
      note: input.note ?? null,
      recordedBy: user.user,
      grantedAt: await this.clock.now(),
      validUntil: input.validUntil ?? null,
    });
  }

  /** Withdrawal is honoured from this moment: every later check for this scope fails. */
  async withdraw(user: Principal, id: string, consentId: string, reden: string) {
    await this.find(id);
    const consent = parse(uuidParam, consentId, 'consentId');
    const withdrawn = await this.subjects.withdrawConsent(
      this.tenant.current(),
      id,
      consent,
      await this.clock.now(),
      user.user,
      reden,
    );
    if (!withdrawn) throw new NotFoundException('Geen lopende toestemming met dit id bij deze inwoner');
    return withdrawn;
  }

  async consents(id: string) {
    await this.find(id);
    return this.subjects.consents(this.tenant.current(), id);
  }
}
