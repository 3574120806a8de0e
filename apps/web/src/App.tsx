/** The app shell: login when there is no session, else header, navigation per role and the current screen. */
import { Document, Heading1, Paragraph } from '@utrecht/component-library-react';
import { Suspense, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { api, call, getSession, onSessionChange, setSession, type Role, type Schemas } from './api';
import { AppLink } from './components/AppLink';
import { Loading } from './components/Feedback';
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
  // The session whose clock has been asked for (answered or failed). Until then no screen: it would count days
  // left against the wall clock, and the header would jump when the demo clock appears (a click aimed at the
  // menu landing beside it).
  const [clockAskedFor, setClockAskedFor] = useState<string | null>(null);

  const token = session?.token;
  useEffect(() => {
    if (!token) return;
    let live = true;
    call(api().GET('/clock'))
      .then(setClock, () => setClock(undefined))
      .finally(() => live && setClockAskedFor(token));
    return () => {
      live = false;
    };
  }, [token]);

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
  if (clockAskedFor !== session.token)
    return (
      <Document className="regie-document">
        <Loading what="Regie" />
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
          <Suspense fallback={<Loading what="het scherm" />}>{screen}</Suspense>
        </Layout>
      </Document>
    </Ctx.Provider>
  );
}
