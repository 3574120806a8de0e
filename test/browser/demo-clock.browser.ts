/**
 * The demo clock: only in demo mode (CLOCK=manual, as GET /clock says), and its buttons only for the
 * roles whose screens show time running (terms, reminders, acceptances). Nothing here moves the clock: the run
 * shares one product and one clock.
 */
import { expectNoAxeViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { loginAs } from './support/login';

test('in demomodus: de klok met knoppen voor de intaker, zonder knoppen voor de beheerder', async ({
  page,
}) => {
  await loginAs(page, 'intaker');
  const clock = page.getByRole('region', { name: 'Demo-klok' });
  await expect(clock).toContainText(/Demo-klok: \d{1,2} \w+ \d{4}, \d{2}:\d{2}/);
  await expect(clock.getByRole('button', { name: '+1 dag' })).toBeVisible();
  await expect(clock.getByRole('button', { name: '+1 week' })).toBeVisible();

  await page.getByRole('button', { name: 'Uitloggen' }).click();
  await loginAs(page, 'admin');
  // the time the screens count with, but no buttons: the rules do not change with it
  await expect(clock).toContainText(/Demo-klok: \d{1,2} \w+ \d{4}/);
  await expect(clock.getByRole('button')).toHaveCount(0);
  await expectNoAxeViolations(page, 'Regels met de demo-klok zonder knoppen');
});

test('buiten demomodus (de systeemklok) is er geen demo-klok', async ({ page }) => {
  // what the API says with CLOCK=system; the product of this run has a manual clock
  await page.route('**/api/v1/clock', (route) =>
    route.fulfill({ json: { now: new Date().toISOString(), mode: 'system' } }),
  );
  await loginAs(page, 'intaker');
  await expect(page.getByRole('table', { name: /termijnen/i })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Demo-klok' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^\+1/ })).toHaveCount(0);
});
