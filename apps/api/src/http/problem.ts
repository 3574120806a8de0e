/**
 * Errors as `application/problem+json` (RFC 9457), as the API Design Rules ask: `type`, `title`, `status` and a
 * Dutch `detail` for the professional, `invalidParams` naming each field that failed validation, and extension
 * members a client may act on (`code`, `allowedEvents` for a refused event, the consent asked for). One schema
 * for every endpoint: the OpenAPI document names it `Problem`, the filter (error.filter.ts) writes it.
 *
 * `type`: `about:blank` when the HTTP status says all there is to say (the code is then the status's own:
 * `bad_request`, `unauthorized`, `forbidden`, `not_found`, `too_many_requests`, `unavailable`, `internal`, ...),
 * else `urn:regie:probleem:<code>` (`urn:regie:probleem:event_not_allowed`, `...:version_conflict`,
 * `...:consent_required`, `...:invalid_data`, `...:idempotency_key_reused`). A URN, not a URL: it names the kind
 * of problem and promises no page behind it. `title` is the status's short Dutch title (RFC 9457 allows the
 * status phrase localised), the same for every problem of that status; `detail` says what went wrong this time.
 */
import { z } from 'zod';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export const invalidParam = z
  .object({
    /** the field, by its path in the body or query (`input.channel`, `cursor`), or the header's name */
    name: z.string(),
    reason: z.string(),
  })
  .meta({ id: 'InvalidParam' });

export const problem = z
  .object({
    type: z.string().describe('URI die het soort probleem aanduidt'),
    title: z.string().describe('korte samenvatting van het soort probleem'),
    status: z.number().int().describe('de HTTP-status'),
    detail: z.string().describe('wat er mis is, voor de professional'),
    instance: z.string().optional().describe('het pad van het verzoek'),
    code: z.string().describe('stabiele code van het probleem, voor clients'),
    invalidParams: z.array(invalidParam).optional(),
    allowedEvents: z.array(z.string()).optional().describe('bij een geweigerd event: wat nu wel kan'),
  })
  .catchall(z.unknown())
  .meta({ id: 'Problem' });

export type Problem = z.infer<typeof problem>;

/** The `type` of a problem: `about:blank` without a code of its own, else the code's URN. */
export function problemType(code: string | null): string {
  return code === null ? 'about:blank' : `urn:regie:probleem:${code}`;
}
