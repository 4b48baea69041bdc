// The accessibility check every spec runs: axe-core's serious and critical violations inside `selector` (the whole
// page without one), as readable lines — an empty list passes.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export async function seriousViolations(page: Page, selector?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  const { violations } = await (selector ? builder.include(selector) : builder).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** Fails the test on any serious or critical violation inside `selector` (the whole page without one). */
export async function expectAccessible(page: Page, selector?: string): Promise<void> {
  expect(await seriousViolations(page, selector), selector).toEqual([]);
}
