/** @regie/engine: the durable runtime, as the API, the worker, the scheduling library, tests and bench use it. */
export { type OutboxSignal } from './case-store';
export { Clock } from './clock';
export {
  type Actor,
  type EffectPayload,
  Engine,
  type EngineOptions,
  type EngineRepositories,
  type StartCommand,
  type StartOutcome,
  startKeyScope,
  TERM_EVENT_TITLES,
} from './engine';
export {
  type CommandPolicy,
  CommandPolicies,
  type EventClaim,
  type EventContext,
  type ExclusiveStartRule,
  type StartContext,
  type StartVerdict,
} from './policies';
export { TERM_EVENTS } from './term-events';
export type { FireResult } from './firing';
export {
  CaseAlreadyOpen,
  CaseHidden,
  ClockConflict,
  ConsentRequired,
  EngineError,
  EventRejected,
  Forbidden,
  IdempotencyKeyReused,
  InvalidData,
  NotFound,
  VersionConflict,
} from './errors';
export { restore } from './machine-state';
export type { CommandAudit } from './step';
export { WorkflowRegistry } from './registry';
export {
  type CaseDeadlineView,
  type CaseRow,
  type CaseScope,
  type CaseView,
  type DeadlineRow,
  caseDeadlines,
  deadlineView,
  toView,
  zodDetails,
} from './view';
export { graph, mermaid, type GraphState, type GraphTransition } from './diagram';
export {
  ENGINE_EFFECT_TYPES,
  type EffectHandler,
  type EffectHandlerMap,
  type EffectHandlers,
  EffectHandlersMissing,
  type EffectPayloadOf,
  EffectRunner,
  type HandledEffectType,
  EffectWithoutHandler,
  missingEffectHandlers,
} from './effects';
