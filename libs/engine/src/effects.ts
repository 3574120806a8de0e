/**
 * Carries out the effects workflows ask for (see `Effect` in workflows/workflow.ts), after the transition that
 * asked committed; the worker does, from the effects queue (libs/scheduling effects.ts). Delivery is at least
 * once, so every step is idempotent: each command carries an idempotency key derived from the outbox row, and a
 * repeat picks up where an earlier attempt got to instead of doing its steps again. A refusal by the other case
 * (its machine says no) is part of the outcome, not an error to retry.
 *
 * The handlers of the other effect types come from whoever composes the worker (a domain library), as a map by
 * type: the full map of a domain's effect union (EffectHandlerMap) misses none at compile time, and the worker's
 * runner (EffectRunner.checked) refuses to exist while a registered workflow declares (`emits`) a type it has no
 * handler for. An effect of a type without a handler that reaches a runner all the same fails for good
 * (EffectWithoutHandler), instead of being retried and armed again for ever.
 */
import type { EffectStepsRepository, SystemDb } from '@regie/persistence';
import type { AnyWorkflowDefinition, Effect, EnsureCaseEffect } from '@regie/workflows/workflow';
import { type Actor, type EffectPayload, type Engine, startKeyScope } from './engine';
import { CaseAlreadyOpen, EngineError } from './errors';

/** The effect types the engine carries out itself; a domain library handles every other one. */
export const ENGINE_EFFECT_TYPES = ['ensureCase'] as const satisfies readonly EnsureCaseEffect['type'][];

/** An effect type of the union `E` a domain library must carry out. */
export type HandledEffectType<E extends Effect> = Exclude<E['type'], (typeof ENGINE_EFFECT_TYPES)[number]>;

/** An effect's payload whose effect is `E`. */
export type EffectPayloadOf<E extends Effect> = Omit<EffectPayload, 'effect'> & { effect: E };

/** Carries out one effect `E`; at least once, so it must be idempotent. */
export type EffectHandler<E extends Effect> = (outboxId: string, p: EffectPayloadOf<E>) => Promise<void>;

/**
 * A handler for every type of a domain's effect union `E` the engine does not carry out itself: where the
 * worker's map is assembled, a type of the union without one is a compile error.
 */
export type EffectHandlerMap<E extends Effect> = {
  readonly [T in HandledEffectType<E>]: EffectHandler<Extract<E, { type: T }>>;
};

/**
 * Handlers by type, as a runner holds them: what one library contributes, a domain's whole map, or none for a
 * runner that carries out `ensureCase` only. A runner looks a handler up by the type a payload names at run time,
 * so it cannot know the payload's type statically: each handler takes the payload of its own key.
 */
export type EffectHandlers = { readonly [type: string]: EffectHandler<never> | undefined };

/** An effect of a type no handler carries out: retrying cannot help, so it fails for good (see PendingEffects). */
export class EffectWithoutHandler extends Error {
  override name = 'EffectWithoutHandler';

  constructor(readonly effectType: string) {
    super(`Geen handler voor effect ${effectType}`);
  }
}

/** Declared effect types no handler carries out, named in the message; thrown when a worker starts. */
export class EffectHandlersMissing extends Error {
  override name = 'EffectHandlersMissing';

  constructor(readonly missing: readonly { workflow: string; version: number; types: readonly string[] }[]) {
    const named = missing.map((m) =>
      m.types.length
        ? `${m.workflow} v${m.version}: ${m.types.join(', ')}`
        : `${m.workflow} v${m.version}: geeft effecten zonder hun typen te declareren (emits)`,
    );
    super(`Geen handler voor de effecten van ${named.join('; ')}`);
  }
}

/**
 * What a runner with these handlers could not carry out of what the workflows declare, per workflow version (all
 * registered versions: a case pinned to an old one still emits its effects). A workflow with `effects` and no
 * `emits` is named too, with no types: what it may emit is unknown, so it cannot be checked.
 */
export function missingEffectHandlers(
  definitions: readonly AnyWorkflowDefinition[],
  handlers: EffectHandlers,
): { workflow: string; version: number; types: string[] }[] {
  const missing: { workflow: string; version: number; types: string[] }[] = [];
  for (const def of definitions) {
    if (!def.emits) {
      if (def.effects) missing.push({ workflow: def.name, version: def.version, types: [] });
      continue;
    }
    const types = [...new Set(def.emits)].filter((type) => !handles(handlers, type));
    if (types.length) missing.push({ workflow: def.name, version: def.version, types });
  }
  return missing;
}

