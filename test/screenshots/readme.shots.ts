/** The README's three screenshots: the intaker's Mijn werk, a case, the escalatiebord (docs/screenshots). */
import { join } from 'node:path';
import { expect, test } from '../browser/support/fixtures';
import { loginAs } from '../browser/support/login';

const DIR = join(__dirname, '..', '..', 'docs', 'screenshots');

test('Mijn werk en een casus (intaker1)', async ({ page }) => {
  await loginAs(page, 'intaker');
  const main = page.getByRole('main');
  await expect(main.getByRole('table', { name: /termijnen/i })).toBeVisible();
  await expect(main.getByText(/laden/i)).toHaveCount(0);
  await page.screenshot({ path: join(DIR, 'mijn-werk.png'), fullPage: true });

  // Miriam's melding in onderzoek, from "Casussen waarvan ik de regie heb"
  await main
    .getByRole('row', { name: /Miriam de Vries.*Onderzoek/ })
    .getByRole('link', { name: 'Miriam de Vries' })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 2, name: 'Wat kan nu' })).toBeVisible();
  await expect(main.getByText(/laden/i)).toHaveCount(0);
  await page.screenshot({ path: join(DIR, 'casus.png'), fullPage: true });
});

test('Escalatiebord (procesmanager1)', async ({ page }) => {
  await loginAs(page, 'procesmanager');
  await expect(page.getByRole('main')).toContainText(/bijgewerkt om/);
  await expect(page.getByRole('main').getByText(/laden/i)).toHaveCount(0);
  await page.screenshot({ path: join(DIR, 'escalatiebord.png'), fullPage: true });
});
