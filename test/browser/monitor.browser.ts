/**
 * Beleid's monitor screen: a period picked, the indicators with their definitions and charts, the
 * monitor as PDF and the indicators as CSV downloaded, and the list of monthly monitors; axe finds nothing.
 */
import { readFile } from 'node:fs/promises';
import { expectNoAxeViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { measureWidth } from './support/layout';
import { loginAs } from './support/login';

test.describe('monitor', () => {
  test('kiest een periode en downloadt de monitor als PDF en de indicatoren als CSV', async ({ page }) => {
    await loginAs(page, 'beleid');
    await page.getByRole('navigation').getByRole('link', { name: 'Monitor' }).click();
    const main = page.getByRole('main');
    await expect(main.getByRole('heading', { level: 1, name: 'Monitor sociaal domein' })).toBeVisible();
    await expect(main.getByRole('heading', { level: 2, name: 'Maandmonitors' })).toBeVisible();
    await expect(main.getByRole('heading', { level: 2, name: 'Indicatoren' })).toBeVisible();

    // a period that ends before it begins is refused at the form
    const van = main.getByRole('textbox', { name: 'Van', exact: true });
    const tot = main.getByRole('textbox', { name: 'Tot en met', exact: true });
    await van.fill('2026-06-01');
    await tot.fill('2026-01-01');
    await main.getByRole('button', { name: 'Toon periode' }).click();
    await expect(main.getByRole('alert')).toHaveText('De periode eindigt voor zij begint.');
    await tot.fill('2026-12-31');
    await main.getByRole('button', { name: 'Toon periode' }).click();
    await expect(
      main.getByRole('heading', { level: 2, name: /1 juni 2026 tot en met 31 december 2026/ }),
    ).toBeVisible();
    // every indicator shown has its definition and value; a series is a figure with its table
    const indicatoren = main.locator('article.regie-indicator');
    for (const ind of await indicatoren.all())
      await expect(ind.getByText(/^Waarde over de periode:/)).toBeVisible();
    await expectNoAxeViolations(page, 'Monitor');

    const [pdf] = await Promise.all([
      page.waitForEvent('download'),
      main.getByRole('button', { name: /Download monitor als PDF/ }).click(),
    ]);
    expect(pdf.suggestedFilename()).toBe('monitor-sociaal-domein-2026-06-01-2026-12-31.pdf');
    expect((await readFile(await pdf.path())).subarray(0, 5).toString()).toBe('%PDF-');
    await expect(main.getByRole('status')).toContainText('De PDF is gedownload.');

    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      main.getByRole('button', { name: /Download indicatoren als CSV/ }).click(),
    ]);
    expect(csv.suggestedFilename()).toBe('indicatoren-2026-06-01-2026-12-31.csv');
    const tekst = await readFile(await csv.path(), 'utf8');
    expect(tekst.split(/\r?\n/)[0]!.split(';').length).toBeGreaterThan(1);
    await expectNoAxeViolations(page, 'Monitor na de downloads');

    // the monthly monitors the worker made (none until its first morning run), each as PDF
    const lijst = main.getByRole('table', { name: 'De maandmonitors, de nieuwste eerst' });
    await expect(lijst.or(main.getByText('Er is nog geen maandmonitor.'))).toBeVisible();
    const eerste = lijst.getByRole('button', { name: /als PDF$/ }).first();
    if (await eerste.count()) {
      const [maand] = await Promise.all([page.waitForEvent('download'), eerste.click()]);
      expect(maand.suggestedFilename()).toMatch(/^maandmonitor-\d{4}-\d{2}\.pdf$/);
    }

    await test.step('op 390 px breed (een telefoon)', async () => {
      await page.setViewportSize({ width: 390, height: 844 });
      const { scrollWidth, clientWidth, tooWide } = await measureWidth(page);
      expect(scrollWidth, `breder dan het scherm; steekt uit: ${tooWide.join(', ')}`).toBeLessThanOrEqual(
        clientWidth,
      );
    });
  });

  test('het HTML-rapport voor de raad is toegankelijk en noemt elke indicator met zijn definitie', async ({
    page,
  }) => {
    await loginAs(page, 'beleid');
    const token = await page.evaluate(
      () => (JSON.parse(sessionStorage.getItem('regie.sessie') ?? '{}') as { token?: string }).token,
    );
    const headers = { Authorization: `Bearer ${token}` };
    const periode = 'from=2026-01-01&to=2026-12-31';
    const rapport = await page.request.get(`/api/v1/indicators?${periode}&weergave=volledig`, { headers });
    const { indicatoren } = (await rapport.json()) as { indicatoren: { naam: string; definitie: string }[] };
    const html = await page.request.get(`/api/v1/monitor?${periode}`, { headers });
    expect(html.headers()['content-type']).toMatch(/^text\/html/);
    await page.setContent(await html.text());
    await expect(
      page.getByRole('heading', { level: 1, name: /^Monitor Sociaal Domein gemeente/ }),
    ).toBeVisible();
    for (const i of indicatoren) {
      await expect(page.getByRole('heading', { level: 4, name: i.naam }).first()).toBeVisible();
      if (i.definitie) await expect(page.getByText(i.definitie, { exact: true }).first()).toBeVisible();
    }
    await expect(page.getByRole('img')).toHaveCount(await page.locator('figure').count());
    await expectNoAxeViolations(page, 'Monitor (HTML-rapport)');
  });
});