/** Whether a runner with these handlers carries out effects of this type. */
function handles(handlers: EffectHandlers, type: string): boolean {
  return (
    (ENGINE_EFFECT_TYPES as readonly string[]).includes(type) || handlerFor(handlers, type) !== undefined
  );
}

/**
 * The handler under a payload's own type, which takes that payload: the map is keyed by type (EffectHandlerMap);
 * TypeScript cannot relate a key read at run time to the payload's type, hence the widening.
 */
function handlerFor(handlers: EffectHandlers, type: string): EffectHandler<Effect> | undefined {
  // own properties only: a type such as `constructor` or `toString` is no handler's
  if (!Object.hasOwn(handlers, type)) return undefined;
  return handlers[type] as EffectHandler<Effect> | undefined;
}

/**
 * An effect of a committed step is system work: the runner reads what earlier attempts did and sends its commands
 * on the system's handle (`system`), naming the payload's gemeente in each.
 */
export class EffectRunner {
  /**
   * A runner with these handlers, unchecked: for what carries out only some effects (`ensureCase` on behalf of a
   * domain handler, a test). The worker builds its runner with `checked`.
   */
  constructor(
    private readonly engine: Engine,
    private readonly system: SystemDb,
    private readonly steps: EffectStepsRepository,
    private readonly handlers: EffectHandlers = {},
  ) {}

  /**
   * The worker's runner: throws EffectHandlersMissing, naming what is missing, when one of the definitions
   * declares an effect type these handlers do not carry out, so a worker without it does not start.
   */
  static checked(
    engine: Engine,
    system: SystemDb,
    steps: EffectStepsRepository,
    handlers: EffectHandlers,
    definitions: readonly AnyWorkflowDefinition[],
  ): EffectRunner {
    const missing = missingEffectHandlers(definitions, handlers);
    if (missing.length) throw new EffectHandlersMissing(missing);
    return new EffectRunner(engine, system, steps, handlers);
  }

  /** The effect types this runner carries out. */
  types(): string[] {
    return [
      ...ENGINE_EFFECT_TYPES,
      ...Object.keys(this.handlers).filter((t) => handlerFor(this.handlers, t)),
    ];
  }

  async run(outboxId: string, p: EffectPayload): Promise<void> {
    if (p.effect.type !== 'ensureCase') {
      const handler = handlerFor(this.handlers, p.effect.type);
      if (!handler) throw new EffectWithoutHandler(p.effect.type);
      return handler(outboxId, p);
    }
    // effects act with the rights of the professionals whose commands cause them
    const actor: Actor = {
      id: p.actor,
      gemeente: p.gemeente,
      roles: this.engine.caseWorkers,
      ...(p.team ? { team: p.team } : {}),
    };
    // the engine's own type: an effect that names it is an EnsureCaseEffect
    const e = p.effect as EnsureCaseEffect;
    const key = (step: string) => `effect:${outboxId}:${step}`;
    // An earlier attempt that started the other case goes on with it: offering that case the events meant for an
    // existing one would repeat what its start already did.
    let otherId = await this.startedBefore(actor, key('start'));
    if (!otherId) {
      const open = await this.steps.openCase(this.system, p.gemeente, e.workflow, e.subjectId);
      if (open) {
        otherId = open;
        await this.offer(actor, otherId, e.existing, key);
      } else {
        otherId = await this.startOrJoin(actor, e, key);
      }
    }
    const linkTo = otherId;
    await this.accepted(() =>
      this.engine.dispatch(this.system, {
        actor,
        caseId: p.caseId,
        event: { type: e.linkBack.type, [e.linkBack.field]: linkTo },
        idempotencyKey: key('link'),
      }),
    );
  }

  /**
   * Starts the other case; a policy that allows one open case per household may refuse because another member of
   * the household has one (CaseAlreadyOpen naming it): that case is the household's, and is offered the events
   * meant for an existing one instead.
   */
  private async startOrJoin(
    actor: Actor,
    e: EnsureCaseEffect,
    key: (step: string) => string,
  ): Promise<string> {
    try {
      const started = await this.engine.start(this.system, {
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
    return this.steps.startedCase(this.system, scope.caseId, scope.key);
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
    if (await this.steps.anyKeyUsed(this.system, caseId, keys)) return;
    for (const [i, event] of events.entries()) {
      const command = { actor, caseId, event, idempotencyKey: keys[i] };
      if (await this.accepted(() => this.engine.dispatch(this.system, command))) return;
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
