/**
 * A dedicated Postgres connection that LISTENs on one channel, outside the pool (LISTEN holds its connection).
 * The caller owns reconnecting: the handle reports a lost connection through its `error` and `end` events.
 */
import { EventEmitter } from 'node:events';
import { Client } from 'pg';

export interface NotifyListener {
  /** 'error' (err: Error) and 'end' (): the connection is lost or closed */
  readonly events: EventEmitter;
  /** a round trip (SELECT 1), to notice a connection that died silently */
  ping(): Promise<void>;
  end(): Promise<void>;
}

export interface ListenOptions {
  connectionString: string;
  connectionTimeoutMillis?: number;
}

/**
 * Connects and LISTENs on `channel`; `onMessage` receives each payload on it. The connection's 'error' and 'end'
 * are forwarded to `events` from before it connects; `onEvents` attaches the caller's listeners at that moment.
 * Rejects (with the connection closed) when connecting or LISTEN fails.
 */
export async function listen(
  channel: string,
  onMessage: (payload: string) => void,
  options: ListenOptions,
  onEvents?: (events: EventEmitter) => void,
): Promise<NotifyListener> {
  const client = new Client({
    connectionString: options.connectionString,
    connectionTimeoutMillis: options.connectionTimeoutMillis ?? 5000,
    keepAlive: true,
  });
  const events = new EventEmitter();
  // Attached before connecting: an 'error' without a listener would end the process.
  events.on('error', () => undefined);
  client.on('error', (err) => events.emit('error', err));
  client.on('end', () => events.emit('end'));
  client.on('notification', (msg) => {
    if (msg.channel === channel && msg.payload) onMessage(msg.payload);
  });
  onEvents?.(events);
  const handle: NotifyListener = {
    events,
    ping: async () => {
      await client.query('SELECT 1');
    },
    end: () => client.end(),
  };
  try {
    await client.connect();
    await client.query(`LISTEN ${quoteIdent(channel)}`);
  } catch (err) {
    await client.end().catch(() => undefined);
    throw err;
  }
  return handle;
}

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
