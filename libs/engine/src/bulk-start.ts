/**
 * Many case starts as one command (`Engine.startMany`), for an import of running work: each case's start step is
 * the one `Engine.start` computes (start-step.ts), with the same checks (input, Idempotency-Key, subject, date of
 * receipt, consent), and the batch is written in one statement (CaseRepository.writeSteps, which writes a single
 * start too): the same case, history, deadline, outbox and answer rows as one start each would write. Timers are
 * armed as a single start arms them: outbox rows written with the cases, one wake-up of the relay for the batch.
 * Terms that had already passed are then fired as Engine.start fires them, each case's in time order, a round of
 * cases at a time with `fireMany`. What one start refuses is refused for that command only; the rest of the batch is written.
 */
import type { Kalender } from '@regie/calendar';
import type { CaseRepository, CaseStep, Db } from '@regie/persistence';
import type { AnyWorkflowDefinition } from '@regie/workflows/workflow';
import { LostRace, type OutboxSignal } from './case-store';
import type { Clock } from './clock';
import { EngineError } from './errors';
import type { DeadlineFiring } from './firing';
import type { CommandPolicies } from './policies';
import type { WorkflowRegistry } from './registry';
import {
  type Passed,
  checkStart,
  keyReused,
  newCase,
  parseStartInput,
  passedRounds,
  rememberedFor,
  requestHash,
  startKeyScope,
  startStep,
  unknownSubject,
} from './start-step';
import type { CaseView } from './view';

/** One start of a batch; the Idempotency-Key is required: a batch is re-run after an interruption. */
export interface StartCommand {
  actor: { id: string; gemeente: string; roles: readonly string[]; team?: string };
  workflow: string;
  subjectId: string;
  input: unknown;
  idempotencyKey: string;
}

/** How one start of a batch ended: the case as started (its answer), or why it was refused. */
export type StartOutcome = { view: CaseView } | { error: EngineError };

export interface BulkStartDeps {
  registry: WorkflowRegistry;
  policies: CommandPolicies;
  clock: Clock;
  kalender: Kalender;
  cases: CaseRepository;
  firing: DeadlineFiring;
  outbox: OutboxSignal;
  /** the input with the gemeente's rules for the workflow, as Engine.start adds them; `current` reads them */
  withConfig: (
    def: AnyWorkflowDefinition,
    gemeente: string,
    input: unknown,
    current: (gemeente: string, workflow: string) => Promise<unknown>,
  ) => Promise<unknown>;
  currentConfig: (gemeente: string, workflow: string) => Promise<unknown>;
  onCommand: (observed: { workflow: string; outcome: string; seconds: number }) => void;
  /** a single start, for a command whose key comes twice in the batch */
  start: (cmd: StartCommand) => Promise<CaseView>;
}

/** A command checked and computed, waiting for the batch write. */
interface Planned {
  index: number;
  step: CaseStep;
  view: CaseView;
  passed: Passed;
  scope: { caseId: string; key: string };
  hash: string;
}

