/** The app shell: login when there is no session, else header, navigation per role and the current screen. */
import { Document, Heading1, Paragraph } from '@utrecht/component-library-react';
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { api, call, getSession, onSessionChange, setSession, type Role, type Schemas } from './api';
import { AppLink } from './components/AppLink';
import { Layout } from './components/Layout';
import { Ctx, type AppContext } from './context';
import { navigate, useLocation } from './hooks';
import { matchRoute, startRoute } from './routes';
import { Login } from './screens/Login';

const sessionSnapshot = () => sessionStorage.getItem('regie.sessie');

export function App() {
  useSyncExternalStore(onSessionChange, sessionSnapshot);
  const session = getSession();
  const { path, query } = useLocation();
  const [clock, setClock] = useState<Schemas['Clock']>();
  const [clockTick, setClockTick] = useState(0);

  const refreshClock = useCallback(() => {
    call(api().GET('/clock')).then(setClock, () => setClock(undefined));
  }, []);
  useEffect(() => {
    if (session) refreshClock();
  }, [session?.token, refreshClock]);

  useEffect(() => {
    if (!session && path !== '/inloggen') navigate('/inloggen', true);
    else if (session && (path === '/' || path === '/inloggen')) navigate(startRoute(session.roles), true);
  }, [session, path]);

  const ctx = useMemo<AppContext | null>(
    () =>
      session
        ? {
            session,
            clock,
            clockTick,
            hasRole: (...roles: Role[]) => session.roles.some((r) => roles.includes(r)),
          }
        : null,
    [session?.token, clock, clockTick],
  );

  // after moving to another screen (not on the first), the focus goes to its content: a keyboard or screen reader
  // user goes on from the top of the new screen, not from a link that is gone
  // (the login and its redirect to the start screen are no move: the page starts there, from the top)
  const shown = useRef<string | null>(null);
  useEffect(() => {
    const screen = session && path !== '/' && path !== '/inloggen' ? path : null;
    if (screen && shown.current !== null && shown.current !== screen)
      document.getElementById('inhoud')?.focus({ preventScroll: true });
    shown.current = screen;
  }, [path, session?.token]);

  const match = matchRoute(path);
  useEffect(() => {
    document.title = session ? `${match?.route.title ?? 'Niet gevonden'} · Regie` : 'Inloggen · Regie';
  }, [session, match?.route.title]);

  if (!session || !ctx)
    return (
      <Document className="regie-document">
        <Login />
      </Document>
    );

  let screen;
  if (!match)
    screen = (
      <>
        <Heading1>Pagina niet gevonden</Heading1>
        <Paragraph>
          Deze pagina bestaat niet. <AppLink to={startRoute(session.roles)}>Naar je startscherm</AppLink>
        </Paragraph>
      </>
    );
  else if (!ctx.hasRole(...match.route.roles))
    screen = (
      <>
        <Heading1>{match.route.title}</Heading1>
        <Paragraph>
          Dit scherm is niet voor jouw rol.{' '}
          <AppLink to={startRoute(session.roles)}>Naar je startscherm</AppLink>
        </Paragraph>
      </>
    );
  else screen = match.route.render(match.params, query);

  return (
    <Ctx.Provider value={ctx}>
      <Document className="regie-document">
        <Layout
          onClockAdvanced={(c) => {
            setClock(c);
            setClockTick((t) => t + 1);
          }}
          onLogout={() => setSession(null)}
        >
          {screen}
        </Layout>
      </Document>
    </Ctx.Provider>
  );
}
