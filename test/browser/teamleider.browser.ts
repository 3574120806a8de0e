/**
 * The teamleider: the team overview (open cases and passed terms per worker, pending acceptances),
 * reassigning a case with a picker of the team's users, and the case's audit trail in plain Dutch.
 */
import { expectNoAxeViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { loginAs } from './support/login';

test.describe('teamleider', () => {
  test('wijst een casus opnieuw toe en leest het audittrail', async ({ page }) => {
    await loginAs(page, 'teamleider');
    const main = page.getByRole('main');
    const perWorker = main.getByRole('table', { name: /per medewerker/i });
    await expect(perWorker.getByRole('row', { name: /intaker1/ })).toBeVisible();
    await expectNoAxeViolations(page, 'Teamoverzicht');

    await test.step('een casus van intaker1 toewijzen aan een collega uit het team', async () => {
      await perWorker
        .getByRole('row', { name: /intaker1/ })
        .getByRole('link')
        .first()
        .click();
      await expect(page.getByRole('heading', { level: 1, name: /intaker1/ })).toBeVisible();
      await expect(main.getByText(/laden/i)).toHaveCount(0);
      await expectNoAxeViolations(page, 'Werk van intaker1');
      // Miriam's AVE track (seed: level 2, casusregie with intaker1): AVE is where a teamleider hands over regie
      await main
        .getByRole('row', { name: /Miriam de Vries.*AVE/ })
        .getByRole('link', { name: /Miriam de Vries/ })
        .click();
      await expect(page.getByRole('heading', { level: 1, name: /Miriam de Vries/ })).toBeVisible();
      await page.getByRole('button', { name: /Opnieuw toewijzen|Regie overdragen/ }).click();
      const form = page
        .getByRole('dialog', { name: /toewijzen|overdragen/i })
        .or(page.getByRole('form', { name: /toewijzen|overdragen/i }));
      // a picker of the team, not free text: only known users can be chosen
      const picker = form.getByLabel(/Nieuwe regiehouder|Medewerker/);
      await expect(form.getByRole('combobox', { name: /Nieuwe regiehouder|Medewerker/ })).toBeVisible();
      await picker.selectOption('wijkcoach1'); // value or label
      await expectNoAxeViolations(page, 'Toewijzen');
      await form.getByRole('button', { name: 'Vastleggen' }).click();
      await expect(form).toBeHidden();
      await expect(main).toContainText(/regie(houder| ligt nu bij)\s*wijkcoach1/i);
    });

    await test.step('het audittrail van de casus', async () => {
      await page.getByRole('link', { name: /Audittrail|Audit/ }).click();
      const trail = page.getByRole('table', { name: /Audit/i });
      await expect(trail).toBeVisible();
      await expect(trail.getByRole('row', { name: /teamleider1/ }).first()).toContainText(/wijkcoach1/);
      // plain Dutch: no keys, UUIDs or ISO dates
      await expect(trail).not.toContainText(/[0-9a-f]{8}-[0-9a-f]{4}-|\d{4}-\d{2}-\d{2}T|REGIE_OVERGEDRAGEN/);
      await expectNoAxeViolations(page, 'Audittrail');
    });
  });
});
