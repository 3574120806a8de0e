/**
 * The admin: the rules per workflow as forms with the defaults shown, a field error on a wrong value
 * (on the field: aria-invalid and aria-describedby), then the change saved and in the config history.
 */
import { expectNoAxeViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { loginAs } from './support/login';

test.describe('admin', () => {
  test('wijzigt een regel, na eerst een foutmelding bij het veld', async ({ page }) => {
    await loginAs(page, 'admin');
    const main = page.getByRole('main');
    // forms, not a JSON textarea
    await expect(main.getByRole('textbox', { name: /JSON/i })).toHaveCount(0);
    await main
      .getByRole('link', { name: /AVE/ })
      .or(main.getByRole('tab', { name: /AVE/ }))
      .first()
      .click();
    const field = main.getByLabel(/Acceptatietermijn/);
    await expect(field).toBeVisible();
    await expect(main).toContainText(/standaard/i); // the default shown beside the field
    await expectNoAxeViolations(page, 'Regels AVE');

    await field.fill('-3');
    await main.getByRole('button', { name: /Opslaan/ }).click();
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    const describedBy = await field.getAttribute('aria-describedby');
    expect(describedBy).toBeTruthy();
    const error = page.locator(`[id="${describedBy!.split(' ')[0]}"]`);
    await expect(error).toBeVisible();
    await expect(error).not.toContainText(/Expected|JSON|position/); // Dutch, not the parser's English
    await expect(field).toBeInViewport();
    await expectNoAxeViolations(page, 'Regels AVE met foutmelding');

    await field.fill('7');
    await main.getByRole('button', { name: /Opslaan/ }).click();
    await expect(field).not.toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByRole('status')).toContainText(/opgeslagen/i);
    const history = main.getByRole('table', { name: /Geschiedenis|Wijzigingen/i });
    await expect(history.getByRole('row', { name: /beheerder1/ }).first()).toBeVisible();
  });
});
