/**
 * Every error leaves as `application/problem+json` (RFC 9457; the shape is `Problem` in problem.ts) with an honest
 * status: EngineErrors, Nest's HttpExceptions (guards, the rate limit, an unknown route), what body-parser refuses
 * (malformed JSON, a body too large, an unknown charset) and anything unexpected. Postgres out of reach is a 503
 * with Retry-After (the client should wait and retry, nothing is wrong with its request). Anything unexpected is a
 * 500 with a generic message; the log gets the stack, never the request body (it may hold personal data).
 * `instance` is the request's path without its query string (a query may hold a BSN).
 */
import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  HttpException,
  HttpStatus,
  Injectable,
  Logger,
  NotFoundException,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import {
  CaseAlreadyOpen,
  ClockConflict,
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
import type { NextFunction, Request, Response } from 'express';
import { type Problem, PROBLEM_CONTENT_TYPE, problemType } from './problem';

/** seconds a client waits before retrying while Postgres is out of reach (a restart takes a few) */
const RETRY_AFTER_SECONDS = 5;

const STATUS_OF: [new (...args: never[]) => EngineError, number][] = [
  [InvalidData, HttpStatus.BAD_REQUEST],
  [NotFound, HttpStatus.NOT_FOUND],
  [Forbidden, HttpStatus.FORBIDDEN],
  [VersionConflict, HttpStatus.CONFLICT],
  [IdempotencyKeyReused, HttpStatus.CONFLICT],
  [ClockConflict, HttpStatus.CONFLICT],
  [CaseAlreadyOpen, HttpStatus.CONFLICT],
  [EventRejected, HttpStatus.UNPROCESSABLE_ENTITY],
  [ConsentRequired, HttpStatus.UNPROCESSABLE_ENTITY],
];

/** The code of a problem that only its status describes (its `type` is then `about:blank`), and its title. */
const GENERIC: Record<number, { code: string; title: string; detail: string }> = {
  400: { code: 'bad_request', title: 'Ongeldig verzoek', detail: 'Het verzoek is ongeldig' },
  401: {
    code: 'unauthorized',
    title: 'Niet ingelogd',
    detail: 'Log in: stuur Authorization: Bearer <token>',
  },
  403: { code: 'forbidden', title: 'Geen toegang', detail: 'U mag dit niet doen' },
  404: { code: 'not_found', title: 'Niet gevonden', detail: 'Niet gevonden' },
  405: { code: 'method_not_allowed', title: 'Methode niet toegestaan', detail: 'Deze methode kan hier niet' },
  406: { code: 'not_acceptable', title: 'Niet aanvaardbaar', detail: 'Dit formaat kan niet worden geleverd' },
  409: { code: 'conflict', title: 'Conflict', detail: 'Het verzoek botst met de huidige stand' },
  413: { code: 'payload_too_large', title: 'Verzoek te groot', detail: 'De body is te groot' },
  415: {
    code: 'unsupported_media_type',
    title: 'Mediatype niet ondersteund',
    detail: 'Het formaat van de body wordt niet ondersteund; stuur JSON in UTF-8',
  },
  422: { code: 'unprocessable', title: 'Niet verwerkbaar', detail: 'Het verzoek kan niet worden verwerkt' },
  429: {
    code: 'too_many_requests',
    title: 'Te veel verzoeken',
    detail: 'Te veel verzoeken; probeer het over een minuut opnieuw',
  },
  500: {
    code: 'internal',
    title: 'Interne fout',
    detail: 'Er ging iets mis aan onze kant; probeer het later opnieuw',
  },
  503: {
    code: 'unavailable',
    title: 'Dienst niet beschikbaar',
    detail: `De database is even niet bereikbaar; probeer het over ${RETRY_AFTER_SECONDS} seconden opnieuw`,
  },
};

/** Nest's and the rate limiter's own English messages: the status's Dutch detail replaces them. */
const ENGLISH = new Set([
  'Bad Request',
  'Unauthorized',
  'Forbidden',
  'Forbidden resource',
  'Not Found',
  'Method Not Allowed',
  'Not Acceptable',
  'Conflict',
  'Payload Too Large',
  'Unsupported Media Type',
  'Unprocessable Entity',
  'Too Many Requests',
  'ThrottlerException: Too Many Requests',
  'Internal Server Error',
  'Internal server error',
  'Service Unavailable',
]);

/** members of a problem an EngineError's details may not overwrite */
const RESERVED = new Set(['type', 'title', 'status', 'detail', 'instance', 'code', 'invalidParams']);

/** Builds the problem; `type` and `title` follow from the status and the code. */
export function problemOf(
  status: number,
  code: string,
  detail: string,
  extensions: Record<string, unknown> = {},
): Problem {
  const generic = GENERIC[status];
  return {
    type: problemType(code === generic?.code ? null : code),
    title: generic?.title ?? (status >= 500 ? 'Serverfout' : 'Fout in het verzoek'),
    status,
    detail,
    code,
    ...extensions,
  };
}

@Catch()
export class ErrorFilter implements ExceptionFilter {
  private readonly log = new Logger('Http');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    this.send(http.getRequest<Request | undefined>(), http.getResponse<Response>(), exception);
  }

  /** Answers `exception` as a problem (also used for requests no route and no static file answered). */
  send(req: Request | undefined, res: Response, exception: unknown): void {
    const problem = this.describe(exception);
    const { status } = problem;
    if (status === HttpStatus.SERVICE_UNAVAILABLE)
      this.log.warn(`database niet bereikbaar: ${(exception as Error)?.message}`);
    else if (status >= 500) this.log.error(exception instanceof Error ? exception.stack : String(exception));
    if (res.headersSent) return void res.end(); // a stream that broke after it started can only be ended
    if (status === HttpStatus.SERVICE_UNAVAILABLE) res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
    const { type, title, status: _status, detail, ...rest } = problem;
    const instance = pathOf(req);
    const body: Problem = {
      type,
      title,
      status,
      detail,
      ...(instance === undefined ? {} : { instance }),
      ...rest,
    };
    // a handler may have set another content type (the diagram is text/plain); an error is always a problem
    res.status(status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(body));
  }

  private describe(exception: unknown): Problem {
    if (exception instanceof EngineError) {
      const status =
        STATUS_OF.find(([type]) => exception instanceof type)?.[1] ?? HttpStatus.UNPROCESSABLE_ENTITY;
      return problemOf(status, exception.code, exception.message, extensionsOf(exception));
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      // body-parser's errors reach the filter as HttpExceptions (Nest maps them), the original as the cause
      const parser = bodyParserDetail(exception.cause);
      if (parser) return problemOf(status, codeOf(status), parser);
      const response = exception.getResponse();
      const raw =
        typeof response === 'string'
          ? response
          : ((response as { message?: unknown }).message ?? exception.message);
      const message = Array.isArray(raw) ? raw.join('; ') : String(raw);
      return problemOf(status, codeOf(status), dutch(exception, status, message));
    }
    // body-parser signals malformed JSON and oversized bodies with a status on the error
    const e = exception as { status?: number };
    if (typeof e?.status === 'number' && e.status >= 400 && e.status < 500) {
      return problemOf(e.status, codeOf(e.status), bodyParserDetail(exception) ?? detailOf(e.status));
    }
    if (isDatabaseUnavailable(exception)) {
      return problemOf(
        HttpStatus.SERVICE_UNAVAILABLE,
        'unavailable',
        detailOf(HttpStatus.SERVICE_UNAVAILABLE),
      );
    }
    return problemOf(
      HttpStatus.INTERNAL_SERVER_ERROR,
      'internal',
      detailOf(HttpStatus.INTERNAL_SERVER_ERROR),
    );
  }
}

