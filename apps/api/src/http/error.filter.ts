/**
 * Every error leaves as `{ error: { code, message, details? } }` with an honest status. Postgres out of reach is
 * a 503 with Retry-After (the client should wait and retry, nothing is wrong with its request). Anything
 * unexpected is a 500 with a generic message; the log gets the stack, never the request body (it may hold
 * personal data).
 */
import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
} from '@nestjs/common';
import {
  ConsentRequired,
  EngineError,
  EventRejected,
  Forbidden,
  IdempotencyKeyReused,
  InvalidData,
  NotFound,
  VersionConflict,
} from '@regie/engine';
import { isDatabaseUnavailable } from '@regie/persistence';
import type { Response } from 'express';

/** seconds a client waits before retrying while Postgres is out of reach (a restart takes a few) */
const RETRY_AFTER_SECONDS = 5;

const STATUS_OF: [new (...args: never[]) => EngineError, number][] = [
  [InvalidData, HttpStatus.BAD_REQUEST],
  [NotFound, HttpStatus.NOT_FOUND],
  [Forbidden, HttpStatus.FORBIDDEN],
  [VersionConflict, HttpStatus.CONFLICT],
  [IdempotencyKeyReused, HttpStatus.CONFLICT],
  [EventRejected, HttpStatus.UNPROCESSABLE_ENTITY],
  [ConsentRequired, HttpStatus.UNPROCESSABLE_ENTITY],
];

export interface ErrorBody {
  error: { code: string; message: string; details?: unknown };
}

@Catch()
export class ErrorFilter implements ExceptionFilter {
  private readonly log = new Logger('Http');

  catch(exception: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    const [status, body] = this.describe(exception);
    if (status === HttpStatus.SERVICE_UNAVAILABLE)
      this.log.warn(`database niet bereikbaar: ${(exception as Error)?.message}`);
    else if (status >= 500) this.log.error(exception instanceof Error ? exception.stack : String(exception));
    if (res.headersSent) return void res.end(); // a stream that broke after it started can only be ended
    if (status === HttpStatus.SERVICE_UNAVAILABLE) res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
    // a handler may have set another content type (the diagram is text/plain); an error is always JSON
    res.status(status).type('application/json').send(JSON.stringify(body));
  }

  private describe(exception: unknown): [number, ErrorBody] {
    if (exception instanceof EngineError) {
      const status =
        STATUS_OF.find(([type]) => exception instanceof type)?.[1] ?? HttpStatus.UNPROCESSABLE_ENTITY;
      const details =
        exception instanceof EventRejected ? { allowedEvents: exception.allowedEvents } : exception.details;
      return [
        status,
        { error: { code: exception.code, message: exception.message, ...(details ? { details } : {}) } },
      ];
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const response = exception.getResponse();
      const message =
        typeof response === 'string'
          ? response
          : String((response as { message?: unknown }).message ?? exception.message);
      return [status, { error: { code: codeOf(status), message } }];
    }
    // body-parser signals malformed JSON and oversized bodies with a status on the error
    const e = exception as { status?: number; type?: string; message?: string };
    if (typeof e?.status === 'number' && e.status >= 400 && e.status < 500) {
      const message =
        e.type === 'entity.parse.failed' ? 'De body is geen geldige JSON' : (e.message ?? 'Ongeldig verzoek');
      return [e.status, { error: { code: codeOf(e.status), message } }];
    }
    if (isDatabaseUnavailable(exception)) {
      return [
        HttpStatus.SERVICE_UNAVAILABLE,
        {
          error: {
            code: 'unavailable',
            message: `De database is even niet bereikbaar; probeer het over ${RETRY_AFTER_SECONDS} seconden opnieuw`,
          },
        },
      ];
    }
    return [
      500,
      { error: { code: 'internal', message: 'Er ging iets mis aan onze kant; probeer het later opnieuw' } },
    ];
  }
}

function codeOf(status: number): string {
  const codes: Record<number, string> = {
    400: 'bad_request',
    401: 'unauthorized',
    403: 'forbidden',
    404: 'not_found',
    409: 'conflict',
    413: 'payload_too_large',
    415: 'unsupported_media_type',
    422: 'unprocessable',
    429: 'too_many_requests',
    503: 'unavailable',
  };
  return codes[status] ?? 'error';
}
