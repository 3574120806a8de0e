import { Kalender } from '@regie/calendar';
import type { AnyWorkflowDefinition, DeadlineDeclaration } from '@regie/workflows/workflow';
import type { AnyMachineSnapshot } from 'xstate';
import { StepDraft } from './step';
import type { CaseRow, DeadlineRow } from './view';

/**
 * The fixture of the step unit tests (step.spec.ts, term-events.spec.ts): the step is plain data computed from
 * the loaded rows, so a case row, a calendar and deadline declarations are all a StepDraft needs. No database.
 */
export const kalender = new Kalender();
export const now = new Date('2026-03-02T09:00:00Z');
export const snapshot = {} as AnyMachineSnapshot;

/** A workflow that closes a term it no longer declares as `closeAs`. */
export const def = (closeAs: 'met' | 'cancelled' = 'met') =>
  ({ closeDisappearedAs: () => closeAs }) as unknown as AnyWorkflowDefinition;

export const row: CaseRow = {
  id: 'c1',
  gemeente: 'g',
  workflow: 'proef', // any workflow: the step does not look at its name
  workflow_version: 1,
  subject_id: 's1',
  snapshot: { value: 'open', context: {}, status: 'active' },
  state_value: 'open',
  regie_role: 'behandelaar',
  regie_holder: 'behandelaar1',
  projection: {},
  team: 'noord',
  version: 4,
  created_at: now,
  updated_at: now,
};

/** A term of `weeks` weeks with the Atw, from Monday 2 March 2026 unless another anchor is given. */
export const decl = (key: string, weeks: number, anchor = '2026-03-02T08:00:00Z'): DeadlineDeclaration => ({
  key,
  name: `Termijn ${key}`,
  anchor,
  term: { amount: weeks, unit: 'weeks' },
  atw: true,
});

/** A deadline as loaded, made by a draft of its own (so due dates come from the same code). */
export function loaded(d: DeadlineDeclaration, patch: Partial<DeadlineRow> = {}): DeadlineRow {
  const draft = new StepDraft(kalender, row, []);
  draft.reconcile(def(), snapshot, [d], now);
  return { ...draft.deadlines()[0], ...patch };
}

/** The step a draft writes for event `type` in state `from`, at the row's version. */
export const stepOf = (draft: StepDraft, type = 'X', from: string | null = 'open') =>
  draft.toStep(4, { type, data: {}, actor: 'a', from, causation: null }, null);
