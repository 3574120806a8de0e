/** What the cases routes do beyond HTTP: start and command cases through the engine, and who may see one. */
import { ForbiddenException, Injectable } from '@nestjs/common';
import { type Actor, type CaseView, Engine } from '@regie/engine';
import { z } from 'zod';
import { whyCaseVisible } from '../access/access';
import { Audit } from '../access/audit';
import type { Principal } from '../auth/auth';
import { InvalidRequest, ifMatchVersion, parse, uuidParam } from '../http/zod';
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
  ) {}

  start(user: Principal, cmd: z.infer<typeof startInput>, key: string | undefined) {
    return this.engine.start({
      actor: actorOf(user),
      workflow: cmd.workflow,
      subjectId: cmd.subjectId,
      input: cmd.input ?? {},
      idempotencyKey: key === undefined ? undefined : parse(idempotencyKey, key, 'Idempotency-Key'),
    });
  }

  list(user: Principal, query: z.infer<typeof caseListQuery>) {
    return this.queries.list(user, query);
  }

  dispatch(
    user: Principal,
    caseId: string,
    event: z.infer<typeof eventInput>,
    key: string,
    version: string | undefined,
  ) {
    return this.engine.dispatch({
      actor: actorOf(user),
      caseId,
      event,
      idempotencyKey: parse(idempotencyKey, key, 'Idempotency-Key'),
      expectedVersion: version === undefined ? undefined : parse(ifMatch, version, 'If-Match'),
    });
  }

  history(caseId: string) {
    return this.queries.history(caseId);
  }

  auditTrail(caseId: string) {
    return this.audit.forCase(caseId);
  }

  /** A command needs an Idempotency-Key; checked once the case is known to be visible, before its body. */
  requireIdempotencyKey(key: string | undefined): void {
    if (key === undefined)
      throw new InvalidRequest('Header Idempotency-Key ontbreekt', [{ field: 'Idempotency-Key' }]);
  }

  /** 404 for what row-level security hides (another gemeente), 403 for a case of the gemeente that is not theirs. */
  async visible(user: Principal, id: string): Promise<CaseAccess> {
    const view = await this.engine.view(parse(uuidParam, id, 'id'), user.gemeente);
    const reason = whyCaseVisible(user, {
      team: view.team,
      regie_holder: view.regie.holder,
      ave_level: typeof view.aveLevel === 'number' ? view.aveLevel : null,
    });
    if (!reason) {
      await this.audit.record(user, {
        action: 'read',
        recordType: 'case',
        recordId: view.id,
        reason: 'geweigerd',
        status: 403,
      });
      throw new ForbiddenException('Deze casus hoort niet bij uw team en u heeft er geen regie over');
    }
    return { view, reason };
  }
}
