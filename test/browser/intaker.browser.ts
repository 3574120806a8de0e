/**
 * The intaker's day (issue 10): find an inwoner, open the klantbeeld, register a new melding for them, take it
 * from triage to inzet, and see the terms that run. axe on every screen on the way.
 */
import { expectNoAxeViolations } from './support/axe';
import { currentStep, recordStep } from './support/case';
import { expect, test } from './support/fixtures';
import { loginAs } from './support/login';

test.describe('intaker', () => {
  test.beforeEach(async ({ page }) => {
    await loginAs(page, 'intaker');
  });

  test('Mijn werk toont termijnen met dagen over of te laat en de berichten', async ({ page }) => {
    const main = page.getByRole('main');
    await expect(main.getByRole('heading', { level: 2, name: 'Mijn termijnen' })).toBeVisible();
    const terms = main.getByRole('table', { name: /termijnen/i });
    await expect(terms).toBeVisible();
    // one word per status, and days left or overdue instead of ISO dates
    await expect(terms).toContainText(/nog \d+ dag|\d+ dag(en)? te laat|vandaag/);
    await expect(main).not.toContainText(/\d{4}-\d{2}-\d{2}/);
    await expect(main.getByRole('heading', { level: 2, name: /berichten/i })).toBeVisible();
    await expectNoAxeViolations(page, 'Mijn werk');
  });

  test('zoekt een inwoner op naam en op geboortedatum', async ({ page }) => {
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Inwoners' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Inwoner zoeken' })).toBeVisible();
    await expectNoAxeViolations(page, 'Inwoner zoeken');

    const search = page.getByRole('search', { name: 'Inwoner zoeken' });
    await search.getByLabel(/^Naam/).fill('vries');
    await search.getByRole('button', { name: 'Zoeken' }).click();
    const found = page.getByRole('list', { name: 'Gevonden inwoners' });
    await expect(found.getByRole('link', { name: 'Miriam de Vries' })).toBeVisible();
    await expectNoAxeViolations(page, 'Inwoner zoeken, resultaten');

    await search.getByLabel(/^Naam/).fill('');
    await search.getByLabel('Geboortedatum').fill('1978-09-02');
    await search.getByRole('button', { name: 'Zoeken' }).click();
    await expect(found.getByRole('link', { name: 'Gerda Jansen' })).toBeVisible();
    await expect(found.getByRole('link', { name: 'Miriam de Vries' })).toHaveCount(0);

    // a BSN has nine digits: the form says so at the field, without asking the API
    await search.getByLabel('Geboortedatum').fill('');
    await search.getByLabel('BSN').fill('1234');
    await search.getByRole('button', { name: 'Zoeken' }).click();
    await expect(page.getByText('Een BSN heeft 9 cijfers.')).toBeVisible();
  });

  test('klantbeeld, nieuwe melding en van triage tot inzet met de termijnen', async ({ page }) => {
    test.setTimeout(180_000);

    await test.step('inwoner zoeken en klantbeeld openen', async () => {
      await page
        .getByRole('navigation', { name: 'Hoofdmenu' })
        .getByRole('link', { name: 'Inwoners' })
        .click();
      await page.getByLabel(/^Naam/).fill('Hendrik Hansen');
      await page.getByRole('button', { name: 'Zoeken' }).click();
      await page.getByRole('link', { name: 'Hendrik Hansen' }).click();
      await expect(page.getByRole('heading', { level: 1, name: /Hendrik Hansen/ })).toBeVisible();
      for (const part of ['Huishouden', 'Casussen', 'Voorzieningen', 'Toestemmingen', 'Termijnen'])
        await expect(page.getByRole('heading', { name: new RegExp(part) })).toBeVisible();
      await expectNoAxeViolations(page, 'Klantbeeld');
    });

    await test.step('nieuwe melding voor deze inwoner', async () => {
      await page
        .getByRole('main')
        .getByRole('link', { name: /Nieuwe melding voor Hendrik Hansen/ })
        .click();
      await expect(page.getByRole('heading', { level: 1, name: 'Nieuwe melding' })).toBeVisible();
      // the inwoner comes along from the klantbeeld: no id to type
      await expect(page.getByRole('main')).toContainText('Hendrik Hansen');
      await page.getByLabel(/Klantreis/).selectOption({ label: 'Klantreis: van melding tot afsluiting' });
      await page.getByLabel(/Kanaal/).selectOption({ label: 'Inwoner zelf' });
      await page
        .getByRole('group', { name: /Levensgebieden/ })
        .getByRole('checkbox')
        .first()
        .check();
      await page
        .getByRole('group', { name: /Wetten/ })
        .getByLabel('Wmo', { exact: true })
        .check();
      await expectNoAxeViolations(page, 'Nieuwe melding');
      await page.getByRole('button', { name: /Melding (vastleggen|registreren)/ }).click();
      await expect(page).toHaveURL(/\/casussen\/[0-9a-f-]{36}$/);
      await expect(currentStep(page)).toContainText(/melding/i);
      await expectNoAxeViolations(page, 'Casus (melding)');
    });

    await test.step('van triage tot inzet', async () => {
      await recordStep(page, 'Triage starten', [], /triage/i);
      await recordStep(
        page,
        'Triage afronden',
        [
          { label: 'Urgentie', choose: 'regulier' },
          { label: /veiligheidsrisico/i, check: false },
        ],
        /onderzoek/i,
      );
      // the toegangscascade, step by step, each not enough on its own
      for (const stap of [1, 2, 3, 4, 5])
        await recordStep(
          page,
          /Stap van de toegangscascade vastleggen/,
          [
            { label: /^Stap/, choose: String(stap) },
            { label: /^Conclusie/, choose: 'ontoereikend' },
          ],
          /onderzoek/i,
        );
      await recordStep(page, 'Onderzoek afronden', [], /verslag/i);
      await recordStep(page, /^Verslag gedeeld met de inwoner/, [], /aanvraag|verslag/i);
      await recordStep(
        page,
        /^Aanvraag ingediend/,
        [
          { label: /^Wetten/, choose: 'Wmo' },
          { label: /^Voorziening/, text: 'Huishoudelijke ondersteuning' },
        ],
        /aanvraag/i,
      );
      await recordStep(
        page,
        /^Besluit genomen/,
        [
          { label: /^Uitkomst/, choose: 'toegekend' },
          { label: /^Grondslag/, text: 'Wmo 2015 art. 2.3.5 lid 3' },
        ],
        /besluit|inzet/i,
      );
      // sharing with the aanbieder needs the inwoner's consent (scope aanbieder); the web UI has no consent form
      // yet, so it is recorded as the intaker's own API call, with the session the UI holds
      const href = await page
        .getByRole('main')
        .getByRole('link', { name: 'Hendrik Hansen' })
        .first()
        .getAttribute('href');
      const session = await page.evaluate<string | null>('sessionStorage.getItem("regie.sessie")');
      const token = (JSON.parse(session ?? '{}') as { token?: string }).token;
      const consent = await page.request.post(`/api/v1/subjects/${href!.split('/').pop()}/consents`, {
        headers: { Authorization: `Bearer ${token}`, 'Idempotency-Key': crypto.randomUUID() },
        data: { scope: 'aanbieder', grantedTo: 'Thuiszorg Almelo', grantedBy: 'Hendrik Hansen' },
      });
      expect(consent.ok(), await consent.text()).toBe(true);
      await recordStep(
        page,
        /^Inzet van de voorziening gestart/,
        [
          { label: /^Product/, text: 'Huishoudelijke ondersteuning' },
          { label: /^Aanbieder/, text: 'Thuiszorg Almelo' },
          { label: /^Aantal/, text: '3' },
          { label: /^Eenheid/, text: 'uur per week' },
          { label: /^Startdatum/, text: '2026-12-01' },
          { label: /^Einddatum/, text: '2027-11-30' },
        ],
        /inzet/i,
      );
    });

    await test.step('de termijnen staan erbij, in dagen en in gewone taal', async () => {
      const terms = page.getByRole('table', { name: /Termijnen/ });
      await expect(terms).toBeVisible();
      await expect(terms).toContainText(/nog \d+ dag|gehaald/);
      const history = page.getByRole('region', { name: /Geschiedenis|Historie/ });
      await expect(history).not.toContainText(
        /[0-9a-f]{8}-[0-9a-f]{4}-|\d{4}-\d{2}-\d{2}T|Input|Workflow version/,
      );
      await expectNoAxeViolations(page, 'Casus (inzet)');
    });
  });
});
