/**
 * A server-sent events client that behaves like the browser's EventSource on the board: it keeps every event with
 * the moment it arrived and, when the server ends the stream or the connection drops, connects again after a
 * second (bounded), as the web UI would.
 */
import { type ClientRequest, type IncomingMessage, request } from 'node:http';

export interface SseEvent {
  at: number;
  event: string;
  data: string;
}

export class SseClient {
  readonly events: SseEvent[] = [];
  /** every (re)connection: when, and the status the server answered */
  readonly connections: { at: number; status: number | null; error?: string }[] = [];
  readonly closes: number[] = [];
  private req: ClientRequest | null = null;
  private res: IncomingMessage | null = null;
  private running = false;
  private reconnects = 0;

  constructor(
    private readonly endpoint: string,
    private readonly path: string,
    private readonly token: string,
    private readonly maxReconnects = 200,
  ) {}

  start(): void {
    this.running = true;
    this.connect();
  }

  stop(): void {
    this.running = false;
    this.res?.destroy();
    this.req?.destroy();
  }

  /** events of a type that arrived after `since` */
  after(since: number, event?: string): SseEvent[] {
    return this.events.filter((e) => e.at >= since && (event === undefined || e.event === event));
  }

  private again(): void {
    if (!this.running || this.reconnects++ >= this.maxReconnects) return;
    setTimeout(() => this.running && this.connect(), 1000).unref();
  }

  private connect(): void {
    const url = new URL(this.path, this.endpoint);
    const req = request({
      host: url.hostname,
      port: url.port,
      path: url.pathname,
      method: 'GET',
      agent: false,
      headers: { Accept: 'text/event-stream', Authorization: `Bearer ${this.token}` },
    });
    this.req = req;
    // one reconnection per connection, whichever of end, close or error comes first
    let over = false;
    const closed = (error?: string) => {
      if (over) return;
      over = true;
      if (error !== undefined) this.connections.push({ at: Date.now(), status: null, error });
      else this.closes.push(Date.now());
      this.again();
    };
    req.on('response', (res) => {
      this.res = res;
      this.connections.push({ at: Date.now(), status: res.statusCode ?? null });
      if (res.statusCode !== 200) {
        res.resume();
        res.on('end', () => closed());
        return;
      }
      res.setEncoding('utf8');
      let buffer = '';
      let event = 'message';
      let data: string[] = [];
      res.on('data', (chunk: string) => {
        buffer += chunk;
        let nl: number;
        while ((nl = buffer.indexOf('\n')) >= 0) {
          const line = buffer.slice(0, nl).replace(/\r$/, '');
          buffer = buffer.slice(nl + 1);
          if (line === '') {
            if (data.length) this.events.push({ at: Date.now(), event, data: data.join('\n') });
            event = 'message';
            data = [];
          } else if (line.startsWith('event:')) event = line.slice(6).trim();
          else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
        }
      });
      res.once('end', () => closed());
      res.once('error', () => undefined);
      res.once('close', () => closed());
    });
    req.on('error', (err: NodeJS.ErrnoException) => closed(err.code ?? err.message));
    req.end();
  }
}
