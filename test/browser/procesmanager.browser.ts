/**
 * The procesmanager: Mijn werk with the acceptance that waits for them, the escalatiebord with their
 * own acceptances and a clear "not your levels" state; accepting regie from the board, and the live update on a
 * second board that did not reload.
 */
import { expectNoAxeViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { loginAs } from './support/login';

test.describe('procesmanager', () => {
  test('accepteert de regie vanaf het bord; een tweede bord werkt zichzelf bij', async ({
    page,
    browser,
    baseURL,
  }) => {
    await loginAs(page, 'procesmanager');
    const board = page.getByRole('main');

    await test.step('Mijn werk: de acceptatie die op hen wacht, en haar termijn', async () => {
      const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
      await menu.getByRole('link', { name: /^Mijn werk/ }).click();
      const waiting = page.getByRole('region', { name: 'Wacht op jouw acceptatie' });
      await expect(waiting.getByRole('listitem').filter({ hasText: 'Huishouden Bakker' })).toBeVisible();
      await expect(page.getByRole('table', { name: /termijnen/i })).toContainText(
        /Acceptatie regie niveau 3/,
      );
      await expectNoAxeViolations(page, 'Mijn werk (procesmanager)');
      await menu.getByRole('link', { name: 'Escalatiebord' }).click();
    });

    await expect(board.getByRole('heading', { level: 1, name: 'Escalatiebord' })).toBeVisible();
    // levels 0-2 are not a procesmanager's: said so, not "0 huishoudens"
    await expect(board).toContainText(/niet (jouw|voor jouw rol)/i);
    await expect(board).not.toContainText('0 huishoudens');
    await expectNoAxeViolations(page, 'Escalatiebord');

    // a second board, as a colleague has it open, to see the change arrive without reloading
    const other = await browser.newContext({ baseURL, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
    try {
      const second = await other.newPage();
      await loginAs(second, 'procesmanager');
      const waiting = (p: typeof page) =>
        p.getByRole('region', { name: /Wacht op (mijn|jouw) acceptatie/ }).getByRole('listitem', {
          name: /Bakker/,
        });
      await expect(waiting(second)).toBeVisible();

      // the seed's Bakker household went to level 3, to procesmanager1
      const item = waiting(page);
      await expect(item).toBeVisible();
      await item.getByRole('button', { name: 'Regie accepteren' }).click();
      await expect(page.getByRole('status')).toContainText(/regie (geaccepteerd|is nu bij jou)/i);
      await expect(item).toHaveCount(0);
      await expectNoAxeViolations(page, 'Escalatiebord na acceptatie');

      // the live stream: within seconds, no reload
      await expect(waiting(second)).toHaveCount(0, { timeout: 5000 });
      await expect(second.getByRole('main')).toContainText(/bijgewerkt om/);
    } finally {
      await other.close();
    }
  });
});
