/**
 * Every workflow version the engine can run. Keep an old version here as long as a case is pinned to it; a new
 * version ships with a migration of the persisted snapshots.
 */
import { ave } from './ave';
import { doorbraak } from './doorbraak';
import { herindicatie } from './herindicatie';
import { intake } from './intake';
import { transitie18 } from './transitie18';
import type { AnyDomainWorkflowDefinition } from './sociaal-domein';

export const workflows: AnyDomainWorkflowDefinition[] = [intake, ave, transitie18, herindicatie, doorbraak];

export type * from './workflow';
export type * from './sociaal-domein';
