/** What the cases routes do beyond HTTP: start and command cases through the engine, and who may see one. */
import { ForbiddenException, Injectable } from '@nestjs/common';
import {
  type Actor,
  CaseHidden,
  type CaseScope,
  type CaseView,
  type CommandAudit,
  Engine,
} from '@regie/engine';
import { TenantDatabase } from '@regie/persistence';
import { z } from 'zod';
import { whyCaseVisible } from '../access/access';
import { Audit } from '../access/audit';
import type { Principal } from '../auth/auth';
import { ifMatchVersion, parse, uuidParam } from '../http/zod';
import { CaseQueries, type caseListQuery } from './case-queries';

export const startInput = z
  .object({
    workflow: z.string().min(1),
    subjectId: z.uuid({ message: 'moet een uuid zijn' }),
    input: z
      .record(z.string(), z.unknown())
      .optional()
      .describe('de input van de workflow (zie GET /workflows)'),
  })
  .strict()
  .meta({ id: 'StartCaseRequest' });

export const eventInput = z.looseObject({ type: z.string().min(1).max(100) });
const idempotencyKey = z.string().min(1).max(200);
const ifMatch = ifMatchVersion('If-Match is de versie van de casus, bijvoorbeeld "3"');

export function actorOf(p: Principal): Actor {
  return {
    id: p.user,
    gemeente: p.gemeente,
    roles: p.roles,
    ...(p.team ? { team: p.team } : {}),
    ...(p.mandaat ? { mandaat: p.mandaat } : {}),
  };
}

/** Why this principal may see the case (the audit reason), or null: `whyCaseVisible` on a view or a command's case. */
export function whyVisible(p: Principal, c: CaseScope): string | null {
  return whyCaseVisible(p, {
    team: c.team,
    regie_holder: c.regie.holder,
    ave_level: typeof c.aveLevel === 'number' ? c.aveLevel : null,
  });
}

/** A case the caller may see, and why (the reason the audit log records). */
export interface CaseAccess {
  view: CaseView;
  reason: string;
}

@Injectable()
export class CasesService {
  constructor(
    private readonly engine: Engine,
    private readonly queries: CaseQueries,
    private readonly audit: Audit,
    private readonly tenant: TenantDatabase,
  ) {}

  start(user: Principal, cmd: z.infer<typeof startInput>, key: string | undefined, audit: CommandAudit) {
    return this.engine.start(this.tenant.current(), {
      actor: actorOf(user),
      workflow: cmd.workflow,
      subjectId: cmd.subjectId,
      input: cmd.input ?? {},
      idempotencyKey: key === undefined ? undefined : parse(idempotencyKey, key, 'Idempotency-Key'),
      audit,
    });
  }

  list(user: Principal, query: z.infer<typeof caseListQuery>) {
    return this.queries.list(user, query);
  }

  /**
   * One load of the case: the engine's command checks on it that the caller may see it (`access`) and writes the
   * audit entry with the step; a case of the gemeente that is not theirs is refused as a read of it is.
   */
  async dispatch(
    user: Principal,
    caseId: string,
    event: z.infer<typeof eventInput>,
    key: string,
    version: string | undefined,
    command: { access: (c: CaseScope) => string | null; audit: CommandAudit },
  ): Promise<CaseView> {
    try {
      return await this.engine.dispatch(this.tenant.current(), {
        actor: actorOf(user),
        caseId,
        event,
        idempotencyKey: parse(idempotencyKey, key, 'Idempotency-Key'),
        expectedVersion: version === undefined ? undefined : parse(ifMatch, version, 'If-Match'),
        ...command,
      });
    } catch (err) {
      if (err instanceof CaseHidden) return this.refuse(user, caseId);
      throw err;
    }
  }

  history(caseId: string) {
    return this.queries.history(caseId);
  }

  auditTrail(caseId: string) {
    return this.audit.forCase(caseId);
  }

  /** 404 for what row-level security hides (another gemeente), 403 for a case of the gemeente that is not theirs. */
  async visible(user: Principal, id: string): Promise<CaseAccess> {
    const view = await this.engine.view(this.tenant.current(), parse(uuidParam, id, 'id'), user.gemeente);
    const reason = whyVisible(user, view);
    if (!reason) return this.refuse(user, view.id);
    return { view, reason };
  }

  /** 403 for a case of the gemeente that is not theirs, recorded as a refused look at it. */
  private async refuse(user: Principal, caseId: string): Promise<never> {
    await this.audit.record(user, {
      action: 'read',
      recordType: 'case',
      recordId: caseId,
      reason: 'geweigerd',
      status: 403,
    });
    throw new ForbiddenException('Deze casus hoort niet bij uw team en u heeft er geen regie over');
  }
}
