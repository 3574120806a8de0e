/**
 * The intaker's day: messages read and unread, find an inwoner, open the klantbeeld with the household,
 * register a new melding, take it from triage to inzet (recording the consent the inzet asks for on the
 * klantbeeld), and see the terms that run. axe on every screen on the way.
 */
import { expectNoAxeViolations } from './support/axe';
import { type Field, currentStep, fill, recordStep } from './support/case';
import { expect, test } from './support/fixtures';
import { loginAs } from './support/login';

/** The inzet of Hendrik's huishoudelijke ondersteuning. */
const INZET: Field[] = [
  { label: /^Product/, text: 'Huishoudelijke ondersteuning' },
  { label: /^Aanbieder/, text: 'Thuiszorg Almelo' },
  { label: /^Aantal/, text: '3' },
  { label: /^Eenheid/, text: 'uur per week' },
  { label: /^Startdatum/, text: '2026-12-01' },
  { label: /^Einddatum/, text: '2027-11-30' },
];

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

  test('markeert een bericht als gelezen en weer als ongelezen; het menu telt de ongelezen berichten', async ({
    page,
  }) => {
    const main = page.getByRole('main');
    const messages = main.getByRole('list', { name: 'Berichten' });
    // the seed's reminders and passed terms reach intaker1; in the words every screen uses
    await expect(messages.getByRole('listitem').first()).toBeVisible();
    await expect(messages).not.toContainText(/verstreken|\d{4}-\d{2}-\d{2}/);
    const counter = main.getByText(/^(\d+) ongelezen berichte?n?\.$|^Geen ongelezen berichten\.$/);
    const unread = async () => Number((/^(\d+)/.exec((await counter.textContent()) ?? '') ?? [0, 0])[1]);
    const menu = page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: /^Mijn werk/ });
    const before = await unread();
    expect(before).toBeGreaterThan(0);
    await expect(menu).toHaveAccessibleName(
      `Mijn werk ${before} ongelezen bericht${before === 1 ? '' : 'en'}`,
    );

    const item = messages
      .getByRole('listitem')
      .filter({ hasText: /^nieuw/ })
      .first();
    const text = (await item
      .getByRole('link')
      .or(item.locator('.regie-bericht__tekst'))
      .first()
      .textContent())!;
    const mine = messages.getByRole('listitem').filter({ hasText: text }).first();
    await mine.getByRole('button', { name: /^Markeer als gelezen/ }).click();
    await expect(mine.getByRole('button', { name: /^Markeer als ongelezen/ })).toBeVisible();
    await expect(mine).toContainText(/^gelezen/);
    await expect(counter).toHaveText(
      before - 1 === 0 ? 'Geen ongelezen berichten.' : new RegExp(`^${before - 1} `),
    );
    await expect(menu).toHaveAccessibleName(
      before - 1 ? new RegExp(`^Mijn werk ${before - 1} `) : 'Mijn werk',
    );
    await expectNoAxeViolations(page, 'Mijn werk, een bericht gelezen');

    // read stays read: the API keeps it per user
    await page.reload();
    await expect(mine).toContainText(/^gelezen/);
    await mine.getByRole('button', { name: /^Markeer als ongelezen/ }).click();
    await expect(mine).toContainText(/^nieuw/);
    await expect(counter).toHaveText(new RegExp(`^${before} `));
  });

  test('klantbeeld toont het huishouden van de inwoner en de leden', async ({ page }) => {
    await page.goto('/inwoners?naam=Simone');
    await page
      .getByRole('list', { name: 'Gevonden inwoners' })
      .getByRole('link', { name: 'Simone Bakker' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Klantbeeld: Simone Bakker' })).toBeVisible();
    const household = page.getByRole('region', { name: 'Huishouden' });
    await expect(household.getByRole('link', { name: 'Huishouden Bakker' })).toBeVisible();
    const members = household.getByRole('list', { name: 'Leden van Huishouden Bakker' });
    await expect(members.getByRole('listitem')).toHaveCount(3);
    await expect(members).toContainText('Simone Bakker (deze inwoner)');
    await expect(members.getByRole('link', { name: 'Sam Bakker' })).toBeVisible();
    // the huishouden's AVE track (level 3 in the seed) and its cases
    await expect(page.getByRole('main')).toContainText(/AVE-niveau\s*3: Vastgelopen of onveilig/);
    await expect(page.getByRole('table', { name: 'Casussen van het huishouden' })).toBeVisible();
    await expectNoAxeViolations(page, 'Klantbeeld met huishouden');

    await members.getByRole('link', { name: 'Sam Bakker' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Klantbeeld: Sam Bakker' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Huishouden' })).toContainText('Sam Bakker (deze inwoner)');
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
    const bsn = search.getByLabel('BSN');
    await expect(bsn).toHaveAttribute('aria-invalid', 'true');
    await expect(bsn).toHaveAccessibleDescription('Een BSN heeft 9 cijfers.');
    await expect(bsn).toBeFocused();
    await expectNoAxeViolations(page, 'Inwoner zoeken, fout bij het BSN');
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
    });

    await test.step('inzet vraagt toestemming: vastgelegd op het klantbeeld', async () => {
      // sharing with the aanbieder needs the inwoner's consent (scope aanbieder); Hendrik gave one for the
      // referral only: the engine refuses, and the form says where to record it
      const inzet = /^Inzet van de voorziening gestart/;
      await page.getByRole('button', { name: inzet }).click();
      const form = page.getByRole('form', { name: inzet });
      await fill(page, INZET);
      await form.getByRole('button', { name: 'Vastleggen' }).click();
      await expect(form.getByRole('alert')).toContainText(/toestemming/i);
      await expectNoAxeViolations(page, 'Casus: inzet zonder toestemming');
      await form.getByRole('link', { name: /Toestemming vastleggen op het klantbeeld/ }).click();
      await expect(page.getByRole('heading', { level: 1, name: /Klantbeeld: Hendrik Hansen/ })).toBeVisible();

      const consents = page.getByRole('region', { name: 'Toestemmingen' });
      await consents.getByRole('button', { name: 'Toestemming vastleggen' }).click();
      const consent = page.getByRole('form', { name: 'Toestemming vastleggen' });
      // the inwoner gives it themselves, most of the time: filled in already
      await expect(consent.getByLabel(/^Gegeven door/)).toHaveValue('Hendrik Hansen');
      // nothing chosen yet: the errors are on the fields, the first one focused
      await consent.getByRole('button', { name: 'Toestemming opslaan' }).click();
      const scope = consent.getByLabel(/^Waarvoor/);
      await expect(scope).toHaveAttribute('aria-invalid', 'true');
      await expect(scope).toBeFocused();
      await expect(consent.getByLabel(/^Gedeeld met/)).toHaveAttribute('aria-invalid', 'true');
      await expectNoAxeViolations(page, 'Toestemming vastleggen, met foutmeldingen');
      await scope.selectOption({ label: 'Gegevens delen met een zorgaanbieder (inzet van een voorziening)' });
      await consent.getByLabel(/^Gedeeld met/).fill('Thuiszorg Almelo');
      await consent.getByRole('button', { name: 'Toestemming opslaan' }).click();
      await expect(consent).toBeHidden();
      await expect(consents.getByRole('status')).toContainText(/Toestemming vastgelegd/);
      await expect(consents.getByRole('list', { name: 'Toestemmingen' })).toContainText(
        /zorgaanbieder.*Thuiszorg Almelo/,
      );
      await expectNoAxeViolations(page, 'Klantbeeld met de nieuwe toestemming');

      await page.goBack();
      await recordStep(page, inzet, INZET, /inzet/i);
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
