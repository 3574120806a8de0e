/**
 * Sideways scrolling: the page's scroll width against its client width, and when it is too wide, the outermost
 * elements that stick out to the right (so a failure names what to fix).
 */
import type { Page } from '@playwright/test';

export interface Width {
  scrollWidth: number;
  clientWidth: number;
  /** e.g. `table.regie-table (493 px)` */
  tooWide: string[];
}

// Runs in the page; a string, because the project's types are Node's, not the DOM's.
const MEASURE = `(() => {
  const root = document.documentElement;
  const limit = root.clientWidth;
  const sticksOut = (el) => el.getBoundingClientRect().right > limit + 0.5;
  const name = (el) => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') +
    [...el.classList].slice(0, 2).map((c) => '.' + c).join('');
  const tooWide = [...document.body.querySelectorAll('*')]
    .filter((el) => sticksOut(el) && !(el.parentElement && el.parentElement !== document.body && sticksOut(el.parentElement)))
    .slice(0, 10)
    .map((el) => name(el) + ' (' + Math.round(el.getBoundingClientRect().right) + ' px)');
  return { scrollWidth: root.scrollWidth, clientWidth: limit, tooWide };
})()`;

export function measureWidth(page: Page): Promise<Width> {
  return page.evaluate<Width>(MEASURE);
}
