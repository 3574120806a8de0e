/**
 * Every role logs in through the demo login screen and lands on a start screen that works for it: its
 * heading, no axe violations, and at 390 px wide (a phone) no sideways scrolling.
 */
import { expectNoAxeViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { measureWidth } from './support/layout';
import { type DemoRole, START_SCREEN, loginAs } from './support/login';

const ROLES: DemoRole[] = ['intaker', 'procesmanager', 'teamleider', 'beleid', 'admin'];

test('het inlogscherm heeft geen toegankelijkheidsfouten', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/inloggen$/);
  await expect(page.getByRole('heading', { level: 1, name: /Inloggen/ })).toBeVisible();
  await expectNoAxeViolations(page, 'Inloggen');
});

for (const role of ROLES) {
  test(`startscherm ${role}: opent na inloggen, zonder axe-fouten, en scrolt op 390 px niet zijwaarts`, async ({
    page,
  }) => {
    const start = START_SCREEN[role];
    await loginAs(page, role);
    const main = page.getByRole('main');
    // wait until the screen has its content (tables and lists are what push a page sideways)
    await expect(main.getByText(/laden/i)).toHaveCount(0);
    await expect(main).not.toContainText(/kon niet worden geladen|\bnull\b|\bundefined\b/);
    await expectNoAxeViolations(page, `startscherm ${role}`);

    await test.step('op 390 px breed (een telefoon)', async () => {
      await page.setViewportSize({ width: 390, height: 844 });
      await expect(page.getByRole('heading', { level: 1, name: start.heading })).toBeVisible();
      const { scrollWidth, clientWidth, tooWide } = await measureWidth(page);
      expect(
        scrollWidth,
        `de pagina ${start.path} is bij 390 px breder dan het scherm; steekt uit: ${tooWide.join(', ')}`,
      ).toBeLessThanOrEqual(clientWidth);
      // the header leaves the screen to the work: a few lines, not a third of a phone's height
      const header = await page.getByRole('banner').boundingBox();
      expect(header!.height, 'de kop is op 390 px te hoog').toBeLessThan(180);
      await expectNoAxeViolations(page, `startscherm ${role} op 390 px`);
    });
  });
}

test('het menu staat stil als het startscherm verschijnt: de demo-klok en het aantal ongelezen berichten staan er al', async ({
  page,
}) => {
  // slow answers widen the moment in which the menu moves under a click aimed at it (the press on one link, the
  // release beside it: no click at all); the start screen must not show until both are in
  for (const answer of ['**/api/v1/clock', '**/api/v1/notifications'])
    await page.route(answer, async (route) => {
      await new Promise((r) => setTimeout(r, 500));
      await route.continue();
    });
  const answered = Promise.all([
    page.waitForResponse('**/api/v1/clock'),
    page.waitForResponse('**/api/v1/notifications'),
  ]);
  await loginAs(page, 'intaker');
  const inwoners = page
    .getByRole('navigation', { name: 'Hoofdmenu' })
    .getByRole('link', { name: 'Inwoners' });
  const toen = await inwoners.boundingBox();
  await answered;
  // a frame after the last answer, for whatever it would have changed
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  expect(await inwoners.boundingBox(), 'het menu verschoof nadat het startscherm er stond').toEqual(toen);
  await expect(page.getByRole('region', { name: 'Demo-klok' })).toBeVisible();
});
