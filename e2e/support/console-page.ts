// How the e2e tests read the console: roles and accessible names first, AG Grid's row/column ids for cells.
import { expect, type Page } from '@playwright/test';

export const gridCell = (page: Page, rowIndex: number, colId: string) =>
  page.locator(`[role="row"][row-index="${rowIndex}"] [role="gridcell"][col-id="${colId}"]`);

export const rowCount = (page: Page) => page.getByTestId('row-count');

export async function openConsole(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(gridCell(page, 0, 'type')).toBeVisible({ timeout: 30_000 });
}

/** Collects CSP violations reported in the page (Chromium logs them to the console as errors). */
export function watchCsp(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

export const esNumber = (n: number) => new Intl.NumberFormat('es-AR').format(n);
