/**
 * Header (gemeente, user, role, the demo clock in demo mode), navigation per role with the number of unread
 * messages, main landmark and footer.
 */
import { Button, PageFooter, PageHeader, Paragraph } from '@utrecht/component-library-react';
import { useState, type ReactNode } from 'react';
import { api, call, errorMessage, type Role, type Schemas } from '../api';
import { useApp } from '../context';
import { datumTijd, gemeenteNaam, korteDatumTijd, ROL_NAMEN } from '../format';
import { useLocation } from '../hooks';
import { ROUTES } from '../routes';
import { AppLink } from './AppLink';
import { Loading } from './Feedback';
import { useUnread, useUnreadLoader } from './Berichten';

/**
 * The roles that get the demo clock's buttons (in demo mode only, CLOCK=manual): those whose screens show terms
 * running out, reminders and acceptances, so that moving time shows something. Beleid (indicators per month) and
 * the admin (rules) see the demo time, without buttons. The API itself lets any signed-in user move the clock.
 */
const CLOCK_ROLES: Role[] = ['intaker', 'procesmanager', 'teamleider'];

/** The roles with messages (Mijn werk): the menu shows how many are unread. */
const MESSAGE_ROLES: Role[] = ['intaker', 'procesmanager', 'teamleider'];

export function Layout({
  children,
  onClockAdvanced,
  onLogout,
}: {
  children: ReactNode;
  onClockAdvanced: (c: Schemas['Clock']) => void;
  onLogout: () => void;
}) {
  const { session, clock, hasRole } = useApp();
  const { path } = useLocation();
  const nav = ROUTES.filter((r) => r.nav && hasRole(...r.roles));
  const unreadKnown = useUnreadLoader(hasRole(...MESSAGE_ROLES));
  const unread = useUnread();
  // the menu appears with its number, not before it: an item moving aside as the number pops in takes the click
  // meant for it
  if (!unreadKnown) return <Loading what="Regie" />;
  return (
    <div className="regie-page">
      <a className="regie-skiplink" href="#inhoud">
        Naar de inhoud
      </a>
      <PageHeader className="regie-header">
        <div className="regie-header__row">
          <p className="regie-header__brand">
            <span className="regie-header__gemeente">Gemeente {gemeenteNaam(session.gemeente)}</span>
            <span className="regie-header__app">Regie</span>
          </p>
          <div className="regie-header__user">
            <span>
              {session.user}
              <span className="regie-header__rol">
                {' '}
                · {session.roles.map((r) => ROL_NAMEN[r] ?? r).join(', ')}
              </span>
            </span>
            <Button appearance="subtle-button" type="button" onClick={onLogout}>
              Uitloggen
            </Button>
          </div>
        </div>
        {clock?.mode === 'manual' ? (
          <DemoClock clock={clock} onAdvanced={onClockAdvanced} canMove={hasRole(...CLOCK_ROLES)} />
        ) : null}
        <nav aria-label="Hoofdmenu" className="regie-nav">
          <ul>
            {nav.map((r) => (
              <li key={r.path}>
                <AppLink to={r.path} current={path === r.path}>
                  {r.nav}
                  {r.path === '/werk' && unread ? (
                    <span className="regie-teller">
                      {/* the spaces for the name ("Mijn werk 3 ongelezen berichten"), not underlined on screen */}
                      <span className="regie-visually-hidden"> </span>
                      {unread}
                      <span className="regie-visually-hidden">
                        {' '}
                        ongelezen {unread === 1 ? 'bericht' : 'berichten'}
                      </span>
                    </span>
                  ) : null}
                </AppLink>
              </li>
            ))}
          </ul>
        </nav>
      </PageHeader>
      <main id="inhoud" tabIndex={-1} className="regie-main">
        {children}
      </main>
      <PageFooter className="regie-footer">
        <Paragraph>Regie · werkomgeving sociaal domein</Paragraph>
      </PageFooter>
    </div>
  );
}

function DemoClock({
  clock,
  onAdvanced,
  canMove,
}: {
  clock: Schemas['Clock'];
  onAdvanced: (c: Schemas['Clock']) => void;
  canMove: boolean;
}) {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const advance = async (by: string) => {
    setBusy(true);
    setMessage(null);
    try {
      const r = await call(api().POST('/clock/advance', { body: { by } }));
      onAdvanced({ ...clock, now: r.now });
      const taken = r.periodicRuns.filter((run) => run.ok).length;
      setMessage(
        `Klok verzet naar ${datumTijd(r.now)}; ${r.fired} ${r.fired === 1 ? 'termijn' : 'termijnen'} afgegaan` +
          (taken ? `, ${taken} periodieke ${taken === 1 ? 'taak' : 'taken'} gedraaid.` : '.'),
      );
    } catch (e) {
      setMessage(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="regie-clock" aria-label="Demo-klok">
      <span>
        Demo-klok:{' '}
        <time dateTime={clock.now}>
          {/* on a phone the short form, so that the time and its buttons fit on one line */}
          <span className="regie-clock__lang">{datumTijd(clock.now)}</span>
          <span className="regie-clock__kort">{korteDatumTijd(clock.now)}</span>
        </time>
      </span>
      {(canMove
        ? ([
            ['P1D', '+1 dag'],
            ['P1W', '+1 week'],
          ] as const)
        : []
      ).map(([by, label]) => (
        <Button
          key={by}
          type="button"
          appearance="secondary-action-button"
          disabled={busy}
          busy={busy}
          onClick={() => void advance(by)}
        >
          {label}
        </Button>
      ))}
      {/* a polite live region of its own, not role=status: that is the page's, for the result of its actions */}
      <span aria-live="polite" aria-atomic="true" className="regie-clock__message">
        {message}
      </span>
    </section>
  );
}
