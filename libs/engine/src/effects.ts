/**
 * Carries out the effects workflows ask for (see `Effect` in workflows/workflow.ts), after the transition that
 * asked committed. Delivery is at least once, so every step is idempotent: each command carries an idempotency
 * key derived from the outbox row. A refusal by the other case (its machine says no) is part of the outcome, not
 * an error to retry.
 */
import { CASE_WORKERS } from '@regie/workflows/fields';
import type { DataSource } from 'typeorm';
import type { Actor, EffectPayload, Engine } from './engine';
import { EngineError } from './errors';
import { VoorzieningRecorder } from './voorzieningen';

export { Transitie18Inschrijving, laatsteGeboortedatum, type ScanResult } from './voorzieningen';
export { WorklistDigest, worklistFor, type WorklistItem } from './worklist';

/** Effects act with the rights of the professional whose command caused them. */
const EFFECT_ROLES = CASE_WORKERS;

export class EffectRunner {
  constructor(
    private readonly engine: Engine,
    private readonly db: DataSource,
  ) {}

  async run(outboxId: string, p: EffectPayload): Promise<void> {
    const actor: Actor = {
      id: p.actor,
      gemeente: p.gemeente,
      roles: EFFECT_ROLES,
      ...(p.team ? { team: p.team } : {}),
    };
    if (p.effect.type === 'recordVoorziening')
      return new VoorzieningRecorder(this.engine, this.db).run(p, p.effect);
    const e = p.effect;
    const key = (step: string) => `effect:${outboxId}:${step}`;
    const open: { id: string }[] = await this.db.query(
      `SELECT id FROM cases WHERE gemeente = $1 AND workflow = $2 AND subject_id = $3
         AND snapshot->>'status' = 'active' ORDER BY created_at LIMIT 1`,
      [p.gemeente, e.workflow, e.subjectId],
    );
    let otherId: string;
    if (open.length) {
      otherId = open[0].id;
      for (const [i, event] of e.existing.entries()) {
        if (
          await this.accepted(() =>
            this.engine.dispatch({ actor, caseId: otherId, event, idempotencyKey: key(`existing-${i}`) }),
          )
        )
          break;
      }
    } else {
      const started = await this.engine.start({
        actor,
        workflow: e.workflow,
        subjectId: e.subjectId,
        input: e.start,
        idempotencyKey: key('start'),
      });
      otherId = started.id;
    }
    await this.accepted(() =>
      this.engine.dispatch({
        actor,
        caseId: p.caseId,
        event: { type: e.linkBack.type, [e.linkBack.field]: otherId },
        idempotencyKey: key('link'),
      }),
    );
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
