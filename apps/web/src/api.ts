/**
 * The API client and the session. Every call goes through `@regie/api-client` (openapi-fetch over the types
 * generated from the OpenAPI document), so no API type is written here twice.
 */
import { createRegieClient, type components, type RegieClient } from '@regie/api-client';

export type Schemas = components['schemas'];
export type Role = Schemas['DevTokenRequest']['roles'][number];
export type Problem = Schemas['Problem'];

export interface Session {
  user: string;
  roles: Role[];
  gemeente: string;
  team?: string;
  /** the mandate level the token carries (a decider on doorbraak plans), e.g. `teamleider` */
  mandaat?: string;
  token: string;
}

const KEY = 'regie.sessie';
const listeners = new Set<() => void>();

export function getSession(): Session | null {
  try {
    const raw = sessionStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as Session) : null;
  } catch {
    return null;
  }
}

export function setSession(session: Session | null): void {
  if (session) sessionStorage.setItem(KEY, JSON.stringify(session));
  else sessionStorage.removeItem(KEY);
  client = undefined;
  for (const l of listeners) l();
}

export function onSessionChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** A refused or failed call: `detail` is the Dutch message; `invalidParams` name the fields that failed. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Partial<Problem>;
  constructor(status: number, problem: Partial<Problem> | undefined) {
    super(problem?.detail || problem?.title || `De server antwoordde met status ${status}.`);
    this.status = status;
    this.problem = problem ?? {};
  }
  get invalidParams(): Schemas['InvalidParam'][] {
    return Array.isArray(this.problem.invalidParams) ? this.problem.invalidParams : [];
  }
}

let client: RegieClient | undefined;

/** The typed client with the session's token; a 401 ends the session (back to the login screen). */
export function api(): RegieClient {
  if (client) return client;
  const session = getSession();
  const c = createRegieClient('/api/v1', session?.token);
  c.use({
    onResponse({ response }) {
      if (response.status === 401 && getSession()) setSession(null);
      return undefined;
    },
  });
  client = c;
  return c;
}

/**
 * Unwraps an openapi-fetch result: the data, or an ApiError carrying the problem+json. Network failures
 * become a Dutch message too.
 */
export async function call<T>(
  request: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> {
  let result: { data?: T; error?: unknown; response: Response };
  try {
    result = await request;
  } catch {
    throw new ApiError(0, { detail: 'De server is niet bereikbaar. Probeer het zo opnieuw.' });
  }
  if (!result.response.ok || result.error !== undefined)
    throw new ApiError(
      result.response.status,
      result.error && typeof result.error === 'object' ? (result.error as Partial<Problem>) : undefined,
    );
  return result.data as T;
}

/** A Dutch message for any error (never a stack trace or an English parser message). */
export function errorMessage(e: unknown): string {
  if (e instanceof ApiError) return e.message;
  return 'Er ging iets mis. Probeer het opnieuw.';
}
