/**
 * axe-core on the page as it is now: WCAG 2.0/2.1 A and AA and WCAG 2.2 AA. Any violation fails the test with a
 * readable list (rule, impact, help, and each element's selector and what is wrong with it).
 */
import AxeBuilder from '@axe-core/playwright';
import { type Page, expect, test } from '@playwright/test';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

type Violation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

export function describeViolations(violations: Violation[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .map((n) => {
          const why = n.failureSummary?.replace(/\s*\n\s*/g, ' ') ?? '';
          return `    - ${n.target.join(' ')}\n      ${n.html.slice(0, 200)}\n      ${why}`;
        })
        .join('\n');
      return `  [${v.impact ?? '?'}] ${v.id}: ${v.help}\n    ${v.helpUrl}\n${nodes}`;
    })
    .join('\n');
}

/** `what` names the screen in the message, e.g. "Mijn werk (intaker)". */
export async function expectNoAxeViolations(page: Page, what?: string): Promise<void> {
  const screen = what ?? (await page.title());
  await test.step(`axe: ${screen}`, async () => {
    const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    const report = describeViolations(violations);
    if (violations.length)
      await test.info().attach(`axe ${screen}`, { body: report, contentType: 'text/plain' });
    expect(
      violations.length,
      `axe: ${violations.length} overtreding(en) op ${screen} (${page.url()}):\n${report}`,
    ).toBe(0);
  });
}
