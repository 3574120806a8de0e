/**
 * Messages (reminders, passed terms, escalations, the daily overview): read or unread per user, marked one by one
 * or all at once, and the number unread, which the menu shows beside "Mijn werk" on every screen.
 */
import { Button } from '@utrecht/component-library-react';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { api, call, errorMessage, type Schemas } from '../api';
import { useApp } from '../context';
import { datum, datumTijd, mens } from '../format';
import { navigate } from '../hooks';
import { AppLink } from './AppLink';
import { Empty, StatusMessage } from './Feedback';

type Notification = Schemas['Notification'];

// ---------- the number unread, shared by the menu and Mijn werk ----------

let unread: number | null = null;
const listeners = new Set<() => void>();

function setUnread(n: number | null): void {
  if (n === unread) return;
  unread = n;
  listeners.forEach((l) => l());
}

const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};

/** The number of unread messages of the user signed in: null until known, and for a role without messages. */
export function useUnread(): number | null {
  return useSyncExternalStore(subscribe, () => unread);
}

/**
 * Loads the number of unread messages when the session or the clock changes (the layout does, once). Says whether
 * the first load is done (answered or failed), so that the menu is shown once, not with the number popping in.
 */
export function useUnreadLoader(enabled: boolean): boolean {
  const { session, clockTick } = useApp();
  const [loadedFor, setLoadedFor] = useState<string | null>(null);
  useEffect(() => {
    if (!enabled) {
      setUnread(null);
      return setLoadedFor(session.token);
    }
    let live = true;
    call(api().GET('/notifications'))
      .then(
        (r) => live && setUnread(r.unread),
        () => undefined,
      )
      .finally(() => live && setLoadedFor(session.token));
    return () => {
      live = false;
    };
  }, [enabled, session.token, clockTick]);
  // another user signs in: not the last one's number meanwhile
  useEffect(() => () => setUnread(null), [session.token]);
  return loadedFor === session.token;
}

// ---------- the words ----------

/** Messages carry ISO dates ("verstreken (op 2026-11-23)"): show them in Dutch. */
function dutchDates(text: string): string {
  return text.replace(/\b(\d{4}-\d{2}-\d{2})(T[\d:.]+Z)?\b/g, (_m, d: string, t?: string) =>
    t ? datumTijd(d + t) : datum(d),
  );
}

/**
 * The message as the screens say it: Dutch dates, and "verlopen" for a passed term, the one word every screen
 * uses (the engine writes "verstreken").
 */
function berichtTekst(text: string): string {
  return dutchDates(text).replace(/\bverstreken\b/g, 'verlopen');
}

const SOORTEN: Record<string, string> = {
  herinnering: 'Herinnering',
  termijn_verstreken: 'Termijn verlopen',
  mijlpaal_bereikt: 'Mijlpaal bereikt',
  dagoverzicht: 'Dagoverzicht',
};

const soort = (kind: string) => SOORTEN[kind] ?? mens(kind);

// ---------- the list ----------

async function mark(n: Notification, read: boolean): Promise<Notification> {
  const params = { params: { path: { id: n.id } } };
  return call(
    read
      ? api().PUT('/notifications/{id}/gelezen', params)
      : api().DELETE('/notifications/{id}/gelezen', params),
  );
}

/** The messages, newest first: unread ones marked "nieuw", each with its button to mark it read or unread. */
export function Berichten({ list }: { list: Schemas['NotificationList'] }) {
  const [items, setItems] = useState(list.items);
  const [count, setCount] = useState(list.unread);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; ok: boolean } | null>(null);
  useEffect(() => {
    setItems(list.items);
    setCount(list.unread);
    setUnread(list.unread);
  }, [list]);

  const replace = (updated: Notification) => {
    const before = items.find((i) => i.id === updated.id);
    setItems((old) => old.map((i) => (i.id === updated.id ? updated : i)));
    if (before && Boolean(before.readAt) !== Boolean(updated.readAt)) {
      const next = count + (updated.readAt ? -1 : 1);
      setCount(next);
      setUnread(next);
    }
  };
  const toggle = async (n: Notification) => {
    setMessage(null);
    try {
      replace(await mark(n, !n.readAt));
    } catch (e) {
      setMessage({ text: errorMessage(e), ok: false });
    }
  };
  /** Opening the case a message is about reads it. */
  const open = (n: Notification) => {
    if (!n.readAt) void mark(n, true).then(replace, () => undefined);
    navigate(`/casussen/${n.caseId}`);
  };
  const allRead = async () => {
    setBusy(true);
    setMessage(null);
    try {
      const r = await call(api().PUT('/notifications/gelezen'));
      const now = new Date().toISOString();
      setItems((old) => old.map((i) => (i.readAt ? i : { ...i, readAt: now })));
      setCount(0);
      setUnread(0);
      setMessage({
        text: `${r.gelezen} ${r.gelezen === 1 ? 'bericht' : 'berichten'} als gelezen gemarkeerd.`,
        ok: true,
      });
    } catch (e) {
      setMessage({ text: errorMessage(e), ok: false });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <p className="regie-berichten__teller">
        {count === 0
          ? 'Geen ongelezen berichten.'
          : `${count} ongelezen ${count === 1 ? 'bericht' : 'berichten'}.`}
      </p>
      <StatusMessage message={message?.text ?? null} ok={message?.ok ?? true} />
      {count > 0 ? (
        <Button
          type="button"
          appearance="secondary-action-button"
          busy={busy}
          disabled={busy}
          onClick={() => void allRead()}
        >
          Alles als gelezen markeren
        </Button>
      ) : null}
      {items.length ? (
        <ul className="regie-berichten" aria-label="Berichten">
          {items.map((n) => {
            const tekst = berichtTekst(n.message);
            return (
              <li key={n.id} className={n.readAt ? 'regie-bericht' : 'regie-bericht regie-bericht--nieuw'}>
                <p className="regie-bericht__kop">
                  <span className={`regie-status regie-status--${n.readAt ? 'gelezen' : 'nieuw'}`}>
                    {n.readAt ? 'gelezen' : 'nieuw'}
                  </span>{' '}
                  <span className="regie-bericht__soort">{soort(n.kind)}</span>,{' '}
                  <time dateTime={n.createdAt}>{datumTijd(n.createdAt)}</time>
                </p>
                <p className="regie-bericht__tekst">
                  {n.caseId ? (
                    <AppLink to={`/casussen/${n.caseId}`} onOpen={() => open(n)}>
                      {tekst}
                    </AppLink>
                  ) : (
                    tekst
                  )}
                </p>
                <Button type="button" appearance="subtle-button" onClick={() => void toggle(n)}>
                  {n.readAt ? 'Markeer als ongelezen' : 'Markeer als gelezen'}
                  <span className="regie-visually-hidden">: {tekst}</span>
                </Button>
              </li>
            );
          })}
        </ul>
      ) : (
        <Empty>Geen berichten.</Empty>
      )}
    </>
  );
}
