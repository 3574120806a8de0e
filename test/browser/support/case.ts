/**
 * Steps on the case screen as a professional takes them: choose the action, fill the event form by its labels,
 * record it, and see the journey move on. The forms are generated from the event schemas, so the
 * labels are the Dutch ones the UI gives the schema's fields.
 */
import { type Page, expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

/** What to fill in: a label and a text, a choice (select or radio, by its visible name) or a checkbox. */
export type Field =
  | { label: string | RegExp; text: string }
  | { label: string | RegExp; choose: string }
  | { label: string | RegExp; check: boolean };

export async function fill(page: Page, fields: Field[]): Promise<void> {
  for (const field of fields) {
    if ('text' in field) await page.getByLabel(field.label).fill(field.text);
    else if ('check' in field) await page.getByLabel(field.label).setChecked(field.check);
    else {
      const select = page.getByRole('combobox', { name: field.label });
      if (await select.count()) await select.selectOption({ label: field.choose });
      else
        await page
          .getByRole('radiogroup', { name: field.label })
          .or(page.getByRole('group', { name: field.label }))
          .getByLabel(field.choose, { exact: true })
          .check();
    }
  }
}

/**
 * Records one event through the case screen: the action button, its form, "Vastleggen"; then the form is gone and
 * the journey shows `state` as its current step. axe runs on the open form.
 */
export async function recordStep(
  page: Page,
  action: string | RegExp,
  fields: Field[],
  state: string | RegExp,
): Promise<void> {
  await test.step(`${action}`, async () => {
    await page.getByRole('button', { name: action }).click();
    const form = page.getByRole('form', { name: action }).or(page.getByRole('dialog', { name: action }));
    await expect(form).toBeVisible();
    await fill(page, fields);
    await expectNoAxeViolations(page, `formulier ${action}`);
    await form.getByRole('button', { name: 'Vastleggen' }).click();
    await expect(form).toBeHidden();
    await expect(currentStep(page)).toContainText(state);
  });
}

/** The journey's current step, as the case screen marks it (aria-current="step" in the diagram and the list). */
export function currentStep(page: Page) {
  return page.locator('[aria-current="step"]').first();
}
