/**
 * The engine's two touches of a case in Postgres: loading it (with its deadlines and remembered answer) and
 * writing a step (or a batch of steps of as many cases), on the handle of the command (a request's tenant, or the
 * system's for the worker's work). Losing the version race is an answer here (`LostRace`), to be retried by the
 * command.
 */
import type {
  AuditLogRepository,
  CaseRepository,
  CaseStep,
  Db,
  LoadedCaseRecord,
  StepAudit,
} from '@regie/persistence';
import { NotFound } from './errors';
import type { CaseRow, CaseView, DeadlineRow } from './view';

/** Another writer changed the case between our read and our write. */
export class LostRace extends Error {}

export type LoadedCase = LoadedCaseRecord<CaseRow, DeadlineRow> & {
  prior: { request_hash: string; response: CaseView } | null;
};

/** Wakes the outbox relay; the relay also polls, so a lost wake-up only delays. */
export interface OutboxSignal {
  kick(): void;
}

export class CaseStore {
  constructor(
    private readonly cases: CaseRepository,
    private readonly outbox: OutboxSignal,
    private readonly auditLog: AuditLogRepository,
  ) {}

  async load(db: Db, caseId: string, gemeente: string, idempotencyKey: string | null): Promise<LoadedCase> {
    const row = isUuid(caseId)
      ? await this.cases.load<CaseRow, DeadlineRow>(db, caseId, gemeente, idempotencyKey)
      : null;
    if (!row) throw new NotFound(`Casus ${caseId} bestaat niet`);
    return row as LoadedCase;
  }

  /**
   * The cases of these deadlines, each with its deadlines, in one read (no remembered answer): what a batch of
   * firings computes its steps from.
   */
  loadByDeadlines(db: Db, deadlineIds: string[]): Promise<LoadedCase[]> {
    return this.cases.loadByDeadlines<CaseRow, DeadlineRow>(db, deadlineIds) as Promise<LoadedCase[]>;
  }

  /** Writes the step, then wakes the relay when it left timers or effects behind. */
  async write(db: Db, step: CaseStep): Promise<void> {
    const written = await this.cases.write(db, step);
    if (step.outbox.length) this.outbox.kick();
    if (!written) throw new LostRace();
  }

  /**
   * Writes steps of as many cases in one statement, then wakes the relay once; answers the ids of the cases
   * written: each of the others lost its race, to be tried again on its own. For steps of existing cases (a batch of
   * firings); an exclusive start is written by `write`, which answers its household's open case.
   */
  async writeSteps(db: Db, steps: CaseStep[]): Promise<Set<string>> {
    const { written } = await this.cases.writeSteps(db, steps);
    if (steps.some((s) => s.outbox.length && written.has(s.case.id))) this.outbox.kick();
    return written;
  }

  /**
   * The audit entry of a command answered without a step (from its Idempotency-Key): it changes nothing, so the
   * entry is all there is to write.
   */
  async audit(db: Db, c: { id: string; gemeente: string }, entry: StepAudit): Promise<void> {
    await this.auditLog.append(db, { ...entry, gemeente: c.gemeente, recordId: c.id, records: [] });
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

export async function backoff(attempt: number): Promise<void> {
  await new Promise((r) => setTimeout(r, Math.min(50, attempt * 2) * Math.random()));
}
