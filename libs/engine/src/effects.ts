/**
 * Carries out the effects workflows ask for (see `Effect` in workflows/workflow.ts), after the transition that
 * asked committed; the worker does, from the effects queue (libs/scheduling effects.ts). Delivery is at least
 * once, so every step is idempotent: each command carries an idempotency key derived from the outbox row, and a
 * repeat picks up where an earlier attempt got to instead of doing its steps again. A refusal by the other case
 * (its machine says no) is part of the outcome, not an error to retry.
 */
import { EffectStepsRepository } from '@regie/persistence';
import { CASE_WORKERS } from '@regie/workflows/fields';
import type { EnsureCaseEffect } from '@regie/workflows/workflow';
import type { DataSource } from 'typeorm';
import { type Actor, type EffectPayload, type Engine, startKeyScope } from './engine';
import { CaseAlreadyOpen, EngineError } from './errors';

/** Carries out one effect of a type the engine does not know itself; at least once, so it must be idempotent. */
export type EffectHandler = (outboxId: string, p: EffectPayload) => Promise<void>;

/**
 * Handlers by effect type, registered by whoever composes the worker (a domain library): the engine itself carries
 * out `ensureCase` only.
 */
export type EffectHandlers = Readonly<Record<string, EffectHandler>>;

/** Effects act with the rights of the professional whose command caused them. */
const EFFECT_ROLES = CASE_WORKERS;

export class EffectRunner {
  private readonly steps: EffectStepsRepository;

  constructor(
    private readonly engine: Engine,
    db: DataSource,
    private readonly handlers: EffectHandlers = {},
  ) {
    this.steps = new EffectStepsRepository(db);
  }

  async run(outboxId: string, p: EffectPayload): Promise<void> {
    if (p.effect.type !== 'ensureCase') {
      const handler = Object.hasOwn(this.handlers, p.effect.type) ? this.handlers[p.effect.type] : undefined;
      // no handler registered: an error, so the effect stays in Postgres and is retried by a worker that has one
      if (!handler) throw new Error(`Geen handler voor effect ${p.effect.type}`);
      return handler(outboxId, p);
    }
    const actor: Actor = {
      id: p.actor,
      gemeente: p.gemeente,
      roles: EFFECT_ROLES,
      ...(p.team ? { team: p.team } : {}),
    };
    const e = p.effect;
    const key = (step: string) => `effect:${outboxId}:${step}`;
    // An earlier attempt that started the other case goes on with it: offering that case the events meant for an
    // existing one would repeat what its start already did.
    let otherId = await this.startedBefore(actor, key('start'));
    if (!otherId) {
      const open = await this.steps.openCase(p.gemeente, e.workflow, e.subjectId);
      if (open) {
        otherId = open;
        await this.offer(actor, otherId, e.existing, key);
      } else {
        otherId = await this.startOrJoin(actor, e, key);
      }
    }
    const linkTo = otherId;
    await this.accepted(() =>
      this.engine.dispatch({
        actor,
        caseId: p.caseId,
        event: { type: e.linkBack.type, [e.linkBack.field]: linkTo },
        idempotencyKey: key('link'),
      }),
    );
  }

  /**
   * Starts the other case; a workflow that allows one open case per household (onePerSubject) may refuse because
   * another member of the household has one: that case is the household's, and is offered the events meant for an
   * existing one instead.
   */
  private async startOrJoin(
    actor: Actor,
    e: EnsureCaseEffect,
    key: (step: string) => string,
  ): Promise<string> {
    try {
      const started = await this.engine.start({
        actor,
        workflow: e.workflow,
        subjectId: e.subjectId,
        input: e.start,
        idempotencyKey: key('start'),
      });
      return started.id;
    } catch (err) {
      const open = err instanceof CaseAlreadyOpen ? (err.details as { caseId?: unknown }).caseId : undefined;
      if (typeof open !== 'string') throw err;
      await this.offer(actor, open, e.existing, key);
      return open;
    }
  }

  /** The case a start under this key created, when an earlier attempt got that far. */
  private async startedBefore(actor: Actor, idempotencyKey: string): Promise<string | null> {
    const scope = startKeyScope(actor.gemeente, actor.id, idempotencyKey);
    return this.steps.startedCase(scope.caseId, scope.key);
  }

  /**
   * Offers an open case the effect's events in order; the first it accepts is applied. When an earlier attempt
   * had one accepted (its key is remembered), nothing is offered again: a later event of the list may have
   * become acceptable since, and would be applied a second time.
   */
  private async offer(
    actor: Actor,
    caseId: string,
    events: EnsureCaseEffect['existing'],
    key: (step: string) => string,
  ): Promise<void> {
    const keys = events.map((_, i) => key(`existing-${i}`));
    if (await this.steps.anyKeyUsed(caseId, keys)) return;
    for (const [i, event] of events.entries()) {
      if (await this.accepted(() => this.engine.dispatch({ actor, caseId, event, idempotencyKey: keys[i] })))
        return;
    }
  }

  private async accepted(command: () => Promise<unknown>): Promise<boolean> {
    try {
      await command();
      return true;
    } catch (err) {
      if (err instanceof EngineError) return false;
      throw err;
    }
  }
}
