/**
 * The case screen and the klantbeeld beyond the start screens: a printable case overview (print media:
 * the case itself, without the app around it or its buttons), and both screens on a phone (390 px) without
 * sideways scrolling and without axe violations.
 */
import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { measureWidth } from './support/layout';
import { loginAs } from './support/login';

/** Miriam's melding in onderzoek (seed), from intaker1's cases. */
async function openMiriamsCase(page: Page): Promise<void> {
  await page
    .getByRole('table', { name: 'Mijn open casussen' })
    .getByRole('row', { name: /Miriam de Vries.*Onderzoek/ })
    .getByRole('link', { name: 'Miriam de Vries' })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 2, name: 'Wat kan nu' })).toBeVisible();
  await expect(page.getByRole('main').getByText(/laden/i)).toHaveCount(0);
}

async function expectNoSidewaysScroll(page: Page, what: string): Promise<void> {
  const { scrollWidth, clientWidth, tooWide } = await measureWidth(page);
  expect(
    scrollWidth,
    `${what} is bij 390 px breder dan het scherm; steekt uit: ${tooWide.join(', ')}`,
  ).toBeLessThanOrEqual(clientWidth);
}

test.beforeEach(async ({ page }) => {
  await loginAs(page, 'intaker');
});

test('het casusoverzicht is af te drukken: de casus zelf, zonder menu en knoppen', async ({ page }) => {
  await openMiriamsCase(page);
  await expect(page.getByRole('button', { name: 'Casusoverzicht afdrukken' })).toBeVisible();
  const printed = page.getByText(
    /^Casusoverzicht, gemeente Almelo, afgedrukt door intaker1 op \d+ \w+ \d{4}/,
  );
  await expect(printed).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  const main = page.getByRole('main');
  await expect(printed).toBeVisible();
  // what a printed overview holds
  await expect(main.getByRole('heading', { level: 1, name: /Miriam de Vries/ })).toBeVisible();
  await expect(main.getByRole('img', { name: /Klantreis/ })).toBeVisible();
  await expect(main.getByRole('heading', { level: 2, name: 'Termijnen' })).toBeVisible();
  await expect(main.getByRole('table', { name: /Termijnen/ })).toBeVisible();
  await expect(main.getByRole('heading', { level: 2, name: 'Historie' })).toBeVisible();
  // and what it leaves out: the app around it and what only works on a screen
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Uitloggen' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 2, name: 'Wat kan nu' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Casusoverzicht afdrukken' })).toBeHidden();
  await expect(page.getByText(/Regie · werkomgeving/)).toBeHidden();
  // printed, it is a document of its own: a PDF of at least a page
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
});

test('casus en klantbeeld op 390 px: geen zijwaarts scrollen, geen axe-fouten', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(page.getByRole('table', { name: 'Mijn open casussen' })).toBeVisible();
  await openMiriamsCase(page);
  await expectNoSidewaysScroll(page, 'de casus');
  await expectNoAxeViolations(page, 'Casus op 390 px');

  await page.getByRole('main').getByRole('link', { name: 'Miriam de Vries' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Klantbeeld: Miriam de Vries' })).toBeVisible();
  await expect(page.getByRole('main').getByText(/laden/i)).toHaveCount(0);
  await expectNoSidewaysScroll(page, 'het klantbeeld');
  await expectNoAxeViolations(page, 'Klantbeeld op 390 px');

  await page.getByRole('button', { name: 'Toestemming vastleggen' }).click();
  await expect(page.getByRole('form', { name: 'Toestemming vastleggen' })).toBeVisible();
  await expectNoSidewaysScroll(page, 'het klantbeeld met het toestemmingsformulier');
  await expectNoAxeViolations(page, 'Toestemming vastleggen op 390 px');
});
