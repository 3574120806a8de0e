/**
 * The Doorbraakmethode in the browser: the professional opens the demo's Jansen
 * doorbraak and reads its sums in euros without any JSON (the cost of muddling on, the cost-benefit sum of the
 * plan, the mandate level, the actions, the evaluation); the besluit case names the level it waits for; beleid
 * answers the demo's systeemsignaal. axe on every screen on the way.
 */
import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { measureWidth } from './support/layout';
import { loginAs } from './support/login';

/** € amounts as Intl writes them for nl-NL: a (non-breaking) space after the sign. */
const bedrag = (tekst: string) => new RegExp(`€\\s${tekst.replace(/\./g, '\\.')}`);

async function openDoorbraak(page: Page, huishouden: string) {
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Inwoners' }).click();
  const search = page.getByRole('search', { name: 'Inwoner zoeken' });
  await search.getByLabel(/^Naam/).fill(huishouden);
  await search.getByRole('button', { name: 'Zoeken' }).click();
  await page.getByRole('list', { name: 'Gevonden inwoners' }).getByRole('link', { name: huishouden }).click();
  await page
    .getByRole('main')
    .getByRole('link', { name: /^Doorbraak.*openen$/ })
    .first()
    .click();
  await expect(
    page.getByRole('heading', { level: 1, name: new RegExp(`^Doorbraak.*${huishouden}`) }),
  ).toBeVisible();
}

