/**
 * axe-core's WCAG 2.2 A and AA rules run in a page of the browser tests.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeResults {
  passes: { id: string }[];
  violations: { id: string; help: string; nodes: { target: string[] }[] }[];
  incomplete: { id: string }[];
  inapplicable: { id: string }[];
}

/** Injects axe-core into the page and runs the WCAG tags on the whole document. */
export async function runAxe(page: Page): Promise<AxeResults> {
  await page.evaluate(axeSource);
  return page.evaluate((tags) => (window as unknown as { axe: { run: (c: Document, o: object) => Promise<AxeResults> } }).axe.run(document, { runOnly: { type: 'tag', values: tags } }), WCAG_TAGS);
}
