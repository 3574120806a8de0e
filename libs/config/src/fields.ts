/**
 * The kinds of value an environment variable can hold, each with the Dutch reason an operator reads when the
 * value is wrong. Every parser is strict: `Number()` would turn "", "1e3", "0x10" or " 5" into a number, and a
 * typo would reach a timer or a pool unnoticed.
 */
import { CronExpressionParser } from 'cron-parser';
import { z } from 'zod';

/** Node turns a timer delay above 2^31-1 ms into 1 ms: a day keeps every timer well below that. */
export const MAX_TIMER_MS = 86_400_000;

/** "a", "a of b", "a, b of c": how a Dutch sentence lists the values allowed. */
function oneOf(values: readonly string[]): string {
  const quoted = values.map((v) => `"${v}"`);
  return quoted.length < 2 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} of ${quoted.at(-1)}`;
}

function integerReason(min: number, max: number): string {
  return max === Number.MAX_SAFE_INTEGER
    ? `moet een geheel getal van minstens ${min} zijn`
    : `moet een geheel getal van ${min} tot en met ${max} zijn`;
}

/** A whole number within [min, max]; one reason for both a non-number and a number out of range. */
export function integer(min: number, max = Number.MAX_SAFE_INTEGER) {
  const reason = integerReason(min, max);
  return z.string().transform((raw, ctx) => {
    const n = /^-?\d+$/.test(raw) ? Number(raw) : Number.NaN;
    if (n >= min && n <= max) return n;
    ctx.addIssue({ code: 'custom', message: reason });
    return z.NEVER;
  });
}

export function oneOfValues<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: `moet ${oneOf(values)} zijn` });
}

/** A URL of one of the given protocols (with colon, as `URL.protocol` has it); kept as the text given. */
export function url(protocols: readonly string[], check?: (u: URL) => string | undefined) {
  const reason = `moet een URL zijn die begint met ${oneOf(protocols.map((p) => `${p}//`))}`;
  return z.string().superRefine((raw, ctx) => {
    let parsed: URL;
    try {
      parsed = new URL(raw);
    } catch {
      ctx.addIssue({ code: 'custom', message: reason });
      return;
    }
    if (!protocols.includes(parsed.protocol)) ctx.addIssue({ code: 'custom', message: reason });
    else {
      const problem = check?.(parsed);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }
  });
}

/** A non-empty text without spaces: a host name, a prefix, a claim name. */
export function word() {
  return z.string().regex(/^\S+$/, 'mag geen spaties bevatten');
}

/**
 * A cron pattern of five fields (or six, with seconds) that cron-parser reads; it accepts fewer fields too and
 * fills them in, so a forgotten field would silently change the rhythm.
 */
export function cronPattern() {
  const reason = 'moet een cron-patroon van vijf velden zijn, bijvoorbeeld "0 5 * * *"';
  return z.string().refine((raw) => {
    if (![5, 6].includes(raw.trim().split(/\s+/).length)) return false;
    try {
      CronExpressionParser.parse(raw);
      return true;
    } catch {
      return false;
    }
  }, reason);
}

/** A secret in base64 (either alphabet) of at least `minBytes` bytes; Buffer would silently skip a typo. */
export function base64Secret(minBytes: number) {
  return z
    .string()
    .refine(
      (raw) => /^[A-Za-z0-9+/_-]+={0,2}$/.test(raw) && Buffer.from(raw, 'base64').length >= minBytes,
      `moet base64 zijn en minstens ${minBytes} bytes bevatten`,
    );
}
