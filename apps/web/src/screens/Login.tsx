/** Demo login: choose a demo user (AUTH_MODE=dev hands out a token); the session lives in sessionStorage. */
import { Button, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { api, call, errorMessage, setSession, type Role } from '../api';
import { ErrorAlert } from '../components/Feedback';
import { ROL_NAMEN } from '../format';

interface DemoUser {
  user: string;
  roles: Role[];
  team?: string;
  /** the mandate level of a decider on doorbraak plans (the token's `mandaat` claim) */
  mandaat?: string;
  wat: string;
}

const GEMEENTE = 'almelo';
/** The demo's users (libs/demo/src/seed.ts); beleid1 and beheerder1 see the gemeente-wide screens. */
const DEMO_USERS: DemoUser[] = [
  { user: 'intaker1', roles: ['intaker'], team: 'wijkteam-noord', wat: 'meldingen, termijnen en klantbeeld' },
  { user: 'procesmanager1', roles: ['procesmanager'], wat: 'het escalatiebord en regie accepteren' },
  {
    user: 'teamleider1',
    roles: ['teamleider'],
    team: 'wijkteam-noord',
    mandaat: 'teamleider',
    wat: 'teamoverzicht, audit en doorbraakplannen tot € 5.000',
  },
  {
    user: 'manager1',
    roles: ['teamleider'],
    team: 'wijkteam-noord',
    mandaat: 'manager_sociaal_domein',
    wat: 'manager sociaal domein: doorbraakplannen tot € 25.000',
  },
  { user: 'beleid1', roles: ['beleid'], wat: 'indicatoren' },
  { user: 'beheerder1', roles: ['admin'], wat: 'regels per workflow' },
];

export function Login() {
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const login = async (u: DemoUser) => {
    setBusy(u.user);
    setError(null);
    try {
      const body = {
        user: u.user,
        roles: u.roles,
        gemeente: GEMEENTE,
        ...(u.team ? { team: u.team } : {}),
        ...(u.mandaat ? { mandaat: u.mandaat } : {}),
      };
      const { token } = await call(api().POST('/auth/dev-token', { body }));
      setSession({ ...body, token });
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };
  return (
    <main id="inhoud" className="regie-main regie-login">
      <Heading1>Inloggen bij Regie</Heading1>
      <Paragraph>Demo-omgeving van gemeente Almelo: kies met wie je inlogt.</Paragraph>
      {error ? <ErrorAlert>{error}</ErrorAlert> : null}
      <Heading2>Demogebruikers</Heading2>
      <ul className="regie-login__users">
        {DEMO_USERS.map((u) => (
          <li key={u.user}>
            <Button
              type="button"
              appearance="secondary-action-button"
              busy={busy === u.user}
              disabled={busy !== null}
              onClick={() => void login(u)}
            >
              <span className="regie-login__name">{u.user}</span>
              <span className="regie-login__role">
                {u.roles.map((r) => ROL_NAMEN[r]).join(', ')}: {u.wat}
              </span>
            </Button>
          </li>
        ))}
      </ul>
    </main>
  );
}
