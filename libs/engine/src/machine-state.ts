/**
 * The bridge between a persisted snapshot (JSON in Postgres) and XState's pure functions. No actor is ever
 * started: a case is a row, an event is one `transition` call.
 */
import type { AnyWorkflowDefinition } from '@regie/workflows/workflow';
import {
  type AnyMachineSnapshot,
  type EventObject,
  type StateValue,
  initialTransition,
  transition,
} from 'xstate';

export interface PersistedSnapshot {
  value: StateValue;
  context: Record<string, unknown>;
  status: 'active' | 'done' | 'error' | 'stopped';
  output?: unknown;
}

export function initialSnapshot(
  def: AnyWorkflowDefinition,
  input: Record<string, unknown>,
): AnyMachineSnapshot {
  const [snapshot] = initialTransition(def.machine, input);
  return snapshot as AnyMachineSnapshot;
}

export function restore(def: AnyWorkflowDefinition, persisted: PersistedSnapshot): AnyMachineSnapshot {
  return def.machine.resolveState({
    value: persisted.value,
    context: persisted.context,
    status: persisted.status,
    output: persisted.output,
  }) as AnyMachineSnapshot;
}

export function persist(snapshot: AnyMachineSnapshot): PersistedSnapshot {
  const { value, context, status, output } = snapshot;
  return { value, context, status, ...(output === undefined ? {} : { output }) };
}

/** Applies an event; null when the machine does not accept it in this snapshot (guards included). */
export function apply(
  def: AnyWorkflowDefinition,
  snapshot: AnyMachineSnapshot,
  event: EventObject,
): AnyMachineSnapshot | null {
  if (snapshot.status !== 'active' || !snapshot.can(event)) return null;
  const [next] = transition(def.machine, snapshot, event);
  return next as AnyMachineSnapshot;
}

/** `onderzoek`, or `besluit.afgewezen` for nested states, or comma-joined regions for parallel ones. */
export function stateName(value: StateValue): string {
  if (typeof value === 'string') return value;
  return Object.entries(value)
    .map(([key, sub]) =>
      sub && (typeof sub === 'string' || Object.keys(sub).length)
        ? `${key}.${stateName(sub as StateValue)}`
        : key,
    )
    .join(',');
}

/**
 * Event types a client may send now: those the active state nodes have a transition for whose guards pass, or
 * which the workflow does not rule out when they carry no data (their guards may look at the data).
 */
export function eventsInState(def: AnyWorkflowDefinition, snapshot: AnyMachineSnapshot): string[] {
  if (snapshot.status !== 'active') return [];
  const types = new Set<string>();
  for (const node of snapshot._nodes) for (const type of node.ownEvents) types.add(type);
  return Object.keys(def.events).filter((type) => types.has(type) && possible(def, snapshot, type));
}

function possible(def: AnyWorkflowDefinition, snapshot: AnyMachineSnapshot, type: string): boolean {
  const probe = { type, at: new Date(0).toISOString(), actor: 'probe' };
  try {
    if (snapshot.can(probe)) return true;
  } catch {
    // a guard that reads the event's data cannot judge an empty probe
  }
  return !def.explainRejection?.(snapshot, probe);
}
