/** Header (gemeente, user, role, demo clock), navigation per role, main landmark and footer. */
import { Button, PageFooter, PageHeader, Paragraph } from '@utrecht/component-library-react';
import { useState, type ReactNode } from 'react';
import { api, call, errorMessage, type Role, type Schemas } from '../api';
import { useApp } from '../context';
import { datumTijd, ROL_NAMEN } from '../format';
import { useLocation } from '../hooks';
import { ROUTES } from '../routes';
import { AppLink } from './AppLink';

/** The roles that may move the demo clock (the API allows any signed-in user with CLOCK=manual). */
const CLOCK_ROLES: Role[] = ['intaker', 'procesmanager', 'teamleider', 'beleid', 'admin'];

const gemeenteNaam = (g: string) => g.charAt(0).toUpperCase() + g.slice(1).replace(/-/g, ' ');

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
              {session.user} · {session.roles.map((r) => ROL_NAMEN[r] ?? r).join(', ')}
            </span>
            <Button appearance="subtle-button" type="button" onClick={onLogout}>
              Uitloggen
            </Button>
          </div>
        </div>
        {clock?.mode === 'manual' && hasRole(...CLOCK_ROLES) ? (
          <DemoClock clock={clock} onAdvanced={onClockAdvanced} />
        ) : null}
        <nav aria-label="Hoofdmenu" className="regie-nav">
          <ul>
            {nav.map((r) => (
              <li key={r.path}>
                <AppLink to={r.path} current={path === r.path}>
                  {r.nav}
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
}: {
  clock: Schemas['Clock'];
  onAdvanced: (c: Schemas['Clock']) => void;
}) {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const advance = async (by: string) => {
    setBusy(true);
    setMessage(null);
    try {
      const r = await call(api().POST('/clock/advance', { body: { by } }));
      onAdvanced({ now: r.now, mode: 'manual' });
      setMessage(
        `Klok verzet naar ${datumTijd(r.now)}; ${r.fired} ${r.fired === 1 ? 'termijn' : 'termijnen'} afgegaan.`,
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
        Demo-klok: <time dateTime={clock.now}>{datumTijd(clock.now)}</time>
      </span>
      {(
        [
          ['P1D', '+1 dag'],
          ['P1W', '+1 week'],
        ] as const
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
