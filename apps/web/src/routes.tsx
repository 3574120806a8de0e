/**
 * Every screen and its route. To add a screen: write it in screens/<role>/, add an entry here (path pattern with
 * :params, the roles that may open it, a Dutch title and, for the menu, a nav label). The first route in
 * START_ROUTES that matches one of the user's roles is where they land after logging in.
 */
import { lazy, type ReactNode } from 'react';
import type { Role } from './api';

// Each screen is a chunk of its own, fetched when it is first opened (App shows "laden" meanwhile): a professional
// downloads the screens of their work, not the monitor's charts or the rules editor.
const CaseScreen = lazy(() => import('./screens/case/CaseScreen').then((m) => ({ default: m.CaseScreen })));
const Klantbeeld = lazy(() =>
  import('./screens/intaker/Klantbeeld').then((m) => ({ default: m.Klantbeeld })),
);
const MijnWerk = lazy(() => import('./screens/intaker/MijnWerk').then((m) => ({ default: m.MijnWerk })));
const NieuweMelding = lazy(() =>
  import('./screens/intaker/NieuweMelding').then((m) => ({ default: m.NieuweMelding })),
);
const ZoekInwoner = lazy(() =>
  import('./screens/intaker/ZoekInwoner').then((m) => ({ default: m.ZoekInwoner })),
);
const Regels = lazy(() => import('./screens/admin/Regels').then((m) => ({ default: m.Regels })));
const Indicatoren = lazy(() =>
  import('./screens/beleid/Indicatoren').then((m) => ({ default: m.Indicatoren })),
);
const Monitor = lazy(() => import('./screens/beleid/Monitor').then((m) => ({ default: m.Monitor })));
const Systeemsignalen = lazy(() =>
  import('./screens/beleid/Systeemsignalen').then((m) => ({ default: m.Systeemsignalen })),
);
const Bord = lazy(() => import('./screens/procesmanager/Bord').then((m) => ({ default: m.Bord })));
const Audit = lazy(() => import('./screens/teamleider/Audit').then((m) => ({ default: m.Audit })));
const Medewerker = lazy(() =>
  import('./screens/teamleider/Medewerker').then((m) => ({ default: m.Medewerker })),
);
const Team = lazy(() => import('./screens/teamleider/Team').then((m) => ({ default: m.Team })));

export interface RouteDef {
  path: string;
  title: string;
  roles: Role[];
  nav?: string;
  render: (params: Record<string, string>, query: URLSearchParams) => ReactNode;
}

const CASE_ROLES: Role[] = ['intaker', 'procesmanager', 'teamleider'];

export const ROUTES: RouteDef[] = [
  { path: '/werk', title: 'Mijn werk', nav: 'Mijn werk', roles: CASE_ROLES, render: () => <MijnWerk /> },
  {
    path: '/inwoners',
    title: 'Inwoner zoeken',
    nav: 'Inwoners',
    roles: CASE_ROLES,
    render: (_p, q) => <ZoekInwoner query={q} />,
  },
  {
    path: '/inwoners/:id',
    title: 'Klantbeeld',
    roles: CASE_ROLES,
    render: (p) => <Klantbeeld id={p.id!} />,
  },
  {
    path: '/melding/nieuw',
    title: 'Nieuwe melding',
    nav: 'Nieuwe melding',
    roles: ['intaker'],
    render: (_p, q) => <NieuweMelding inwonerId={q.get('inwoner')} />,
  },
  { path: '/casussen/:id', title: 'Casus', roles: CASE_ROLES, render: (p) => <CaseScreen id={p.id!} /> },
  {
    path: '/bord',
    title: 'Escalatiebord',
    nav: 'Escalatiebord',
    roles: ['procesmanager', 'teamleider'],
    render: () => <Bord />,
  },
  {
    path: '/team',
    title: 'Teamoverzicht',
    nav: 'Team',
    roles: ['teamleider'],
    render: () => <Team />,
  },
  {
    path: '/team/medewerker/:user',
    title: 'Werk van een medewerker',
    roles: ['teamleider'],
    render: (p) => <Medewerker user={p.user!} />,
  },
  {
    path: '/casussen/:id/audit',
    title: 'Audittrail',
    roles: ['teamleider'],
    render: (p) => <Audit id={p.id!} />,
  },
  {
    path: '/indicatoren',
    title: 'Indicatoren',
    nav: 'Indicatoren',
    roles: ['beleid'],
    render: () => <Indicatoren />,
  },
  {
    path: '/monitor',
    title: 'Monitor sociaal domein',
    nav: 'Monitor',
    roles: ['beleid'],
    render: () => <Monitor />,
  },
  {
    path: '/systeemsignalen',
    title: 'Systeemsignalen',
    nav: 'Systeemsignalen',
    roles: ['beleid', 'teamleider', 'procesmanager'],
    render: () => <Systeemsignalen />,
  },
  {
    path: '/regels',
    title: 'Regels per workflow',
    nav: 'Regels',
    roles: ['admin'],
    render: (_p, q) => <Regels query={q} />,
  },
];

/** Where each role starts, in order of precedence when a user has several roles. */
export const START_ROUTES: [Role, string][] = [
  ['intaker', '/werk'],
  ['procesmanager', '/bord'],
  ['teamleider', '/team'],
  ['beleid', '/indicatoren'],
  ['admin', '/regels'],
];

export function startRoute(roles: Role[]): string {
  return START_ROUTES.find(([r]) => roles.includes(r))?.[1] ?? '/werk';
}

export function matchRoute(path: string): { route: RouteDef; params: Record<string, string> } | null {
  for (const route of ROUTES) {
    const names: string[] = [];
    const re = new RegExp(
      '^' + route.path.replace(/:([a-zA-Z]+)/g, (_m, n: string) => (names.push(n), '([^/]+)')) + '/?$',
    );
    const m = re.exec(path);
    if (m)
      return { route, params: Object.fromEntries(names.map((n, i) => [n, decodeURIComponent(m[i + 1]!)])) };
  }
  return null;
}
