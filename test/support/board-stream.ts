/**
 * Follows the board's server-sent events as a client would, over a real socket: the app's server listens on a
 * loopback port (supertest alone cannot hold a stream open), and every event is kept with its name.
 */
import { get, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Api } from './api-harness';

export interface BoardStream {
  events: { event: string; data: Record<string, unknown> }[];
  close(): void;
}

export async function openBoardStream(api: Api, token: string): Promise<BoardStream> {
  const server = api.app.getHttpServer();
  if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const stream = await new Promise<IncomingMessage>((resolve) =>
    get(
      {
        port,
        host: '127.0.0.1',
        path: '/api/v1/board/stream',
        headers: { Authorization: `Bearer ${token}` },
      },
      resolve,
    ),
  );
  const events: BoardStream['events'] = [];
  let event = 'message';
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => {
    for (const line of chunk.split('\n')) {
      if (line.startsWith('event: ')) event = line.slice(7);
      if (line.startsWith('data: ')) events.push({ event, data: JSON.parse(line.slice(6)) });
    }
  });
  return { events, close: () => stream.destroy() };
}
