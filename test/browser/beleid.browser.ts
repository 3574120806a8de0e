/**
 * Beleid: the indicators at a glance with charts, and their CSV download, suppressed as the
 * API suppresses them: no count of 1 to 4 inwoners anywhere, on the screen or in the CSV.
 */
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
    expect(csv.startsWith('\uFEFF')).toBe(true); // Excel reads UTF-8 only with its byte order mark
    const [header, ...rows] = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    const kolommen = header!.split(';');
    expect(kolommen).toEqual(expect.arrayContaining(['Indicator', 'Eenheid', 'Periode', 'Waarde']));
    expect(rows.length).toBeGreaterThan(0);
    // every count of inwoners is 0, at least 5, or "< 5" (names without `;`: no quoting to undo here)
    const eenheid = kolommen.indexOf('Eenheid');
    const waarde = kolommen.indexOf('Waarde');
    const inwoners = rows.map((r) => r.split(';')).filter((r) => r[eenheid] === 'inwoners');
    expect(inwoners.length).toBeGreaterThan(0);
    for (const r of inwoners) expect(r[waarde]).toMatch(/^(0|< 5|[5-9]|\d{2,}|\d{1,3}(\.\d{3})+)$/);
    // the screen: each value as the API writes it, never a 1 to 4 for an indicator that counts inwoners (a count
    // of aanbieders may be small: they are organisations)
    const overzicht = main.getByRole('table', { name: /Alle indicatoren/ });
    await expect(overzicht).toBeVisible();
    // the demo's five children with jeugdhulp have tariffs: Borne's amounts come out, in euros
    for (const naam of ['Totaal bedrag', 'Gemiddeld per unieke cliënt'])
      await expect(
        overzicht
          .getByRole('row', { name: new RegExp(naam) })
          .getByRole('cell')
          .last(),
      ).toHaveText(/^€\s[\d.]+,\d{2}$/);
    for (const key of new Set(inwoners.map((r) => r[0]!))) {
      const rij = overzicht
        .getByRole('row')
        .filter({ has: page.getByRole('cell', { name: key, exact: true }) });
      await expect(rij.getByRole('cell').last()).not.toHaveText(/^[1-4]$/);
    }
  });
});
