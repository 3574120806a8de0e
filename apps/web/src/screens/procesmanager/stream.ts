/**
 * Follows the board's server-sent events (GET /api/v1/board/stream). EventSource cannot send the Bearer header,
 * so the stream is read with fetch. An event only says that a household changed (ids, level, fase: no personal
 * data), so the board refetches; after a reconnect (`verbonden` again) too, since changes in the gap were not
 * heard. A dropped stream is reopened after a pause that grows to half a minute.
 */
import { useEffect, useRef, useState } from 'react';
import { getSession, setSession } from '../../api';

export type StreamStatus = 'verbinden' | 'live' | 'onderbroken' | 'geweigerd';

export function useBoardStream(onChange: () => void): StreamStatus {
  const [status, setStatus] = useState<StreamStatus>('verbinden');
  const changed = useRef(onChange);
  changed.current = onChange;
  useEffect(() => {
    const stop = new AbortController();
    let pause = 2000;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let later: ReturnType<typeof setTimeout> | undefined;
    let seenVerbonden = false;
    // A burst of commits (one opschaling touches a case several times) becomes one refetch.
    const refetch = () => {
      clearTimeout(later);
      later = setTimeout(() => !stop.signal.aborted && changed.current(), 300);
    };
    const connect = async () => {
      const session = getSession();
      if (!session || stop.signal.aborted) return;
      setStatus('verbinden');
      let opened = 0;
      try {
        const res = await fetch('/api/v1/board/stream', {
          headers: { Accept: 'text/event-stream', Authorization: `Bearer ${session.token}` },
          cache: 'no-store',
          signal: stop.signal,
        });
        if (res.status === 401) return setSession(null);
        if (res.status === 403) return setStatus('geweigerd');
        if (!res.ok || !res.body) throw new Error(String(res.status));
        setStatus('live');
        opened = Date.now();
        const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
        let rest = '';
        let data: string[] = [];
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          const lines = (rest + value).split(/\r\n|\r|\n/);
          rest = lines.pop() ?? '';
          for (const line of lines) {
            if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
            else if (line === '' && data.length) {
              try {
                const msg = JSON.parse(data.join('\n')) as { caseId?: string; verbonden?: boolean };
                if (msg.caseId) refetch();
                else if (msg.verbonden) {
                  if (seenVerbonden) refetch();
                  seenVerbonden = true;
                }
              } catch {
                // a comment or keep-alive: not ours to understand
              }
              data = [];
            }
          }
        }
      } catch {
        // the network or the server went away: reconnect below
      }
      if (stop.signal.aborted) return;
      if (opened && Date.now() - opened > 10_000) pause = 2000;
      setStatus('onderbroken');
      retry = setTimeout(() => void connect(), pause);
      pause = Math.min(pause * 2, 30_000);
    };
    void connect();
    return () => {
      stop.abort();
      clearTimeout(retry);
      clearTimeout(later);
    };
  }, []);
  return status;
}
