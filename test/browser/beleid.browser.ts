/** Beleid (issue 10): the indicators with charts, and their CSV download. */
import { readFile } from 'node:fs/promises';
import { expectNoAxeViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { loginAs } from './support/login';

test.describe('beleid', () => {
  test('opent de indicatoren en downloadt ze als CSV', async ({ page }) => {
    await loginAs(page, 'beleid');
    const main = page.getByRole('main');
    // each chart is a figure with a caption, and its numbers also as a table
    const charts = main.getByRole('figure');
    await expect(charts.first()).toBeVisible();
    await expect(main.getByRole('table').first()).toBeVisible();
    await expectNoAxeViolations(page, 'Indicatoren');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      main
        .getByRole('link', { name: /CSV/ })
        .or(main.getByRole('button', { name: /CSV/ }))
        .first()
        .click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const csv = await readFile(await download.path(), 'utf8');
    const [header, ...rows] = csv.trim().split(/\r?\n/);
    expect(header.split(/[;,]/).length).toBeGreaterThan(1);
    expect(rows.length).toBeGreaterThan(0);
    // the numbers themselves, or "<5" where a count of 1-4 is suppressed (as on the screen)
    expect(rows.join('\n')).toMatch(/<5|;\d+/);
  });
});
