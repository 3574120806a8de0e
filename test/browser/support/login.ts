/**
 * Logs in as a demo user through the web UI's demo login screen, as a professional would: open the app, choose
 * the user's button, land on the role's start screen.
 */
import { type Page, expect, test } from '@playwright/test';

export type DemoRole = 'intaker' | 'procesmanager' | 'teamleider' | 'beleid' | 'admin';

/**
 * The seed's users (DEMO_USERS in libs/demo/src/seed.ts; not imported, that would load the engine into the
 * test runner) and the two whose screens span the gemeente, as the login screen lists them.
 */
export const DEMO_LOGIN: Record<DemoRole, string> = {
  intaker: 'intaker1',
  procesmanager: 'procesmanager1',
  teamleider: 'teamleider1',
  beleid: 'beleid1',
  admin: 'beheerder1',
};

/** Each role's start screen: its path and its h1. */
export const START_SCREEN: Record<DemoRole, { path: string; heading: RegExp }> = {
  intaker: { path: '/werk', heading: /^Mijn werk/ },
  procesmanager: { path: '/bord', heading: /^Escalatiebord/ },
  teamleider: { path: '/team', heading: /^Teamoverzicht/ },
  beleid: { path: '/indicatoren', heading: /^Indicatoren/ },
  admin: { path: '/regels', heading: /^Regels/ },
};

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export async function loginAs(page: Page, role: DemoRole): Promise<void> {
  const user = DEMO_LOGIN[role];
  await test.step(`inloggen als ${user} (${role})`, async () => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: /Inloggen/ })).toBeVisible();
    await page.getByRole('button', { name: new RegExp(`^${escape(user)}\\b`) }).click();
    const start = START_SCREEN[role];
    await expect(page).toHaveURL((url) => url.pathname === start.path);
    await expect(page.getByRole('heading', { level: 1, name: start.heading })).toBeVisible();
  });
}