/**
 * A request that no route, no static file and no document answered: a 404 problem too, registered behind every
 * route once they are all in place (Nest's own 404 only covers the paths under the global prefix).
 */
@Injectable()
export class UnknownRoute implements OnApplicationBootstrap {
  constructor(private readonly adapter: HttpAdapterHost) {}

  onApplicationBootstrap(): void {
    const filter = new ErrorFilter();
    this.adapter.httpAdapter?.use((req: Request, res: Response, next: NextFunction) => {
      if (res.headersSent) return next();
      filter.send(req, res, new NotFoundException(`Cannot ${req.method} ${req.originalUrl}`));
    });
  }
}

/** Validation details (`[{ field, message }]`) become `invalidParams`; other details are extension members. */
function extensionsOf(exception: EngineError): Record<string, unknown> {
  const details: unknown = exception.details;
  if (Array.isArray(details)) {
    return {
      invalidParams: details.map((d: { field?: unknown; message?: unknown }) => ({
        name: typeof d?.field === 'string' ? d.field : '(body)',
        reason: typeof d?.message === 'string' ? d.message : exception.message,
      })),
    };
  }
  if (details && typeof details === 'object') {
    return Object.fromEntries(Object.entries(details).filter(([key]) => !RESERVED.has(key)));
  }
  return {};
}

/** The Dutch detail of an HttpException whose message is Nest's English default. */
function dutch(exception: HttpException, status: number, message: string): string {
  // Nest's answer to a path no route has: "Cannot GET /api/v1/x?bsn=..." (never echo the query)
  const unknown = exception instanceof NotFoundException && /^Cannot (\S+) ([^?#]*)/.exec(message);
  if (unknown) return `Geen endpoint voor ${unknown[1]} ${unknown[2]}`;
  return ENGLISH.has(message) ? detailOf(status) : message;
}

function bodyParserDetail(error: unknown): string | undefined {
  if (error instanceof URIError) return 'Het pad bevat een ongeldige %-codering';
  const e = error as { type?: unknown; limit?: unknown; charset?: unknown; encoding?: unknown } | undefined;
  switch (e?.type) {
    case 'entity.parse.failed':
      return 'De body is geen geldige JSON';
    case 'entity.too.large':
      return `De body is te groot${typeof e.limit === 'number' ? ` (hoogstens ${e.limit} bytes)` : ''}`;
    case 'charset.unsupported':
      return `Tekenset ${String(e.charset)} wordt niet ondersteund; stuur UTF-8`;
    case 'encoding.unsupported':
      return `Codering ${String(e.encoding)} van de body wordt niet ondersteund`;
    case 'request.aborted':
      return 'Het verzoek werd afgebroken voordat de body binnen was';
    case 'request.size.invalid':
      return 'De lengte van de body klopt niet met Content-Length';
    default:
      return undefined;
  }
}

function pathOf(req: Request | undefined): string | undefined {
  const url = req?.originalUrl ?? req?.url;
  return typeof url === 'string' ? url.split(/[?#]/)[0] : undefined;
}

function codeOf(status: number): string {
  return GENERIC[status]?.code ?? 'error';
}

function detailOf(status: number): string {
  return GENERIC[status]?.detail ?? (status >= 500 ? GENERIC[500].detail : GENERIC[400].detail);
}