/** Starts the batch on `db`, the handle of whoever runs the import (a request's tenant, or the system's). */
export async function startMany(db: Db, deps: BulkStartDeps, cmds: StartCommand[]): Promise<StartOutcome[]> {
  const started = performance.now();
  const outcomes: StartOutcome[] = new Array(cmds.length);
  const workflowOf: string[] = cmds.map(() => 'onbekend');
  const refuse = (index: number, err: unknown) => {
    if (!(err instanceof EngineError)) throw err;
    outcomes[index] = { error: err };
  };

  // the gemeente's rules, once per gemeente and workflow for the whole batch
  const configs = new Map<string, Promise<unknown>>();
  const current = (gemeente: string, workflow: string) => {
    const k = `${gemeente}\u0000${workflow}`;
    if (!configs.has(k)) configs.set(k, deps.currentConfig(gemeente, workflow));
    return configs.get(k)!;
  };

  // 1. each command on its own: its workflow and input
  const checked: { index: number; def: AnyWorkflowDefinition; input: Record<string, unknown> }[] = [];
  for (const [index, cmd] of cmds.entries()) {
    try {
      const def = deps.registry.latest(cmd.workflow);
      workflowOf[index] = def.name;
      const input = parseStartInput(
        def,
        await deps.withConfig(def, cmd.actor.gemeente, cmd.input ?? {}, current),
      );
      checked.push({ index, def, input });
    } catch (err) {
      refuse(index, err);
    }
  }

  // 2. what the database knows of them, a few reads for the batch: answers remembered, subjects
  const scopes = cmds.map((c) => startKeyScope(c.actor.gemeente, c.actor.id, c.idempotencyKey));
  const priors = new Map<string, Map<string, { request_hash: string; response: CaseView }>>();
  for (const scope of new Set(scopes.map((s) => s.caseId))) {
    const keys = scopes.filter((s) => s.caseId === scope).map((s) => s.key);
    priors.set(scope, await deps.cases.rememberedAnswers<CaseView>(db, scope, keys));
  }
  const subjects = new Map<string, Map<string, { birthDate: string | null }>>();
  for (const gemeente of new Set(checked.map((c) => cmds[c.index].actor.gemeente))) {
    const ids = checked
      .filter((c) => cmds[c.index].actor.gemeente === gemeente)
      .map((c) => cmds[c.index].subjectId);
    subjects.set(gemeente, await deps.cases.subjects(db, [...new Set(ids)], gemeente));
  }

  // 3. each start step, computed purely at one moment for the batch
  const now = await deps.clock.now();
  const planned: Planned[] = [];
  const later: number[] = [];
  const seen = new Set<string>();
  for (const { index, def, input } of checked) {
    const cmd = cmds[index];
    const gemeente = cmd.actor.gemeente;
    const scope = scopes[index];
    const hash = requestHash({ workflow: cmd.workflow, subjectId: cmd.subjectId, input });
    try {
      const prior = priors.get(scope.caseId)!.get(scope.key);
      if (prior) {
        outcomes[index] = { view: rememberedFor(prior, hash) };
        continue;
      }
      // the same key twice: after the batch, it finds the first one's answer; an exclusive start (a policy's: one
      // running case per household) is checked against the cases running then, by the single start
      if (seen.has(scope.key) || deps.policies.exclusiveStart(def)) {
        later.push(index);
        continue;
      }
      seen.add(scope.key);
      const subject = subjects.get(gemeente)!.get(cmd.subjectId);
      if (!subject) throw unknownSubject(cmd.subjectId);
      const start = newCase(cmd, def, input, now, { ...scope, hash });
      await checkStart(db, deps.policies, start, subject.birthDate);
      const { step, view, passed } = startStep(deps.kalender, start);
      planned.push({ index, step, view, passed, scope, hash });
    } catch (err) {
      refuse(index, err);
    }
  }

  // 4. one statement for the batch; the relay woken once for its timers
  const { written } = await deps.cases.writeSteps(
    db,
    planned.map((p) => p.step),
  );
  if (planned.some((p) => p.step.outbox.length && written.has(p.step.case.id))) deps.outbox.kick();
  for (const p of planned) {
    if (written.has(p.step.case.id)) {
      outcomes[p.index] = { view: p.view };
      continue;
    }
    // a concurrent start won the key: the same request is answered as it was, another one refused
    const prior = await deps.cases.rememberedAnswer<CaseView>(db, p.scope.caseId, p.scope.key);
    try {
      if (!prior) throw keyReused();
      outcomes[p.index] = { view: rememberedFor(prior, p.hash) };
    } catch (err) {
      refuse(p.index, err);
    }
  }

  // 5. the terms already passed, as Engine.start records them; what this leaves unfired the sweep fires
  await firePassed(
    db,
    deps.firing,
    planned.filter((p) => written.has(p.step.case.id)).map((p) => p.passed),
  );
  for (const index of later) {
    try {
      outcomes[index] = { view: await deps.start(cmds[index]) };
    } catch (err) {
      refuse(index, err);
    }
  }

  // metrics see each command with its share of the batch's time
  const seconds = (performance.now() - started) / 1000 / Math.max(1, cmds.length);
  // a command passed on to a single start was observed there
  const single = new Set(later);
  outcomes.forEach((o, i) => {
    if (!single.has(i))
      deps.onCommand({ workflow: workflowOf[i], outcome: 'error' in o ? o.error.code : 'ok', seconds });
  });
  return outcomes;
}

async function firePassed(db: Db, firing: DeadlineFiring, passed: Passed[]): Promise<void> {
  try {
    for (const round of passedRounds(passed)) await firing.fireMany(db, round);
  } catch (err) {
    if (!(err instanceof EngineError) && !(err instanceof LostRace)) throw err;
  }
}