test.describe('doorbraak', () => {
  test('de professional ziet de sommen van de doorbraak van het huishouden Jansen', async ({ page }) => {
    await loginAs(page, 'intaker');
    await openDoorbraak(page, 'Huishouden Jansen');
    const main = page.getByRole('main');

    const analyse = main.getByRole('table', { name: /Betrokken instanties/ });
    await expect(analyse).toContainText('Jeugdhulp Twente');
    await expect(analyse).toContainText(bedrag('31.000,00'));
    await expect(analyse.getByRole('row', { name: /Kosten van doormodderen per jaar/ })).toContainText(
      bedrag('41.000,00'),
    );

    const som = main.getByRole('table', { name: /Kosten-batenrekening/ });
    await expect(som.getByRole('row', { name: /Kosten met het plan/ })).toContainText(bedrag('26.200,00'));
    const netto = som.getByRole('row', { name: /Netto besparing/ });
    await expect(netto).toContainText(bedrag('14.800,00'));
    await expect(netto).toContainText(bedrag('18.000,00'));
    await expect(main.getByRole('table', { name: /doorbraakstappen/ })).toContainText(
      /Participatiewet art\. 35/,
    );

    await expect(main.getByTestId('mandaat-nodig')).toContainText(/teamleider \(tot €\s5\.000,00\)/);
    await expect(main.getByRole('table', { name: /^Acties/ })).toContainText('afgerond');
    await expect(main.getByRole('heading', { level: 3, name: 'Na 3 maanden' })).toBeVisible();
    await expect(main.getByTestId('gerealiseerd')).toContainText(bedrag('18.000,00'));
    // no JSON, no machine keys, no ISO dates, no cents
    await expect(main).not.toContainText(/[{}]|\d{4}-\d{2}-\d{2}|kostenPerJaar|4100000/);
    await expectNoAxeViolations(page, 'Doorbraak Jansen');

    // the evaluation form: its moments from the case's rules, amounts in euros per step of the plan
    await main.getByRole('button', { name: 'Evaluatie vastleggen' }).click();
    const form = main.getByRole('form', { name: 'Evaluatie vastleggen' });
    await expect(form.getByLabel('Evaluatiemoment')).toContainText('na 12 maanden');
    await expectNoAxeViolations(page, 'Doorbraak Jansen, evaluatieformulier');

    await test.step('op 390 px breed (een telefoon)', async () => {
      await page.setViewportSize({ width: 390, height: 844 });
      const { scrollWidth, clientWidth, tooWide } = await measureWidth(page);
      expect(scrollWidth, `breder dan het scherm; steekt uit: ${tooWide.join(', ')}`).toBeLessThanOrEqual(
        clientWidth,
      );
    });
  });

  test('de professional legt de evaluatie na 12 maanden vast en sluit af met een systeemsignaal', async ({
    page,
  }) => {
    await loginAs(page, 'intaker');
    await openDoorbraak(page, 'Huishouden Jansen');
    const main = page.getByRole('main');
    await main.getByRole('button', { name: 'Evaluatie vastleggen' }).click();
    const form = main.getByRole('form', { name: 'Evaluatie vastleggen' });
    await form.getByLabel('Doel van het huishouden bereikt').selectOption('ja');
    await form.getByLabel('Huisvesting').selectOption('5');
    const stap = form.getByRole('group', { name: /Gerealiseerde besparing, stap 1/ });
    await stap.getByLabel(/^Gerealiseerd per jaar/).fill('17.500');
    await stap.getByLabel('Soort besparing').selectOption('structureel');
    await form.getByRole('button', { name: 'Vastleggen' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'De evaluatie is vastgelegd.' })).toBeVisible();
    await expect(main.getByRole('heading', { level: 3, name: 'Na 12 maanden' })).toBeVisible();
    await expect(main.getByTestId('gerealiseerd')).toContainText(bedrag('17.500,00'));

    await main.getByRole('button', { name: /^Doorbraak afsluiten met systeemsignaal/ }).click();
    const afsluiten = main.getByRole('form', { name: /Doorbraak afsluiten/ });
    await afsluiten.getByLabel('Soort').selectOption({ label: 'regel' });
    await afsluiten
      .getByLabel('Signaal')
      .fill('De corporatie weigert een nieuw huurcontract bij elke huurachterstand');
    await afsluiten
      .getByLabel('Voorstel')
      .fill('Een contract met betalingsregeling als de gemeente de achterstand oplost');
    await expectNoAxeViolations(page, 'Doorbraak Jansen, afsluiten');
    await afsluiten.getByRole('button', { name: 'Vastleggen' }).click();
    await expect(main.getByRole('heading', { level: 2, name: 'Afsluiting en systeemsignaal' })).toBeVisible();
    await expect(main).toContainText(/FaseAfgesloten/);
  });

  test('de doorbraak in besluit noemt het mandaatniveau waarop zij wacht; de teamleider mag niet, de manager keurt goed; de acties', async ({
    page,
  }) => {
    await loginAs(page, 'intaker');
    await openDoorbraak(page, 'Huishouden Kaya');
    const main = page.getByRole('main');
    await expect(main.getByTestId('mandaat-nodig')).toContainText(
      /manager sociaal domein \(tot €\s25\.000,00\)/,
    );
    await expect(main.getByTestId('mandaat-nodig')).toContainText(bedrag('7.500,00'));
    await expect(main).toContainText(/Ligt voor bij\s*manager sociaal domein/);
    await expect(
      main.getByRole('listitem').filter({ hasText: /Voorgelegd manager sociaal domein/ }),
    ).toBeVisible();
    await expectNoAxeViolations(page, 'Doorbraak Kaya in besluit');

    // the teamleider's mandate is too small: refused, naming the level; the manager approves
    const goedkeuren = async (user: string, mandaat: RegExp) => {
      await page.getByRole('button', { name: 'Uitloggen' }).click();
      await page.getByRole('button', { name: new RegExp(`^${user}\\b`) }).click();
      await expect(page.getByRole('button', { name: 'Uitloggen' })).toBeVisible();
      await openDoorbraak(page, 'Huishouden Kaya');
      await expect(page.getByRole('main')).toContainText(mandaat);
      await page
        .getByRole('main')
        .getByRole('button', { name: /^Plan goedkeuren/ })
        .click();
      const form = page.getByRole('form', { name: 'Plan goedkeuren' });
      await form.getByRole('button', { name: 'Vastleggen' }).click();
      return form;
    };
    const geweigerd = await goedkeuren(
      'teamleider1',
      /Uw mandaat\s*teamleider \(tot €\s5\.000,00\): niet genoeg; het plan ligt bij manager sociaal domein/,
    );
    await expect(geweigerd.getByRole('alert')).toContainText(/mandaat van manager sociaal domein/);
    await expectNoAxeViolations(page, 'Doorbraak Kaya, besluit geweigerd');

    // voorleggen: the level is a choice of the gemeente's levels above the one the plan waits on, not free text
    await main.getByRole('button', { name: 'Voorleggen aan een hoger mandaatniveau' }).click();
    const voorleggen = main.getByRole('form', { name: 'Voorleggen aan een hoger mandaatniveau' });
    const aan = voorleggen.getByRole('combobox', { name: /Aan mandaatniveau/ });
    await expect(aan).toBeVisible();
    await expect(aan.getByRole('option')).toHaveText([
      /standaard: college van B&W/,
      /^college van B&W \(zonder bovengrens\)$/,
    ]);
    await expect(voorleggen.getByRole('textbox', { name: /Aan mandaatniveau/ })).toHaveCount(0);
    await expectNoAxeViolations(page, 'Doorbraak Kaya, voorleggen');
    await main.locator('button[aria-controls="form-voorleggen"]').click();
    await expect(voorleggen).toBeHidden();
    await goedkeuren('manager1', /u kunt over dit plan besluiten/);
    await expect(page.getByRole('status').filter({ hasText: /vastgelegd/ })).toBeVisible();
    await expect(page.getByRole('main')).toContainText(/FaseUitvoering/);

    // uitvoering: actions added through the event form, done or cancelled from their row in the table
    for (const omschrijving of ['Aannemer inschakelen', 'Tijdelijke opvang opzeggen']) {
      await main.getByRole('button', { name: /^Actie toevoegen/ }).click();
      const actie = main.getByRole('form', { name: 'Actie toevoegen' });
      // the owner is reminded of the action: the team's users are offered, another user may still be typed
      await expect(actie.locator('datalist option[value="intaker1"]')).toHaveCount(1);
      await actie.getByLabel('Eigenaar').fill('manager1');
      await actie.getByLabel('Omschrijving').fill(omschrijving);
      await actie.getByLabel('Uiterlijk').fill('2027-06-30');
      await actie.getByRole('button', { name: 'Vastleggen' }).click();
      await expect(main.getByRole('table', { name: /^Acties/ })).toContainText(omschrijving);
    }
    await main.getByRole('button', { name: 'Afronden: Aannemer inschakelen' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Actie 1 is afgerond.' })).toBeVisible();
    await main.getByRole('button', { name: 'Annuleren: Tijdelijke opvang opzeggen' }).click();
    const annuleren = main.getByRole('form', { name: 'Annuleren: Tijdelijke opvang opzeggen' });
    await annuleren.getByRole('button', { name: 'Annuleren bevestigen' }).click();
    await expect(annuleren.getByText(/Geef de reden/)).toBeVisible();
    await annuleren.getByLabel('Reden van annuleren').fill('De verzekeraar betaalt de opvang toch');
    await annuleren.getByRole('button', { name: 'Annuleren bevestigen' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Actie 2 is geannuleerd.' })).toBeVisible();
    await expect(main.getByRole('table', { name: /^Acties/ })).toContainText(
      'geannuleerd (De verzekeraar betaalt de opvang toch)',
    );
    await expectNoAxeViolations(page, 'Doorbraak Kaya in uitvoering');
    await main.getByRole('button', { name: /^Uitvoering afronden/ }).click();
    await main
      .getByRole('form', { name: 'Uitvoering afronden' })
      .getByRole('button', { name: 'Vastleggen' })
      .click();
    await expect(main).toContainText(/FaseEvaluatie/);
  });

  test('de professional legt de analyse vast in euro’s, zonder JSON', async ({ page }) => {
    await loginAs(page, 'intaker');
    await openDoorbraak(page, 'Huishouden De Boer');
    const main = page.getByRole('main');
    await expect(main.getByRole('row', { name: /Kosten van doormodderen per jaar/ })).toContainText(
      bedrag('16.900,00'),
    );
    await main.getByRole('button', { name: 'Analyse vastleggen' }).click();
    const form = main.getByRole('form', { name: 'Analyse vastleggen' });
    // the recorded analysis is the start; a third agency is added
    await expect(form.getByLabel(/^Kosten per jaar/).first()).toHaveValue('14.600,00');
    await form.getByRole('button', { name: 'Instantie toevoegen' }).click();
    const derde = form.getByRole('group', { name: 'Betrokken instantie of voorziening 3' });
    await derde.getByLabel('Wet').selectOption('Wgs');
    await derde.getByLabel('Instantie of aanbieder').fill('Schuldhulp Almelo');
    await derde.getByLabel('Wat zij levert').fill('schuldhulpverlening');
    await derde.getByLabel(/^Kosten per jaar/).fill('1.200,555');
    await form.getByRole('button', { name: 'Vastleggen' }).click();
    await expect(derde.getByText(/Vul een bedrag in euro's in/)).toBeVisible();
    await expectNoAxeViolations(page, 'Doorbraak De Boer, analyseformulier met een fout');

    await derde.getByLabel(/^Kosten per jaar/).fill('1.200,50');
    await form.getByRole('button', { name: 'Vastleggen' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'De analyse is vastgelegd.' })).toBeVisible();
    await expect(main.getByRole('row', { name: /Kosten van doormodderen per jaar/ })).toContainText(
      bedrag('18.100,50'),
    );
    await expect(main.getByRole('table', { name: /Betrokken instanties/ })).toContainText(
      'Schuldhulp Almelo',
    );
  });

  test('beleid beantwoordt een systeemsignaal', async ({ page }) => {
    await loginAs(page, 'beleid');
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Systeemsignalen' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Systeemsignalen' })).toBeVisible();
    const main = page.getByRole('main');
    const signaal = main.getByRole('article', { name: /De uitkering stopt bij elke wijziging/ });
    await expect(signaal).toContainText('Doorbetalen op het oude bedrag');
    await expect(signaal).toContainText('Nog geen reactie.');
    await expectNoAxeViolations(page, 'Systeemsignalen');

    const form = signaal.getByRole('form');
    await form.getByLabel('Status').selectOption({ label: 'Afgehandeld' });
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await expect(form.getByText(/Geef een reactie/)).toBeVisible();
    await expect(form.getByLabel(/^Reactie/)).toBeFocused();
    await expectNoAxeViolations(page, 'Systeemsignalen, reactie ontbreekt');

    await form
      .getByLabel(/^Reactie/)
      .fill('Opgenomen in de herziening van de beleidsregels: doorbetalen tot de herberekening.');
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await expect(page.getByRole('status').filter({ hasText: /bijgewerkt/ })).toContainText('afgehandeld');
    await expect(signaal).toContainText('Opgenomen in de herziening');
    await expect(signaal).toContainText(/door beleid1/);

    await main.getByLabel('Toon signalen met status').selectOption({ label: 'Afgehandeld' });
    await expect(main.getByRole('article', { name: /De uitkering stopt/ })).toBeVisible();
    await expectNoAxeViolations(page, 'Systeemsignalen, afgehandeld');
    await page.setViewportSize({ width: 390, height: 844 });
    const { scrollWidth, clientWidth, tooWide } = await measureWidth(page);
    expect(scrollWidth, `breder dan het scherm; steekt uit: ${tooWide.join(', ')}`).toBeLessThanOrEqual(
      clientWidth,
    );
  });
});
