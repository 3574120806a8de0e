/**
 * Keyboard only (WCAG 2.1.1 and 2.4.7): the intaker's main task without a mouse. Log in, skip to the
 * content, find an inwoner, open the klantbeeld, register a new melding and take its first step on the case
 * screen, with Tab, Shift+Tab, Enter, Space and typing only. Every element the Tab key reaches on the way shows
 * where the focus is (an outline or a shadow of its own), and after every move to another screen or form the focus
 * is where the next keystroke is meant to go.
 */
import type { Locator, Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { currentStep } from './support/case';
import { expect, test } from './support/fixtures';

/** What has the focus now, and whether it shows it (run in the page). */
const FOCUS = `(() => {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const cs = getComputedStyle(el);
  const outline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0;
  const shadow = cs.boxShadow !== '' && cs.boxShadow !== 'none';
  const r = el.getBoundingClientRect();
  return {
    what: el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + ' "' + (el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 40) + '"',
    shown: outline || shadow,
    size: r.width > 0 && r.height > 0,
    inView: r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth,
  };
})()`;

interface Focus {
  what: string;
  shown: boolean;
  size: boolean;
  inView: boolean;
}

/**
 * The focused element shows its focus and can be seen. (Not `locator(':focus')`: a date field's calendar button has
 * the focus inside the field, which is then the active element without matching :focus.)
 */
async function expectVisibleFocus(page: Page): Promise<Focus> {
  const focus = await page.evaluate<Focus | null>(FOCUS);
  expect(focus, 'niets heeft de focus').not.toBeNull();
  expect(focus!.size, `${focus!.what} heeft de focus maar is niet te zien`).toBe(true);
  expect(
    focus!.shown,
    `${focus!.what} heeft de focus maar laat dat niet zien (geen outline of schaduw)`,
  ).toBe(true);
  expect(focus!.inView, `${focus!.what} heeft de focus maar staat buiten beeld`).toBe(true);
  return focus!;
}

const focused = (target: Locator) =>
  target.evaluate((el) => el === document.activeElement).catch(() => false);

/** Presses Tab (or Shift+Tab) until `target` has the focus, checking the visible focus at every stop on the way. */
async function tabTo(page: Page, target: Locator, { back = false, max = 80 } = {}): Promise<void> {
  const stops: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const focus = await page.evaluate<Focus | null>(FOCUS);
    if (focus) stops.push(focus.what);
    await expectVisibleFocus(page);
    if (await focused(target)) return;
  }
  throw new Error(`na ${max} keer Tab nog niet bij ${target}; langs: ${stops.join(' → ')}`);
}

test('de intaker doet het hoofdwerk met alleen het toetsenbord, en ziet steeds waar de focus is', async ({
  page,
}) => {
  test.setTimeout(120_000);

  await test.step('inloggen', async () => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: /Inloggen/ })).toBeVisible();
    await tabTo(page, page.getByRole('button', { name: /^intaker1\b/ }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Mijn werk' })).toBeVisible();
  });

  await test.step('naar de inhoud, en naar Inwoners', async () => {
    // the first Tab reaches the skip link, which shows itself
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Naar de inhoud' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await expectVisibleFocus(page);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('main')).toBeFocused();
    // back up to the menu
    const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
    await tabTo(page, menu.getByRole('link', { name: 'Inwoners' }), { back: true });
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Inwoner zoeken' })).toBeVisible();
    // a new screen: the focus is at its content, not left behind on a link that is gone
    await expect(page.getByRole('main')).toBeFocused();
  });

  await test.step('een inwoner zoeken en het klantbeeld openen', async () => {
    const naam = page.getByLabel(/^Naam/);
    await tabTo(page, naam);
    await page.keyboard.type('Gerda');
    await page.keyboard.press('Enter');
    const found = page.getByRole('list', { name: 'Gevonden inwoners' });
    await expect(found.getByRole('link', { name: 'Gerda Jansen' })).toBeVisible();
    // the focus stayed in the form: the results come right after it
    await expect(naam).toBeFocused();
    await tabTo(page, found.getByRole('link', { name: 'Gerda Jansen' }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Klantbeeld: Gerda Jansen' })).toBeVisible();
    await expect(page.getByRole('main')).toBeFocused();
  });

  await test.step('een nieuwe melding vastleggen', async () => {
    await tabTo(page, page.getByRole('link', { name: 'Nieuwe melding voor Gerda Jansen' }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Nieuwe melding' })).toBeVisible();
    // the journey is the intake already; the channel chosen by typing, as a keyboard does in a select
    const kanaal = page.getByLabel(/Kanaal/);
    await tabTo(page, kanaal);
    await page.keyboard.type('Inw'); // not its space: that opens the list
    await expect(kanaal.locator('option:checked')).toHaveText('Inwoner zelf');
    const gebieden = page.getByRole('group', { name: /Levensgebieden/ }).getByRole('checkbox');
    await tabTo(page, gebieden.first());
    await page.keyboard.press('Space');
    await expect(gebieden.first()).toBeChecked();
    const wmo = page.getByRole('group', { name: /Wetten/ }).getByLabel('Wmo', { exact: true });
    await tabTo(page, wmo);
    await page.keyboard.press('Space');
    await expect(wmo).toBeChecked();
    await tabTo(page, page.getByRole('button', { name: 'Melding vastleggen' }));
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/casussen\/[0-9a-f-]{36}$/);
    await expect(currentStep(page)).toContainText(/melding/i);
    await expect(page.getByRole('main')).toBeFocused();
  });

  await test.step('de volgende stap van de casus', async () => {
    const next = page.getByRole('button', { name: /\(volgende stap\)$/ });
    await expect(next).toHaveText(/^Triage starten/);
    await tabTo(page, next);
    await page.keyboard.press('Space');
    const form = page.getByRole('form', { name: 'Triage starten' });
    await expect(form).toBeVisible();
    // the focus went into the form that opened, not left on the button above it
    await expect(form.locator(':focus')).toHaveCount(1);
    await expectNoAxeViolations(page, 'Casus, formulier met het toetsenbord geopend');
    await tabTo(page, form.getByRole('button', { name: 'Vastleggen' }));
    await page.keyboard.press('Enter');
    await expect(form).toBeHidden();
    await expect(currentStep(page)).toContainText(/triage/i);
    await expect(page.getByRole('status').filter({ hasText: /vastgelegd/ })).toBeVisible();
    // recorded: the focus is at "Wat kan nu", with the case's next steps right after it
    await expect(page.getByRole('heading', { level: 2, name: 'Wat kan nu' })).toBeFocused();
    await tabTo(page, page.getByRole('button', { name: /\(volgende stap\)$/ }));
  });
});
