/**
 * Command policies: rules of a domain that hold for every command of its workflows, beyond what a workflow's
 * machine, schemas and roles say (the sociaal domein's: consent before sharing, a legal ground instead, one open
 * case per huishouden). The domain registers them with the engine (EngineOptions.policies); the engine calls each,
 * in the order registered, at a start and at an event of a workflow's machine, without knowing what it checks. A
 * policy refuses by throwing an EngineError, whose code the API maps to its status as any other; nothing is
 * written then.
 */
import type { Db, ExclusiveStart } from '@regie/persistence';
import type { AnyWorkflowDefinition, EventSpec } from '@regie/workflows/workflow';
import type { EngineError } from './errors';

/** A start, once its input is parsed, its subject known and its date of receipt checked. */
export interface StartContext {
  def: AnyWorkflowDefinition;
  /** the input as the workflow's schema parsed it, the gemeente's rules included */
  input: Record<string, unknown>;
  gemeente: string;
  subjectId: string;
  /** the command's moment, from the engine's clock */
  now: Date;
}

/**
 * The new case must be the only open one of its workflow among `subjectIds`: the write checks them under a lock on
 * `lockKey`, so that two starts at the same moment cannot both pass, and answers the loser with `conflict`.
 */
export interface ExclusiveStartRule extends ExclusiveStart {
  /** the refusal of a start that found an open case `caseId` of `subjectId` (the 409 naming it) */
  conflict(open: { subjectId: string; caseId: string }): EngineError;
}

/** What a policy asks of a start it lets pass. */
export interface StartVerdict {
  exclusive?: ExclusiveStartRule;
}

/** An event of a workflow's machine, after its sender's role was checked and before its data is validated. */
export interface EventContext {
  def: AnyWorkflowDefinition;
  type: string;
  spec: EventSpec;
  /** the data the client sent (without `type`) */
  data: Record<string, unknown>;
  gemeente: string;
  caseId: string;
  subjectId: string;
}

/** What a policy takes of an event. */
export interface EventClaim {
  /** the data without the fields the policy answers for itself: what the event's schema validates */
  data: Record<string, unknown>;
  /**
   * Called once the data passed the event's schema, at the command's moment, on the command's handle: refuses by
   * throwing, or answers what the history entry records beside the event's data (and the effects see).
   */
  check?(db: Db, now: Date): Promise<Record<string, unknown>>;
}

export interface CommandPolicy {
  /**
   * Whether every start of this workflow is exclusive (`start` answers `exclusive` for it), known without I/O: a
   * bulk start hands such a start to a single start, checked against the cases running by then.
   */
  exclusiveStart?(def: AnyWorkflowDefinition): boolean;
  /** At a start: refuses by throwing, or answers what the start must honour; null when it asks nothing. */
  start?(db: Db, start: StartContext): Promise<StartVerdict | null>;
  /** At an event of a machine: the fields of its data the policy takes, and its check; null when none. */
  event?(event: EventContext): EventClaim | null;
}

/** The registered policies as one: what the engine's commands call. */
export class CommandPolicies {
  constructor(private readonly policies: readonly CommandPolicy[]) {}

  exclusiveStart(def: AnyWorkflowDefinition): boolean {
    return this.policies.some((p) => p.exclusiveStart?.(def) ?? false);
  }

  async start(db: Db, start: StartContext): Promise<StartVerdict> {
    let exclusive: ExclusiveStartRule | undefined;
    for (const policy of this.policies) {
      const verdict = await policy.start?.(db, start);
      if (!verdict?.exclusive) continue;
      // the write takes one lock and checks one set of subjects
      if (exclusive) throw new Error(`two policies make a start of ${start.def.name} exclusive`);
      exclusive = verdict.exclusive;
    }
    return exclusive ? { exclusive } : {};
  }

  /** Each policy's claim in turn, each on the data the previous left; their checks run in the same order. */
  event(event: EventContext): Required<EventClaim> {
    let data = event.data;
    const checks: NonNullable<EventClaim['check']>[] = [];
    for (const policy of this.policies) {
      const claim = policy.event?.({ ...event, data });
      if (!claim) continue;
      data = claim.data;
      if (claim.check) checks.push(claim.check.bind(claim));
    }
    return {
      data,
      async check(db, now) {
        let recorded: Record<string, unknown> = {};
        for (const check of checks) recorded = { ...recorded, ...(await check(db, now)) };
        return recorded;
      },
    };
  }
}
