/**
 * One HTTP request to 127.0.0.1 with everything a fault test needs to judge it afterwards: when it started, when
 * its connection was established (a request cut after that was accepted and lost its answer), status, headers and
 * body, or the network error. Plain node:http so the outcome is exactly what went over the wire.
 */
import { Agent, type IncomingHttpHeaders, request } from 'node:http';

export interface Outcome {
  endpoint: string;
  method: string;
  path: string;
  start: number;
  end: number;
  /** when the request had a connected socket; null when it never connected (refused) */
  connectedAt: number | null;
  status: number | null;
  headers: IncomingHttpHeaders;
  body: string;
  /** ECONNREFUSED, ECONNRESET, EPIPE, timeout, ...; null when an answer arrived */
  error: string | null;
}

export interface SendOptions {
  endpoint: string;
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: unknown;
  timeoutMs?: number;
  /** false: a new connection for this request (no keep-alive race when a server closes idle sockets) */
  agent?: Agent | false;
  /** send the headers and half of the body, wait this long, then the rest: a request that stays in flight */
  trickleMs?: number;
  /**
   * Called when the server has the request: the request says `Expect: 100-continue`, which a Node server answers
   * with `100 Continue` once it has parsed the headers and handles it (from then on a graceful shutdown must answer
   * it; before, it may still sit in the accept queue or count as an idle connection).
   */
  onAccepted?: () => void;
}

/** Keeps connections open like a browser or a proxy would. */
export const keepAlive = new Agent({ keepAlive: true, maxSockets: 64 });

export function send(opts: SendOptions): Promise<Outcome> {
  const url = new URL(opts.path, opts.endpoint);
  const payload = opts.body === undefined ? undefined : Buffer.from(JSON.stringify(opts.body));
  const start = Date.now();
  return new Promise((resolve) => {
    let connectedAt: number | null = null;
    let done = false;
    const finish = (o: Partial<Outcome>) => {
      if (done) return;
      done = true;
      resolve({
        endpoint: opts.endpoint,
        method: opts.method,
        path: opts.path,
        start,
        end: Date.now(),
        connectedAt,
        status: null,
        headers: {},
        body: '',
        error: null,
        ...o,
      });
    };
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname + url.search,
        method: opts.method,
        agent: opts.agent ?? keepAlive,
        headers: {
          ...(payload
            ? { 'Content-Type': 'application/json', 'Content-Length': String(payload.length) }
            : {}),
          ...(opts.onAccepted ? { Expect: '100-continue' } : {}),
          ...opts.headers,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          finish({
            status: res.statusCode ?? null,
            headers: res.headers,
            body: Buffer.concat(chunks).toString(),
          }),
        );
        res.on('error', (err: NodeJS.ErrnoException) =>
          finish({ status: res.statusCode ?? null, headers: res.headers, error: err.code ?? err.message }),
        );
      },
    );
    if (opts.onAccepted) req.once('continue', opts.onAccepted);
    req.on('socket', (socket) => {
      if (!socket.connecting) connectedAt = Date.now();
      else socket.once('connect', () => (connectedAt = Date.now()));
    });
    req.setTimeout(opts.timeoutMs ?? 15_000, () =>
      req.destroy(Object.assign(new Error('timeout'), { code: 'timeout' })),
    );
    req.on('error', (err: NodeJS.ErrnoException) => finish({ error: err.code ?? err.message }));
    if (payload && opts.trickleMs) {
      const half = Math.floor(payload.length / 2);
      req.flushHeaders();
      req.write(payload.subarray(0, half));
      setTimeout(() => {
        if (!req.destroyed) req.end(payload.subarray(half));
      }, opts.trickleMs);
    } else {
      req.end(payload);
    }
  });
}

/** GET and parse JSON; null status on a network error. */
export async function getJson(
  endpoint: string,
  path: string,
  headers: Record<string, string> = {},
  timeoutMs = 5000,
): Promise<{ status: number | null; json: unknown; outcome: Outcome }> {
  const outcome = await send({ endpoint, method: 'GET', path, headers, timeoutMs, agent: false });
  let json: unknown;
  try {
    json = outcome.body ? JSON.parse(outcome.body) : null;
  } catch {
    json = outcome.body;
  }
  return { status: outcome.status, json, outcome };
}
