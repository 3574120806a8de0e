/**
 * What can go wrong with a command, as data. The API maps each to an honest status; the worker logs it.
 * Messages are Dutch where a professional reads them.
 */
export abstract class EngineError extends Error {
  abstract readonly code: string;
  constructor(
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

/** 400: the data does not fit the event's or the input's schema. */
export class InvalidData extends EngineError {
  readonly code = 'invalid_data';
}

/** 404: no such case, subject or workflow (in this gemeente). */
export class NotFound extends EngineError {
  readonly code = 'not_found';
}

/** 403: the caller's role may not do this. */
export class Forbidden extends EngineError {
  readonly code = 'forbidden';
}

/**
 * 403: the case is of the caller's gemeente, but the command's access check (`access` of Engine.dispatch) found no
 * reason why they may see it. Nothing was written.
 */
export class CaseHidden extends Forbidden {}

/** 409: the case changed since the client read it. */
export class VersionConflict extends EngineError {
  readonly code = 'version_conflict';
}

/** 409: the Idempotency-Key was used before for a different command. */
export class IdempotencyKeyReused extends EngineError {
  readonly code = 'idempotency_key_reused';
}

/** 422: the event is not allowed in the case's current state. */
export class EventRejected extends EngineError {
  readonly code = 'event_not_allowed';
  constructor(
    message: string,
    readonly allowedEvents: string[],
  ) {
    super(message, { allowedEvents });
  }
}

/** 409: the subject already has an open case of a workflow that allows one at a time (details: its `caseId`). */
export class CaseAlreadyOpen extends EngineError {
  readonly code = 'case_already_open';
}

/** 422: the inwoner's toestemming is not recorded. */
export class ConsentRequired extends EngineError {
  readonly code = 'consent_required';
}

/** 409: the manual clock cannot be set back to a moment after which something already happened. */
export class ClockConflict extends EngineError {
  readonly code = 'clock_conflict';
}
