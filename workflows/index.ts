/**
 * Every workflow version the engine can run. Keep an old version here as long as a case is pinned to it; a new
 * version ships with a migration of the persisted snapshots.
 */
import { intake } from './intake';
import type { AnyWorkflowDefinition } from './workflow';

export const workflows: AnyWorkflowDefinition[] = [intake];

export type * from './workflow';
